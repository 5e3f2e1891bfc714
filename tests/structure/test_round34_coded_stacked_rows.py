"""A PDF's table given a line per cell whose rows open with a code of their own (「1-1」,
「1-2」 under 基本方針1) and whose header prints each grade column's year over its label
(「R5」 / 「評価」); a row whose word cell prints a mark for none (「―」) still reads.
Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_HEADER = "No.\n取組項目\n所管課\n指標\n目標\n実績\nR5\n評価\nR6\n評価\n"

_REPORT = (
    "令和6年度 架空改革プラン取組状況報告\n"
    "基本方針1 架空財政の確立\n"
    + _HEADER
    + "1-1\n架空税の収納率向上\n架空納税課\n架空収納率（％）\n98.6\n98.9\nB\nA\n"
    "1-2\n架空地の売却\n架空資産課\n売却額（百万円）\n120\n84\nC\nB\n"
    "\n"
    "基本方針2 架空組織の最適化\n"
    + _HEADER
    + "2-1\n架空定員適正化の推進\n架空職員課\n職員数（人）\n1,020\n1,034\nB\nB\n"
    "2-2\n会計年度任用職員の架空配置見直し\n架空職員課\n―\n―\n―\nA\nA\n"
)


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    doc = read_structure(text, labels=all_labels())
    return [
        (b.table.header, [[c.text for c in row] for row in b.table.rows])
        for b in doc.of_kind("table")
        if b.table is not None
    ]


def _facts():
    return parse_document(
        _REPORT, file="kaikaku.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip


def test_rows_opened_by_their_own_codes_are_read_as_a_table() -> None:
    _, rows = _tables(_REPORT)[0]
    assert [r[0] for r in rows] == ["1-1", "1-2"]
    assert rows[0][1:4] == ["架空税の収納率向上", "架空納税課", "架空収納率(%)"]


def test_a_year_over_a_label_heads_one_column_when_the_rows_say_so() -> None:
    header, rows = _tables(_REPORT)[0]
    assert header[-2:] == ["R5評価", "R6評価"]
    assert rows[1][-2:] == ["C", "B"]


def test_a_mark_for_none_in_a_word_cell_leaves_the_row_whole() -> None:
    _, rows = _tables(_REPORT)[1]
    assert [r[0] for r in rows] == ["2-1", "2-2"]
    assert rows[1][1:3] == ["会計年度任用職員の架空配置見直し", "架空職員課"]
    assert rows[1][3:] == ["-", "-", "-", "A", "A"]


def test_entries_named_like_labels_after_a_code_column_are_entries_not_a_form() -> None:
    names = {i.name for i in _facts().initiatives}
    assert {"架空定員適正化の推進", "会計年度任用職員の架空配置見直し"} <= names


def test_grades_under_dated_headers_are_of_each_year() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in _facts().evaluations}
    assert ("架空地の売却", 2023, "C") in grades
    assert ("架空地の売却", 2024, "B") in grades


def test_undated_target_and_actual_beside_dated_grades_are_the_reports_year() -> None:
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts().observations}
    assert ("売却額", 2024, "target", 120) in values
    assert ("売却額", 2024, "actual", 84) in values
