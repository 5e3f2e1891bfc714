"""Indicators in three forms found on unseen pages (fictional examples):

- a sheet's table of kinds by date, the measure named only by its value column's label
  (「区分 | 基準日 | 職員数」 over 「基準値 | 2021-04-01 | 850」);
- a balance at a year's end, in money, after its kind (「架空基金残高：令和8年度末見込み 31億円」),
  which is no budget;
- a bracketed 「（年度）」 column right after 基準値 dating each row's baseline.
"""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _observed(text: str, name: str = "x.csv") -> set[tuple[str, int | None, str, float]]:
    return {(o.indicator, o.fiscal_year, o.kind, o.value)
            for o in parsed_as_read(text, name).observations}  # fmt: skip


_KIND_ROWS = (
    "架空市定員適正化計画の数値目標\n"
    "区分,基準日,職員数,備考\n"
    "基準値,2021-04-01,850,\n"
    "目標値,2026-04-01,830,計画期間中に20人削減\n"
    "実績値,2026-04-01,838,目標との差 8\n"
)


def test_a_value_column_named_by_its_label_takes_each_rows_kind_and_dates_year() -> None:
    assert {("職員数", 2021, "baseline", 850), ("職員数", 2026, "target", 830),
            ("職員数", 2026, "actual", 838)} <= _observed(_KIND_ROWS)  # fmt: skip


def test_a_table_of_kinds_without_dates_names_nothing_from_its_header() -> None:
    text = _KIND_ROWS.replace("2021-04-01", "当初").replace("2026-04-01", "最終")
    assert not any(name == "職員数" for name, *_ in _observed(text))


_BALANCES = (
    "4 架空債と基金の見通し\n"
    "・架空債残高(一般会計)：令和8年度末見込み 1,048億円(令和7年度末見込み 1,051億円)\n"
    "・架空基金残高：令和8年度末見込み 31億円\n"
)


def test_a_balance_at_a_years_end_is_an_indicator_even_in_money() -> None:
    found = _observed(_BALANCES, "x.txt")
    assert {("架空債残高(一般会計)", 2026, "estimate", 1048),
            ("架空債残高(一般会計)", 2025, "estimate", 1051),
            ("架空基金残高", 2026, "estimate", 31)} <= found  # fmt: skip


def test_a_years_amount_in_money_after_a_kind_is_no_indicator() -> None:
    text = "・架空事業費：令和8年度見込み 31億円\n"
    assert _observed(text, "x.txt") == set()


def test_a_bracketed_year_column_after_the_baseline_dates_it() -> None:
    text = (
        "指標名（単位）\t基準値\t（年度）\tＲ７目標\tＲ７実績\n"
        "架空手続数（件）\t21\t令和３年度\t90\t96\n"
        "架空待ち時間（分）\t28\t令和４年度\t15\t17\n"
    )
    found = _observed(text, "x.txt")
    assert {("架空手続数", 2021, "baseline", 21), ("架空待ち時間", 2022, "baseline", 28)} <= found


def test_a_kinds_value_run_on_after_another_field_is_read_as_its_own() -> None:
    # html2text set the goal's values on one line: 「基準値 …(令和3年) 令和6年度実績 …」
    text = (
        "## 基本目標1 架空のまち\n\n"
        "**数値目標** ：架空従業者数（人） 基準値 4,862（令和3年） 令和6年度実績 4,918 "
        "目標値 5,000（令和7年度）\n"
    )
    found = _observed(text, "x.md")
    assert {("架空従業者数", 2021, "baseline", 4862), ("架空従業者数", 2024, "actual", 4918),
            ("架空従業者数", 2025, "target", 5000)} <= found  # fmt: skip
