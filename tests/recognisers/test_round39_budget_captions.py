"""Budget tables and lines read by what is printed around them: a caption naming only the
account (「一般会計の局別内訳」) under a title naming the budget; an account named in brackets
by the lead-in sentence (「…予算（一般会計）です。」); a unit column labelled by the level's
word alone (「会計 | 部 | 令和8年度」) or listing offices (「課・事業所」: 清掃工場); the total
of the ward office (「区役所計」); and, under 「かっこ内は前年度」, the bracket after each
account's amount. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _budgets(text: str, file: str = "x.txt") -> set[tuple[str, int, str, int]]:
    facts = parsed_as_read(text, file)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


_SUMMARY = (
    "<html><body><main><h1>令和8年度当初予算案の概要</h1>"
    "<h2>1　予算の規模</h2><p>架空の規模です。</p><p>架空の説明です。</p><p>架空の注です。</p>"
    "<h2>2　一般会計の局別内訳</h2><h3>（単位：千円）</h3>"
    "<table><tr><th>局 等</th><th>令和8年度</th><th>令和7年度</th></tr>"
    "<tr><td>架空総務局</td><td>28,416,300</td><td>27,952,100</td></tr>"
    "<tr><td>架空環境局</td><td>41,286,500</td><td>39,854,200</td></tr></table>"
    "</main></body></html>"
)


def test_an_account_caption_under_a_budget_title_names_the_units_budgets() -> None:
    assert ("架空総務局", 2026, "一般会計", 28_416_300_000) in _budgets(_SUMMARY, "p.html")


_WARD = (
    "<html><body><main><h1>令和8年度 架空区役所のご案内</h1>"
    "<p>区役所が地域の課題に応じて使う予算（一般会計）です。</p>"
    "<h2>区配分予算（単位：千円）</h2>"
    "<table><tr><th>課</th><th>令和8年度</th><th>令和7年度</th></tr>"
    "<tr><td>架空推進課</td><td>182,400</td><td>176,300</td></tr>"
    "<tr><td>架空住民課</td><td>48,600</td><td>51,200</td></tr>"
    "<tr><td>区役所計</td><td>231,000</td><td>227,500</td></tr></table>"
    "</main></body></html>"
)


def test_a_lead_in_names_the_account_in_brackets() -> None:
    assert ("架空推進課", 2026, "一般会計", 182_400_000) in _budgets(_WARD, "p.html")


def test_the_ward_office_total_is_the_ward_office_s_budget() -> None:
    owners = {owner for owner, *_ in _budgets(_WARD, "p.html")}
    assert not owners & {"区役所計"}
    assert any(amount == 231_000_000 for *_, amount in _budgets(_WARD, "p.html"))


_BUREAU = (
    "令和８年度　架空環境局運営方針\n"
    "\n"
    "３　局の予算（一般会計）                                     （単位：千円）\n"
    "\n"
    "    課・事業所              令和８年度      令和７年度\n"
    "    架空総務課               1,284,600       1,226,400\n"
    "    架空北部清掃工場         8,016,200       8,952,800\n"
    "    局　計                   9,300,800      10,179,200\n"
)


def test_an_office_listed_in_a_unit_column_owns_its_row() -> None:
    budgets = _budgets(_BUREAU)
    assert ("架空北部清掃工場", 2026, "一般会計", 8_016_200_000) in budgets
    assert ("架空総務課", 2025, "一般会計", 1_226_400_000) in budgets


_BY_DEPARTMENT = (
    "令和８年度　架空環境局運営方針\n"
    "３　局の予算（当初予算、単位：千円）\n"
    "\n"
    "    会計                  部                    令和８年度        令和７年度\n"
    "    一般会計              架空企画部             3,812,400         3,506,100\n"
    "                          架空循環部            31,942,600        30,987,500\n"
    "    架空霊園特別会計      架空循環部             1,284,600         1,198,300\n"
)


def test_a_column_labelled_by_the_level_word_alone_names_the_owners() -> None:
    budgets = _budgets(_BY_DEPARTMENT)
    assert ("架空企画部", 2026, "一般会計", 3_812_400_000) in budgets
    assert ("架空循環部", 2025, "架空霊園特別会計", 1_198_300_000) in budgets


_POST = (
    "【令和8年度 架空町の予算が決まりました】\n"
    "\n"
    "📊会計ごとの予算（かっこ内は前年度）\n"
    "・一般会計　48億6,200万円（46億9,800万円）\n"
    "・国民健康保険特別会計　9億8,400万円（10億1,200万円）\n"
    "・水道事業会計　5億4,300万円（5億2,100万円）\n"
)


def test_a_legend_dates_the_bracket_after_each_account_s_amount() -> None:
    budgets = {(year, account, amount) for _, year, account, amount in _budgets(_POST)}
    assert (2025, "国民健康保険特別会計", 1_012_000_000) in budgets
    assert (2025, "水道事業会計", 521_000_000) in budgets


_QUIZ = (
    "【Ｑ２】すべての会計を合わせた予算額は？\n"
    "　≪答え≫　③\n"
    "　全会計の合計は９５億９，８００万円です。会計ごとの予算額は次のとおりです。\n"
    "　　会計名　　　　　　　　　令和８年度　　　　（前年度）\n"
    "　　一般会計　　　　　　　　５５億９，４００万円　（５４億２，１００万円）\n"
    "　　架空保険特別会計　　　　１１億２，３００万円　（１１億５，８００万円）\n"
    "　　後期高齢者医療特別会計　２億１，６００万円　（２億４００万円）\n"
    "　　水道事業会計　　　　　　５億８，２００万円　（５億６，９００万円）\n"
)


def test_a_column_labelled_the_year_before_dates_its_amounts() -> None:
    budgets = {(year, account, amount) for _, year, account, amount in _budgets(_QUIZ)}
    assert (2025, "架空保険特別会計", 1_158_000_000) in budgets


def test_a_row_whose_long_name_leaves_one_space_stays_in_the_table() -> None:
    budgets = {(year, account, amount) for _, year, account, amount in _budgets(_QUIZ)}
    assert (2026, "後期高齢者医療特別会計", 216_000_000) in budgets
    assert (2025, "水道事業会計", 569_000_000) in budgets
