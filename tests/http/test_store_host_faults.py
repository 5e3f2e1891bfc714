"""Issue 11, finding 4: a store host that dies — killed, crashed, or past its memory cap — never
wedges the service, never leaves a write half done, and is not killed again by the same request.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from service.http.store_host import HostError, StoreHost

FORMATS = {"solutions": "text/csv", "boolean": "application/sparql-results+json", "graph": None}
GRAPH = "http://example.org/big"
TRIPLES = 50_000
BIG_GRAPH = "".join(
    f'<http://example.org/s{i}> <http://example.org/p> "value {i}" .\n' for i in range(TRIPLES)
).encode()
# pyoxigraph's parser overflows its stack on this (the web front end refuses it: MAX_NESTING)
CRASHING_QUERY = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
# a string doubled 30 times: a terabyte, were it not stopped
MEMORY_HUNGRY_QUERY = (
    'SELECT (STRLEN(?v30) AS ?n) { BIND("' + "x" * 1024 + '" AS ?v0) '
    + " ".join(f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(30))
    + " }"
)


async def select_count(host: StoreHost, pattern: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) {{ {pattern} }}"
    answer = await host.request("query", {"query": query, "formats": FORMATS}, timeout_s=60)
    return int((await answer.body()).decode().split()[-1])


async def ping(host: StoreHost) -> None:
    answer = await host.request("ping", {}, timeout_s=60)
    await answer.body()


@pytest.fixture
def disk_host(tmp_path: Path) -> StoreHost:
    host = StoreHost(tmp_path / "store")
    yield host  # type: ignore[misc]
    host.close()


def test_host_killed_during_a_write_fails_the_write_cleanly_and_recovers(
    disk_host: StoreHost,
) -> None:
    async def scenario() -> tuple[HostError | None, int, int]:
        arguments = {"graph": GRAPH, "media_type": "application/n-triples", "data": BIG_GRAPH}
        answer = disk_host.send("graph_put", arguments, timeout_s=3600)
        while not disk_host.is_running(answer.request_id):
            await asyncio.sleep(0.005)
        os.kill(disk_host.pid or 0, signal.SIGKILL)
        failure = None
        try:
            await answer.wait_for_start()
        except HostError as error:
            failure = error
        named = await select_count(disk_host, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}")
        merged = await select_count(disk_host, "?s ?p ?o")
        return failure, named, merged

    failure, named, merged = asyncio.run(scenario())
    assert failure is not None and failure.status == 503
    assert "whole or not at all" in failure.message
    assert (named, merged) in ((0, 0), (TRIPLES, TRIPLES))  # the graph and its merge, or neither


def test_write_after_a_host_death_mid_write_succeeds(disk_host: StoreHost) -> None:
    async def scenario() -> int:
        arguments = {"graph": GRAPH, "media_type": "application/n-triples", "data": BIG_GRAPH}
        answer = disk_host.send("graph_put", arguments, timeout_s=3600)
        while not disk_host.is_running(answer.request_id):
            await asyncio.sleep(0.005)
        os.kill(disk_host.pid or 0, signal.SIGKILL)
        with pytest.raises(HostError):
            await answer.wait_for_start()
        again = await disk_host.request("graph_put", arguments, timeout_s=3600)
        await again.body()
        return await select_count(disk_host, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}")

    assert asyncio.run(scenario()) == TRIPLES


def test_query_that_crashes_the_host_is_answered_and_not_sent_again() -> None:
    host = StoreHost(None)
    try:

        async def scenario() -> HostError:
            with pytest.raises(HostError) as caught:
                arguments = {"query": CRASHING_QUERY, "formats": FORMATS}
                await host.request("query", arguments, timeout_s=60)
            await ping(host)
            return caught.value

        error = asyncio.run(scenario())
        assert error.status == 503 and "not sent again" in error.message
        assert host.restarts == 1
    finally:
        host.close()


def test_host_past_its_memory_limit_is_restarted_with_a_clear_error() -> None:
    host = StoreHost(None, memory_limit_mb=300)
    try:

        async def scenario() -> HostError:
            with pytest.raises(HostError) as caught:
                arguments = {"query": MEMORY_HUNGRY_QUERY, "formats": FORMATS}
                await host.request("query", arguments, timeout_s=600)
            await ping(host)
            return caught.value

        error = asyncio.run(scenario())
        assert "memory limit of 300 MB" in error.message
        assert host.restarts == 1
    finally:
        host.close()


def test_requests_the_dead_host_had_not_read_go_to_the_new_host() -> None:
    host = StoreHost(
        None, initial_nquads=b"<http://e/a> <http://e/p> <http://e/b> <http://e/g> .\n"
    )
    try:

        async def scenario() -> int:
            os.kill(host.pid or 0, signal.SIGKILL)  # the count below may reach it, or not
            return await select_count(host, "GRAPH ?g { ?s ?p ?o }")

        assert asyncio.run(scenario()) == 1
    finally:
        host.close()


def test_closing_a_host_with_a_write_waiting_answers_it_and_returns() -> None:
    host = StoreHost(None)

    async def scenario() -> HostError:
        arguments = {"graph": GRAPH, "media_type": "application/n-triples", "data": BIG_GRAPH}
        answer = host.send("graph_put", arguments, timeout_s=3600)
        while not host.is_running(answer.request_id):
            await asyncio.sleep(0.005)
        await asyncio.to_thread(host.close)
        with pytest.raises(HostError) as caught:
            await answer.wait_for_start()
        return caught.value

    error = asyncio.run(scenario())
    assert error.status == 503
    assert host._process is not None and not host._process.is_alive()


def test_update_ending_with_a_semicolon_is_stored_with_its_merge() -> None:
    host = StoreHost(None)
    update = "INSERT DATA { GRAPH <http://e/g> { <http://e/a> <http://e/p> <http://e/b> } } ;\n# ok"

    async def scenario() -> int:
        answer = await host.request("update", {"update": update}, timeout_s=60)
        await answer.body()
        return await select_count(host, "<http://e/a> <http://e/p> <http://e/b>")

    try:
        assert asyncio.run(scenario()) == 1  # in the default graph: merged
    finally:
        host.close()


VALUES = " ".join(str(i) for i in range(100))
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) {" + "".join(f" VALUES ?{v} {{ {VALUES} }}" for v in "abcde") + " }"
)


def test_read_waiting_behind_the_running_limit_gets_a_declared_busy_503() -> None:
    """Issue 11, finding 7: admission control queues reads instead of running them all at
    once; one that cannot start within its limit is told so (Retry-After), nothing restarts."""
    from service.http.store_host import RUNNING_LIMIT, Busy

    host = StoreHost(None)

    async def scenario() -> Busy:
        for _ in range(RUNNING_LIMIT):
            host.send("query", {"query": RUNAWAY, "formats": FORMATS}, timeout_s=600)
        with pytest.raises(Busy) as caught:
            await host.request("query", {"query": "ASK {}", "formats": FORMATS}, timeout_s=0.5)
        return caught.value

    try:
        busy = asyncio.run(scenario())
        assert busy.status == 503 and busy.headers and "Retry-After" in busy.headers
        assert host.restarts == 0
    finally:
        host.close()
