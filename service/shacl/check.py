"""Validating a submission end to end: parse, add what the store already knows, run the
shapes, and report in the submitter's own prefixes and lines.

What the store already holds counts: a submission may point at a division or a fiscal year
that exists (its types are looked up in the store and given to sh:class, never validated
again). Fiscal years are reference data machikg defines itself (`{base}/id/fiscal-year/YYYY`,
1868–2100), so a submission need not declare the years it uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from service.settings import DEFAULT_BASE
from service.shacl import engine
from service.shacl.rdf_input import (
    BULK_FORMATS,
    ParsedRdf,
    StatementIndex,
    bulk_load,
    declarations,
    parse_rdf,
    statement_positions,
)
from service.shacl.report import Report, build_report
from service.store import Store

MK = "https://w3id.org/machikg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_KNOWN_PREFIXES = {
    "mk": MK,
    "mks": "https://w3id.org/machikg/shapes#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "qb": "http://purl.org/linked-data/cube#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ic": "http://imi.go.jp/ns/core/rdf#",
}
_BATCH = 400


@dataclass(frozen=True)
class Positions:
    """Where a focus node was written: RDF statements, or a CSV row and column."""

    by_node: dict[str, tuple[int, int]]


def validate_rdf(
    data: bytes,
    fmt: ox.RdfFormat,
    *,
    store: Store | None = None,
    base: str = DEFAULT_BASE,
    shapes: Path | None = None,
    base_iri: str | None = None,
) -> Report:
    """Validate an RDF submission; raises `rdf_input.InputError` when it cannot be read.

    Turtle and N-Triples go straight into the working store by pyoxigraph's bulk loader:
    no Python object per triple, so 50 MB of Turtle is read in seconds and a few hundred MB.
    Lines are looked up afterwards, only for the focus nodes of the report."""
    if fmt not in BULK_FORMATS:
        parsed = parse_rdf(data, fmt, base_iri=base_iri)
        index = StatementIndex(data, fmt, parsed)
        return validate_triples(parsed, store=store, base=base, shapes=shapes,
                                position=index.position)
    working = engine.working_store()
    before = len(working)
    bulk_load(working, data, fmt, base_iri=base_iri)
    prefixes, declared_base = declarations(data, fmt, base_iri=base_iri)

    def positions(nodes: Iterable[object]) -> Callable[[object], tuple[int, int] | None]:
        found = statement_positions(data, fmt, nodes, prefixes=prefixes, base=declared_base)
        return lambda node: found.get(node.value) if isinstance(node, ox.NamedNode) else None

    return _validate_working(working, triples=len(working) - before, prefixes=prefixes,
                             store=store, base=base, shapes=shapes, positions=positions)


def validate_triples(
    parsed: ParsedRdf,
    *,
    store: Store | None = None,
    base: str = DEFAULT_BASE,
    shapes: Path | None = None,
    position: object = None,
) -> Report:
    """Validate triples already read (an RDF file, or a converted CSV template)."""
    working = engine.working_store()
    working.bulk_load(
        ox.serialize(parsed.triples, format=ox.RdfFormat.N_TRIPLES) or b"",
        format=ox.RdfFormat.N_TRIPLES,
    )
    where = position if callable(position) else (lambda _node: None)
    return _validate_working(working, triples=len(parsed.triples), prefixes=parsed.prefixes,
                             store=store, base=base, shapes=shapes,
                             positions=lambda _nodes: where)  # type: ignore[arg-type,return-value]


def _validate_working(
    working: ox.Store,
    *,
    triples: int,
    prefixes: dict[str, str],
    store: Store | None,
    base: str,
    shapes: Path | None,
    positions: Callable[[Iterable[object]], Callable[[object], tuple[int, int] | None]],
) -> Report:
    """Validate a working store holding the ontology and the submission, and report."""
    engine.add_context(working, context_types_in(working, store, base))
    findings = engine.validate_store(working, shapes=shapes)
    prefixes = dict(_KNOWN_PREFIXES) | dict(prefixes)
    shapes_graph = engine.shapes_graph(shapes or engine.shapes_dir())

    def show(term: object) -> str:
        return _show(term, prefixes)

    def label(term: object) -> str | None:
        if not isinstance(term, ox.NamedNode | ox.BlankNode):
            return None
        labels = list(working.quads_for_pattern(term, ox.NamedNode(_LABEL), None,
                                                ox.DefaultGraph()))
        return labels[0].object.value if labels else None

    def shape_name(finding: engine.Finding) -> str:
        shape = finding.source_shape
        if isinstance(shape, rdflib.BNode):
            parent = shapes_graph.value(None, rdflib.SH.property, shape)
            name = show(ox.NamedNode(str(parent))) if parent is not None else "_"
            return f"{name} / {_short(finding.path_text, show)}"
        return show(ox.NamedNode(str(shape)))

    where = positions({finding.focus for finding in findings})
    return build_report(findings, triples=triples, show=show, label=label,
                        shape_name=shape_name, position=where)


# FILTER NOT EXISTS, not MINUS (the same here: ?o is bound on both sides): pyoxigraph builds
# MINUS's right side whole, every triple of the submission (+260 MB at 1M triples), and
# tests NOT EXISTS by one index lookup per row (and in less time)
_REFERENCED = """
    SELECT DISTINCT ?o WHERE {
        ?s ?p ?o FILTER(isIRI(?o) && ?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>)
        FILTER NOT EXISTS { ?o ?q ?x }
    }"""


def context_types_in(working: ox.Store, store: Store | None, base: str) -> list[ox.Triple]:
    """`context_types` of what a working store holds, found by one query rather than a
    Python pass over every triple (IRIs described by the ontology count as described:
    their types are in the working store already)."""
    solutions = working.query(_REFERENCED)
    assert isinstance(solutions, ox.QuerySolutions)
    return _types_of(sorted(row["o"].value for row in solutions), store, base)


def context_types(
    triples: Iterable[ox.Triple], store: Store | None, base: str
) -> list[ox.Triple]:
    """rdf:type triples, from the store and for fiscal years, of the IRIs the submission
    points at without describing them."""
    subjects: set[str] = set()
    objects: set[str] = set()
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode):
            subjects.add(triple.subject.value)
        if isinstance(triple.object, ox.NamedNode) and triple.predicate != RDF_TYPE:
            objects.add(triple.object.value)
    return _types_of(sorted(objects - subjects), store, base)


def _types_of(referenced: list[str], store: Store | None, base: str) -> list[ox.Triple]:
    found: list[ox.Triple] = []
    year = re.compile(re.escape(base.rstrip("/")) + r"/id/fiscal-year/(\d{4})$")
    for iri in referenced:
        match = year.match(iri)
        if match and 1868 <= int(match.group(1)) <= 2100:
            found.append(ox.Triple(ox.NamedNode(iri), RDF_TYPE, ox.NamedNode(MK + "FiscalYear")))
    if store is None:
        return found
    for start in range(0, len(referenced), _BATCH):
        values = " ".join(f"<{iri}>" for iri in referenced[start:start + _BATCH])
        rows = store.select(f"SELECT ?s ?t WHERE {{ VALUES ?s {{ {values} }} ?s a ?t }}")
        for row in rows:
            if row["t"] is not None:
                found.append(ox.Triple(ox.NamedNode(str(row["s"])), RDF_TYPE,
                                       ox.NamedNode(str(row["t"]))))
    return found


def _short(path_text: str | None, show: object) -> str:
    if path_text is None:
        return ""
    return re.sub(r"<([^>]*)>", lambda m: show(ox.NamedNode(m.group(1))), path_text)  # type: ignore[operator]


def _show(term: object, prefixes: dict[str, str]) -> str:
    """A term as its author would write it: prefixed names where a prefix fits."""
    if isinstance(term, ox.NamedNode):
        best = max(((p, ns) for p, ns in prefixes.items() if term.value.startswith(ns)
                    and re.fullmatch(r"[^\s/#?<>\"{}|^`\\]*", term.value[len(ns):])),
                   key=lambda item: len(item[1]), default=None)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return str(term)
    return str(term)
