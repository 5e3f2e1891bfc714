"""Ingest's per-document validation keeps some things per worker to save time (predicate
terms, the checks each kind of document needs, resource paths) and writes a conforming
document's report more cheaply: none of it may change what a report says."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from loaders.resources import shapes_dir
from service.shacl import documents, engine

EXAMPLE = Path(__file__).parents[1] / "model" / "data" / "valid-example.ttl"


def test_an_empty_report_is_written_as_the_full_one() -> None:
    shapes = engine.shapes_graph(shapes_dir())
    assert (documents._empty_report().serialize(format="turtle")
            == documents._report_graph([], shapes).serialize(format="turtle"))


def test_the_converted_quads_are_the_documents_triples() -> None:
    graph = rdflib.Graph().parse(EXAMPLE)
    graph.add((rdflib.BNode(), rdflib.RDFS.label, rdflib.Literal("x", lang="ja")))
    quads, converted = documents._TermMap().quads(graph)
    assert [(q.subject, q.predicate, q.object) for q in quads] == converted
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
    # as each term converted on its own (blank nodes become fresh ones: left out)
    expected = {tuple(documents._ox_term(t) for t in triple) for triple in graph
                if not any(isinstance(t, rdflib.BNode) for t in triple)}
    for _ in range(2):  # the second time, predicates come from the worker's cache
        quads, _ = documents._TermMap().quads(graph)
        assert {(q.subject, q.predicate, q.object) for q in quads
                if not isinstance(q.subject, ox.BlankNode)
                and not isinstance(q.object, ox.BlankNode)} == expected


def test_the_predicate_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_MAX_PREDICATES", 3)
    documents._PREDICATES.clear()
    for n in range(10):
        documents._predicate(rdflib.URIRef(f"https://example.org/p{n}"))
        assert len(documents._PREDICATES) <= 3
    with pytest.raises(TypeError):
        documents._predicate(rdflib.Literal("not a predicate"))


def test_resources_follow_machikg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MACHIKG_HOME", str(tmp_path))
    shapes, ontology = documents._resources(os.environ.get("MACHIKG_HOME"))
    assert shapes == tmp_path / "shapes" and ontology == tmp_path / "ontology" / "machikg.ttl"


def test_the_checks_run_are_those_whose_needs_are_met() -> None:
    """The checks chosen once per kind of document are the ones each check's needs pick."""
    graph = rdflib.Graph().parse(EXAMPLE)
    _, converted = documents._TermMap().quads(graph)
    ontology = documents._resources(os.environ.get("MACHIKG_HOME"))[1]
    presence = engine.presence_of(engine.Triples(converted), ontology)
    directory = shapes_dir()
    chosen = engine._checks_to_run(directory, False, *engine._relevant(directory, presence))
    expected = [c for c in engine._compiled(directory, False)
                if engine._may_find(c, presence.classes, presence.predicates)]
    assert list(chosen) == expected
    assert 0 < len(expected) < len(engine._compiled(directory, False))
