"""A planning system's CSV of 計画事業: each year's cell prints the work of that year and its
cost in brackets (「実施設計（18,400）」, the unit in a note above), a dash for a year with
none. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市総合計画　実施計画（令和８年度～令和10年度）,,,,,,,\n"
    "※各年度の欄は「実施内容（事業費：千円）」を表示しています。,,,,,,,\n"
    "施策コード,事業名,区分,担当課,令和８年度,令和９年度,令和10年度,３か年計（千円）\n"
    "'1-1,架空センター整備事業,新規,架空家庭課,\"実施設計（18,400）\",\"建設工事（286,000）\","
    "\"開設準備（12,600）\",\"317,000\"\n"
    "'1-2,架空無線デジタル化事業,継続,架空安全課,\"子局更新（24局）（64,800）\","
    "\"子局更新（21局）（58,200）\",－,\"123,000\"\n"
)


def test_the_cost_bracketed_after_a_years_work_is_that_years_budget() -> None:
    facts = parsed_as_read(_SHEET, "x.csv")
    rows = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert {("架空センター整備事業", 2026, 18_400_000), ("架空センター整備事業", 2027, 286_000_000),
            ("架空無線デジタル化事業", 2026, 64_800_000),
            ("架空無線デジタル化事業", 2027, 58_200_000)} <= rows  # fmt: skip


def test_a_year_with_a_dash_has_no_row() -> None:
    facts = parsed_as_read(_SHEET, "x.csv")
    assert not {p for p in facts.projects
                if p.name == "架空無線デジタル化事業" and p.fiscal_year == 2028}  # fmt: skip
