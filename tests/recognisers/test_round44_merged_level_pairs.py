"""A sheet of the plan's system gives each level a code column and a name column, the goal's
pair saved once over the 施策 under it (a merged cell, blank below its first row): both
levels are read, each 施策 extending the goal above it. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "基本目標\t基本目標名\t施策番号\t施策名\t主担当課\t主な取組\n"
    "1\t架空のまち\t1-1\t架空子育て支援の充実\t架空課\t・架空の相談支援\n"
    "\t\t1-2\t架空学校教育の充実\t架空課\t・架空の学びの推進\n"
    "2\t架空の健康なまち\t2-1\t架空健康づくりの推進\t架空課\t・架空検診の受診勧奨\n"
    "\t\t2-2\t架空福祉の充実\t架空課\t・架空センターの強化\n"
)


def test_both_levels_are_read() -> None:
    codes = {(c.printed, c.label) for c in parsed_as_read(_SHEET, "x.txt").policy_codes}
    assert {("1", "架空のまち"), ("1-2", "架空学校教育の充実"), ("2-2", "架空福祉の充実")} <= codes
