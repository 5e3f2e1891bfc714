"""Round 50: a budget table printing each account's class in a column of its own, once over
its members (「会計区分 | 会計名 | 令和8年度 | 令和7年度」 with 「特別会計 | 架空保険事業」 over
「 | 架空医療事業」), as a finance system's report does. Before, the class column was taken
for the accounts' names: 特別会計 became an account with its first member's figures and the
other members were lost. Fictional names and figures."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "令和8年度 当初予算 会計別予算額\n（単位：百万円）\n\n"
    "会計区分\t会計名\t令和8年度 予算額\t令和7年度 当初予算額\t増減\n"
    "一般会計\t一般会計\t512,480\t498,360\t14,120\n"
    "計\t\t512,480\t498,360\t\n"
    "特別会計\t架空保険事業\t82,140\t83,560\t-1,420\n"
    "\t架空医療事業\t15,230\t14,480\t750\n"
    "計\t\t97,370\t98,040\t\n"
    "企業会計\t架空水道事業\t28,460\t27,930\t530\n"
)


def _budgets() -> set[tuple[str, int | None, int]]:
    facts = parse_document(_TABLE, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    return {(b.account, b.fiscal_year, b.amount) for b in facts.budgets}


def test_each_member_of_a_class_is_an_account_of_its_own() -> None:
    budgets = _budgets()
    assert ("架空保険事業", 2026, 82_140_000_000) in budgets
    assert ("架空医療事業", 2025, 14_480_000_000) in budgets
    assert ("架空水道事業", 2026, 28_460_000_000) in budgets


def test_the_class_printed_once_is_no_account() -> None:
    accounts = {account for account, _, _ in _budgets()}
    assert not accounts & {"特別会計", "企業会計", "計"}


def test_an_account_named_in_both_columns_is_read_once() -> None:
    assert ("一般会計", 2026, 512_480_000_000) in _budgets()
