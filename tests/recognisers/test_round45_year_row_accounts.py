"""A budget table laid on its side: the accounts across the top (abbreviated under a caption
naming their class, 「特別会計（その2）」), a row a year, newest first, then 増減 and 増減率
rows. Each account's budget is read for each year; the change rows are no year. Fictional
example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>1 会計別予算額</h2><p>（単位：百万円、%）</p>"
    "<h3>一般会計・特別会計（その1）</h3><table>"
    "<tr><th>区分</th><th>一般会計</th><th>架空保険 事業</th></tr>"
    "<tr><th>令和8年度</th><td>684,230</td><td>131,846</td></tr>"
    "<tr><th>令和7年度</th><td>668,915</td><td>134,208</td></tr>"
    "<tr><th>増減</th><td>15,315</td><td>△2,362</td></tr>"
    "<tr><th>増減率</th><td>2.3</td><td>△1.8</td></tr></table>"
    "<h3>企業会計</h3><table>"
    "<tr><th>区分</th><th>架空水道事業</th><th>企業会計 計</th></tr>"
    "<tr><th>令和8年度</th><td>41,382</td><td>41,382</td></tr>"
    "<tr><th>令和7年度</th><td>40,956</td><td>40,956</td></tr>"
    "<tr><th>増減</th><td>426</td><td>426</td></tr></table>"
    "</main></body></html>"
)


def _budgets() -> set[tuple[str, int | None, int]]:
    return {(b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_PAGE, "x.html").budgets}


def test_each_accounts_budget_is_read_for_each_year_row() -> None:
    read = _budgets()
    assert ("一般会計", 2026, 684_230_000_000) in read
    assert ("架空保険事業", 2025, 134_208_000_000) in read


def test_an_abbreviated_account_under_its_class_caption_is_read_and_its_total_is_not() -> None:
    read = _budgets()
    assert ("架空水道事業", 2026, 41_382_000_000) in read
    assert {account for account, _, _ in read} == {"一般会計", "架空保険事業", "架空水道事業"}


def test_the_change_rows_give_no_budget() -> None:
    assert not any(amount == 15_315_000_000 for _, _, amount in _budgets())
