"""The store host cannot open Internet sockets, so SERVICE and LOAD cannot leave the machine
whatever the query text (issue 11, finding 1: SERVICE smuggled past the lexer)."""

from __future__ import annotations

import multiprocessing
import sys

import pytest
from listener import listening  # type: ignore[import-not-found]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="seccomp is Linux")


def _run_service_query(port: int, sandboxed: bool, out: multiprocessing.Queue) -> None:
    import pyoxigraph as ox

    from service.http.network_sandbox import forbid_internet_sockets

    if sandboxed:
        forbid_internet_sockets()
    store = ox.Store()
    try:
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"
        list(store.query(query))
        out.put("answered")
    except Exception as error:  # the engine's own error, whatever it is
        out.put(f"error: {error}")


def _attempt(sandboxed: bool) -> tuple[int, str]:
    with listening() as listener:
        context = multiprocessing.get_context("spawn")
        out = context.Queue()
        process = context.Process(target=_run_service_query, args=(listener.port, sandboxed, out))
        process.start()
        process.join(timeout=30)
        result = out.get(timeout=5)
        return listener.connections, result


def test_engine_outside_the_sandbox_does_reach_the_listener() -> None:
    """The control: without the sandbox, pyoxigraph really connects (so the test can fail)."""
    connections, _ = _attempt(sandboxed=False)
    assert connections >= 1


def test_engine_inside_the_sandbox_makes_no_connection() -> None:
    connections, result = _attempt(sandboxed=True)
    assert connections == 0
    assert result.startswith("error")
