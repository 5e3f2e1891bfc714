"""`GET /search` as JSON and HTML, on a minimal app that includes the search router."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from fastapi import FastAPI, Form
from fastapi.responses import Response

from service.search.api import build_index_for_app, router


class Client:
    """A synchronous face on httpx's in-process ASGI transport (no server, no network)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        async def fetch() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                return await client.get(path, **kwargs)

        return asyncio.run(fetch())


@pytest.fixture(scope="module")
def client(select: Any) -> Client:
    app = FastAPI()
    app.include_router(router)
    asyncio.run(build_index_for_app(app, select))
    return Client(app)


def test_json_when_asked_with_the_format_parameter(client: Client) -> None:
    response = client.get("/search", params={"q": "コミュニティー", "format": "json"})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "コミュニティー"
    assert "地域コミュニティ施策の推進" in [h["label"] for h in body["hits"]]
    assert {"iri", "label", "kind", "municipality_code", "fiscal_year", "score", "snippet",
            "link"} <= set(body["hits"][0])  # fmt: skip


def test_json_when_the_accept_header_prefers_it(client: Client) -> None:
    response = client.get("/search", params={"q": "防災"}, headers={"Accept": "application/json"})
    assert response.headers["content-type"].startswith("application/json")


def test_html_page_for_browsers_links_each_hit(client: Client) -> None:
    response = client.get(
        "/search", params={"q": "男女共同参画"}, headers={"Accept": "text/html,*/*;q=0.8"}
    )
    assert response.headers["content-type"].startswith("text/html")
    assert "男女共同参画センター事業" in response.text
    assert "<mark>男女共同参画</mark>" in response.text
    assert 'href="https://w3id.org/machikg/id/122173/' in response.text


def test_html_escapes_the_query(client: Client) -> None:
    response = client.get("/search", params={"q": "<script>防災"})
    assert "<script>防災" not in response.text
    assert "&lt;script&gt;防災" in response.text


def test_filters_apply(client: Client) -> None:
    body = client.get(
        "/search",
        params={"q": "事業", "municipality": "122173", "kind": "project", "format": "json"},
    ).json()
    assert body["hits"]
    assert {(h["municipality_code"], h["kind"]) for h in body["hits"]} == {("122173", "project")}


def test_topic_filter_by_label(client: Client) -> None:
    body = client.get("/search", params={"topic": "防災", "format": "json", "limit": 50}).json()
    assert "国土強靱化地域計画の策定" in [h["label"] for h in body["hits"]]


def test_bad_filter_is_a_400_naming_the_parameter(client: Client) -> None:
    response = client.get("/search", params={"q": "防災", "kind": "poem", "format": "json"})
    assert response.status_code == 400
    assert "kind" in response.json()["error"]


def test_non_numeric_fiscal_year_is_rejected(client: Client) -> None:
    response = client.get("/search", params={"q": "防災", "fiscal_year": "R2"})
    assert response.status_code == 422


def test_empty_query_shows_the_form(client: Client) -> None:
    response = client.get("/search")
    assert response.status_code == 200
    assert "<form" in response.text


def test_app_without_a_prebuilt_index_builds_it_through_its_own_sparql_endpoint(
    topic_store: ox.Store,
) -> None:
    app = FastAPI()
    queries: list[str] = []

    @app.post("/sparql")
    def sparql(query: str = Form(...)) -> Response:
        queries.append(query)
        result = topic_store.query(query, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        body = result.serialize(format=ox.QueryResultsFormat.JSON)
        return Response(body, media_type="application/sparql-results+json")

    app.include_router(router)
    fresh = Client(app)
    first = fresh.get("/search", params={"q": "防災", "format": "json"}).json()
    second = fresh.get("/search", params={"q": "防災", "format": "json"}).json()
    assert first == second
    assert "防災対策事業" in [h["label"] for h in first["hits"]]
    assert sum("GROUP_CONCAT" in q for q in queries) == 1  # built once, store unchanged


def test_links_point_to_this_service_when_the_iri_is_under_its_base(select: Any) -> None:
    app = FastAPI()
    app.include_router(router)
    app.state.settings = SimpleNamespace(base="https://w3id.org/machikg")

    async def select_async(sparql: str) -> list[dict[str, Any]]:
        return select(sparql)

    asyncio.run(build_index_for_app(app, select_async))
    body = Client(app).get("/search", params={"q": "ＤＶ", "format": "json"}).json()
    (hit,) = body["hits"]
    assert hit["iri"] == "https://w3id.org/machikg/id/122173/initiative/DV対策"
    assert hit["link"] == "/id/122173/initiative/DV%E5%AF%BE%E7%AD%96"
