"""Round 27: a link's file notice (「（PDF）」, 「[Excel：30KB]」) is no part of its name."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_a_file_notice_closing_a_link_is_dropped_from_the_cell() -> None:
    html = (
        "<html><body><main><h1>架空市 事務事業評価</h1><table>"
        "<tr><th>事業名</th><th>評価</th></tr>"
        '<tr><td><a href="a.pdf">架空一事業<span>（PDF）</span></a></td><td>B</td></tr>'
        '<tr><td><a href="b.xlsx">架空二事業［Excel：30KB］</a></td><td>A</td></tr>'
        "</table></main></body></html>"
    )
    text = extract_main_text(html)
    assert "架空一事業\tB" in text
    assert "架空二事業\tA" in text
    assert "PDF" not in text


def test_a_link_without_a_file_notice_prints_its_whole_text() -> None:
    html = '<html><body><main><p><a href="x">架空計画（第2次）</a></p></main></body></html>'
    assert "架空計画（第2次）" in extract_main_text(html)
