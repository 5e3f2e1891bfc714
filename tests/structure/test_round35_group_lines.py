"""A budget table printed with single spaces, an account group's name alone on a line among
the rows (「特別会計」 under 「一般会計 …」, 「企業会計」 under 「特別会計 計 …」): a group
line of its own, not the rest of the name above. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "令和8年度当初予算案の概要｜架空市\n"
    "会計別予算額 （単位：千円）\n"
    "会計名 令和8年度 令和7年度 増減額 増減率\n"
    "一般会計 821,463,000 806,152,000 15,311,000 1.9%\n"
    "特別会計\n"
    "国民健康保険事業特別会計 142,318,000 145,027,000 △2,709,000 △1.9%\n"
    "介護保険事業特別会計 158,604,000 153,890,000 4,714,000 3.1%\n"
    "特別会計 計 300,922,000 298,917,000 2,005,000 0.7%\n"
    "企業会計\n"
    "水道事業会計 52,416,000 51,203,000 1,213,000 2.4%\n"
)


def test_a_group_name_alone_among_the_rows_joins_no_name() -> None:
    accounts = {(b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_PAGE).budgets}
    assert ("一般会計", 2026, 821_463_000_000) in accounts
    names = {account for account, _, _ in accounts}
    assert not names & {"一般会計特別会計", "特別会計計企業会計"}
