"""Round 55: facts a page states by its layout and its words (fictional examples). A summary
of accounts under 「会計」 naming the special accounts without 会計; a project card's head line
(status mark, then the units in charge) over its name, the year before's amount on a line of
its own; a field naming a project with its amount and the year before's in brackets; a staff
table's bracket column dated by a legend in the note under it (the note's day dating the
brackets only); a goal over policies whose entries are numbered ①②; a review table's entries
citing their policy in brackets. (A guard holds before too: the class 企業会計 with a note on
what it holds stays no account.)"""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _read(text: str) -> DocumentFacts:
    return parse_document(
        text, file="x.html", municipality_code="999989", municipality="架空市", prefecture="架空県"
    )


_ACCOUNTS = """# 令和8年度 架空市当初予算の概要

## 会計別予算額（単位：百万円）

| 会計 | 令和8年度 | 令和7年度 |
|---|---|---|
| 一般会計 | 864,231 | 842,883 |
| 架空保険事業 | 134,852 | 137,416 |
| 特別会計　計 | 134,852 | 137,416 |
| 合計 | 999,083 | 980,299 |
"""


def test_accounts_under_a_bare_account_label_are_read_by_their_short_names() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in _read(_ACCOUNTS).budgets}
    assert ("架空保険事業", 2026, 134_852_000_000) in budgets
    assert not any(account in ("特別会計　計", "特別会計 計", "合計") for account, _, _ in budgets)


def test_a_noted_enterprise_class_under_a_bare_account_label_stays_no_account() -> None:
    noted = _ACCOUNTS.replace("架空保険事業", "企業会計（架空水道事業）")
    assert not any(b.account.startswith("企業") for b in _read(noted).budgets)


_CARDS = """# 令和8年度 架空市当初予算

## 主な新規・拡充事業

拡充｜架空未来局　架空保育課

架空通園推進事業

8億6,420万円

（前年度 2億1,500万円）

新規｜架空福祉局　架空感染症課

架空接種事業

11億2,600万円

（前年度 －）
"""


def test_a_cards_head_line_names_the_unit_in_charge_over_the_projects_name() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _read(_CARDS).projects}
    assert ("架空通園推進事業", 2026, 864_200_000, "架空保育課") in projects
    assert ("架空接種事業", 2026, 1_126_000_000, "架空感染症課") in projects


def test_a_bracketed_year_before_on_the_line_under_a_cards_amount_is_its_row() -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in _read(_CARDS).projects}
    assert ("架空通園推進事業", 2025, 215_000_000) in projects
    assert not any(name == "架空接種事業" and year == 2025 for name, year, _ in projects)


_FIELD = """# 令和8年度 架空区運営方針

### ① 架空フェスタの開催

主な事業：架空フェスタ開催事業 8,400千円（前年度 7,900千円）
担当：架空協働課

### ② 架空工房めぐりの推進

主な事業：架空工房めぐり推進事業 3,200千円（新規）
担当：架空推進課
"""


def test_a_project_fields_amount_and_the_year_befores_bracket_are_its_rows() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _read(_FIELD).projects}
    assert ("架空フェスタ開催事業", 2025, 7_900_000, "架空協働課") in projects
    assert ("架空工房めぐり推進事業", 2026, 3_200_000, "架空推進課") in projects
    assert not any("千円" in name for name, _, _, _ in projects)


_STAFF = """# 令和8年度 架空区運営方針

## 2　架空区役所の体制（令和８年４月１日現在）

| 課・所 | 主な係 | 職員数 | （前年度） |
|---|---|---|---|
| 架空推進課 | 架空総務係・架空企画係 | 16人 | （15人） |
| 架空区民課 | 架空戸籍係・架空年金係 | 38人 | （39人） |

※職員数は正規職員の数です。（　）内は令和７年４月１日現在。
"""


def test_a_legend_in_the_note_under_a_staff_table_dates_its_bracket_column() -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in _read(_STAFF).staff}
    assert {("架空推進課", 2026, 16), ("架空推進課", 2025, 15), ("架空区民課", 2025, 39)} <= staff
    assert ("架空推進課", 2025, 16) not in staff  # the legend's day dates the brackets only


_GOAL = """4 区づくりの目標と重点取組
  目標1 架空のにぎわいのあるまち
    施策1-(1) 架空川沿いの魅力づくり
      ① 架空フェスタの開催
      ② 架空工房めぐりの推進
    施策1-(2) 架空商店街の応援
      ③ 架空空き店舗の活用支援
  目標2 架空の安心なまち
    施策2-(1) 架空防災力の向上
      ④ 架空防災組織の訓練支援
"""


def test_a_goal_over_policies_whose_entries_are_circled_numbers_is_a_policy() -> None:
    facts = facts_of(_GOAL)
    assert {("1", "架空のにぎわいのあるまち"), ("2", "架空の安心なまち")} <= policy_rows(facts)
    assert not any(name == "架空のにぎわいのあるまち" for name, _ in initiative_rows(facts))


_REVIEW = """令和7年度の振り返り
| 取組（施策） | 評価 | 主な成果・課題 |
|---|---|---|
| 架空フェスタの開催（施策１－（１）） | ◎ | 来場者数が目標を上回りました。 |
| 架空サロンの拡充（施策３－（１）） | △ | 会場確保が遅れました。 |
"""


def test_a_review_tables_entry_citing_its_policy_in_brackets_is_graded_by_name() -> None:
    rows = evaluation_rows(facts_of(_REVIEW, year=2026))
    assert ("架空フェスタの開催", 2025, "◎") in rows and ("架空サロンの拡充", 2025, "△") in rows


_UNIT_BUDGET = """【令和8年度 架空総務部長マニフェスト】

■部の予算（一般会計）
38億4,260万円（前年度 35億1,980万円）

■重点取組
"""


def test_an_amount_alone_under_a_budget_heading_naming_its_account_is_the_units() -> None:
    budgets = {(b.owner, b.fiscal_year, b.account, b.amount) for b in _read(_UNIT_BUDGET).budgets}
    assert ("架空総務部", 2026, "一般会計", 3_842_600_000) in budgets
    assert ("架空総務部", 2025, "一般会計", 3_519_800_000) in budgets


_HEADS = """# 令和８年度 架空区運営方針

## 区の予算

（単位：千円）

| 区分 | 令和８年度 | 令和７年度 | 増減 |
|---|---|---|---|
| 架空づくり推進費 | 186,420 | 171,350 | 15,070 |
| 架空役所運営費 | 412,860 | 405,230 | 7,630 |
| 合計 | 599,280 | 576,580 | 22,700 |
"""


def test_a_units_budget_heads_with_their_total_are_its_budgets_by_head() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in _read(_HEADS).budgets}
    assert ("架空づくり推進費", 2026, 186_420_000) in budgets
    assert ("架空役所運営費", 2025, 405_230_000) in budgets
    assert not any(account == "合計" for account, _, _ in budgets)


_NOTE_YEAR = """# 令和8年度 架空部長マニフェスト

主な事業\t令和8年度予算（千円）\t担当課
架空窓口推進事業\t48,600\t架空市民課

架空窓口推進事業の前年度予算は31,200千円。
"""


def test_a_note_giving_a_projects_budget_of_the_year_before_is_its_row() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _read(_NOTE_YEAR).projects}
    assert ("架空窓口推進事業", 2025, 31_200_000, "架空市民課") in projects


_CARD_LINES = """# 令和8年度 架空町の予算

## 主な事業

◆架空体育館改修事業
2億8,400万円　（前年度 3,200万円）
架空体育館の屋根と床を全面改修します
〔架空教育課〕
◆架空無線更新事業
1億8,900万円　【新規】
戸別受信機を全戸に更新します
〔架空総務課〕
"""


def test_a_cards_amount_line_with_a_bracket_and_its_unit_in_lenticular_brackets() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _read(_CARD_LINES).projects}
    assert ("架空体育館改修事業", 2025, 32_000_000, "架空教育課") in projects
    assert ("架空無線更新事業", 2026, 189_000_000, "架空総務課") in projects


def test_an_accounts_year_before_set_beside_its_amount_without_a_bracket() -> None:
    text = "# 令和8年度 架空町の予算\n\n一般会計　68億4,300万円　前年度 65億9,800万円\n"
    budgets = {(b.account, b.fiscal_year, b.amount) for b in _read(text).budgets}
    assert ("一般会計", 2025, 6_598_000_000) in budgets


def test_classes_of_accounts_with_no_accounts_listed_under_them_stay_accounts() -> None:
    text = """# 令和8年度 架空市当初予算の概要

## 会計別予算額（単位：百万円）

| 区分 | 令和8年度 | 令和7年度 |
|---|---|---|
| 一般会計 | 612,480 | 598,760 |
| 特別会計 | 398,215 | 401,330 |
| 企業会計 | 161,902 | 158,447 |
| 合計 | 1,172,597 | 1,158,537 |
"""
    budgets = {(b.account, b.fiscal_year, b.amount) for b in _read(text).budgets}
    assert ("特別会計", 2026, 398_215_000_000) in budgets
