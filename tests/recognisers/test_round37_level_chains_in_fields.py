"""A department's priority entry placed in the plan by a field printing the chain of levels,
only the last named (「【総合計画】基本目標4　施策4-1　架空の協働」): the entry files under the
finest level, and that level is a policy with its name — whatever the field's label.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "4　重点取組\n"
    "（1）　架空の担い手づくり\n"
    "　　【総合計画】基本目標4　施策4-1　架空の協働の推進\n"
    "　　・架空交付金事業　　86,400千円（架空課）\n"
    "\n"
    "（2）　架空の共生の推進\n"
    "　　【総合計画】基本目標4　施策4-2　架空の文化の振興\n"
    "　　・架空窓口運営事業　　9,860千円（架空室）\n"
)


def test_an_entry_files_under_the_finest_level_of_its_chain() -> None:
    rows = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_PAGE).initiatives}
    assert ("架空の担い手づくり", ("4-1",)) in rows
    assert ("架空の共生の推進", ("4-2",)) in rows


def test_the_finest_level_is_a_policy_named_after_its_code() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_PAGE).policy_codes}
    assert ("4-1", "架空の協働の推進") in policies
    assert not any(label and "施策" in label for _, label in policies)
