"""Validating a document's graph at ingest with the compiled engine, reported as pySHACL was.

Ingest validates every document before it may enter the store; pySHACL took ~70 % of ingest
time for it. The compiled shapes (`service.shacl.engine`) give pySHACL's verdicts in a
fraction of the time, so ingest runs them on a small in-memory pyoxigraph store per document
(the document united with the ontology, as `service.validation.validate_graph` unites them)
and no stored data is looked at: a document must conform on its own. The outcome is a
`service.validation.ValidationReport`, so quarantine, warning counts and the ja/en text work
as they did; its `graph` is the standard SHACL report in RDF. pySHACL stays the reference
(`tests/validation/test_ingest_validation_matches_pyshacl.py`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from loaders.resources import ontology_dir, shapes_dir
from service.shacl import engine
from service.shacl.compiler import UnsupportedShape
from service.validation import (
    ONTOLOGY_FILE,
    ShapesError,
    ValidationReport,
    ValidationResult,
    load_ontology,
)

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def validate_document(graph: rdflib.Graph, *, shapes: Path | None = None) -> ValidationReport:
    """Validate a document graph against the shapes in `shapes` (default: the project's).

    Raises `ShapesError` when the shapes cannot be read or compiled (the installation is
    broken, not the document)."""
    return validate_triples(graph, graph, shapes=shapes)[0]


def validate_triples(
    triples: Iterable[tuple[Node, Node, Node]],
    graph: rdflib.Graph | Callable[[], rdflib.Graph],
    *,
    shapes: Path | None = None,
    skip: bool = True,
) -> tuple[ValidationReport, list[ox.Quad]]:
    """`validate_document` for triples not (yet) in an rdflib graph: ingest's path, which
    builds one (`graph()`) only when a report has results to show. Also returns the triples
    as pyoxigraph quads (default graph), so ingest converts each term once; blank nodes
    become fresh ones. `skip=False` runs every check (to prove skipping changes nothing)."""
    project_shapes, ontology = _resources(os.environ.get("MACHIKG_HOME"))
    directory = shapes or project_shapes
    to_ox = _TermMap()
    quads, converted = to_ox.quads(triples)
    presence = engine.presence_of(engine.Triples(converted), ontology) if skip else None
    store = ox.Store()  # what `engine.working_store` holds, the ontology's terms parsed once
    # (a store reused per worker, the document's quads taken out again, was slower: the
    # in-memory store keeps what was removed, and each document's queries got slower)
    store.extend([*engine.ontology_quads(ontology), *quads])
    try:
        findings = engine.validate_store(store, shapes=directory, presence=presence, skip=skip)
    except UnsupportedShape as error:
        raise ShapesError(f"{directory}: the shapes cannot be compiled: {error}") from None
    shapes_graph = engine.shapes_graph(directory)
    if not findings:
        names = graph if isinstance(graph, rdflib.Graph) else _project_prefixes()
        return ValidationReport([], _empty_report(), names, shapes_graph), quads
    document = graph if isinstance(graph, rdflib.Graph) else graph()
    to_rdflib = to_ox.inverse()
    results = [_result(finding, to_rdflib) for finding in findings]
    components = [finding.component for finding in findings]
    report = _report_graph(list(zip(results, components, strict=True)), shapes_graph)
    names = _namespaces(document, shapes_graph)
    return ValidationReport(results, report, names, shapes_graph), quads


@functools.lru_cache(maxsize=4)
def _resources(home: str | None) -> tuple[Path, Path]:
    """The project's shapes folder and ontology file, found once per worker (and per
    MACHIKG_HOME): resolving them cost ~0.15 ms a document."""
    return shapes_dir(), ontology_dir() / engine.ONTOLOGY_FILE


def _empty_report() -> rdflib.Graph:
    """`_report_graph` of no result, written the same (it uses only sh: and xsd:), on a
    graph binding only the core prefixes: rdflib's default ~30 cost ~0.3 ms a document."""
    report = rdflib.Graph(bind_namespaces="core")
    report.bind("sh", SH)
    node = rdflib.BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, rdflib.Literal(True)))
    return report


@functools.lru_cache(maxsize=1)
def _project_prefixes() -> rdflib.Graph:
    """An empty graph with the prefixes every document graph binds (a report without
    results names no term, so these are all it could use). Built once per worker (it is
    only read, for prefixed names): most documents conform, and it cost ~0.2 ms each."""
    from loaders.vocabulary import PREFIXES

    names = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)
    return names


def _result(finding: engine.Finding, to_rdflib: Callable[[OxTerm], Node]) -> ValidationResult:
    value = _value(finding)
    return ValidationResult(
        severity=finding.severity,
        focus_node=to_rdflib(finding.focus),
        path=finding.path,
        value=to_rdflib(value) if value is not None else None,
        source_shape=finding.source_shape,
        message_ja=finding.message_ja,
        message_en=finding.message_en,
    )


def _value(finding: engine.Finding) -> OxTerm | None:
    """sh:value as SHACL has it: a SPARQL constraint of a node shape that binds no ?value
    reports its focus node."""
    if finding.value is None and finding.component == "SPARQL" and finding.path is None:
        return finding.focus
    return finding.value


class _TermMap:
    """rdflib terms → pyoxigraph terms, each converted once (a document repeats its IRIs),
    and back, so that a report names the very nodes of the document (blank nodes included)."""

    def __init__(self) -> None:
        self.terms: dict[Node, OxTerm] = {}

    def __call__(self, node: Node) -> OxTerm:
        found = self.terms.get(node)
        if found is None:
            found = self.terms[node] = _ox_term(node)
        return found

    def quads(
        self, triples: Iterable[tuple[Node, Node, Node]]
    ) -> tuple[list[ox.Quad], list[tuple[OxTerm, ox.NamedNode, OxTerm]]]:
        """The triples as quads (default graph) and as tuples of the same terms (to index
        them without reading the quads back), in one loop without a call per term: this
        conversion was a fifth of a document's validation. Predicates come from a cache
        shared by the worker's documents (IRIs, equal whichever document made them)."""
        terms, get, predicates = self.terms, self.terms.get, _PREDICATES
        quads: list[ox.Quad] = []
        converted: list[tuple[OxTerm, ox.NamedNode, OxTerm]] = []
        for s, p, o in triples:
            subject = get(s)
            if subject is None:
                subject = terms[s] = _ox_term(s)
            predicate = predicates.get(p)
            if predicate is None:
                predicate = _predicate(p)
            obj = get(o)
            if obj is None:
                obj = terms[o] = _ox_term(o)
            quads.append(ox.Quad(subject, predicate, obj))
            converted.append((subject, predicate, obj))
        return quads, converted

    def inverse(self) -> Callable[[OxTerm], Node]:
        back: dict[OxTerm, Node] = {v: k for k, v in self.terms.items()}

        def to_rdflib(term: OxTerm) -> Node:
            found = back.get(term)
            return found if found is not None else _rdflib_term(term)

        return to_rdflib


_PREDICATES: dict[Node, ox.NamedNode] = {}
_MAX_PREDICATES = 10_000  # a worker's vocabulary is small; a flood of odd ones is dropped


def _predicate(node: Node) -> ox.NamedNode:
    """A predicate IRI as a pyoxigraph term, kept for the worker's next documents."""
    if not isinstance(node, rdflib.URIRef):
        raise TypeError(f"{node!r} is not a predicate IRI")
    if len(_PREDICATES) >= _MAX_PREDICATES:
        _PREDICATES.clear()
    found = _PREDICATES[node] = ox.NamedNode(str(node))
    return found


def _ox_term(node: Node) -> OxTerm:
    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode()  # a fresh node: rdflib's identifiers need not be valid N-Triples
    if isinstance(node, rdflib.Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"{node!r} is not an RDF term of a graph")


def _rdflib_term(term: OxTerm) -> Node:
    """A term the document did not hold (one of the ontology's), in rdflib's terms."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _report_graph(
    results: list[tuple[ValidationResult, str]], shapes: rdflib.Graph
) -> rdflib.Graph:
    """The standard SHACL validation report, as pySHACL writes it (a complex path is copied
    from the shapes, so the report reads on its own)."""
    report = rdflib.Graph()
    report.bind("sh", SH)
    node = rdflib.BNode()
    conforms = not any(result.severity == "Violation" for result, _ in results)
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, rdflib.Literal(conforms)))
    for result, component in results:
        entry = rdflib.BNode()
        report.add((node, SH.result, entry))
        report.add((entry, RDF.type, SH.ValidationResult))
        report.add((entry, SH.resultSeverity, SH[result.severity]))
        report.add((entry, SH.focusNode, result.focus_node))
        report.add((entry, SH.sourceConstraintComponent, SH[f"{component}ConstraintComponent"]))
        if result.source_shape is not None:
            report.add((entry, SH.sourceShape, result.source_shape))
        if result.path is not None:
            report.add((entry, SH.resultPath, result.path))
            _copy_blank_structure(shapes, result.path, report)
        if result.value is not None:
            report.add((entry, SH.value, result.value))
        report.add((entry, SH.resultMessage, rdflib.Literal(result.message_ja, lang="ja")))
        report.add((entry, SH.resultMessage, rdflib.Literal(result.message_en, lang="en")))
    return report


def _copy_blank_structure(source: rdflib.Graph, node: Node, target: rdflib.Graph) -> None:
    """The triples describing a blank node (a SHACL path, a list), followed to the end."""
    pending, seen = [node], set()
    while pending:
        current = pending.pop()
        if not isinstance(current, rdflib.BNode) or current in seen:
            continue
        seen.add(current)
        for predicate, obj in source.predicate_objects(current):
            target.add((current, predicate, obj))
            pending.append(obj)


def _namespaces(graph: rdflib.Graph, shapes: rdflib.Graph) -> rdflib.Graph:
    """The prefixes a report is written with: the document's first, then the ontology's and
    the shapes' (as `validate_graph` binds them)."""
    names = rdflib.Graph()
    ontology_file = ontology_dir() / ONTOLOGY_FILE
    ontology = load_ontology(ontology_file) if ontology_file.exists() else rdflib.Graph()
    for source in (graph, ontology, shapes):
        for prefix, namespace in source.namespaces():
            names.bind(prefix, namespace, override=False)
    return names
