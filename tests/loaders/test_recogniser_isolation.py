"""A recogniser that fails on a layout nobody foresaw costs its own kind of fact, not the
document: the others' facts stand, its half-made additions are taken back, and ingest says
the document was read in part."""

from __future__ import annotations

import pytest

from loaders import recognisers
from loaders.facts import DocumentFacts, Project
from loaders.parse import parse_document
from loaders.structure import StructuredDocument

TEXT = "架空市 組織\n\n■架空企画部\n・架空政策課\n・架空財政課\n"
CITY = {"municipality_code": "999989", "municipality": "青葉台市", "prefecture": None}


def _fails_half_way(doc: StructuredDocument, facts: DocumentFacts) -> None:
    facts.projects.append(Project("架空の半端な事業"))
    raise ValueError("a layout nobody foresaw")


@pytest.fixture
def failing_projects(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = [_fails_half_way if r is recognisers.projects.recognise else r
             for r in recognisers.RECOGNISERS]  # fmt: skip
    monkeypatch.setattr(recognisers, "RECOGNISERS", chain)


@pytest.mark.usefixtures("failing_projects")
def test_the_other_recognisers_facts_stand_when_one_fails() -> None:
    facts = parse_document(TEXT, file="x.txt", **CITY)
    assert {"架空政策課", "架空財政課"} <= {o.name for o in facts.organizations}


@pytest.mark.usefixtures("failing_projects")
def test_what_a_failing_recogniser_added_before_failing_is_taken_back() -> None:
    facts = parse_document(TEXT, file="x.txt", **CITY)
    assert "架空の半端な事業" not in {p.name for p in facts.projects}


@pytest.mark.usefixtures("failing_projects")
def test_the_failure_is_noted_with_the_recogniser_and_the_error() -> None:
    facts = parse_document(TEXT, file="x.txt", **CITY)
    (note,) = facts.reading_errors
    assert note.endswith("ValueError: a layout nobody foresaw")
