"""A coded entry whose closing bracket gives its grade of each year (「1-(1) 名称 （令和5年度
評価：Ａ → 令和6年度評価：Ｓ）」, html2text's bold around the latest): each year's grade of
the entry. A bracket of years and words that are no grades grades nothing. Fictional
example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "| 施策 | KPI |\n|---|---|\n"
    "| 1-(1) 架空産業の強化 | 架空件数 |\n| 1-(2) 架空創業の支援 | 架空件数 |\n\n"
    "**1-(1) 架空産業の強化** （令和5年度評価：Ａ → 令和6年度評価：**Ｓ** ）\n\n"
    "**1-(2) 架空創業の支援** （令和5年度評価：Ｂ → 令和6年度評価：**Ｂ** ）\n"
)


def test_each_years_grade_in_the_closing_bracket_is_read() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(_PAGE, "x.md").evaluations}  # fmt: skip
    assert grades == {
        ("架空産業の強化", 2023, "A"), ("架空産業の強化", 2024, "S"),
        ("架空創業の支援", 2023, "B"), ("架空創業の支援", 2024, "B"),
    }


def test_a_bracket_of_years_with_no_grades_grades_nothing() -> None:
    page = _PAGE.replace("評価：Ａ", "開始：新規").replace("評価：**Ｓ**", "終了：継続")
    grades = {e.initiative for e in parsed_as_read(page, "x.md").evaluations}
    assert "架空産業の強化" not in grades
