"""The IRIs a submission points at without describing them (whose types are looked up in
the store, and fiscal years) are found by one query on the working store; it must find what
the plain definition (`context_types`, a pass over the triples) finds."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from service.settings import DEFAULT_BASE
from service.shacl import engine
from service.shacl.check import MK, RDF_TYPE, context_types, context_types_in

EXAMPLE = Path(__file__).parents[1] / "model" / "data" / "valid-example.ttl"


def test_the_query_finds_what_the_definition_finds() -> None:
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(path=EXAMPLE, format=ox.RdfFormat.TURTLE)]
    thing = ox.NamedNode("https://example.org/thing")
    year = ox.NamedNode(f"{DEFAULT_BASE.rstrip('/')}/id/fiscal-year/2031")
    triples += [
        ox.Triple(thing, ox.NamedNode(MK + "fiscalYear"), year),  # undescribed: a context
        ox.Triple(thing, RDF_TYPE, ox.NamedNode(MK + "Unknown")),  # a type: never a context
        ox.Triple(thing, ox.NamedNode(MK + "x"), ox.Literal("2031")),
    ]
    working = engine.working_store()
    working.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    # IRIs the ontology describes count as described in the working store
    described = {q.subject for q in working} - {t.subject for t in triples}
    expected = [t for t in context_types(triples, None, DEFAULT_BASE)
                if t.subject not in described]
    found = context_types_in(working, None, DEFAULT_BASE)
    assert sorted(map(str, found)) == sorted(map(str, expected))
    assert ox.Triple(year, RDF_TYPE, ox.NamedNode(MK + "FiscalYear")) in found
