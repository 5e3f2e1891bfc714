"""HTML content a page sets apart (a grid of unmarked cells, sibling sheets, a side box's
captioned table) is read as content; real navigation stays dropped."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_a_role_row_grid_whose_cells_carry_no_role_prints_its_cells() -> None:
    html = (
        "<html><body><main><h1>架空局の事業</h1><div role=\"table\">"
        '<div role="row"><div class="cell">事業名</div><div class="cell">予算額（千円）</div></div>'
        '<div role="row"><div class="cell">架空推進事業</div><div class="cell">1,234</div></div>'
        "</div></main></body></html>"
    )
    assert "架空推進事業\t1,234" in extract_main_text(html)


def test_sibling_articles_without_main_are_all_read() -> None:
    html = (
        '<html><body><div id="hd">架空市</div><div id="box">'
        "<article><h2>No.1 架空一事業</h2><p>事業費 100</p></article>"
        "<article><h2>No.2 架空二事業</h2><p>事業費 200</p></article>"
        "</div></body></html>"
    )
    text = extract_main_text(html)
    assert "架空一事業" in text
    assert "架空二事業" in text


def test_a_side_box_holding_a_captioned_table_is_kept() -> None:
    html = (
        "<html><body><main><h1>架空区の施設</h1><p>本文</p>"
        '<section class="side-box"><h2>架空区役所の窓口</h2><table>'
        "<caption>窓口案内</caption><tr><th>課</th><th>職員数</th></tr>"
        "<tr><td>架空課</td><td>12人</td></tr></table></section>"
        '<div class="side-nav"><ul><li>施設マップ</li></ul></div></main></body></html>'
    )
    text = extract_main_text(html)
    assert "架空課\t12人" in text
    assert "施設マップ" not in text
