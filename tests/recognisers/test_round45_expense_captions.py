"""A table of accounts under a caption naming one kind of expense (「職員給与費」) gives that
expense's share of each account, no account's budget; the same table under a budget's
caption does. Its unit is the note in its own header row. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "会計,令和５年度,令和６年度,,（単位：百万円）\n"
    "一般会計,\"16,842\",\"17,011\",,\n"
    "架空企業会計,\"1,200\",\"1,238\",,\n"
)


def _budgets(caption: str) -> set[tuple[str, int | None, int]]:
    facts = parsed_as_read(caption + ",,,,\n" + _TABLE, "x.csv")
    return {(b.account, b.fiscal_year, b.amount) for b in facts.budgets}


def test_an_expense_caption_reads_no_account_budget() -> None:
    assert _budgets("参考　職員給与費（当初予算）") == set()


def test_a_budget_caption_over_the_same_table_reads_each_accounts_budget() -> None:
    assert ("一般会計", 2024, 17_011_000_000) in _budgets("参考　当初予算")
