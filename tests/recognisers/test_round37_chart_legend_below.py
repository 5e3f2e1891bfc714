"""A recruiting pamphlet's org chart, one 「総務課（16）」 line a unit, printed over two pages
(the page's number between), with its legend under it (「※（　）内は2026年4月1日現在の職員数
です。」): each bracketed count is that unit's staff, on the legend's day. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAMPHLET = (
    "架空台市の組織\n"
    "（2026年4月1日現在）\n"
    "\n"
    "市長\n"
    "副市長\n"
    "架空部（42）\n"
    "架空企画課（12）\n"
    "架空広報課（10）\n"
    "2\n"
    "\f架空第二部（30）\n"
    "架空税務課（21）\n"
    "議会事務局（8）\n"
    "\n"
    "※（　）内は2026年4月1日現在の職員数です。再任用短時間勤務職員は含みません。\n"
    "※市長・副市長は含みません。\n"
)


def _staff() -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_PAMPHLET).staff}


def test_each_bracketed_count_above_the_legend_is_the_units_staff() -> None:
    assert {("架空部", 2026, 42), ("架空企画課", 2026, 12)} <= _staff()


def test_the_chart_goes_on_past_the_page_number_and_break() -> None:
    assert {("架空第二部", 2026, 30), ("議会事務局", 2026, 8)} <= _staff()
