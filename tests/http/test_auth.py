"""Writes need the admin bearer token; a service started without one accepts none."""

from __future__ import annotations

import httpx

UPDATE = b"INSERT DATA { GRAPH <http://example.org/auth> { <http://e/s> <http://e/p> 1 } }"


def update(url: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(f"{url}/sparql", content=UPDATE,
                      headers={"Content-Type": "application/sparql-update", **headers})


def test_update_without_token_is_401_with_challenge(service_url: str) -> None:
    response = update(service_url, {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_update_with_wrong_token_is_403(service_url: str) -> None:
    assert update(service_url, {"Authorization": "Bearer not-the-token"}).status_code == 403


def test_update_with_token_is_accepted(service_url: str, admin_headers: dict[str, str]) -> None:
    assert update(service_url, admin_headers).status_code == 204


def test_graph_store_put_without_token_is_401(service_url: str) -> None:
    response = httpx.put(f"{service_url}/store", params={"graph": "http://e/g"},
                         content=b"<http://e/s> <http://e/p> 1 .",
                         headers={"Content-Type": "application/n-triples"})
    assert response.status_code == 401


def test_writes_are_disabled_without_configured_token(readonly_url: str) -> None:
    response = update(readonly_url, {"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert "read-only" in response.text


def test_reads_need_no_token(readonly_url: str) -> None:
    response = httpx.get(f"{readonly_url}/sparql", params={"query": "ASK {}"})
    assert response.status_code == 200
