"""「〔担当：住民福祉課〕」 alone on its line under a 施策's heading: a field of that 施策 (its
label and value inside one pair of brackets), not a heading over the 施策's bullets, so the
bullets stay the 施策's entries. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PLAN = (
    "【基本目標１】\n"
    "　架空の子どもが育つ村\n"
    "\n"
    "　　施策１－１　架空の子育て支援の充実\n"
    "                              〔担当：架空福祉課〕\n"
    "　　　　・架空の保育サービスの充実\n"
    "　　　　・架空の子育て世帯への支援\n"
    "\n"
    "　　施策１－２　架空の学校教育の充実\n"
    "                              〔担当：教育委員会〕\n"
    "　　　　・架空の教育環境の整備\n"
)


def test_a_bracketed_label_and_value_line_is_a_field() -> None:
    doc = read_structure(_PLAN, labels=all_labels())
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert ("担当", "架空福祉課") in fields


def test_the_bullets_after_it_are_the_levels_entries() -> None:
    facts = parsed_as_read(_PLAN, "plan.txt")
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空の保育サービスの充実", ("1-1",)), ("架空の教育環境の整備", ("1-2",))} <= entries
