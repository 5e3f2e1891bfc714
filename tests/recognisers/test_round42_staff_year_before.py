"""A page of units and staff saved as text from a browser: nested bullets 「A課　11人（前年度
10人）」 under a caption naming the staff, the year before's count in brackets after each
unit's. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "組織と職員数（令和8年4月1日現在）\n\n"
    "課別の職員数と係\n\n"
    "（　）内は令和7年4月1日現在の人数です。\n\n"
    "  * 架空公室（26人）\n"
    "      * 架空広報課　11人（前年度 10人）\n"
    "          * 架空係\n"
    "      * 架空政策課　14人（前年度 12人）\n"
    "          * 架空企画係\n"
)


def test_the_bracketed_count_after_a_cue_is_the_year_befores() -> None:
    facts = parsed_as_read(_PAGE, "x.txt")
    rows = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空広報課", 2026, 11), ("架空広報課", 2025, 10), ("架空政策課", 2025, 12)} <= rows
