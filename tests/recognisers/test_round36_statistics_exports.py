"""A statistics API's CSV export of KPIs (e-Stat style): metadata sections, then a long
table whose rows pair each label with its code column (「tab_code | 表章項目 | cat01_code |
基本目標 | … | unit | value」): the values are the 「value」 column's, not a code's. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    '"RESULT"\n"STATUS","ERROR_MSG"\n"0","正常に終了しました。"\n\n'
    '"VALUE"\n'
    '"tab_code","表章項目","cat01_code","基本目標","cat02_code","指標","time_code",'
    '"時間軸（年度次）","unit","value","annotation"\n'
    '"100","基準値","03","架空の目標","0301","架空の待機児童数","2021100000","2021年度","人","12",""\n'
    '"110","実績値","03","架空の目標","0301","架空の待機児童数","2022100000","2022年度","人","9",""\n'
    '"110","実績値","03","架空の目標","0301","架空の待機児童数","2023100000","2023年度","人","7","p"\n'
    '"120","目標値","03","架空の目標","0301","架空の待機児童数","2027100000","2027年度","人","0",""\n'
)


def test_the_value_column_gives_each_years_value() -> None:
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value)
                for o in parsed_as_read(_CSV, "kpi.csv").observations}  # fmt: skip
    assert ("架空の待機児童数", 2021, "baseline", 12) in observed
    assert ("架空の待機児童数", 2023, "actual", 7) in observed
    assert ("架空の待機児童数", 2027, "target", 0) in observed


def test_no_value_is_read_from_a_code_column() -> None:
    values = {o.value for o in parsed_as_read(_CSV, "kpi.csv").observations}
    assert 3 not in values
