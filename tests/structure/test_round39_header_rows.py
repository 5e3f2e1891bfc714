"""Tables whose shape hides them: a tab table whose first column is blank on some rows
(「\\t基本目標１ …\\t施策１－１ …」 over 「\\t\\t施策１－２ …」) is no outline; an HTML table with a
two-row header (「令和7年度」 over 「計画値 | 実績値」) split by group rows heads every part with
both rows; a label glossed with a field's word (「小項目（取組）」) names that field.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import read_structure


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


_SHEET = (
    "取組別の状況\n"
    "番号\t取組\t令和7年度\t\t進捗評価\t\t取組内容\n"
    "番号\t取組\t計画値\t実績値\tＲ６\tＲ７\t取組内容\n"
    "大項目１　架空サービスの向上\n"
    "1-1-①\t架空手続の拡大\t180\t196\tＢ\tＡ\t拡大した。\n"
    "1-1-②\t架空窓口の導入\t40\t35\t－\tＢ\t導入した。\n"
    "大項目２　架空の財政運営\n"
    "2-1-①\t架空収納の向上\t99.1\t99.2\tＡ\tＡ\t向上した。\n"
    "2-1-②\t架空寄附の推進\t600\t712\tＡ\tＡ\t推進した。\n"
)


def test_each_part_under_a_group_row_takes_both_header_rows() -> None:
    parts = [h for h, rows in _tables(_SHEET) if any(r[0].startswith(("1-", "2-")) for r in rows)]
    assert len(parts) == 2
    assert all("令和7年度 実績値" in header and "進捗評価 R7" in header for header in parts)


def test_a_label_glossed_with_a_field_s_word_names_that_field() -> None:
    assert field_of("小項目（取組）", exact=True) == "initiative"
    assert field_of("予算額（千円）", exact=True) == "budget"
