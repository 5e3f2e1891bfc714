"""Tables as the reader builds them from text lines."""

from __future__ import annotations

from loaders.structure.tables import (
    box_table,
    delimited_table,
    is_box_line,
    part_of_above,
    pipe_table,
)
from loaders.text.normalize import lines_with_offsets


def test_a_body_row_that_repeats_the_header_is_not_data() -> None:
    """Two tables of one kind with no line between them (a PDF page break swallows the blank
    line) arrive as one; the second header is the header printed again, not a row."""
    text = "取組名\t概要\n花壇の整備\t春に植える\n取組名\t概要\n歩道の清掃\t月に一度\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert [row[0].text for row in table.rows] == ["花壇の整備", "歩道の清掃"]


def test_a_row_opening_with_a_pipe_in_a_table_without_outer_pipes_starts_blank() -> None:
    """「名称|区分|値」 prints no pipe before its first column; an indented row 「    |実績|9」
    left that column blank (the name printed once for two rows), so the cells stay aligned."""
    text = "名称|区分|令和2年度\n架空橋の点検数|目標|10\n          |実績|9\n"
    table = pipe_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        ["架空橋の点検数", "目標", "10"],
        ["", "実績", "9"],
    ]


def test_a_drawn_table_reads_its_header_above_the_inner_rule_and_a_row_a_line() -> None:
    text = (
        "┌────┬────┬────┐\n"
        "│    │令和2年度│令和3年度│\n"
        "├────┼────┼────┤\n"
        "│計画 │ 10  │ 12  │\n"
        "│実績 │ 9   │ 13  │\n"
        "└────┴────┴────┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert table.header == ["", "令和2年度", "令和3年度"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["計画", "10", "12"],
        ["実績", "9", "13"],
    ]


def test_a_drawn_row_wrapped_between_rules_is_one_row() -> None:
    text = (
        "┌────┬────┐\n│取組名 │概要  │\n├────┼────┤\n"
        "│架空橋の│春に │\n│点検  │行う │\n├────┼────┤\n"
        "│花壇  │秋  │\n└────┴────┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        ["架空橋の点検", "春に行う"],
        ["花壇", "秋"],
    ]


def test_box_lines_are_rules_and_rows_opening_with_a_bar() -> None:
    assert is_box_line("┌──┬──┐") and is_box_line("  │a│b│")
    assert not is_box_line("a│b")


def test_a_label_over_the_blank_columns_it_spans_heads_each_of_them() -> None:
    """「令和2年度」 over 「目標 | 実績」, its merged cell printed blank beside it."""
    text = "指標名\t令和2年度\t\t令和3年度\t\n\t目標\t実績\t目標\t実績\n架空率\t10\t9\t12\t11\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == [
        "指標名", "令和2年度 目標", "令和2年度 実績", "令和3年度 目標", "令和3年度 実績",
    ]  # fmt: skip
    assert [[c.text for c in row] for row in table.rows] == [["架空率", "10", "9", "12", "11"]]


def test_a_header_whose_spanned_columns_arrive_missing_is_spread_evenly() -> None:
    """An HTML colspan leaves no cell: the lower row is short by the column labelled once for
    both rows (指標名), and each upper label spans as many lower labels as it can evenly."""
    text = "指標名\t令和2年度\t令和3年度\n目標\t実績\t目標\t実績\n架空率\t10\t9\t12\t11\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == [
        "指標名", "令和2年度 目標", "令和2年度 実績", "令和3年度 目標", "令和3年度 実績",
    ]  # fmt: skip


def test_a_first_row_of_words_under_a_header_spanning_nothing_stays_data() -> None:
    text = "区分\t令和2年度\t令和3年度\n計画\t試行\t本格実施\n実績\t試行\t本格実施\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == ["区分", "令和2年度", "令和3年度"]
    assert [row[0].text for row in table.rows] == ["計画", "実績"]


def test_the_spanning_label_of_a_colspan_header_is_the_bare_year_wherever_it_stands() -> None:
    """「令和5年度」 (colspan) over 「目標 | 実績」 between labels printed once for both rows
    (rowspan), one of them to its right (令和7年度目標): the bare year spans."""
    text = (
        "指標名\t基準値\t令和5年度\t令和7年度目標\n目標\t実績\n架空率\t10\t12\t11\t15\n"
    )
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == ["指標名", "基準値", "令和5年度 目標", "令和5年度 実績", "令和7年度目標"]


def test_years_under_a_label_spanning_them_head_each_column_year_first() -> None:
    """「予算額」 (merged) over 「令和6年度 | 令和5年度」: the years are labels, not data."""
    text = "事業名\t予算額\t\n\t令和6年度\t令和5年度\n架空事業\t1,000\t900\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == ["事業名", "令和6年度 予算額", "令和5年度 予算額"]
    assert [[c.text for c in row] for row in table.rows] == [["架空事業", "1,000", "900"]]


def test_drawn_rows_of_figures_with_no_rule_between_them_are_a_row_each() -> None:
    """Regression: a block of account rows between two rules was joined into one row whose
    amounts ran together into a number of forty digits."""
    text = (
        "┌──────┬────┬────┐\n│会計名 │令和7年度│令和6年度│\n├──────┼────┼────┤\n"
        "│架空会計 │ 1,200 │ 1,100 │\n│架空特別会計 │ 300 │ ▲20 │\n├──────┼────┼────┤\n"
        "│合計 │ 1,500 │ 1,080 │\n└──────┴────┴────┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        ["架空会計", "1,200", "1,100"],
        ["架空特別会計", "300", "▲20"],
        ["合計", "1,500", "1,080"],
    ]


def test_kinds_under_the_year_columns_only_join_the_years_above_them() -> None:
    """「令和4年度 | 令和5年度」 over 「実績 | 目標」, blank under the columns to their left
    (指標名 | 単位): each kind joins the year above it."""
    text = "指標名\t単位\t令和4年度\t令和5年度\n\t\t実績\t目標\n架空率\t%\t10\t12\n"
    table = delimited_table(lines_with_offsets(text), "tab")
    assert table is not None
    assert table.header == ["指標名", "単位", "令和4年度 実績", "令和5年度 目標"]
    assert [[c.text for c in row] for row in table.rows] == [["架空率", "%", "10", "12"]]


def test_a_markdown_delimiter_row_with_short_aligned_cells_is_no_data_row() -> None:
    text = "| 名称 | 値 |\n|---|--:|\n| 星見台 | 12 |\n"
    table = pipe_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [["星見台", "12"]]


def test_a_dashed_rule_under_the_header_of_aligned_columns_is_no_data_row() -> None:
    text = (
        "名称        単位   値\n----------  -----  ----\n"
        "星見台      基     12\n月見台      基     3\n"
    )
    table = delimited_table(lines_with_offsets(text), "space", text.splitlines(keepends=False))
    assert table is not None
    assert [row[0].text for row in table.rows] == ["星見台", "月見台"]


def test_a_title_row_with_a_unit_note_over_a_tab_table_is_a_caption_not_its_header() -> None:
    """A spreadsheet export prints the table's title in its first cell and the unit at the far
    right (「表3 課別人員 | | | (単位:人)」) on a row above the header: the title heads the
    table, the header is the row under it."""
    from loaders.structure.reader import read_structure

    text = (
        "表3 課別人員\t\t\t(単位:人)\n"
        "課名\t令和4年度\t令和5年度\t備考\n"
        "架空推進課\t11\t12\t\n"
        "模擬管理課\t7\t7\t統合\n"
    )
    doc = read_structure(text)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].table is not None
    assert tables[0].table.header == ["課名", "令和4年度", "令和5年度", "備考"]
    assert [r[0].text for r in tables[0].table.rows] == ["架空推進課", "模擬管理課"]
    caption = doc.blocks[tables[0].parent or 0]
    assert caption.kind == "heading" and "課別人員" in caption.text


def test_a_title_cell_alone_over_a_comma_separated_table_is_a_caption(tmp_path) -> None:
    """A CSV whose title row leaves its other cells empty (「主な指標,,,」) and an HTML table's
    `<th colspan>` title both arrive as one filled cell over the header row: a caption."""
    from loaders.formats.spreadsheet import read_delimited
    from loaders.structure.reader import read_structure

    path = tmp_path / "x.csv"
    path.write_text("主な指標,,,\n指標名,現状値,目標値,所管\n架空率,40%,60%,模擬課\n",
                    encoding="utf-8")  # fmt: skip
    doc = read_structure(read_delimited(path).text)
    tables = [b.table for b in doc.blocks if b.kind == "table" and b.table is not None]
    assert [t.header for t in tables] == [["指標名", "現状値", "目標値", "所管"]]
    assert any(b.kind == "heading" and b.text == "主な指標" for b in doc.blocks)


def test_a_year_spanning_the_columns_above_a_tab_table_is_no_caption() -> None:
    """「令和5年度」 alone over 「区分 | 目標 | 実績」 labels the columns under it: no title."""
    from loaders.structure.tables import caption_row

    text = "令和5年度\t\t\n区分\t目標\t実績\n架空件数\t10\t9\n"
    assert not caption_row(lines_with_offsets(text))


def _fields(text: str) -> list[tuple[str | None, str | None]]:
    from loaders.field_vocabulary import all_labels
    from loaders.structure.reader import read_structure

    doc = read_structure(text, labels=all_labels())
    return [(b.label, b.value) for b in doc.blocks if b.kind == "field"]


def test_a_form_line_gives_one_field_per_label_set_apart_by_a_wide_gap() -> None:
    """A sheet printed as text keeps its form's boxes as wide gaps on one line: each known
    label past a gap opens a field of its own; unlabelled words after it continue its value."""
    text = (
        "【事業名】 架空広場整備事業        整理番号 A-3\n"
        "【予算額】 1,200千円     会計 一般会計  款8 項2\n"
    )
    assert _fields(text) == [
        ("事業名", "架空広場整備事業"),
        ("整理番号", "A-3"),
        ("予算額", "1,200千円"),
        ("会計", "一般会計  款8 項2"),
    ]


def test_a_colon_field_followed_by_a_distant_label_splits_there_too() -> None:
    text = "担当課：模擬推進課　　　会計：特別会計\n"
    assert _fields(text) == [("担当課", "模擬推進課"), ("会計", "特別会計")]


def test_a_unit_label_after_a_single_space_opens_a_field() -> None:
    """「【所管課】 模擬課 係名 架空係」: a label whose value names a unit stands out even
    after one space; other labels need the wide gap (prose holds single spaces)."""
    assert _fields("【所管課】 模擬課 係名 架空係\n") == [("所管課", "模擬課"), ("係名", "架空係")]
    assert _fields("【内容】 花壇 予算 の検討\n") == [("内容", "花壇 予算 の検討")]


def test_a_value_of_labelled_attributes_stays_one_field() -> None:
    """「架空事業：予算額:500千円 担当:模擬課」: the value is a list of attributes, each with
    its colon, which the attribute reader splits; the line is one field."""
    assert _fields("架空事業：予算額:500千円　担当:模擬課\n") == [
        ("架空事業", "予算額:500千円 担当:模擬課")
    ]


def test_a_row_label_marked_as_a_part_of_the_row_above_gives_the_parts_name() -> None:
    """「うち 架空係」「(内)架空係」 name a part (内数); 「内容」「市民課」 are no such mark."""
    assert part_of_above("うち 架空浄化センター") == "架空浄化センター"
    assert part_of_above("(内)架空係") == "架空係"
    assert part_of_above("内容") is None
    assert part_of_above("市民課") is None


def test_a_box_tables_wrapped_cells_join_the_row_above_without_rules_between_rows() -> None:
    """A drawn table with no rule between its rows: 「架空交流」 then 「課」 under it, and a
    name running to its bar then its rest on the next line, are one row each."""
    text = (
        "┌────────────┬───┬────┐\n"
        "│事業名      │R6 │担当    │\n"
        "├────────────┼───┼────┤\n"
        "│架空広場整備事業    │ 12│架空交流│\n"
        "│                    │   │課      │\n"
        "│架空公民館長寿命化工│  8│架空生涯│\n"
        "│事                  │   │学習課  │\n"
        "└────────────┴───┴────┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        ["架空広場整備事業", "12", "架空交流課"],
        ["架空公民館長寿命化工事", "8", "架空生涯学習課"],
    ]


def test_a_group_row_under_a_short_cell_stays_a_row_of_a_box_table() -> None:
    """「架空総務部」 alone on a line under 「架空人事課 │ 12」: the cell above does not run to
    its bar, so the line is a row of its own (a group), not the rest of a wrapped name."""
    text = (
        "┌──────────┬───┐\n"
        "│所属                │人数│\n"
        "├──────────┼───┤\n"
        "│架空人事課          │  12│\n"
        "│架空総務部          │    │\n"
        "│架空文書課          │   7│\n"
        "└──────────┴───┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert [row[0].text for row in table.rows] == ["架空人事課", "架空総務部", "架空文書課"]


def test_pipe_header_rows_above_the_rule_merge_column_by_column() -> None:
    from loaders.field_vocabulary import all_labels
    from loaders.structure import read_structure

    text = (
        "| 会計 | 予算額 | 予算額 |\n|  | 令和6年度 | 令和7年度 |\n|---|---|---|\n"
        "| 一般会計 | 100 | 120 |\n"
    )
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.kind == "table" and b.table is not None)
    assert table.header == ["会計", "令和6年度 予算額", "令和7年度 予算額"]
    assert [[c.text for c in row] for row in table.rows] == [["一般会計", "100", "120"]]


def test_numbered_drawn_rows_of_two_lines_between_rules_are_a_row_each() -> None:
    """Regression: rows numbered 1, 2 between two rules, each with a second line holding only
    its wrapped cell, were joined into one row (「架空事業の拡大架空窓口の統合」): a number is
    compared with the row's first line too, not only with the blank second line above it."""
    text = (
        "┌──┬────────┬───┬────────┐\n"
        "│No.│取組名          │判定│目標／実績        │\n"
        "├──┼────────┼───┼────────┤\n"
        "│ 1 │架空事業の拡大  │ Ａ │架空手続数        │\n"
        "│   │                │    │ 30件／21件       │\n"
        "│ 2 │架空窓口の統合  │ Ｂ │架空窓口数        │\n"
        "│   │                │    │ 5か所／3か所     │\n"
        "├──┼────────┼───┼────────┤\n"
        "│ 3 │架空施設の集約  │ Ｃ │―                │\n"
        "└──┴────────┴───┴────────┘\n"
    )
    table = box_table(lines_with_offsets(text))
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        ["1", "架空事業の拡大", "Ａ", "架空手続数30件／21件"],
        ["2", "架空窓口の統合", "Ｂ", "架空窓口数5か所／3か所"],
        ["3", "架空施設の集約", "Ｃ", "―"],
    ]
