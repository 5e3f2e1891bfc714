"""Round 54: tables and outlines as print drivers and page layouts leave them (fictional
examples). A header three lines high, its first line's labels spanning the labels printed
under the header's blank columns (an XPS print); labels a fixed-width print runs together
(「令和８年度令和９年度」) and a status mark glued to the total before it; an outline printed in
two columns whose levels are indented in both; a table's last row whose first cell wraps
onto a line of its own."""

from __future__ import annotations

from placed_lines import placed

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import read_structure
from loaders.structure.blocks import Block, Table


def _blocks(text: str) -> list[Block]:
    return read_structure(text, labels=all_labels()).blocks


def _tables(text: str) -> list[Table]:
    return [b.table for b in _blocks(text) if b.table is not None]


_THREE_LINE_HEADER = "\n".join([
    placed((70, "事業費（千円）"), (120, "令和６年度")),
    placed((2, "No."), (8, "事業名"), (34, "所管"), (46, "施策"), (96, "成果指標"),
            (130, "評価")),
    placed((54, "R5決算"), (64, "R6決算"), (74, "R7予算"), (112, "目標値"), (122, "実績値")),
    placed((3, "1"), (8, "架空広場活用事業"), (34, "架空課"), (46, "5-1"), (54, "48,620"),
            (64, "51,340"), (74, "53,900"), (84, "架空広場の利用件数（件）"), (112, "420"),
            (122, "437"), (131, "A")),
    placed((3, "2"), (8, "架空交流推進事業"), (34, "架空課"), (46, "5-2"), (54, "23,740"),
            (64, "24,180"), (74, "24,500"), (84, "架空講座の参加者数（人）"), (112, "40"),
            (122, "36"), (131, "B")),
])  # fmt: skip


def test_a_headers_first_line_spans_the_labels_printed_under_its_blank_columns() -> None:
    header = _tables(_THREE_LINE_HEADER)[0].header
    assert "事業費(千円) R5決算" in header and "事業費(千円) R7予算" in header
    assert "令和6年度 目標値" in header and "令和6年度 実績値" in header


def test_a_column_labelled_on_the_headers_middle_line_keeps_its_own_label() -> None:
    table = _tables(_THREE_LINE_HEADER)[0]
    column = table.header.index("施策")
    assert [row[column].text for row in table.rows] == ["5-1", "5-2"]


_FIXED_WIDTH = "\n".join([
    placed((4, "施策・計画事業"), (48, "担当課"), (62, "令和８年度令和９年度令和10年度"),
            (95, "３か年計区分")),
    placed((4, "■基本目標１　架空のまち")),
    placed((6, "施策1-1　架空の振興")),
    placed((10, "架空漁港機能強化事業"), (48, "架空水産課"), (66, "48,200"), (76, "62,500"),
            (86, "35,000"), (96, "145,700継続")),
    placed((10, "架空藻場再生事業"), (48, "架空水産課"), (67, "6,800"), (77, "7,200"),
            (87, "7,200"), (97, "21,200拡充")),
    placed((14, "施策計"), (66, "55,000"), (76, "69,700"), (86, "42,200"), (95, "166,900")),
])  # fmt: skip


def test_labels_a_fixed_width_print_runs_together_head_columns_of_their_own() -> None:
    header = _tables(_FIXED_WIDTH)[0].header
    assert header[2:] == ["令和8年度", "令和9年度", "令和10年度", "3か年計", "区分"]


def test_a_status_mark_glued_to_the_total_before_it_is_a_cell_of_its_own() -> None:
    row = _tables(_FIXED_WIDTH)[0].rows[0]
    assert [c.text for c in row][-2:] == ["145,700", "継続"]


def test_a_name_ending_in_a_word_for_design_is_no_two_labels() -> None:
    from loaders.structure.tables import run_together_labels

    assert run_together_labels("架空拠点実施設計事業") == []
    assert run_together_labels("３か年計区分") == [(0, 4), (4, 6)]


def test_a_column_of_a_level_and_its_entries_is_the_entries_field() -> None:
    assert field_of("施策・計画事業") == "project"
    assert field_of("施策・取組") == "initiative"


_TWO_COLUMN_OUTLINE = "\n".join([
    "【施策の名称】",
    placed((9, "政策５　架空の支え合うまち"), (64, "政策６　架空の交流のまち")),
    placed((11, "施策5-1　架空の協働の推進"), (67, "施策6-1　架空の観光の推進")),
    placed((11, "施策5-2　架空の人権の尊重"), (67, "施策6-2　架空の経済の活性化")),
])  # fmt: skip


def test_an_outline_in_two_columns_indented_in_both_reads_each_column_apart() -> None:
    headings = [(b.prefix, b.number, b.text.strip()) for b in _blocks(_TWO_COLUMN_OUTLINE)
                if b.number]  # fmt: skip
    assert ("政策", "6", "架空の交流のまち") in headings
    assert ("施策", "6-2", "架空の経済の活性化") in headings
    assert ("施策", "5-2", "架空の人権の尊重") in headings


_WRAPPED_LAST = "\n".join([
    placed((2, "重点取組"), (40, "施策"), (52, "主な事業"), (80, "令和８年度")),
    placed((2, "①架空海岸の清掃活動と海辺のイベ"), (40, "１－（１）"), (52, "架空フェスタ事業"),
            (82, "4,800")),
    placed((2, "ントの開催")),
    placed((2, "②架空健診の受診勧"), (40, "３－（２）"), (52, "架空健康づくり事業"),
            (82, "2,960")),
    placed((2, "奨")),
    "",
    "６　成果指標",
])  # fmt: skip


def test_a_last_rows_first_cell_wrapped_onto_its_own_line_joins_the_row() -> None:
    rows = [[c.text for c in row] for row in _tables(_WRAPPED_LAST)[0].rows]
    assert rows[-1][0] == "②架空健診の受診勧奨"
