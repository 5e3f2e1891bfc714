"""A ward's budget table captioned with its unit and one account (「＜架空区役所の予算（一般
会計）＞」), its rows the account's parts and a total: the total is that unit's budget in that
account, for each year's column. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>2　区役所の予算</h2><pre>\n"
    "＜架空区役所の予算（一般会計）＞　　　　　　　　　　　　（単位：千円）\n"
    "────────────────────────────────────\n"
    "区分                      令和８年度      令和７年度          増減\n"
    "────────────────────────────────────\n"
    "区役所運営費          ５８４，６４０  ５７１，８２０  １２，８２０\n"
    "区づくり推進費          ５７，７４０    ５６，０９０    １，６５０\n"
    "────────────────────────────────────\n"
    "合計                  ６４２，３８０  ６２７，９１０  １４，４７０\n"
    "</pre></main></body></html>"
)


def test_the_total_of_a_captioned_units_parts_is_its_budget_in_the_account() -> None:
    budgets = {(b.owner, b.fiscal_year, b.account, b.amount)
               for b in parsed_as_read(_PAGE, "annai.html").budgets}  # fmt: skip
    assert ("架空区役所", 2026, "一般会計", 642_380_000) in budgets
    assert ("架空区役所", 2025, "一般会計", 627_910_000) in budgets
