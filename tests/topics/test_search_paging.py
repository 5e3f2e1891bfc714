"""`GET /search` tells the total number of hits and pages through them (issue 13)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from test_search_api import Client

from service.search.api import build_index_for_app, router

WORD = "地域"  # a word many resources of the corpus mention


@pytest.fixture(scope="module")
def client(select: Any) -> Client:
    app = FastAPI()
    app.include_router(router)
    asyncio.run(build_index_for_app(app, select))
    return Client(app)


def _json(client: Client, **params: Any) -> dict[str, Any]:
    response = client.get("/search", params={"q": WORD, "format": "json", **params})
    assert response.status_code == 200
    return response.json()


def test_total_counts_every_hit_not_only_those_on_the_page(client: Client) -> None:
    everything = _json(client, limit=200)
    page = _json(client, limit=3)
    assert everything["total"] == everything["count"] > 3
    assert page["total"] == everything["total"]
    assert page["count"] == len(page["hits"]) == 3


def test_pages_follow_each_other_without_gaps_or_repeats(client: Client) -> None:
    everything = [hit["iri"] for hit in _json(client, limit=200)["hits"]]
    paged: list[str] = []
    offset = 0
    while offset < len(everything):
        paged += [hit["iri"] for hit in _json(client, limit=4, offset=offset)["hits"]]
        offset += 4
    assert paged == everything


def test_json_links_to_the_next_and_previous_pages(client: Client) -> None:
    first = _json(client, limit=2)
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["offset"] == 2
    assert client.get(second["previous"]).json()["hits"] == first["hits"]


def test_the_last_page_has_no_next_link(client: Client) -> None:
    total = _json(client)["total"]
    assert _json(client, limit=2, offset=total - 1)["next"] is None


def test_html_page_shows_the_total_and_a_next_link(client: Client) -> None:
    total = _json(client)["total"]
    page = client.get("/search", params={"q": WORD, "limit": 2}).text
    assert f"全 {total:,} 件中 1–2 件目" in page
    assert 'rel="next"' in page and "offset=2" in page
    assert "<style" not in page  # the Content-Security-Policy allows no inline style


def test_a_negative_offset_is_refused(client: Client) -> None:
    response = client.get("/search", params={"q": WORD, "offset": -1, "format": "json"})
    assert response.status_code == 422
