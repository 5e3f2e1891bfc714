"""Round 28: tables that lay out a page (an old page's frame, tables side by side) and a
title row over a table's columns are read as the page shows them (invented pages)."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text


def test_a_table_holding_tables_is_read_as_its_boxes() -> None:
    html = (
        "<html><body><table><tr><td colspan='2'>架空村</td></tr><tr>"
        "<td><table><tr><td><a href='/'>トップ</a></td></tr></table></td>"
        "<td><p>架空村の予算です。</p><table><tr><th>会計</th><th>予算額</th></tr>"
        "<tr><td>一般会計</td><td>30億円</td></tr></table></td></tr></table></body></html>"
    )
    lines = extract_main_text(html).splitlines()
    assert "架空村の予算です。" in lines
    assert "会計\t予算額" in lines and "一般会計\t30億円" in lines


def test_a_row_of_one_cell_over_all_columns_is_the_tables_caption() -> None:
    html = (
        "<html><body><table><tr><th colspan='2'>主な事業</th></tr>"
        "<tr><th>事業</th><th>予算額</th></tr>"
        "<tr><td>架空橋修繕事業</td><td>500万円</td></tr></table></body></html>"
    )
    lines = [x for x in extract_main_text(html).splitlines() if x]
    assert lines == ["主な事業", "事業\t予算額", "架空橋修繕事業\t500万円"]
