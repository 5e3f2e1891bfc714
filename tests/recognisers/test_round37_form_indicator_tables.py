"""A mail-merged entry sheet's indicator, a table of labels and values two to a row:
「指標名 | X | 単位 | 件」 / 「基準値 | 0 | 基準年度 | 2023」 /
「実績値 | 令和6年度 | 38 | 令和7年度 | 64」 / 「目標値（令和9年度） | 120 | 達成率 | 0.53」.
The baseline dated by its 基準年度, each actual after its year, the target; the unit and the
ratio no indicator. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import observed_rows

_SHEET = (
    "架空市行財政改革推進プラン\n"
    "取組個票（令和7年度実績）\n"
    "\n"
    "取組番号\t1-2-1\t所管\t架空局　架空課\n"
    "取組名\t架空補助金の見直し\n"
    "\n"
    "【指標】\n"
    "指標名\t見直した架空補助金の件数\t単位\t件\n"
    "基準値\t0\t基準年度\t2023\n"
    "実績値\t令和6年度\t38\t令和7年度\t64\n"
    "目標値（令和9年度）\t120\t達成率\t0.533333333333333\n"
)


def test_each_actual_is_read_after_its_year() -> None:
    rows = observed_rows(_SHEET)
    assert {("見直した架空補助金の件数", 2024, "actual", 38.0),
            ("見直した架空補助金の件数", 2025, "actual", 64.0)} <= rows  # fmt: skip


def test_the_baseline_takes_the_year_its_neighbouring_field_gives() -> None:
    assert ("見直した架空補助金の件数", 2023, "baseline", 0.0) in observed_rows(_SHEET)


def test_the_target_is_read_and_the_unit_names_no_indicator() -> None:
    rows = observed_rows(_SHEET)
    assert ("見直した架空補助金の件数", 2027, "target", 120.0) in rows
    assert not any(name == "件" for name, *_ in rows)
