"""Tables whose shape hides them: a tab table whose first column is blank on some rows
(「\\t基本目標１ …\\t施策１－１ …」 over 「\\t\\t施策１－２ …」) is no outline; an HTML table with a
two-row header (「令和7年度」 over 「計画値 | 実績値」) split by group rows heads every part with
both rows; a label glossed with a field's word (「小項目（取組）」) names that field.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.blocks
        if b.table is not None
    ]


def test_a_tab_table_with_blank_first_cells_is_no_outline() -> None:
    text = (
        "２　施策の体系\n"
        "\t基本目標\t施策\t計画事業数\t３か年事業費（千円）\n"
        "\t基本目標１　架空のむら\t施策１－１　架空の子育て\t２\t６７，２００\n"
        "\t\t施策１－２　架空の学校\t１\t２９，４００\n"
        "\t基本目標２　架空の暮らし\t施策２－１　架空の交通\t２\t２４３，０００\n"
    )
    ((header, rows),) = _tables(text)
    assert "施策" in header
    assert ["", "", "施策1-2 架空の学校", "1", "29,400"] in rows


_PAGE = (
    "<html><body><main><h2>取組別の状況</h2><table>"
    "<tr><td rowspan=2>番号</td><td rowspan=2>取組</td><td colspan=2>令和7年度</td>"
    "<td colspan=2>進捗評価</td><td rowspan=2>取組内容</td></tr>"
    "<tr><td>計画値</td><td>実績値</td><td>Ｒ６</td><td>Ｒ７</td></tr>"
    "<tr><td colspan=7>大項目１　架空サービスの向上</td></tr>"
    "<tr><td>1-1-①</td><td>架空手続の拡大</td><td>180</td><td>196</td><td>Ｂ</td><td>Ａ</td>"
    "<td>拡大した。</td></tr>"
    "<tr><td>1-1-②</td><td>架空窓口の導入</td><td>40</td><td>35</td><td>－</td><td>Ｂ</td>"
    "<td>導入した。</td></tr>"
    "<tr><td colspan=7>大項目２　架空の財政運営</td></tr>"
    "<tr><td>2-1-①</td><td>架空収納の向上</td><td>99.1</td><td>99.2</td><td>Ａ</td><td>Ａ</td>"
    "<td>向上した。</td></tr>"
    "<tr><td>2-1-②</td><td>架空寄附の推進</td><td>600</td><td>712</td><td>Ａ</td><td>Ａ</td>"
    "<td>推進した。</td></tr>"
    "</table></main></body></html>"
)


def test_each_part_under_a_group_row_takes_both_header_rows() -> None:
    parts = [h for h, rows in _tables(extract_main_text(_PAGE)) if any(r[0] for r in rows)]
    assert parts
    assert all("令和7年度 実績値" in header and "進捗評価 R7" in header for header in parts)


def test_a_label_glossed_with_a_field_s_word_names_that_field() -> None:
    assert field_of("小項目（取組）", exact=True) == "initiative"
    assert field_of("予算額（千円）", exact=True) == "budget"
