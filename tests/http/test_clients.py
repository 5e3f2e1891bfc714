"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) work against the running service."""

from __future__ import annotations

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

GRAPH = "http://example.org/clients"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DATA = (
    f'<http://example.org/a> <{LABEL}> "柏市"@ja .\n'
    f'<http://example.org/b> <{LABEL}> "Kawasaki"@en .\n'
).encode()
LABELS = f"SELECT ?s ?label WHERE {{ ?s <{LABEL}> ?label }} ORDER BY ?s"


@pytest.fixture(scope="module")
def loaded_url(service_url: str, admin_headers: dict[str, str]) -> str:
    response = httpx.put(f"{service_url}/store", params={"graph": GRAPH}, content=DATA,
                         headers={"Content-Type": "application/n-triples", **admin_headers})
    assert response.status_code in (201, 204)
    return service_url


def wrapper(url: str, return_format: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setReturnFormat(return_format)
    return client


def test_sparqlwrapper_select_json(loaded_url: str) -> None:
    client = wrapper(loaded_url, JSON)
    client.setQuery(f"SELECT ?label FROM <{GRAPH}> WHERE {{ ?s ?p ?label }} ORDER BY ?label")
    bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    assert [b["label"]["value"] for b in bindings] == ["Kawasaki", "柏市"]


def test_sparqlwrapper_select_xml_by_post(loaded_url: str) -> None:
    client = wrapper(loaded_url, XML)
    client.setMethod(POST)
    client.setQuery(f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p \"Kawasaki\"@en }} }}")
    document = client.queryAndConvert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "true"  # type: ignore[union-attr]


def test_sparqlwrapper_select_csv(loaded_url: str) -> None:
    client = wrapper(loaded_url, CSV)
    client.setQuery(f"SELECT ?label FROM <{GRAPH}> WHERE {{ ?s ?p ?label }} ORDER BY ?label")
    assert client.queryAndConvert().decode().splitlines() == ["label", "Kawasaki", "柏市"]  # type: ignore[union-attr]


def test_sparqlwrapper_construct_turtle(loaded_url: str) -> None:
    client = wrapper(loaded_url, TURTLE)
    client.setQuery(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    graph = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) == 2


def test_rdflib_sparqlstore_query(loaded_url: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(f"{loaded_url}/sparql"))
    rows = list(graph.query(LABELS))
    labels = {str(row.label) for row in rows}  # type: ignore[union-attr]
    assert {"Kawasaki", "柏市"} <= labels


def test_rdflib_sparqlupdatestore_update(loaded_url: str, admin_headers: dict[str, str]) -> None:
    store = SPARQLUpdateStore(
        f"{loaded_url}/sparql", f"{loaded_url}/sparql", headers=admin_headers
    )
    store.update(f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <http://e/c> <http://e/p> "c" }} }}')
    graph = rdflib.Graph(store=SPARQLStore(f"{loaded_url}/sparql"))
    assert graph.query(f'ASK {{ GRAPH <{GRAPH}> {{ ?s ?p "c" }} }}').askAnswer is True
