"""Linked-data completeness over the served corpus (issue 13): HEAD on every GET route, the
vocabularies' IRIs dereference with content negotiation, and every instance IRI in the store
resolves — raw and percent-encoded — to a page and a Turtle twin holding its triples."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest

from service.store import EmbeddedStore
from tests.http.conftest import ServeStore

BASE = "https://w3id.org/machikg"
INSTANCES = (
    "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://w3id.org/machikg/id/'))"
    " } ORDER BY ?s"
)


@pytest.fixture(scope="module")
def url(serve_store: ServeStore, corpus_store: EmbeddedStore) -> Iterator[str]:
    with serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as u:
        yield u


@pytest.fixture(scope="module")
def client(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def instances(corpus_store: EmbeddedStore) -> list[str]:
    return [str(row["s"]) for row in corpus_store.select(INSTANCES)]


GET_ROUTES = [
    "/", "/healthz", "/catalog", "/.well-known/void", "/dump.nq", "/dump.trig",
    "/search?q=%E9%98%B2%E7%81%BD", "/ontology", "/shapes", "/topic/", "/topic/community",
    "/static/query.js", "/sparql",
]


@pytest.mark.parametrize("path", GET_ROUTES)
def test_head_answers_like_get_without_a_body(client: httpx.Client, path: str) -> None:
    head = client.head(path)
    get = client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_head_on_an_instance_page(client: httpx.Client, instances: list[str]) -> None:
    response = client.head(instances[0].removeprefix(BASE))
    assert response.status_code == 200 and response.content == b""


VOCABULARY = {
    "/ontology": f"{BASE}/ontology",
    "/shapes": None,
    "/topic/": f"{BASE}/topic/",
    "/topic/community": f"{BASE}/topic/community",
}
NEGOTIATED = {
    "text/html": "text/html",
    "text/turtle": "text/turtle",
    "application/ld+json": "application/ld+json",
    "application/json": "application/ld+json",
}


@pytest.mark.parametrize("path", VOCABULARY)
@pytest.mark.parametrize("accept", NEGOTIATED)
def test_vocabulary_iris_dereference_with_content_negotiation(
    client: httpx.Client, path: str, accept: str
) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == NEGOTIATED[accept]
    iri = VOCABULARY[path]
    if iri is not None and accept == "text/turtle":
        triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
        assert any(t.subject == ox.NamedNode(iri) for t in triples)


def test_every_topic_the_store_uses_dereferences(
    client: httpx.Client, corpus_store: EmbeddedStore
) -> None:
    rows = corpus_store.select(
        "SELECT DISTINCT ?t WHERE { ?r <http://purl.org/dc/terms/subject> ?t }"
    )
    topics = [str(row["t"]) for row in rows]
    assert topics
    for topic in topics:
        response = client.get(topic.removeprefix(BASE), headers={"Accept": "text/turtle"})
        assert response.status_code == 200, topic


def test_an_unknown_topic_is_404(client: httpx.Client) -> None:
    assert client.get("/topic/no-such-theme").status_code == 404


def test_every_instance_iri_has_a_page_raw_and_percent_encoded(
    client: httpx.Client, instances: list[str]
) -> None:
    assert instances
    failures = []
    for iri in instances:
        path = iri.removeprefix(BASE)
        for sent in {path, quote(path)}:
            response = client.get(sent, headers={"Accept": "text/html"})
            if response.status_code != 200 or "text/html" not in response.headers["content-type"]:
                failures.append((sent, response.status_code))
    assert failures == []


def test_every_instance_iri_has_a_turtle_twin_with_its_triples(
    client: httpx.Client, instances: list[str], corpus_store: EmbeddedStore
) -> None:
    failures = []
    for iri in instances:
        path = iri.removeprefix(BASE)
        expected = {
            (str(row["p"]), str(row["o"]))
            for row in corpus_store.select(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
        }
        for sent in {path, quote(path)}:
            response = client.get(sent, headers={"Accept": "text/turtle"})
            if response.status_code != 200:
                failures.append((sent, response.status_code))
                continue
            node = ox.NamedNode(iri)
            found = {
                (t.predicate.value, t.object.value)
                for t in ox.parse(response.content, format=ox.RdfFormat.TURTLE)
                if t.subject == node
            }
            if not expected <= found:
                failures.append((sent, "missing triples"))
    assert failures == []
