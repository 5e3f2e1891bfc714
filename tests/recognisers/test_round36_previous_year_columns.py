"""An open-data list of projects, one row each with its unit, its account, this year's
initial budget and the year before's (「当初予算額（円） | 前年度当初予算額（円）」) under a
年度 column: each project's budget in both years, and no account or unit budget read from
the projects' rows. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    "年度,会計名,局等名,所属名,事業名,事業概要,当初予算額（円）,前年度当初予算額（円）,新規・拡充\n"
    "2026,一般会計,架空局,架空課,架空情報発信事業,説明,86420000,81950000,\n"
    "2026,一般会計,架空局,架空第二課,架空研修事業,説明,42380000,39870000,拡充\n"
    "2026,一般会計,架空局,架空第三課,架空新規事業,説明,512300000,,新規\n"
    "2026,一般会計,架空第二局,架空第四課,架空入札事業,説明,28640000,27980000,\n"
)


def _projects() -> set[tuple[str, int | None, int | None]]:
    return {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_CSV, "list.csv").projects}


def test_the_previous_years_column_is_the_budget_of_the_year_before() -> None:
    projects = _projects()
    assert ("架空情報発信事業", 2025, 81_950_000) in projects
    assert ("架空研修事業", 2025, 39_870_000) in projects


def test_the_rows_own_column_stays_the_rows_year() -> None:
    assert ("架空情報発信事業", 2026, 86_420_000) in _projects()


def test_a_blank_previous_year_cell_gives_no_row() -> None:
    assert not any(n == "架空新規事業" and y == 2025 for n, y, _ in _projects())


def test_a_list_of_projects_gives_no_budget_by_account() -> None:
    assert parsed_as_read(_CSV, "list.csv").budgets == []


def test_units_amounts_beside_an_example_project_stay_the_units_budgets() -> None:
    """「課名 | 令和7年度 | 令和6年度 | 主な事業」: the amounts are the units', the project an
    example named after them."""
    text = (
        "一般会計 課別予算額（単位：千円）\n"
        "課名\t令和7年度\t令和6年度\t主な事業\n"
        "架空課\t98,400\t98,100\t架空運営事業\n"
        "架空第二課\t1,385,200\t1,401,100\t架空更新事業\n"
        "架空第三課\t412,600\t436,600\t架空確保事業\n"
    )
    budgets = {(b.owner, b.fiscal_year, b.amount) for b in parsed_as_read(text).budgets}
    assert ("架空課", 2025, 98_400_000) in budgets
