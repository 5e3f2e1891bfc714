"""A plan's indicator list prints the year of each baseline in a column of its own (「現状値 |
現状値の年度」): a row whose baseline is of another year than the rest keeps its own, though a
note says the baselines are as a rule of one year. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import observed_rows

_SHEET = (
    "第3次架空市総合計画　後期基本計画（令和8年度～令和12年度）　施策と成果指標,,,,,,,\n"
    ",,,,,,,\n"
    "成果指標,,,,,,,\n"
    "施策番号,成果指標,単位,現状値,現状値の年度,中間目標値（令和10年度）,目標値（令和12年度）,主担当課\n"
    "1-1,架空と思う保護者の割合,％,71.8,令和6年度,76.0,80.0,架空家庭課\n"
    "1-2,架空待機児童数,人,8,令和6年度,0,0,架空保育課\n"
    "2-1,架空健診の受診率,％,41.2,令和5年度,50.0,60.0,架空づくり課\n"
    ",,,,,,,\n"
    "※現状値は原則として令和6年度の実績です。値が得られない指標は直近の値です。,,,,,,,\n"
)


def test_each_baseline_takes_its_rows_year() -> None:
    rows = observed_rows(_SHEET, "k.csv")
    assert ("架空健診の受診率", 2023, "baseline", 41.2) in rows
    assert ("架空待機児童数", 2024, "baseline", 8.0) in rows
