"""Round 52: year labels with the amounts' unit joined on as an export names its columns
and fields (「R5決算_千円」 in a PowerShell CSV, 「R6決算額_千円」 in a form's field). Before,
the settled years' columns were passed over (the unit made the stage word too long) and a
field labelled with its year first named no budget. Fictional names and figures."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    '"事業名","所管課","R5決算_千円","R6決算_千円","R7予算_千円","評価"\n'
    '"架空支援体制整備事業","架空福祉課","412380","468215","488600","A"\n'
    '"架空相談支援事業","架空生活課","","191805","198300","B"\n'
)
_RECORD = (
    "令和7年度 施策評価シート（令和6年度の取組）\n\n"
    "## 事業1\n事業名：架空包括支援事業\nR6決算額_千円：12,840\n担当課：架空健康課\n"
)


def _projects(text: str, file: str) -> set[tuple[str, int | None, int | None]]:
    return {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(text, file).projects}


def test_a_settled_years_column_with_its_unit_joined_is_that_years_amount() -> None:
    projects = _projects(_SHEET, "hyoka.csv")
    assert ("架空支援体制整備事業", 2023, 412_380_000) in projects
    assert ("架空支援体制整備事業", 2024, 468_215_000) in projects
    assert ("架空支援体制整備事業", 2025, 488_600_000) in projects


def test_an_empty_years_cell_gives_no_row() -> None:
    assert not any(
        name == "架空相談支援事業" and year == 2023 for name, year, _ in _projects(_SHEET, "h.csv")
    )


def test_a_field_labelled_by_its_year_then_a_budget_word_is_the_budget() -> None:
    assert ("架空包括支援事業", 2024, 12_840_000) in _projects(_RECORD, "sheet.txt")
