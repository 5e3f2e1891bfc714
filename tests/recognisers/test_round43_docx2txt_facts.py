"""A unit's operating policy saved by docx2txt (a cell a paragraph): the staff table under a
bracketed label 「【部の体制】（…現在）」 counts the units' people, and an account's
breakdown by 部 right after the unit's budget table is each 部's budget in that account.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _saved(*paragraphs: str) -> str:
    return "".join(p + "\n\n" for p in paragraphs)


_POLICY = _saved(
    "令和８年度　架空局運営方針",
    "【局の体制】（令和８年４月１日現在）",
    "部", "課・事務所", "主な係", "令和８年度", "令和７年度",
    "架空第一部", "部長", "", "1", "1",
    "", "架空総務課", "庶務係・経理係", "24", "23",
    "", "架空技術課", "検査係・監理係", "15", "15",
    "局の予算",
    "（単位：千円）",
    "会計", "令和８年度", "令和７年度", "増減",
    "一般会計", "28,614,200", "27,486,900", "1,127,300",
    "架空駐車場事業特別会計", "1,247,860", "1,196,420", "51,440",
    "合計", "29,862,060", "28,683,320", "1,178,740",
    "一般会計の部別内訳",
    "部", "令和８年度", "令和７年度", "増減",
    "架空第一部", "1,286,400", "1,248,300", "38,100",
    "架空第二部", "18,946,200", "18,286,900", "659,300",
    "計", "20,232,600", "19,535,200", "697,400",
)


def test_a_bracketed_staffing_label_over_units_by_year_counts_their_people() -> None:
    facts = parsed_as_read(_POLICY, "x.txt")
    rows = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空総務課", 2026, 24), ("架空総務課", 2025, 23), ("架空技術課", 2026, 15)} <= rows


def test_an_accounts_breakdown_by_the_staff_tables_years_counts_no_staff() -> None:
    facts = parsed_as_read(_POLICY, "x.txt")
    assert not [s for s in facts.staff if s.organization == "架空第二部"]


def test_an_accounts_breakdown_after_the_budget_table_is_each_units_budget() -> None:
    facts = parsed_as_read(_POLICY, "x.txt")
    rows = {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}
    assert ("架空第一部", 2026, "一般会計", 1_286_400_000) in rows
    assert ("架空第二部", 2025, "一般会計", 18_286_900_000) in rows
