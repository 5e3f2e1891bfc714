"""Run the compiled shapes on a pyoxigraph store holding one submission and the ontology.

The working store's default graph is what pySHACL would see (the data united with the
ontology, so subclass targets and typed individuals work); the graph `CONTEXT_GRAPH` may hold
the types of resources already stored, which sh:class then accepts (a submission may point at
an existing division or fiscal year without repeating it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.term import Node

from loaders.resources import ontology_dir, shapes_dir
from service.shacl.compiler import CONTEXT_GRAPH, Check, Severity, compile_shapes

ONTOLOGY_FILE = "machikg.ttl"


@dataclass(frozen=True)
class Finding:
    """One validation result, as pySHACL would report it."""

    severity: Severity
    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    path: Node | None  # the shape's path node
    path_text: str | None
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    source_shape: Node
    component: str
    message_ja: str
    message_en: str


@functools.lru_cache(maxsize=8)
def shapes_graph(directory: Path) -> rdflib.Graph:
    """All `*.ttl` shapes in `directory`, parsed once."""
    from service.validation import load_shapes  # one parser for the shapes, shared

    return load_shapes(directory)


@functools.lru_cache(maxsize=8)
def _compiled(directory: Path, with_context: bool) -> list[Check]:
    return compile_shapes(shapes_graph(directory), with_context=with_context).checks


@functools.lru_cache(maxsize=4)
def ontology_ntriples(file: Path) -> bytes:
    """The ontology as N-Triples, loaded into every working store."""
    if not file.exists():
        return b""
    quads = ox.parse(path=file, format=ox.RdfFormat.TURTLE)
    return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                        format=ox.RdfFormat.N_TRIPLES) or b""


def working_store() -> ox.Store:
    """An in-memory store holding the ontology, ready to receive a submission."""
    store = ox.Store()
    data = ontology_ntriples(ontology_dir() / ONTOLOGY_FILE)
    if data:
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def add_context(store: ox.Store, triples: Iterable[ox.Triple]) -> None:
    """Types of stored resources the submission refers to (for sh:class only)."""
    graph = ox.NamedNode(CONTEXT_GRAPH)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)


def validate_store(store: ox.Store, *, shapes: Path | None = None) -> list[Finding]:
    """Every result of the shapes on the store's default graph."""
    directory = shapes or shapes_dir()
    has_context = store.contains_named_graph(ox.NamedNode(CONTEXT_GRAPH))
    findings: list[Finding] = []
    present = classes_with_instances(store)
    for check in _compiled(directory, has_context):
        if check.target_classes is not None and not check.target_classes & present:
            continue  # no focus node, no result: a small document skips a third of the checks
        findings.extend(_run(store, check))
    return findings


_CLASSES_WITH_INSTANCES = (
    "SELECT DISTINCT ?c WHERE { { SELECT DISTINCT ?t WHERE { ?s a ?t } } "
    "?t <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }"
)


def classes_with_instances(store: ox.Store) -> frozenset[str]:
    """Every class with an instance in the default graph, directly or by rdfs:subClassOf
    (exactly the classes whose sh:targetClass selects a focus node)."""
    solutions = store.query(_CLASSES_WITH_INSTANCES)
    assert isinstance(solutions, ox.QuerySolutions)
    return frozenset(row["c"].value for row in solutions if isinstance(row["c"], ox.NamedNode))


def _run(store: ox.Store, check: Check) -> Iterable[Finding]:
    solutions = store.query(check.query)
    assert isinstance(solutions, ox.QuerySolutions)
    if check.kind == "value":
        for row in solutions:
            for i, component in enumerate(check.components):
                flag = row[f"c{i}"]
                if flag is not None and flag.value == "false":
                    yield _finding(check, row["this"], row["value"], component)
    elif check.kind == "count":
        for row in solutions:
            count = int(row["n"].value)
            if check.min_count is not None and count < check.min_count:
                yield _finding(check, row["this"], None, "MinCount")
            if check.max_count is not None and count > check.max_count:
                yield _finding(check, row["this"], None, "MaxCount")
    elif check.kind == "equals":
        for row in solutions:
            yield _finding(check, row["this"], row["value"], "Equals")
    elif check.kind == "unique_lang":
        for row in solutions:
            yield _finding(check, row["this"], None, "UniqueLang")
    else:
        for row in solutions:
            variables = {str(v)[1:]: row[v] for v in solutions.variables}
            yield _finding(check, row["this"], variables.get("value"), "SPARQL", variables)


def _finding(
    check: Check,
    focus: ox.NamedNode | ox.BlankNode | ox.Literal,
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None,
    component: str,
    variables: dict[str, object] | None = None,
) -> Finding:
    messages = {lang: _fill(text, variables or {}) for lang, text in check.messages.items()}
    fallback = messages.get("") or messages.get("en") or messages.get("ja") or component
    return Finding(
        severity=check.severity,
        focus=focus,
        path=check.path,
        path_text=check.path_text,
        value=value,
        source_shape=check.source_shape,
        component=component,
        message_ja=messages.get("ja") or fallback,
        message_en=messages.get("en") or fallback,
    )


def _fill(template: str, variables: dict[str, object]) -> str:
    """SHACL message templates: {?name} or {$name} → the row's value for that variable."""

    def value(match: re.Match[str]) -> str:
        term = variables.get(match.group(1))
        if term is None:
            return match.group(0)
        return term.value if isinstance(term, ox.Literal | ox.NamedNode) else str(term)

    return re.sub(r"\{[?$](\w+)\}", value, template)
