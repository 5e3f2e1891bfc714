"""A Japanese page pasted from Word for the web marks every run of digits or Latin capitals
as English (<span lang="EN-US">18</span>): those runs are the text's own figures and
abbreviations, not a translation to leave out. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def _page(cell: str) -> str:
    return (
        '<html lang="ja"><body><main><table><tr><td>課</td><td>令和8年度</td></tr>'
        f'<tr><td>架空総務課</td><td><p lang="JA-JP"><span lang="EN-US">{cell}</span></p></td>'
        "</tr></table></main></body></html>"
    )


def test_a_figure_marked_english_stays_in_its_cell() -> None:
    assert "架空総務課\t18" in extract_main_text(_page("18"))


def test_an_abbreviation_marked_english_stays_in_the_name() -> None:
    page = (
        '<html lang="ja"><body><main><p>架空<span lang="EN-US">DX</span>推進事業</p>'
        "</main></body></html>"
    )
    assert "架空DX推進事業" in extract_main_text(page)


def test_an_english_translation_beside_the_name_is_still_left_out() -> None:
    page = (
        '<html lang="ja"><body><main><p>架空総務課<span lang="en">General Affairs Division</span>'
        "</p></main></body></html>"
    )
    assert "General" not in extract_main_text(page)
