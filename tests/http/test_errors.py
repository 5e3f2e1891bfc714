"""Researchers' mistakes get a clear 4xx that says what and where; no outbound requests."""

from __future__ import annotations

import httpx
import pytest


def post_query(url: str, query: str) -> httpx.Response:
    return httpx.post(f"{url}/sparql", content=query.encode(),
                      headers={"Content-Type": "application/sparql-query"}, timeout=30)


def test_syntax_error_is_400_with_line_and_column(readonly_url: str) -> None:
    response = post_query(readonly_url, "SELECT * WHERE {\n  ?s ?p \n}")
    assert response.status_code == 400
    assert "line 3, column 2" in response.text


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused(readonly_url: str, query: str) -> None:
    response = post_query(readonly_url, query)
    assert response.status_code == 400
    assert "SERVICE" in response.text and "outbound" in response.text


def test_word_service_inside_a_string_or_iri_is_allowed(readonly_url: str) -> None:
    query = ('SELECT ?x { BIND("SERVICE LOAD" AS ?x) FILTER(?x != <http://e/SERVICE>) }'
             " # SERVICE in a comment")
    assert post_query(readonly_url, query).status_code == 200


def test_load_is_refused(service_url: str, admin_headers: dict[str, str]) -> None:
    response = httpx.post(f"{service_url}/sparql", content=b"LOAD <http://example.org/data.ttl>",
                          headers={"Content-Type": "application/sparql-update", **admin_headers})
    assert response.status_code == 400
    assert "LOAD" in response.text


def test_body_over_the_limit_is_413(service_url: str, admin_headers: dict[str, str]) -> None:
    body = b"<http://e/s> <http://e/p> " + b'"' + b"x" * (2 * 1024 * 1024) + b'" .\n'
    response = httpx.put(f"{service_url}/store", params={"graph": "http://e/big"}, content=body,
                         headers={"Content-Type": "application/n-triples", **admin_headers})
    assert response.status_code == 413


def test_query_with_unsupported_charset_is_415(readonly_url: str) -> None:
    response = httpx.post(f"{readonly_url}/sparql", content="ASK {}".encode("utf-16"),
                          headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert response.status_code == 415


def test_non_utf8_body_is_400(readonly_url: str) -> None:
    response = httpx.post(f"{readonly_url}/sparql", content=b"ASK { \xff }",
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert "UTF-8" in response.text


def test_unknown_version_is_400(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"query": "ASK {}", "version": "9.9"})
    assert response.status_code == 400


def test_put_on_the_endpoint_is_405_with_allow(readonly_url: str) -> None:
    response = httpx.put(f"{readonly_url}/sparql", content=b"ASK {}")
    assert response.status_code == 405
    assert "POST" in response.headers["allow"]


def test_store_without_graph_parameter_is_400(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/store")
    assert response.status_code == 400
    assert "?graph=" in response.text


def test_get_with_a_query_that_is_not_utf8_is_refused(service_url: str) -> None:
    """Issue 11, finding 8: a GET with invalid UTF-8 was read with replacement characters
    where a form POST got 400."""
    response = httpx.get(f"{service_url}/sparql?query=SELECT%20*%20%7B%7D%20%FF", timeout=30)
    assert response.status_code == 400
    assert "UTF-8" in response.text
