"""Instance IRIs under the base have pages: HTML for people, JSON and RDF for programs."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest

BASE = "https://w3id.org/machikg"
IRI = f"{BASE}/id/999999/project/2020/広報%20事業"  # Japanese kept, one ASCII escape
OTHER = f"{BASE}/id/999999/org/広報課"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
GRAPH = "http://example.org/resource-pages"
DATA = (
    f'<{IRI}> <{LABEL}> "広報事業"@ja .\n'
    f"<{IRI}> <https://w3id.org/machikg/ontology#responsibleOrganization> <{OTHER}> .\n"
    f'<{OTHER}> <{LABEL}> "広報課"@ja .\n'
).encode()


@pytest.fixture(scope="module")
def url(service_url: str, admin_headers: dict[str, str]) -> str:
    response = httpx.put(f"{service_url}/store", params={"graph": GRAPH}, content=DATA,
                         headers={"Content-Type": "application/n-triples", **admin_headers})
    assert response.status_code in (201, 204)
    return service_url


def page_path(iri: str) -> str:
    # what a browser sends: non-ASCII percent-encoded as UTF-8, existing escapes kept
    return quote(iri.removeprefix(BASE), safe="/%")


def test_browser_gets_html_with_label_and_links(url: str) -> None:
    response = httpx.get(url + page_path(IRI), headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "<h1>広報事業</h1>" in response.text
    assert 'href="/id/999999/org/広報課"' in response.text


def test_json_twin_by_accept_and_by_suffix(url: str) -> None:
    by_accept = httpx.get(url + page_path(IRI), headers={"Accept": "application/json"}).json()
    by_suffix = httpx.get(url + page_path(IRI) + ".json").json()
    assert by_accept == by_suffix
    assert by_accept["iri"] == IRI
    assert by_accept["label"] == "広報事業"


def test_incoming_links_are_listed(url: str) -> None:
    resource = httpx.get(url + page_path(OTHER) + ".json").json()
    assert resource["incoming"][0]["subject"] == IRI


def test_linked_data_client_gets_turtle(url: str) -> None:
    response = httpx.get(url + page_path(IRI), headers={"Accept": "text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(response.content, ox.RdfFormat.TURTLE))
    assert {t.subject.value for t in triples} == {IRI}


def test_unknown_resource_is_404(url: str) -> None:
    assert httpx.get(url + "/id/000000/nothing-here").status_code == 404
