"""Regression: a reading let a policy code through in a printed form the shapes refuse
(skos:notation outside mks:PolicyCodeShape's pattern) and the whole document was
quarantined; the code is now written in its normalized form instead."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH, SKOS

from loaders.facts import DocumentFacts, PolicyCode
from loaders.text.policy_codes import PRINTED_CODE_PATTERN, printable_notation
from loaders.to_rdf import document_graph
from service.validation import validate_graph

SHAPES = Path(__file__).resolve().parents[2] / "shapes" / "machikg-shapes.ttl"


def _facts(*codes: PolicyCode) -> DocumentFacts:
    return DocumentFacts(file="x.txt", municipality_code="999989", municipality="青葉台市",
                         prefecture=None, text="", genre="generic",
                         policy_codes=list(codes))  # fmt: skip


def test_the_reader_and_the_shapes_accept_the_same_printed_codes() -> None:
    shapes = Graph().parse(SHAPES)
    patterns = {
        str(pattern)
        for prop in shapes.subjects(SH.path, SKOS.notation)
        for pattern in shapes.objects(prop, SH.pattern)
    }
    assert patterns == {PRINTED_CODE_PATTERN}


def test_a_printed_form_the_shapes_refuse_is_written_normalized() -> None:
    assert printable_notation("1-2-ア", "1-2") == "1-2"


def test_a_printed_form_the_shapes_accept_is_kept_as_printed() -> None:
    assert printable_notation("Ⅶ－１－（２）", "7-1-2") == "Ⅶ－１－（２）"


def test_a_document_with_an_oddly_printed_code_stays_valid() -> None:
    graph = document_graph(_facts(PolicyCode("1-2-ア", "1-2", label="架空の施策")),
                           base="https://example.org")  # fmt: skip
    report = validate_graph(graph)
    assert report.conforms, [r.message for r in report.results]
