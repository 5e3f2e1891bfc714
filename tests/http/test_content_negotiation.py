"""Results come in the format the client asks for, by Accept header or `format` parameter."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pyoxigraph as ox
import pytest
import rdflib

SELECT = "SELECT ?x WHERE { VALUES ?x { 1 2 } } ORDER BY ?x"
CONSTRUCT = (
    "CONSTRUCT { <http://example.org/s> <http://example.org/p> ?x } WHERE { VALUES ?x { 1 } }"
)


def get(url: str, query: str, **kwargs: object) -> httpx.Response:
    return httpx.get(f"{url}/sparql", params={"query": query}, timeout=30, **kwargs)  # type: ignore[arg-type]


def media_type(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0]


def test_select_without_accept_is_sparql_json(readonly_url: str) -> None:
    response = get(readonly_url, SELECT)
    assert media_type(response) == "application/sparql-results+json"
    assert [b["x"]["value"] for b in response.json()["results"]["bindings"]] == ["1", "2"]


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "application/xml"])
def test_select_as_xml(readonly_url: str, accept: str) -> None:
    response = get(readonly_url, SELECT, headers={"Accept": accept})
    assert media_type(response) == "application/sparql-results+xml"
    assert b"<sparql" in response.content


def test_select_as_csv_has_a_header_and_rows(readonly_url: str) -> None:
    response = get(readonly_url, SELECT, headers={"Accept": "text/csv"})
    assert media_type(response) == "text/csv"
    assert list(csv.reader(io.StringIO(response.text))) == [["x"], ["1"], ["2"]]


def test_select_as_tsv(readonly_url: str) -> None:
    response = get(readonly_url, SELECT, headers={"Accept": "text/tab-separated-values"})
    assert media_type(response) == "text/tab-separated-values"
    assert response.text.splitlines()[0] == "?x"


def test_q_values_decide_between_formats(readonly_url: str) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9"
    assert media_type(get(readonly_url, SELECT, headers={"Accept": accept})) == "text/csv"


def test_format_parameter_overrides_accept(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"query": SELECT, "format": "csv"},
                         headers={"Accept": "application/sparql-results+json"})
    assert media_type(response) == "text/csv"


@pytest.mark.parametrize("accept", [
    "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
    "application/trig", "application/n-quads",
])
def test_construct_in_each_rdf_syntax(readonly_url: str, accept: str) -> None:
    response = get(readonly_url, CONSTRUCT, headers={"Accept": accept})
    assert response.status_code == 200
    assert media_type(response) == accept
    quads = list(ox.parse(response.content, ox.RdfFormat.from_media_type(accept)))
    assert [str(q.object.value) for q in quads] == ["1"]


def test_construct_without_accept_is_turtle(readonly_url: str) -> None:
    assert media_type(get(readonly_url, CONSTRUCT)) == "text/turtle"


def test_ask_refuses_csv_with_406(readonly_url: str) -> None:
    response = get(readonly_url, "ASK {}", headers={"Accept": "text/csv"})
    assert response.status_code == 406
    assert "boolean" in response.text


def test_unknown_format_parameter_is_406(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"query": SELECT, "format": "xlsx"})
    assert response.status_code == 406
    assert "xlsx" in response.text


def test_default_graph_is_the_union_of_named_graphs(readonly_url: str) -> None:
    response = get(readonly_url, "SELECT ?o { <http://example.org/s> <http://example.org/p> ?o }")
    assert [b["o"]["value"] for b in response.json()["results"]["bindings"]] == ["o"]


def test_service_description_when_get_has_no_query(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef(f"{readonly_url}/sparql")) in graph


def test_browser_asking_the_endpoint_is_sent_to_the_query_page(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 303
    assert response.headers["location"] == "/"


def test_cors_preflight_allows_other_origins(readonly_url: str) -> None:
    response = httpx.options(f"{readonly_url}/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "https://yasgui.example")


def test_cors_header_on_results(readonly_url: str) -> None:
    response = get(readonly_url, SELECT, headers={"Origin": "https://comunica.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert json.loads(response.content)["head"]["vars"] == ["x"]


def test_service_description_link_with_format_parameter(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"format": "turtle"},
                         headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200
    assert media_type(response) == "text/turtle"


def test_protocol_named_graphs_leave_the_default_graph_empty(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={
        "query": "ASK { ?s ?p ?o }", "named-graph-uri": "http://example.org/g"})
    assert response.json()["boolean"] is False


def test_query_from_clause_replaces_the_union_default_graph(readonly_url: str) -> None:
    query = "ASK FROM <http://example.org/elsewhere> { ?s ?p ?o }"
    assert get(readonly_url, query).json()["boolean"] is False


def test_dollar_parameter_pre_binds_a_variable(readonly_url: str) -> None:
    query = "SELECT ?s { ?s ?p ?o FILTER(CONTAINS(STR(?o), ?part)) }"
    response = httpx.post(f"{readonly_url}/sparql", data={"query": query, "$part": '"o"'})
    assert [b["s"]["value"] for b in response.json()["results"]["bindings"]] == [
        "http://example.org/s"]


def test_dollar_parameter_that_is_not_a_term_is_400(readonly_url: str) -> None:
    response = httpx.post(f"{readonly_url}/sparql", data={"query": "ASK {}", "$x": "not a term"})
    assert response.status_code == 400
    assert "$x" in response.text
