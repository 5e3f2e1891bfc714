"""A 課's section opens with 「職員数　１４人（前年度１４人）」: the count is the 課's staff for the
document's year, the bracketed one for the year before. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h1>令和8年度　各課の重点目標</h1>"
    "<p>令和８年４月　架空村</p>"
    "<h2>■架空総務課（課長　架空）</h2>"
    "<p>職員数　１４人（前年度１３人）　　係　総務係・財政係</p>"
    "<h2>■架空建設課（課長　架空）</h2>"
    "<p>職員数　９人（前年度９人）　　係　建設係</p>"
    "</main></body></html>"
)


def test_the_bracketed_count_is_the_year_befores_staff() -> None:
    facts = parsed_as_read(_PAGE, "p.html")
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空総務課", 2026, 14), ("架空総務課", 2025, 13), ("架空建設課", 2025, 9)} <= staff
