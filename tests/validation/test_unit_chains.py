"""Regression: a unit whose parent is named only as its parent (「企画部に『X課』を新設」, the
部 never listed on its own) broke the unit chain (mks:UnitChainShape) and the whole document
was quarantined over one unlisted name."""

from __future__ import annotations

from rdflib import Graph, URIRef

from loaders.facts import DocumentFacts, Organization
from loaders.to_rdf import document_graph
from service.validation import validate_graph

ORG_UNIT_OF = URIRef("http://www.w3.org/ns/org#unitOf")


def _facts(*organizations: Organization) -> DocumentFacts:
    return DocumentFacts(file="x.txt", municipality_code="999989", municipality="青葉台市",
                         prefecture=None, text="", genre="generic",
                         organizations=list(organizations))  # fmt: skip


def _parents(graph: Graph, unit: str) -> set[str]:
    return {str(o) for s, o in graph.subject_objects(ORG_UNIT_OF) if str(s).endswith(unit)}


def test_a_unit_whose_parent_is_never_listed_keeps_its_document_valid() -> None:
    graph = document_graph(
        _facts(Organization("みらい創造課", "division", parent="未来企画部")),
        base="https://example.org",
    )
    report = validate_graph(graph)
    assert report.conforms, [r.message for r in report.results]


def test_a_parent_never_listed_is_a_unit_of_the_city() -> None:
    graph = document_graph(
        _facts(Organization("みらい創造課", "division", parent="未来企画部")),
        base="https://example.org",
    )
    assert _parents(graph, "未来企画部") == {"https://example.org/id/999989"}


def test_a_listed_parent_keeps_its_own_parent() -> None:
    unit = Organization("みらい創造課", "division", parent="未来企画部")
    parent = Organization("未来企画部", "department", parent="未来局")
    graph = document_graph(_facts(unit, parent), base="https://example.org")
    assert _parents(graph, "未来企画部") == {"https://example.org/id/999989/org/未来局"}
