"""Every contract query answers the same rows over HTTP as through the embedded store."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from loaders.resources import queries_dir

QUERIES = sorted(queries_dir().glob("*.rq"))


@pytest.fixture(scope="module")
def corpus_url(serve_store: Callable[..., Any], corpus_store: Any) -> Iterator[str]:
    """The ingested corpus served over HTTP (an in-memory store host seeded with N-Quads)."""
    with serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as url:
        yield url


def rows(sparql_json: bytes) -> list[str]:
    """The solutions as sorted canonical JSON strings (order-insensitive multiset)."""
    bindings = json.loads(sparql_json)["results"]["bindings"]
    return sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in bindings)


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_contract_query_same_rows_over_http(corpus_url: str, corpus_store: Any, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        local = corpus_store.query(text)
    except Exception as error:  # e.g. a function only the service registers
        pytest.skip(f"the embedded store cannot run {path.name}: {error}")
    expected = io.BytesIO()
    local.serialize(expected, ox.QueryResultsFormat.JSON)
    response = httpx.post(f"{corpus_url}/sparql", data={"query": text}, timeout=60,
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    assert rows(response.content) == rows(expected.getvalue())


def test_search_function_is_registered_in_the_service(corpus_url: str) -> None:
    pytest.importorskip("service.search.sparql_function")
    query = """PREFIX mkfn: <https://w3id.org/machikg/function#>
    SELECT ?s ?score { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label
      BIND (mkfn:match(?label, "広報") AS ?score) FILTER (BOUND(?score)) }"""
    response = httpx.post(f"{corpus_url}/sparql", data={"query": query}, timeout=60)
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"]
