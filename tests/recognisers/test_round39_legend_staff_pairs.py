"""「・架空総務課（総務係・税務係）14人（13）」 lines under a legend dating the brackets
(「かっこ内は前年度」): each unit's staff for the page's year and, bracketed, the year
before, the legend reaching the list's lines that a post further down goes on with.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_THREAD = (
    "令和8年度 架空村の予算\n"
    "\n"
    "4月1日からの役場の体制です（人数は職員数、かっこ内は前年度）\n"
    "・架空総務課（総務係・企画財政係）14人（13）\n"
    "・架空住民課（住民係・福祉係）12人（12）\n"
    "5/9\n"
    "\n"
    "3\n"
    "11\n"
    "598\n"
    "\n"
    "架空村役場\n"
    "@kakuu_vill\n"
    "·\n"
    "4月1日\n"
    "・教育委員会 架空教育課（学校教育係）6人（5）\n"
    "・架空会計室2人（2）\n"
)


def _staff() -> set[tuple[str, int, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_THREAD).staff}


def test_the_bracketed_count_is_the_year_before() -> None:
    assert {("架空総務課", 2026, 14), ("架空総務課", 2025, 13)} <= _staff()


def test_the_legend_dates_the_lines_of_a_later_post_too() -> None:
    assert {("架空教育課", 2025, 5), ("架空会計室", 2025, 2)} <= _staff()


def test_without_a_legend_the_bracket_dates_nothing() -> None:
    text = _THREAD.replace("（人数は職員数、かっこ内は前年度）", "")
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text).staff}
    assert ("架空総務課", 2025, 13) not in staff
