"""A runaway query is stopped at the time limit (503) while other clients are served normally."""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

TIMEOUT_S = 1.0
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
QUICK = "ASK { ?s <http://example.org/p> 7 }"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@pytest.fixture(scope="module")
def slow_url(serve_store: Callable[..., Any]) -> Iterator[str]:
    """A service with a 1 s limit over an on-disk store of 300 triples (so 300⁵ rows to join)."""
    data = "".join(
        f'<http://example.org/s{i}> <http://example.org/p> "{i}"^^<{XSD_INTEGER}>'
        " <http://example.org/g> .\n"
        for i in range(300)
    ).encode()
    with tempfile.TemporaryDirectory() as directory, serve_store(
        Path(directory) / "store", query_timeout_s=TIMEOUT_S, initial_nquads=data
    ) as url:
        yield url


def ask(url: str, query: str) -> httpx.Response:
    return httpx.get(f"{url}/sparql", params={"query": query}, timeout=60)


def test_runaway_query_gets_503_after_the_time_limit(slow_url: str) -> None:
    started = time.monotonic()
    response = ask(slow_url, RUNAWAY)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "1 s" in response.text
    assert TIMEOUT_S <= elapsed < TIMEOUT_S + 4


def test_other_clients_are_served_while_a_runaway_runs(slow_url: str) -> None:
    runaway: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: runaway.append(ask(slow_url, RUNAWAY)))
    thread.start()
    time.sleep(0.1)  # the runaway is now evaluating
    latencies = []
    while thread.is_alive() and len(latencies) < 200:
        started = time.monotonic()
        response = ask(slow_url, QUICK)
        latencies.append(time.monotonic() - started)
        assert response.status_code == 200
        assert response.json()["boolean"] is True
    thread.join()
    assert runaway[0].status_code == 503
    assert len(latencies) >= 5
    assert statistics.median(latencies) < TIMEOUT_S / 4  # answered, not queued behind it
    assert max(latencies) < TIMEOUT_S + 3  # at worst one wait for the store host's restart


def test_service_answers_after_a_runaway_was_stopped(slow_url: str) -> None:
    assert ask(slow_url, RUNAWAY).status_code == 503
    response = ask(slow_url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "300"
