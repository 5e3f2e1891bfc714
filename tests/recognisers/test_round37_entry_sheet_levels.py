"""A mail-merged entry sheet of a reform plan: 「取組名 | X」, 「改革の柱 | 1 架空の財政」,
「推進項目 | 1-1 架空の歳入確保」. The entry files under the finest level the sheet names, and
that level is a policy, no entry of the broader one. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市行財政改革推進プラン\n"
    "取組個票（令和7年度実績）\n"
    "\n"
    "取組番号\t1-1-1\t所管\t架空局　架空課\n"
    "取組名\t架空収納率の向上\n"
    "改革の柱\t1　架空の財政基盤\n"
    "推進項目\t1-1　架空の歳入確保\n"
    "取組内容\t納付の勧奨を強化する。\n"
    "進捗評価\t令和6年度\tA\t令和7年度\tS\n"
)


def test_the_entry_files_under_the_finest_level_its_sheet_names() -> None:
    rows = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_SHEET).initiatives}
    assert ("架空収納率の向上", ("1-1",)) in rows


def test_the_level_is_a_policy_and_no_entry() -> None:
    facts = parsed_as_read(_SHEET)
    assert ("1-1", "架空の歳入確保") in {(p.normalized, p.label) for p in facts.policy_codes}
    assert "架空の歳入確保" not in {i.name for i in facts.initiatives}
