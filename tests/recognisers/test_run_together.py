"""Rows whose cells PDF extraction ran together: a header of years, figures split one way."""

from __future__ import annotations

from loaders.recognisers.run_together import figures, year_header


def test_a_header_of_labels_then_years_run_together() -> None:
    header = year_header("名称担当令和6年度令和7年度")
    assert header is not None
    assert (header.head, header.years) == ("名称担当", [2024, 2025])


def test_years_with_the_stage_of_their_amounts_still_head_amounts() -> None:
    header = year_header("項目R5決算R6予算")
    assert header is not None and header.years == [2023, 2024]


def test_years_of_targets_head_no_amounts() -> None:
    assert year_header("指標R5実績R8目標") is None


def test_comma_grouped_figures_split_in_threes() -> None:
    split = figures("委託料12,3454,500,0006,789", 3)
    assert split is not None
    assert (split[0], [f.text for f in split[1]]) == ("委託料", ["12,345", "4,500,000", "6,789"])


def test_decimal_figures_split_by_their_common_decimals() -> None:
    split = figures("架空整備事業甲課12.53.0-", 3)
    assert split is not None and [f.text for f in split[1]] == ["12.5", "3.0", "-"]


def test_figures_that_do_not_split_into_one_per_year_are_no_row() -> None:
    assert figures("架空整備事業甲課125300", 3) is None
