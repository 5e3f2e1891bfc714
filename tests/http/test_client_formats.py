"""Every return format a real client asks for, the way it asks (issue 13).

SPARQLWrapper (its CONSTRUCT formats but `RDF`, which it warns it does not expect for
CONSTRUCT) names the format three times over (`format`, `output`, `results`), for TSV,
JSON-LD and RDF/XML each time twice (a short name and a media type list); rdflib's SPARQLStore
and curl use Accept headers. Columns of `SELECT *` come in the order the query names them.
"""

from __future__ import annotations

import subprocess

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)

GRAPH = "http://example.org/formats"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DATA = (
    f'<http://example.org/a> <{LABEL}> "柏市"@ja .\n'
    f'<http://example.org/b> <{LABEL}> "Kawasaki"@en .\n'
).encode()
SELECT = f"SELECT ?label WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?label }} }} ORDER BY ?label"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
STAR = f"SELECT * WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"


@pytest.fixture(scope="module")
def url(service_url: str, admin_headers: dict[str, str]) -> str:
    response = httpx.put(f"{service_url}/store", params={"graph": GRAPH}, content=DATA,
                         headers={"Content-Type": "application/n-triples", **admin_headers})
    assert response.status_code in (201, 204)
    return service_url


def wrapper(url: str, return_format: str, method: str, query: str) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setReturnFormat(return_format)
    client.setMethod(method)
    client.setQuery(query)
    return client


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_each_results_format(
    url: str, return_format: str, method: str
) -> None:
    result = wrapper(url, return_format, method, SELECT).query()
    converted = result.convert()
    if return_format == JSON:
        labels = [b["label"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    elif return_format == XML:
        labels = [n.firstChild.data for n in converted.getElementsByTagName("literal")]  # type: ignore[union-attr]
    else:
        lines = converted.decode().splitlines()  # type: ignore[union-attr]
        labels = [line.strip('"').removesuffix('"@en').removesuffix('"@ja') for line in lines[1:]]
    assert labels == ["Kawasaki", "柏市"]

GRAPH_FORMATS = {  # what each SPARQLWrapper return format is answered with for a CONSTRUCT
    XML: "application/rdf+xml",
    RDFXML: "application/rdf+xml",
    TURTLE: "text/turtle",
    N3: "text/turtle",
    JSONLD: "application/ld+json",
}


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("return_format", [XML, RDFXML, TURTLE, N3, JSONLD])
def test_sparqlwrapper_construct_in_each_graph_format(
    url: str, return_format: str, method: str
) -> None:
    # read the body ourselves: SPARQLWrapper's own converters use rdflib's deprecated
    # ConjunctiveGraph (a warning, an error under this suite's filterwarnings)
    result = wrapper(url, return_format, method, CONSTRUCT).query()
    media_type = result.response.headers["Content-Type"].split(";")[0]
    assert media_type == GRAPH_FORMATS[return_format]
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    assert rdf_format is not None
    triples = ox.parse(result.response.read(), format=rdf_format)
    assert {t.object.value for t in triples} == {"柏市", "Kawasaki"}


def test_sparqlwrapper_select_star_keeps_the_query_order(url: str) -> None:
    body = wrapper(url, JSON, GET, STAR).queryAndConvert()
    assert body["head"]["vars"] == ["s", "p", "o"]  # type: ignore[index]


def test_rdflib_sparqlstore_select_star_keeps_the_query_order(url: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(f"{url}/sparql"))
    result = graph.query(STAR)
    assert [str(v) for v in result.vars or []] == ["s", "p", "o"]
    assert len(result) == 2


def test_select_star_with_distinct_and_a_subquery_keeps_the_outer_order(url: str) -> None:
    query = (
        f"SELECT DISTINCT * WHERE {{ GRAPH <{GRAPH}> {{ ?zeta ?p ?alpha }}"
        " { SELECT * WHERE { BIND(1 AS ?middle) } } }"
    )
    response = httpx.get(f"{url}/sparql", params={"query": query, "format": "json"})
    assert response.json()["head"]["vars"] == ["zeta", "p", "alpha", "middle"]


@pytest.mark.parametrize(
    ("output", "media_type"),
    [("json", "application/sparql-results+json"), ("csv", "text/csv"),
     ("xml", "application/sparql-results+xml"), ("tsv", "text/tab-separated-values")],
)
def test_output_names_the_format_like_format(url: str, output: str, media_type: str) -> None:
    response = httpx.get(f"{url}/sparql", params={"query": SELECT, "output": output})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type


def test_format_parameters_that_disagree_are_refused(url: str) -> None:
    response = httpx.get(
        f"{url}/sparql", params=[("query", SELECT), ("format", "json"), ("output", "csv")]
    )
    assert response.status_code == 400
    assert "disagree" in response.text


def test_a_query_parameter_given_twice_alike_is_one_query(url: str) -> None:
    response = httpx.get(
        f"{url}/sparql", params=[("query", SELECT), ("query", SELECT), ("format", "csv")]
    )
    assert response.status_code == 200
    assert response.text.splitlines()[0] == "label"


SELECT_ACCEPTS = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "application/xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
    "*/*": "application/sparql-results+json",
}
CONSTRUCT_ACCEPTS = {
    "text/turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "text/plain": "application/n-triples",
    "application/ld+json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "application/trig": "application/trig",
    "application/n-quads": "application/n-quads",
    "*/*": "text/turtle",
}


def curl(url: str, query: str, accept: str) -> tuple[str, bytes]:
    """curl's Content-Type and body for a GET with --data-urlencode and an Accept header."""
    completed = subprocess.run(
        ["curl", "-sS", "-G", f"{url}/sparql", "--data-urlencode", f"query={query}",
         "-H", f"Accept: {accept}", "-w", "\n%{content_type}"],
        capture_output=True, check=True, timeout=30,
    )
    body, _, content_type = completed.stdout.rpartition(b"\n")
    return content_type.decode().split(";")[0], body


@pytest.mark.parametrize(("accept", "expected"), SELECT_ACCEPTS.items())
def test_curl_select_with_each_accept_header(url: str, accept: str, expected: str) -> None:
    content_type, body = curl(url, SELECT, accept)
    assert content_type == expected
    assert "柏市".encode() in body


@pytest.mark.parametrize(("accept", "expected"), CONSTRUCT_ACCEPTS.items())
def test_curl_construct_with_each_accept_header(url: str, accept: str, expected: str) -> None:
    content_type, body = curl(url, CONSTRUCT, accept)
    assert content_type == expected
    assert "柏市".encode() in body or b"\\u67CF" in body.upper()
