"""An indicator's field whose actuals are listed each after its year (「実績値：令和6年度 66／
令和7年度 104」) among values labelled with their kind: one actual a year. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import observed_rows

_LINE = (
    "■取組\n"
    "【指標】架空手続の件数（件）　基準値：24（令和5年度）　"
    "実績値：令和6年度 66／令和7年度 104　目標値：180（令和9年度）\n"
)


def test_each_actual_after_its_year_is_that_years_actual() -> None:
    observed = observed_rows(_LINE)
    assert ("架空手続の件数", 2024, "actual", 66) in observed
    assert ("架空手続の件数", 2025, "actual", 104) in observed


def test_the_values_around_them_are_read_as_before() -> None:
    observed = observed_rows(_LINE)
    assert ("架空手続の件数", 2023, "baseline", 24) in observed
    assert ("架空手続の件数", 2027, "target", 180) in observed


def test_a_year_without_a_value_after_it_lists_nothing() -> None:
    line = _LINE.replace("令和6年度 66／令和7年度 104", "令和6年度から集計")
    assert not any(kind == "actual" for _, _, kind, _ in observed_rows(line))
