"""Round 25: an amount alone at the head of a bracket closing a project's name is its budget."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.structure import read_structure


def _projects(text: str) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2025)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_an_amount_alone_in_a_closing_bracket_of_a_field_is_the_budget() -> None:
    text = "みどり公園課\n主な事業：花壇の小径整備事業（3,210万円）\n"
    assert ("花壇の小径整備事業", 2025, 32_100_000) in {p[:3] for p in _projects(text)}


def test_labelled_parts_after_the_amount_are_read_as_fields() -> None:
    text = "主な事業\n・花壇の小径整備事業（3,210万円／担当：みどり公園課）\n"
    assert _projects(text) == {("花壇の小径整備事業", 2025, 32_100_000, "みどり公園課")}


def test_words_beside_the_amount_keep_the_bracket_out_of_the_record() -> None:
    text = "主な事業\n・花壇の小径整備事業（うち国庫 3,210万円）\n"
    assert all(budget != 32_100_000 for _, _, budget, _ in _projects(text))
