"""No query or update sent to the service reaches another host, in any spelling (issue 11,
finding 1): escapes, comments, Unicode escapes, prefixed and full IRIs, sub-queries, updates.
Each is refused or fails, and a listener on loopback sees no connection."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from listener import Listener, listening  # type: ignore[import-not-found]

FORMS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ BIND(ex:a\\# AS ?z)"
    " SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\U00000053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX r: <{url}> SELECT * WHERE {{ SERVICE r: {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o # comment\n SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ sErViCe <{url}> {{ ?s ?p ?o }} }}",
]
UPDATES = [
    "LOAD <{url}>",
    "LOAD SILENT <{url}> INTO GRAPH <http://e/g>",
    "\\u004cOAD <{url}>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://e/> INSERT {{ ex:a\\# ex:b ex:c }}"
    " WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
]


@pytest.fixture
def listener() -> Iterator[Listener]:
    with listening() as found:
        yield found


@pytest.mark.parametrize("form", FORMS)
def test_query_form_makes_no_outbound_connection(
    form: str, service_url: str, listener: Listener
) -> None:
    query = form.format(url=f"http://127.0.0.1:{listener.port}/sparql")
    response = httpx.post(f"{service_url}/sparql", data={"query": query}, timeout=30)
    assert response.status_code in (400, 500, 503) or "results" in response.text
    assert listener.connections == 0


@pytest.mark.parametrize("form", UPDATES)
def test_update_form_makes_no_outbound_connection(
    form: str, service_url: str, admin_headers: dict[str, str], listener: Listener
) -> None:
    update = form.format(url=f"http://127.0.0.1:{listener.port}/data.ttl")
    response = httpx.post(
        f"{service_url}/sparql", data={"update": update}, headers=admin_headers, timeout=30
    )
    assert response.status_code >= 400
    assert listener.connections == 0


def test_escaped_hash_in_a_prefixed_name_is_not_a_comment(service_url: str) -> None:
    query = "PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\# AS ?z) SERVICE <http://e/> {} }"
    response = httpx.post(f"{service_url}/sparql", data={"query": query}, timeout=30)
    assert response.status_code == 400
    assert "SERVICE" in response.text


def test_unicode_escaped_keyword_is_refused(service_url: str) -> None:
    query = "SELECT * WHERE { \\u0053ERVICE <http://e/> { ?s ?p ?o } }"
    response = httpx.post(f"{service_url}/sparql", data={"query": query}, timeout=30)
    assert response.status_code == 400
    assert "SERVICE" in response.text


def test_deeply_nested_query_is_refused_before_the_engine(service_url: str) -> None:
    query = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
    response = httpx.post(f"{service_url}/sparql", data={"query": query}, timeout=30)
    assert response.status_code == 400
    assert "nest" in response.text
    healthy = httpx.get(f"{service_url}/healthz", timeout=30)
    assert healthy.status_code == 200
