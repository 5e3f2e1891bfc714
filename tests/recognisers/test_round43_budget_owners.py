"""Whose budget a table prints: a city's budget overview whose cover credits the finance
bureau that compiled it (「財政局」 under the city's name) is the city's; a column of 「局等名」
names the bureaus whose budget each row is; 「うち○○部」 under an account's row is that
部's part of the account; 「総務係 企画係」 in a unit's row lists its parts. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_OVERVIEW = (
    "令和８年度\n当初予算案の概要\n\n令和８年２月\n\n架空市\n\n財 政 局\n\n"
    "1 予算の規模\n\n"
    "会計別予算額\n（単位：百万円）\n"
    "区分\t令和８年度\t令和７年度\n"
    "一般会計\t598,730\t583,160\n"
    "国民健康保険事業特別会計\t98,420\t99,310\n"
    "\n"
    "2 一般会計の局等別予算額\n"
    "局等別予算額（一般会計）\n（単位：百万円）\n"
    "局 等 名\n\n令和８年度\n\n令和７年度\n\n増減額\n\n増減率\n\n"
    "架空総務局 24,860 23,940 920 3.8\n"
    "架空市民局 18,930 18,260 670 3.7\n"
    "区役所 9,260 9,070 190 2.1\n"
    "合 計 53,050 51,270 1,780 3.5\n"
    "\n"
    "3 職員数\n職員数（全会計）\n令和８年度 11,842人\n令和７年度 11,806人\n"
)


def test_a_cover_crediting_the_finance_bureau_leaves_the_budget_the_citys() -> None:
    facts = parsed_as_read(_OVERVIEW, "x.txt")
    owners = {b.owner for b in facts.budgets if b.account == "一般会計" and b.amount > 5 * 10**11}
    assert owners == {facts.municipality}


def test_a_column_of_bureaus_and_offices_names_each_rows_owner() -> None:
    facts = parsed_as_read(_OVERVIEW, "x.txt")
    rows = {(b.owner, b.fiscal_year, b.amount) for b in facts.budgets}
    assert ("架空総務局", 2026, 24_860_000_000) in rows
    assert ("架空市民局", 2025, 18_260_000_000) in rows


def test_the_whole_bodys_staff_on_a_compiled_overview_are_the_citys() -> None:
    facts = parsed_as_read(_OVERVIEW, "x.txt")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert (facts.municipality, 2026, 11842) in staff


_POLICY = (
    "令和8年度 架空局運営方針\n\n"
    "3　局の予算\n表2　予算額（単位：千円）\n"
    "会計\t令和8年度\t令和7年度\t増減\n"
    "一般会計\t31,280,214\t30,709,877\t570,337\n"
    "うち架空政策部\t3,126,480\t2,874,210\t252,270\n"
    "うち架空循環部\t27,952,604\t27,645,117\t307,487\n"
    "うち局共通経費\t201,130\t190,550\t10,580\n"
)


def test_a_units_share_under_an_account_row_is_its_budget_in_that_account() -> None:
    facts = parsed_as_read(_POLICY, "x.txt")
    rows = {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}
    assert ("架空政策部", 2026, "一般会計", 3_126_480_000) in rows
    assert ("架空循環部", 2025, "一般会計", 27_645_117_000) in rows
    assert not [b for b in facts.budgets if "共通経費" in (b.owner or "")]


def test_units_listed_apart_by_spaces_are_the_rows_parts() -> None:
    text = (
        "架空区役所の組織（令和8年4月1日現在）\n"
        "課\t係\t主な業務\t職員数\n"
        "架空推進課\t総務係 企画調整係 地域振興係\t区役所の庶務\t24\n"
        "架空安全課\t地域安全係\t地域防災\t9\n"
        "架空区民課\t戸籍係 住民記録係\t戸籍・住民票\t38\n"
    )
    facts = parsed_as_read(text, "x.txt")
    names = {s.organization for s in facts.staff}
    assert "架空推進課" in names and "地域振興係" not in names
