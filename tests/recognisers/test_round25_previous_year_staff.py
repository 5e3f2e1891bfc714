"""Round 25: the count of the year before that a staff sentence gives beside its count."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int = 2025) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999989", "架空台町", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_note_in_the_bracket_before_the_year_before_count() -> None:
    text = "令和7年4月1日現在の職員数は52人（課長1人を含む。前年度は49人）です。\n"
    assert _staff(text) == {("架空台町", 2025, 52), ("架空台町", 2024, 49)}


def test_a_bulleted_sentence_states_the_count() -> None:
    text = "定員の管理\n・令和6年4月1日の職員数は73人（前年度75人）。\n"
    assert _staff(text, year=2024) == {("架空台町", 2024, 73), ("架空台町", 2023, 75)}


def test_the_year_before_said_as_the_year_alone() -> None:
    text = "令和6年4月1日現在の職員数は73人で、前年（75人）から2人減少した。\n"
    assert _staff(text, year=2024) == {("架空台町", 2024, 73), ("架空台町", 2023, 75)}
