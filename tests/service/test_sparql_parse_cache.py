"""rdflib parses a SPARQL text once, however often pySHACL sends it (half the validation time)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import parser

from service import sparql_parse_cache

QUERY = "SELECT ?o WHERE { ?s <urn:p> ?o }"


@pytest.fixture
def graph() -> Graph:
    g = Graph()
    g.add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    g.add((URIRef("urn:b"), URIRef("urn:p"), Literal(2)))
    return g


def test_cached_queries_answer_like_uncached_ones_with_bindings(graph: Graph) -> None:
    sparql_parse_cache.install()
    answer = {row.o for row in graph.query(QUERY, initBindings={"s": URIRef("urn:b")})}
    assert answer == {Literal(2)}


def test_the_same_text_is_parsed_once(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    sparql_parse_cache.install()
    calls = []
    original = sparql_parse_cache.parseQuery

    def counting(text: str) -> object:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(sparql_parse_cache, "parseQuery", counting)
    sparql_parse_cache._translated.cache_clear()
    for _ in range(3):
        list(graph.query(QUERY + " # once"))
    assert len(calls) == 1
    assert parser.parseQuery is original
