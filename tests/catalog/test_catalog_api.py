"""GET /catalog, /.well-known/void and the dumps, on an app that only installs this router."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from catalog_client import SITE, Client
from fastapi import FastAPI
from rdflib.namespace import DCAT, RDF

from service.catalog.api import install
from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def _parse(response_text: str, format: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=response_text, format=format)


def test_catalog_is_turtle_when_any_type_is_accepted(client: Client) -> None:
    response = client.get("/catalog", headers={"Accept": "*/*"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = _parse(response.text, "turtle")
    assert len(list(graph.subjects(RDF.type, DCAT.Catalog))) == 1


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("text/turtle", ox.RdfFormat.TURTLE),
    ],
)
def test_catalog_is_served_in_the_rdf_format_the_client_accepts(
    client: Client, description: rdflib.Graph, accept: str, rdf_format: ox.RdfFormat
) -> None:
    """(Parsed with pyoxigraph: rdflib's JSON-LD parser warns about its own internals.)"""
    response = client.get("/catalog", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    assert response.headers["vary"] == "Accept"
    assert len(list(ox.parse(response.content, format=rdf_format))) == len(description)


def test_browser_gets_an_html_page_linking_endpoint_dumps_and_formats(client: Client) -> None:
    response = client.get("/catalog", headers={"Accept": BROWSER_ACCEPT})
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    for link in (f"{SITE}/sparql", f"{SITE}/dump.nq", f"{SITE}/dump.trig",
                 "/catalog?format=jsonld", "/.well-known/void"):
        assert f'href="{link}"' in page
    assert "柏市" in page or "令和2年度 政策推進部の運営方針" in page


def test_format_parameter_wins_over_accept(client: Client) -> None:
    response = client.get(
        "/catalog", params={"format": "jsonld"}, headers={"Accept": BROWSER_ACCEPT}
    )
    assert response.headers["content-type"].startswith("application/ld+json")


def test_unknown_format_parameter_is_406_naming_the_formats(client: Client) -> None:
    response = client.get("/catalog", params={"format": "csv"})
    assert response.status_code == 406
    assert "turtle" in response.text and "jsonld" in response.text


def test_unacceptable_accept_header_is_406(client: Client) -> None:
    response = client.get("/catalog", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "image/png" in response.text


def test_well_known_void_is_turtle_even_for_browsers(client: Client) -> None:
    response = client.get("/.well-known/void", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = _parse(response.text, "turtle")
    assert (None, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"),
            rdflib.URIRef(f"{SITE}/sparql")) in graph


def test_dump_nq_holds_every_quad_of_the_store(
    client: Client, corpus_store: EmbeddedStore
) -> None:
    response = client.get("/dump.nq")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/n-quads")
    assert "attachment" in response.headers["content-disposition"]
    quads = list(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == corpus_store.quads_count()


def test_dump_trig_holds_every_quad_of_the_store(
    client: Client, corpus_store: EmbeddedStore
) -> None:
    response = client.get("/dump.trig")
    assert response.headers["content-type"].startswith("application/trig")
    quads = set(ox.parse(response.content, format=ox.RdfFormat.TRIG))
    assert len(quads) == corpus_store.quads_count()


def test_links_point_at_the_address_the_request_came_to_when_no_site_is_set(
    corpus_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MACHIKG_SITE", raising=False)
    app = FastAPI()
    install(app, corpus_store.select, base=DEFAULT_BASE)
    response = Client(app, base_url="http://portal.test:8080").get("/catalog")
    graph = _parse(response.text, "turtle")
    endpoints = set(graph.objects(None, DCAT.endpointURL))
    assert endpoints == {rdflib.URIRef("http://portal.test:8080/sparql")}


def test_a_failing_description_is_a_500_that_says_why(tmp_path_factory: pytest.TempPathFactory,
                                                      corpus_store: EmbeddedStore) -> None:
    app = FastAPI()
    missing = tmp_path_factory.mktemp("meta") / "absent.ttl"
    install(app, corpus_store.select, base=DEFAULT_BASE, site=SITE, metadata=missing)
    response = Client(app).get("/catalog")
    assert response.status_code == 500
    assert "absent.ttl" in response.text


def test_a_document_graph_iri_dereferences_to_its_dataset_description(client: Client) -> None:
    graph_iri = f"{DEFAULT_BASE}/graph/272213/kashiwara-seisakusuishin-2020.txt"
    response = client.get(graph_iri[len(DEFAULT_BASE):], headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = _parse(response.text, "turtle")
    dataset = rdflib.URIRef(graph_iri)
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    distribution = graph.value(dataset, DCAT.distribution)
    assert graph.value(distribution, DCAT.accessURL) is not None


def test_a_browser_dereferencing_a_graph_iri_is_sent_to_the_document_page(
    client: Client,
) -> None:
    response = client.get(
        "/graph/272213/kashiwara-seisakusuishin-2020.txt", headers={"Accept": BROWSER_ACCEPT}
    )
    assert response.status_code == 303
    assert response.headers["location"] == (
        f"{SITE}/id/272213/document/kashiwara-seisakusuishin-2020.txt"
    )


def test_an_unknown_graph_iri_is_404(client: Client) -> None:
    response = client.get("/graph/000000/nothing.txt", headers={"Accept": "text/turtle"})
    assert response.status_code == 404
    assert "/catalog" in response.text


def test_a_graph_iri_with_japanese_is_found_from_its_percent_encoded_path() -> None:
    store = EmbeddedStore(None)
    mk = "https://w3id.org/machikg/ontology#"
    graph_iri = f"{DEFAULT_BASE}/graph/999999/計画.txt"
    store.update(
        f"INSERT DATA {{ GRAPH <{graph_iri}> {{ <{DEFAULT_BASE}/id/999999/document/計画.txt>"
        f" a <{mk}SourceDocument> ; <{mk}namedGraph> <{graph_iri}> ;"
        f" <{mk}municipality> <{DEFAULT_BASE}/id/999999> }} }}"
    )
    app = FastAPI()
    install(app, store.select, base=DEFAULT_BASE, site=SITE)
    response = Client(app).get("/graph/999999/%E8%A8%88%E7%94%BB.txt")
    assert response.status_code == 200
    assert (rdflib.URIRef(graph_iri), RDF.type, DCAT.Dataset) in _parse(response.text, "turtle")
