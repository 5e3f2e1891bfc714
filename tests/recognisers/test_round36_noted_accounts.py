"""A children's budget booklet: each account on a line of its own with this year's amount,
then a bracketed note in plain words (「（前の年は57億1,200万円。1億2,800万円ふえたよ）」):
the first amount after the year-before words is the account's the year before. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_BOOKLET = (
    "架空町　こども予算書2026\n\n"
    "令和８年度（２０２６年４月～２０２７年３月）の予算\n\n"
    "■国民健康保険特別会計　14億2,600万円\n"
    "　（前の年は14億5,100万円。2,500万円へったよ）\n"
    "■介護保険特別会計　16億8,400万円\n"
    "　（前の年は16億5,200万円。3,200万円ふえたよ）\n"
)


def test_the_notes_first_amount_is_the_accounts_the_year_before() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_BOOKLET).budgets}
    assert ("国民健康保険特別会計", 2025, 1_451_000_000) in budgets
    assert ("介護保険特別会計", 2025, 1_652_000_000) in budgets
    assert ("介護保険特別会計", 2025, 32_000_000) not in budgets
