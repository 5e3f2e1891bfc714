"""A 部's operating policy printed as Word text: its budget by 課 under a title with the unit
at the line's far right (「三　部の予算（一般会計・当初予算）　　（単位：千円）」), the years'
header one cell short (the 課 column's label blank), and a 「部　計」 row: each 課's budget in
both years, and the 部's own from its total. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "　　令和8年度　架空部　運営方針\n\n"
    "3　部の予算（一般会計・当初予算）　　　　　　　　　　　　（単位：千円）\n"
    "　　　　　　　　　　　　　　令和8年度　　　　令和7年度　　　　増　減\n"
    "　架空協働課                412,360　　398,740　　  13,620\n"
    "　架空振興課                286,450　　301,120　　△14,670\n"
    "　部　計                    698,810　　699,860　　△1,050\n"
)


def _budgets() -> set[tuple[str, int | None, int]]:
    return {(b.owner, b.fiscal_year, b.amount) for b in parsed_as_read(_TEXT).budgets}


def test_each_units_budget_is_read_under_a_title_with_its_unit_note() -> None:
    assert ("架空協働課", 2026, 412_360_000) in _budgets()
    assert ("架空振興課", 2025, 301_120_000) in _budgets()


def test_the_departments_total_is_its_own_budget() -> None:
    assert ("架空部", 2026, 698_810_000) in _budgets()
