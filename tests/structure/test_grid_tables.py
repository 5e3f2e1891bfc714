"""ASCII grid tables (「+---+」 rules, 「|」 bars, 「=」 under the header) and Markdown backslash
escapes, as pandoc writes a Word form. All names and figures are invented."""

from __future__ import annotations

from loaders.structure.reader import read_structure


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text)
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.blocks
        if b.kind == "table" and b.table is not None
    ]


def test_a_grid_table_reads_its_header_over_the_equals_rule_and_joins_wrapped_cells() -> None:
    text = (
        "前書き\n\n"
        "+------+----------+------+\n"
        "| 区分 | 事業名   | 評価 |\n"
        "|      |          | (X1) |\n"
        "+======+==========+======+\n"
        "| 甲   | 架空推進 | B    |\n"
        "|      | 事業     |      |\n"
        "+------+----------+------+\n"
        "| 乙   | 模擬事業 | A    |\n"
        "+------+----------+------+\n"
    )
    assert _tables(text) == [
        (["区分", "事業名", "評価(X1)"], [["甲", "架空推進事業", "B"], ["乙", "模擬事業", "A"]])
    ]


def test_a_grid_table_without_a_header_rule_takes_its_first_row_as_header() -> None:
    text = (
        "+--------+--------+\n"
        "| 団体名 | 架空村 |\n"
        "+--------+--------+\n"
        "| 連絡先 | 000-0  |\n"
        "+--------+--------+\n"
    )
    assert _tables(text) == [(["団体名", "架空村"], [["連絡先", "000-0"]])]


def test_markdown_escaped_parentheses_read_as_a_numbered_item() -> None:
    doc = read_structure("1.  架空の柱\n\n    \\(1\\) 模擬の項目\n")
    numbers = [b.number for b in doc.blocks]
    assert "(1)" in numbers


def test_a_hard_line_break_backslash_is_no_part_of_a_value() -> None:
    doc = read_structure("名称：架空計画\\\n期間：令和1年度\n")
    values = [b.value for b in doc.blocks if b.kind == "field"]
    assert "架空計画" in values


def test_cells_set_apart_by_bars_between_them_only_are_a_table() -> None:
    text = "指標\n　　2001年度実績　│　2002年度目標\n　　　　 12　　│　　 15\n"
    assert _tables(text) == [(["2001年度実績", "2002年度目標"], [["12", "15"]])]


def test_a_filled_in_blank_reads_as_its_value_beside_its_label() -> None:
    from loaders.field_vocabulary import all_labels

    text = "担当課　＿＿模擬課＿＿＿\n予算額　＿＿1,234＿＿千円\n"
    doc = read_structure(text, labels=all_labels())
    folded = doc.folded
    assert "_" not in folded and "模擬課" in folded
    assert "1,234千円" in folded  # a unit written after the blank stays with the value
