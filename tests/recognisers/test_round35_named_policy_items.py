"""A plan's system printed without codes (■ goal, ● 施策, ・ 取組), the 施策's codes printed
only in a later table (「施策No. | 施策名 | 指標名 …」): a ● line naming a coded 施策 lists
that 施策's entries. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = (
    "第３章　施策の体系\n\n"
    "■架空の健やかに暮らせる村\n"
    "　●架空子育て支援の充実\n"
    "　　　・架空祝金の継続\n"
    "　　　・架空一時預かりの拡充\n"
    "　●架空健康づくりの推進\n"
    "　　　・架空健診の受診勧奨\n\n"
    "第４章　成果指標一覧\n\n"
    "施策No.\t施策名\t指標名\t単位\t現状値（Ｒ６）\t目標値（Ｒ１２）\n"
    "１－１\t架空子育て支援の充実\t架空出生数\t人\t９\t１２\n"
    "１－２\t架空健康づくりの推進\t架空受診率\t％\t４８．６\t６０．０\n"
)


def test_entries_under_a_line_naming_a_coded_policy_are_its_measures() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_PLAN).initiatives}
    assert {
        ("架空祝金の継続", ("1-1",)),
        ("架空一時預かりの拡充", ("1-1",)),
        ("架空健診の受診勧奨", ("1-2",)),
    } <= entries


_INLINE = (
    "　施策１－１　架空医療の充実　［担当：架空福祉課］\n"
    "　　架空診療所の常勤医師を確保します。\n"
    "　　＜主な取組＞・架空医師の確保　・出産・子育て世帯への架空支援\n"
)


def test_a_bracketed_label_then_bullets_along_its_line_lists_entries() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_INLINE).initiatives}
    assert ("架空医師の確保", ("1-1",)) in entries
    assert ("出産・子育て世帯への架空支援", ("1-1",)) in entries  # a ・ inside a name stays
