"""Regression: a table's continuation row gave an initiative a zero-width row span (empty
prov:value), mks:EvidenceShape failed and the whole document, with every other fact in it,
was quarantined over one empty quote."""

from __future__ import annotations

from rdflib.namespace import PROV

from loaders.facts import DocumentFacts, Initiative, Span
from loaders.to_rdf import document_graph
from service.validation import validate_graph

TEXT = "取組 | 施策\n架空広場の整備拡大 | 1-1\n"


def _facts(evidence: dict[str, Span]) -> DocumentFacts:
    initiative = Initiative("架空広場の整備拡大", "measure", ["1-1"], evidence=evidence)
    return DocumentFacts(file="x.txt", municipality_code="999989", municipality="青葉台市",
                         prefecture=None, text=TEXT, genre="generic",
                         initiatives=[initiative])  # fmt: skip


def test_an_empty_quote_is_left_out_and_the_document_stays_valid() -> None:
    graph = document_graph(
        _facts({"": Span(12, 12, ""), "name": Span(8, 17, "架空広場の整備拡大")}),
        base="https://example.org",
    )
    report = validate_graph(graph)
    assert report.conforms, [r.message for r in report.results]


def test_the_non_empty_quote_of_the_same_fact_is_kept() -> None:
    graph = document_graph(
        _facts({"": Span(12, 12, ""), "name": Span(8, 17, "架空広場の整備拡大")}),
        base="https://example.org",
    )
    quotes = {str(o) for o in graph.objects(None, PROV.value)}
    assert quotes == {"架空広場の整備拡大"}
