"""Round 22: tables of grades by year (fictional examples): a column headed by the year of
the work graded (「令和4年度の取組」), a dash for a year not graded, and a one-row table of
grades by year under the entry the page states before it."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Initiative, Span
from loaders.field_vocabulary import all_labels
from loaders.recognisers import evaluations
from loaders.structure import read_structure


def _graded(text: str, names: list[str]) -> set[tuple[str, int, str]]:
    facts = DocumentFacts("x.txt", "999988", "架空川市", None, text, "generic", fiscal_year=2024)
    for name in names:
        start = text.index(name)
        facts.initiatives.append(
            Initiative(name, "measure", evidence={"": Span(start, start + len(name), name)})
        )
    evaluations.recognise(read_structure(text, labels=all_labels()), facts)
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


def test_a_column_headed_by_the_year_of_the_work_grades_that_year() -> None:
    text = (
        "施策別の評価\n\n"
        "| 施策名 | 令和4年度の取組 | 令和5年度の取組 |\n"
        "|---|---|---|\n"
        "| 架空川の清流保全 | B | A |\n"
        "| 架空山の森林整備 | C | B |\n"
    )
    graded = _graded(text, ["架空川の清流保全", "架空山の森林整備"])
    assert ("架空川の清流保全", 2022, "B") in graded
    assert ("架空山の森林整備", 2023, "B") in graded


def test_a_dash_in_a_grade_column_is_a_year_not_graded() -> None:
    text = (
        "取組の評価\n\n"
        "| 取組 | 令和4年度 | 令和5年度 |\n"
        "|---|---|---|\n"
        "| 架空川の清流保全 | ― | A |\n"
        "| 架空山の森林整備 | B | B |\n"
    )
    graded = _graded(text, ["架空川の清流保全", "架空山の森林整備"])
    assert ("架空川の清流保全", 2023, "A") in graded
    assert not any(name == "架空川の清流保全" and year == 2022 for name, year, _ in graded)


def test_one_row_of_grades_by_year_grades_the_entry_stated_before_it() -> None:
    text = (
        "施策名 架空川の清流保全\n\n"
        "施策の評価\n\n"
        "| 令和6年度 | 令和5年度 | 評価の理由 |\n"
        "|---|---|---|\n"
        "| B | A | 水質の指標は改善した。 |\n"
    )
    graded = _graded(text, ["架空川の清流保全"])
    assert {("架空川の清流保全", 2024, "B"), ("架空川の清流保全", 2023, "A")} <= graded
