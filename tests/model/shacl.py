"""Run machikg's SHACL shapes over a graph the way the service is meant to: shapes/*.ttl,
no inference, with the class hierarchy of ontology/machikg.ttl added to the data (sh:class
and sh:targetClass follow rdfs:subClassOf in the data graph, and mk:GeneralAccount, mk:Target …
are typed in the ontology). The triples are added by graph union: pySHACL's own `ont_graph`
mixing clones node by node and takes seconds. Tests read results as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace
from rdflib.term import Node

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "machikg.ttl"
SHAPES_DIR = ROOT / "shapes"
VALID_EXAMPLE = Path(__file__).parent / "data" / "valid-example.ttl"

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Result:
    """One validation result, flattened."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: Node
    path: Node | None
    value: Node | None
    messages: tuple[str, ...]
    source_shape: Node

    def says(self, text: str) -> bool:
        """Whether any of its messages (ja or en) contains `text`."""
        return any(text in message for message in self.messages)


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@cache
def class_hierarchy() -> Graph:
    """The ontology triples validation needs: rdfs:subClassOf and the types of individuals."""
    ontology = ontology_graph()
    graph = Graph()
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    for individual in ontology.subjects(RDF.type, OWL.NamedIndividual):
        for triple in ontology.triples((individual, RDF.type, None)):
            graph.add(triple)
    return graph


@cache
def shapes_graph() -> Graph:
    graph = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        graph.parse(path)
    return graph


def valid_example() -> Graph:
    """A fresh copy of the valid example graph, safe to edit."""
    return Graph().parse(VALID_EXAMPLE)


def validate(graph: Graph) -> tuple[bool, list[Result]]:
    """Validate `graph` against all shapes; conforms is False on any Violation or Warning."""
    data = Graph()
    data += graph
    data += class_hierarchy()
    conforms, report, _ = pyshacl_validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
    )
    results = []
    for node in report.objects(None, SH.result):
        severity = report.value(node, SH.resultSeverity)
        results.append(
            Result(
                severity=str(severity).removeprefix(str(SH)),
                focus=report.value(node, SH.focusNode),
                path=report.value(node, SH.resultPath),
                value=report.value(node, SH.value),
                messages=tuple(
                    str(m) for m in report.objects(node, SH.resultMessage) if isinstance(m, Literal)
                ),
                source_shape=report.value(node, SH.sourceShape),
            )
        )
    return bool(conforms), results
