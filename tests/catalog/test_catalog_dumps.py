"""Dumps built from SELECT results: every quad of the store, terms exactly as stored."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from service.catalog.dumps import graph_quads, stream_dump
from service.catalog.queries import CatalogError
from service.store import EmbeddedStore


def _quads(data: bytes, format: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=format))


def test_nquads_dump_round_trips_every_quad_of_the_store(corpus_store: EmbeddedStore) -> None:
    dump = b"".join(stream_dump(corpus_store.select, "nquads"))
    quads = _quads(dump, ox.RdfFormat.N_QUADS)
    assert len(quads) == corpus_store.quads_count()
    assert quads == _quads(corpus_store.export("nquads"), ox.RdfFormat.N_QUADS)


def test_trig_dump_round_trips_every_quad_of_the_store(corpus_store: EmbeddedStore) -> None:
    dump = b"".join(stream_dump(corpus_store.select, "trig", {"mk": "https://w3id.org/machikg/ontology#"}))
    assert _quads(dump, ox.RdfFormat.TRIG) == _quads(
        corpus_store.export("nquads"), ox.RdfFormat.N_QUADS
    )


def test_dump_streams_one_chunk_per_named_graph(corpus_store: EmbeddedStore) -> None:
    chunks = list(stream_dump(corpus_store.select, "nquads"))
    assert len(chunks) == len(corpus_store.named_graphs())


def test_literals_keep_their_language_and_datatype() -> None:
    store = EmbeddedStore(None)
    graph = "http://example.org/g"
    store.update(
        f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p>'
        ' "柏市"@ja, "2017-04-01"^^<http://www.w3.org/2001/XMLSchema#date>, "007",'
        ' "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>, _:b1 } }'
    )
    rebuilt = set(graph_quads(store.select, graph))
    assert rebuilt == _quads(store.export("nquads"), ox.RdfFormat.N_QUADS)
    objects = {quad.object for quad in rebuilt}
    assert ox.Literal("柏市", language="ja") in objects
    assert ox.Literal("007") in objects
    assert ox.Literal(
        "2017-04-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    ) in objects
    assert sum(isinstance(o, ox.BlankNode) for o in objects) == 1


def test_unknown_dump_format_is_refused_with_the_formats_offered(
    corpus_store: EmbeddedStore,
) -> None:
    with pytest.raises(CatalogError, match=r"unknown dump format 'rdfxml'.*nquads.*trig"):
        next(stream_dump(corpus_store.select, "rdfxml"))


def test_dump_is_exact_through_a_select_that_returns_sparql_json_bindings(
    corpus_store: EmbeddedStore,
) -> None:
    """What a remote endpoint answers (the HTTP service's store host) rebuilds the same quads."""

    def json_select(sparql: str) -> list[dict[str, object]]:
        result = corpus_store.query(sparql)
        assert isinstance(result, ox.QuerySolutions)
        body = result.serialize(format=ox.QueryResultsFormat.JSON)
        return json.loads(body)["results"]["bindings"]

    dump = b"".join(stream_dump(json_select, "nquads"))
    assert _quads(dump, ox.RdfFormat.N_QUADS) == _quads(
        corpus_store.export("nquads"), ox.RdfFormat.N_QUADS
    )
