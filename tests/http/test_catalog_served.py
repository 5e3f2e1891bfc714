"""The running service publishes its DCAT/VoID description and dumps for portals."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

GRAPH = "http://example.org/catalog-served"
DATA = b'<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "s" .\n'
DCAT = "http://www.w3.org/ns/dcat#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@pytest.fixture(scope="module")
def url(service_url: str, admin_headers: dict[str, str]) -> str:
    response = httpx.put(
        f"{service_url}/store",
        params={"graph": GRAPH},
        content=DATA,
        headers={"Content-Type": "application/n-triples", **admin_headers},
    )
    assert response.status_code in (201, 204)
    return service_url


def test_catalog_is_served_as_turtle_with_the_sparql_endpoint(url: str) -> None:
    response = httpx.get(f"{url}/catalog", headers={"Accept": "text/turtle"}, timeout=30)
    assert response.status_code == 200
    triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    types = {t.object for t in triples if t.predicate == RDF_TYPE}
    assert ox.NamedNode(DCAT + "Catalog") in types
    endpoints = {t.object for t in triples if t.predicate == ox.NamedNode(DCAT + "endpointURL")}
    assert ox.NamedNode(f"{url}/sparql") in endpoints


def test_void_lists_each_named_graph_as_a_subset(url: str) -> None:
    response = httpx.get(f"{url}/.well-known/void", timeout=30)
    assert response.status_code == 200
    triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    assert any(t.predicate == ox.NamedNode(VOID + "subset") for t in triples)


def test_nquads_dump_holds_the_stored_graph(url: str) -> None:
    response = httpx.get(f"{url}/dump.nq", timeout=30)
    assert response.status_code == 200
    quads = list(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))
    assert any(q.graph_name == ox.NamedNode(GRAPH) for q in quads)
