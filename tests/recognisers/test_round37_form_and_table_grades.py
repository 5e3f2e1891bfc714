"""Grades printed beside their years: a mail-merged entry sheet's row 「進捗評価 | 令和6年度 | A |
令和7年度 | S」 grades the sheet's entry for each year; a table of 施策 printed with their codes
(「1-(1) 架空の振興」) and a column per year's grade, a reason beside them, grades each 施策
for each year; a KPI list's progress word grades no broader level. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市行財政改革推進プラン\n"
    "取組個票（令和7年度実績）\n"
    "\n"
    "取組番号\t1-2-1\t所管\t架空局　架空部　架空課\n"
    "取組名\t架空補助金の見直し\n"
    "改革の柱\t1　架空の財政基盤\n"
    "推進項目\t1-2　架空の歳出見直し\n"
    "進捗評価\t令和6年度\tB\t令和7年度\tA\n"
)

_PAGE = (
    "<html><body><main><h2>施策の評価</h2><table>"
    "<tr><th>施策</th><th>基本目標</th><th>R5評価</th><th>R6評価</th><th>評価の理由</th></tr>"
    "<tr><td>1-(1) 架空の振興</td><td>1 架空をつくる</td><td>B</td><td>A</td><td>順調。</td></tr>"
    "<tr><td>1-(2) 架空の継業</td><td>1 架空をつくる</td><td>A</td><td>C</td><td>遅れ。</td></tr>"
    "</table><h2>KPI一覧</h2><table>"
    "<tr><th>指標名</th><th>基本目標</th><th>施策</th><th>単位</th><th>R6実績</th><th>目標値</th>"
    "<th>進捗</th></tr>"
    "<tr><td>架空就農者数</td><td>1 架空をつくる</td><td>1-(1) 架空の振興</td><td>人</td>"
    "<td>9</td><td>10</td><td>順調</td></tr>"
    "<tr><td>架空起業件数</td><td>1 架空をつくる</td><td>1-(2) 架空の継業</td><td>件</td>"
    "<td>5</td><td>6</td><td>遅れ</td></tr>"
    "</table></main></body></html>"
)


def _grades(text: str, file: str) -> set[tuple[str, int | None, str]]:
    return {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(text, file).evaluations}


def test_a_form_row_grades_its_entry_for_each_year_beside_it() -> None:
    assert {("架空補助金の見直し", 2024, "B"), ("架空補助金の見直し", 2025, "A")} <= _grades(
        _SHEET, "sheet.txt"
    )


def test_a_form_row_of_values_is_no_header_over_the_next() -> None:
    names = {i.name for i in parsed_as_read(_SHEET, "sheet.txt").initiatives}
    assert not any("所管" in name or "架空課" in name for name in names)


def test_each_coded_policy_is_graded_for_each_years_column() -> None:
    expected = {("架空の振興", 2023, "B"), ("架空の振興", 2024, "A"), ("架空の継業", 2024, "C")}
    assert expected <= _grades(_PAGE, "page.html")


def test_a_kpis_progress_word_grades_no_goal() -> None:
    assert not any(name == "架空をつくる" for name, _, _ in _grades(_PAGE, "page.html"))
