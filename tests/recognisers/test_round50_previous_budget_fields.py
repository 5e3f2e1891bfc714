"""Round 50: a project's record labelling the year before's amount by a cue word
(「前年度予算額：○○○」 beside 「予算額：○○○」). Before, both were read as the budget label and
the first won: the year before's row was lost, or taken as the year's own when printed first.
Fictional names and figures."""

from __future__ import annotations

from loaders.parse import parse_document

_RECORDS = (
    "令和8年度 主な事業\n\n単位：千円\n\n"
    "## 架空推進事業\n予算額：486200\n前年度予算額：411300\n"
    "担当課：架空未来局 架空育成部 幼児架空課\n\n"
    "## 架空整備事業\n前年度予算額（千円）：611300\n予算額（千円）：724580\n担当課：放課後架空課\n"
)


def _projects(text: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = parse_document(text, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_the_previous_years_budget_field_is_that_years_row() -> None:
    assert ("架空推進事業", 2025, 411_300_000, "幼児架空課") in _projects(_RECORDS)


def test_the_years_own_budget_is_kept_beside_it() -> None:
    assert ("架空推進事業", 2026, 486_200_000, "幼児架空課") in _projects(_RECORDS)


def test_the_previous_years_field_printed_first_is_not_the_years_budget() -> None:
    projects = _projects(_RECORDS)
    assert ("架空整備事業", 2026, 724_580_000, "放課後架空課") in projects
    assert ("架空整備事業", 2025, 611_300_000, "放課後架空課") in projects
