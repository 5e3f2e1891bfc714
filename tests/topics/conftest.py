"""Fixtures for topic tagging and search: the corpus parsed once, and a store holding it.

The store is a plain pyoxigraph store (not service.store) so that tests can register the
search's SPARQL function; it holds every corpus document graph and the vocabulary graphs
(ontology and topic thesaurus), as `machikg ingest` stores them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
import pytest

from loaders.facts import DocumentFacts
from loaders.resources import corpus_dir, queries_dir
from loaders.topics import Thesaurus
from service.search.index import SearchIndex, documents_query
from service.search.sparql_function import custom_functions

BASE = "https://w3id.org/machikg"

Select = Callable[..., list[dict[str, Any]]]


@pytest.fixture(scope="session")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


@pytest.fixture(scope="session")
def corpus_facts() -> list[DocumentFacts]:
    try:
        from loaders.manifest import read_manifest
        from loaders.pipeline import parse_entry
    except ImportError as error:  # the parsers are written in parallel
        pytest.skip(f"the corpus parser is not available yet: {error}")
    return [parse_entry(entry) for entry in read_manifest(corpus_dir())]


@pytest.fixture(scope="session")
def topic_store() -> ox.Store:
    try:
        from loaders.manifest import read_manifest
        from loaders.pipeline import load_document
        from service.vocabularies import vocabulary_graphs
    except ImportError as error:
        pytest.skip(f"the ingest pipeline is not available yet: {error}")
    store = ox.Store()
    # read as `machikg ingest` reads, whatever switch an earlier test left in the environment
    previous = os.environ.get("MACHIKG_GENRE_PARSERS")
    os.environ["MACHIKG_GENRE_PARSERS"] = "on"
    try:
        graphs = [(d.graph_iri, d.graph) for d in map(
            lambda entry: load_document(entry, base=BASE), read_manifest(corpus_dir())
        )] + vocabulary_graphs(BASE)  # fmt: skip
    finally:
        if previous is None:
            os.environ.pop("MACHIKG_GENRE_PARSERS", None)
        else:
            os.environ["MACHIKG_GENRE_PARSERS"] = previous
    for iri, graph in graphs:
        store.load(
            graph.serialize(format="nt", encoding="utf-8"),
            format=ox.RdfFormat.N_TRIPLES,
            to_graph=ox.NamedNode(str(iri)),
        )
    return store


def run_select(store: ox.Store, sparql: str, **bindings: str) -> list[dict[str, Any]]:
    """SELECT rows as {name: str value or None}; bindings as plain literals via VALUES,
    the way `machikg query --bind` and HTTP clients bind a parameter."""
    if bindings:
        from service.store import with_values

        sparql = with_values(sparql, bindings) or sparql
    result = store.query(
        sparql, use_default_graph_as_union=True, custom_functions=custom_functions()
    )
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


@pytest.fixture(scope="session")
def select(topic_store: ox.Store) -> Select:
    def run(sparql: str, /, **bindings: str) -> list[dict[str, Any]]:
        return run_select(topic_store, sparql, **bindings)

    return run


@pytest.fixture(scope="session")
def run_query(select: Select) -> Select:
    """Run `queries/<name>.rq` with string bindings."""

    def run(name: str, /, **bindings: str) -> list[dict[str, Any]]:
        return select((queries_dir() / f"{name}.rq").read_text(encoding="utf-8"), **bindings)

    return run


@pytest.fixture(scope="session")
def search_index(select: Select) -> SearchIndex:
    return SearchIndex.from_rows(select(documents_query()))
