"""A village's page of each 課's priorities: under the 課's heading (「■教育委員会　教育課
（課長 …）」), 「予算（一般会計）　○○千円（前年度○○千円）」 and lines for its special accounts.
Each is the 課's budget in the bracketed account; the 前年度 amount, the year before's.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h1>令和8年度　各課の重点目標</h1>"
    "<p>令和８年４月　架空村</p>"
    "<h2>■架空住民課（課長　架空）</h2>"
    "<p>職員数　１４人（前年度１４人）</p>"
    "<p>予算（一般会計）　８２４，６００千円（前年度８０６，９００千円）</p>"
    "<p>予算（架空保険特別会計）　４１２，８００千円</p>"
    "<h2>■教育委員会　架空教育課（課長　架空）</h2>"
    "<p>予算（一般会計）　２７６，３００千円（前年度２６８，９００千円）</p>"
    "</main></body></html>"
)


def _budgets() -> set[tuple[str | None, str, int | None, int]]:
    facts = parsed_as_read(_PAGE, "p.html")
    return {(b.owner, b.account, b.fiscal_year, b.amount) for b in facts.budgets}


def test_each_units_budget_is_read_in_the_bracketed_account() -> None:
    assert ("架空住民課", "一般会計", 2026, 824_600_000) in _budgets()
    assert ("架空住民課", "架空保険特別会計", 2026, 412_800_000) in _budgets()


def test_the_year_befores_amount_is_read() -> None:
    assert ("架空住民課", "一般会計", 2025, 806_900_000) in _budgets()


def test_the_last_unit_of_a_heading_owns_the_budget() -> None:
    assert ("架空教育課", "一般会計", 2026, 276_300_000) in _budgets()
