"""The Graph Store HTTP Protocol at /store: PUT replaces, POST merges, DELETE removes."""

from __future__ import annotations

import httpx
import rdflib

GRAPH = "http://example.org/gsp-test"


def test_put_creates_then_replaces(service_url: str, admin_headers: dict[str, str]) -> None:
    url, headers = f"{service_url}/store", {"Content-Type": "text/turtle", **admin_headers}
    httpx.delete(url, params={"graph": GRAPH}, headers=admin_headers)
    first = httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> 1 .", headers=headers)
    assert first.status_code == 201
    second = httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> 2 .", headers=headers)
    assert second.status_code == 204
    graph = rdflib.Graph().parse(data=httpx.get(url, params={"graph": GRAPH}).text, format="turtle")
    assert {o.toPython() for o in graph.objects()} == {2}


def test_relative_iris_resolve_against_the_graph(
    service_url: str, admin_headers: dict[str, str]
) -> None:
    url, headers = f"{service_url}/store", {"Content-Type": "text/turtle", **admin_headers}
    httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> 1 .", headers=headers)
    graph = rdflib.Graph().parse(data=httpx.get(url, params={"graph": GRAPH}).text, format="turtle")
    assert {str(s) for s in graph.subjects()} == {"http://example.org/s"}


def test_post_merges(service_url: str, admin_headers: dict[str, str]) -> None:
    url = f"{service_url}/store"
    headers = {"Content-Type": "application/n-triples", **admin_headers}
    httpx.put(url, params={"graph": GRAPH}, content=b'<http://e/s> <http://e/p> "1" .',
              headers=headers)
    response = httpx.post(url, params={"graph": GRAPH}, content=b'<http://e/s> <http://e/p> "2" .',
                          headers=headers)
    assert response.status_code == 204
    text = httpx.get(url, params={"graph": GRAPH}, headers={"Accept": "application/n-triples"}).text
    assert len(text.strip().splitlines()) == 2


def test_delete_then_get_is_404(service_url: str, admin_headers: dict[str, str]) -> None:
    url, headers = f"{service_url}/store", {"Content-Type": "text/turtle", **admin_headers}
    httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> 1 .", headers=headers)
    assert httpx.delete(url, params={"graph": GRAPH}, headers=admin_headers).status_code == 204
    assert httpx.get(url, params={"graph": GRAPH}).status_code == 404
    assert httpx.delete(url, params={"graph": GRAPH}, headers=admin_headers).status_code == 404


def test_upload_that_does_not_parse_is_400_and_changes_nothing(
    service_url: str, admin_headers: dict[str, str]
) -> None:
    url, headers = f"{service_url}/store", {"Content-Type": "text/turtle", **admin_headers}
    httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> 1 .", headers=headers)
    response = httpx.put(url, params={"graph": GRAPH}, content=b"<s> <p> .", headers=headers)
    assert response.status_code == 400
    assert "line 1" in response.text
    assert "<http://example.org/s>" in httpx.get(
        url, params={"graph": GRAPH}, headers={"Accept": "application/n-triples"}).text


def test_upload_in_unsupported_syntax_is_415(
    service_url: str, admin_headers: dict[str, str]
) -> None:
    response = httpx.put(f"{service_url}/store", params={"graph": GRAPH}, content=b"{}",
                         headers={"Content-Type": "application/x-yaml", **admin_headers})
    assert response.status_code == 415
