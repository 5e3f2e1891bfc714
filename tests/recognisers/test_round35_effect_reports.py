"""A strategy's effect report: each 施策 a 「（１）名称〔担当：X課〕」 heading over its 取組,
its projects as 「・X事業<TAB>金額」 lines, the goal's 「基準値 … → 目標値 …」 line with this
year's actual on the line under it, and 「＜施策の評価＞　Ｂ（令和５年度評価　Ａ）」 grading
the 施策 this year and the year before. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "架空村総合戦略　令和６年度　効果検証報告書\n"
    "\n"
    "基本目標１　しごとをつくる架空村\n"
    "\n"
    "【数値目標】\n"
    "　架空事業所の従業者数　基準値　６１０人（令和２年度）　→　目標値　６３０人（令和７年度）\n"
    "　令和６年度実績　５９５人\n"
    "\n"
    "（１）架空産業の振興〔担当：架空産業課〕\n"
    "＜主な取組＞\n"
    "・架空茶のブランド化\n"
    "＜主な事業（令和６年度決算額）＞\n"
    "・架空茶振興事業\t８，２１５千円\n"
    "・架空鳥獣対策事業\t９，６１２千円\n"
    "＜施策の評価＞　Ｂ（令和５年度評価　Ａ）\n"
    "\n"
    "（２）架空交流の推進〔担当：架空企画課〕\n"
    "＜主な取組＞\n"
    "・架空体験観光の推進\n"
    "＜主な事業（令和６年度決算額）＞\n"
    "・架空交流推進事業\t６，４８０千円\n"
    "＜施策の評価＞　Ｃ（令和５年度評価　Ｂ）\n"
)


def test_an_angle_bracketed_grade_grades_the_heading_policy_it_sits_under() -> None:
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REPORT).evaluations}
    assert {("架空産業の振興", 2024, "B"), ("架空交流の推進", 2024, "C")} <= graded


def test_a_dated_grade_in_brackets_is_that_years_grade() -> None:
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REPORT).evaluations}
    assert {("架空産業の振興", 2023, "A"), ("架空交流の推進", 2023, "B")} <= graded


def test_bulleted_tab_lines_are_projects_with_their_amounts() -> None:
    projects = {(p.name, p.budget) for p in parsed_as_read(_REPORT).projects}
    assert {("架空茶振興事業", 8_215_000), ("架空鳥獣対策事業", 9_612_000)} <= projects
    assert ("架空交流推進事業", 6_480_000) in projects  # a single tabbed line: no tab kept


def test_the_unit_in_the_headings_bracket_leads_its_projects() -> None:
    divisions = {p.name: p.division for p in parsed_as_read(_REPORT).projects}
    assert divisions["架空茶振興事業"] == "架空産業課"
    assert divisions["架空交流推進事業"] == "架空企画課"


def test_a_values_line_under_a_named_indicator_line_goes_on_with_it() -> None:
    observed = {
        (o.indicator, o.fiscal_year, o.kind, o.value) for o in parsed_as_read(_REPORT).observations
    }
    assert ("架空事業所の従業者数", 2024, "actual", 595) in observed
    assert ("架空事業所の従業者数", 2025, "target", 630) in observed
