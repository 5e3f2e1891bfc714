"""Issue 3: for any project, one SPARQL query returns where each of its facts came from."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.manifest import read_manifest
from loaders.resources import corpus_dir
from loaders.text.document_text import read_document

MK = "https://w3id.org/machikg/ontology#"


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {e.file: read_document(e.path) for e in read_manifest(corpus_dir())}


def test_every_project_has_its_budget_and_division_traced_to_a_passage(
    contract_query: Any,
) -> None:
    for project in contract_query("projects"):
        if project["budget"] is None:
            continue
        rows = contract_query("provenance", name=project["project"])
        properties = {str(r["property"]) for r in rows}
        assert {MK + "budget", MK + "responsibleOrganization"} <= properties, project


def test_quoted_passages_are_the_document_text_at_their_offsets(
    contract_query: Any, texts: dict[str, str]
) -> None:
    rows = contract_query("provenance", name="事業")
    assert rows
    for row in rows:
        assert texts[row["file"]][row["start"] : row["end"]] == row["quote"], row


def test_a_misprinted_division_is_quoted_as_printed(contract_query: Any) -> None:
    """The 柏市 page prints 広報広報課; the graph links 広報広聴課 and keeps the quote."""
    rows = contract_query("provenance", name="広報活動事業")
    quotes = [r["quote"] for r in rows if r["property"] == MK + "responsibleOrganization"]
    divisions = {
        p["division"] for p in contract_query("projects") if p["project"] == "広報活動事業"
    }
    assert divisions == {"広報広聴課"}
    assert any("広報広報課" in q for q in quotes)
