"""A ward's page lists each 課's allotted budget as a definition list (「<dt>区民課</dt>
<dd>38,150千円（前年度 37,920千円）</dd>」) under a line naming the account and year: each
課's budget in that account for the year, and the bracketed one for the year before.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>区役所の予算（令和8年度）</h2>"
    "<p>架空区役所が執行する令和8年度の区配分予算（一般会計）は次のとおりです。</p>"
    "<dl><dt>架空推進課</dt><dd>186,420千円（前年度 179,860千円）</dd>"
    "<dt>架空区民課</dt><dd>38,150千円（前年度 37,920千円）</dd>"
    "<dt>合計</dt><dd>224,570千円（前年度 217,780千円）</dd></dl>"
    "</main></body></html>"
)


def _budgets() -> set[tuple[str | None, str, int | None, int]]:
    facts = parsed_as_read(_PAGE, "ward.html")
    return {(b.owner, b.account, b.fiscal_year, b.amount) for b in facts.budgets}


def test_each_listed_units_budget_is_read_in_the_lines_account_and_year() -> None:
    assert ("架空推進課", "一般会計", 2026, 186_420_000) in _budgets()
    assert ("架空区民課", "一般会計", 2026, 38_150_000) in _budgets()


def test_the_bracketed_previous_year_amount_is_the_year_befores_budget() -> None:
    assert ("架空推進課", "一般会計", 2025, 179_860_000) in _budgets()
    assert ("架空区民課", "一般会計", 2025, 37_920_000) in _budgets()


def test_the_total_line_names_no_unit() -> None:
    assert not any(amount == 224_570_000 for *_, amount in _budgets())
