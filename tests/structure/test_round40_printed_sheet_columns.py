"""A KPI sheet printed with its row and column headings (行列番号), read by its columns: the
blanked row numbers leave the cells where the header's labels stand, so a 区分 word and a
name one space apart (「数値目標 架空従業者数」) are two cells, and so are a value and its
base year (「41,820 R3」); a row the printing tool set a place off (a wide dash counted as
one place) still falls into its columns; the header printed again atop the next page, over
a blank line and another table's labels, leaves that other table its own header. The
levels' column headed 「基本目標・施策・指標」 names the indicators, and a 施策 row typed in
the 区分 column (「 | 施策 | 1-(1) 名称」) is that level. Fictional examples."""

from __future__ import annotations

import unicodedata

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

# where each column starts, in printed places (a wide character two): No., 区分, name,
# 単位, 基準値 (figures end at 基準's start less one), 基準年度, Ｒ７目標, 目標値, 評価, 担当課
_AT = (5, 10, 19, 47, 55, 62, 70, 79, 88, 95)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(number: str, cells: dict[int, str], right: frozenset[int] = frozenset()) -> str:
    """A printed line: the sheet's row number, then each cell at its column's place (a
    figure of a `right` column set to end one place before the next column)."""
    line = f"{number:>3}"
    for k, text in sorted(cells.items()):
        at = _AT[k + 1] - 1 - _width(text) if k in right else _AT[k]
        line += " " * max(at - _width(line), 1) + text
    return line + "\n"


_FIGURES = frozenset({4, 6, 7})
_HEAD = (
    _line("", {0: "No.", 1: "区分", 2: "基本目標・施策・指標", 3: "単位", 4: "基準値", 5: "基準",
               6: "Ｒ７", 7: "目標値", 8: "評価", 9: "担当課"})
    + _line("4", {5: "年度", 6: "目標", 7: "（Ｒ11）", 8: "（Ｒ７）"})
)  # fmt: skip


def _kpi(n: str, row: str, kind: str, name: str, unit: str, figures: tuple[str, ...]) -> str:
    base, year, target, goal = figures
    return _line(n, {0: row, 1: kind, 2: name, 3: unit, 4: base, 5: year, 6: target, 7: goal,
                     9: "架空商工課"}, _FIGURES)  # fmt: skip


_SHEET = (
    "       A      B                     C            D       E      F         G        H      I\n"
    "  1                架空市総合戦略　ＫＰＩ進捗管理表\n"
    "  3  \n"
    + _HEAD
    + _line("5", {1: "基本目標", 2: "基本目標１　架空のしごとをつくる"})
    + _kpi("6", "1", "数値目標", "架空従業者数", "人", ("41,820", "R3", "42,500", "43,500"))
    + _line("7", {1: "施策", 2: "１－(１)　架空産業の強化", 8: "Ｂ", 9: "架空商工課"})
    + _kpi("8", "2", "ＫＰＩ", "架空創業件数", "件", ("24", "R5", "30", "40"))
    + _kpi("9", "3", "ＫＰＩ", "架空立地件数", "件", ("0", "R6", "3", "10"))
    # the tool that set this row gave the wide dash one place: its cells after it a place off
    + _kpi("10", "4", "数値目標", "架空出生率", "－", ("1.38", "R4", "1.42", "1.50")).replace(
        "－ ", "－"
    )
    + _kpi("11", "5", "ＫＰＩ", "架空相談件数", "件", ("312", "R5", "400", "500"))
    + "\n"
    "                                          1 / 2\n"
    "       A      B                     C            D       E      F         G        H      I\n"
    + _HEAD
    + " 12  \n"
    " 13            【参考】主な関連事業\n"
    "          施策     事業名                          予算額                 担当課\n"
    " 14                                               （千円）\n"
    " 15       １－(１) 架空創業支援事業                 12,000                 架空商工課\n"
    " 16       １－(１) 架空立地奨励事業                 48,600                 架空商工課\n"
)


def _tables() -> list[list[list[str]]]:
    doc = read_structure(_SHEET, labels=all_labels())
    return [
        [list(b.table.header), *([c.text for c in row] for row in b.table.rows)]
        for b in doc.blocks
        if b.table is not None
    ]


def test_a_word_one_space_from_the_next_column_is_a_cell_of_its_own() -> None:
    rows = _tables()[0]
    row = ["1", "数値目標", "架空従業者数", "人", "41,820", "R3", "42,500", "43,500"]
    assert any(r[: len(row)] == row for r in rows)


def test_a_row_printed_a_place_off_falls_into_its_columns() -> None:
    rows = _tables()[0]
    row = ["4", "数値目標", "架空出生率", "-", "1.38", "R4", "1.42", "1.50", "", "架空商工課"]
    assert any(r[: len(row)] == row for r in rows)


def test_a_header_printed_again_leaves_the_next_table_its_own_labels() -> None:
    tables = _tables()
    projects = [t for t in tables if "事業名" in t[0]]
    assert projects and ["1-(1)", "架空創業支援事業", "12,000", "架空商工課"] in projects[0]


def test_the_levels_column_names_the_indicators_dated_by_their_base_year_column() -> None:
    found = {(o.indicator, o.fiscal_year, o.kind, o.value)
             for o in parsed_as_read(_SHEET).observations}  # fmt: skip
    assert ("架空創業件数", 2023, "baseline", 24) in found
    assert ("架空創業件数", 2029, "target", 40) in found
    assert ("架空従業者数", 2021, "baseline", 41820) in found


def test_a_level_typed_in_the_kind_column_is_that_level() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_SHEET).policy_codes}
    assert ("1-1", "架空産業の強化") in policies
