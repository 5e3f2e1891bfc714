"""The store host process: answers survive its death, and an in-memory store its restart."""

from __future__ import annotations

import asyncio
import os
import signal

from service.http.store_host import StoreHost

FORMATS = {"solutions": "text/csv", "boolean": "application/sparql-results+json", "graph": None}
COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"


async def count(host: StoreHost) -> str:
    answer = await host.request("query", {"query": COUNT, "formats": FORMATS}, timeout_s=30)
    return (await answer.body()).decode().split()[-1]


def test_killed_host_is_restarted_with_the_in_memory_writes() -> None:
    host = StoreHost(None, initial_nquads=b"<http://e/a> <http://e/p> <http://e/b> <http://e/g> .")
    try:
        update = "INSERT DATA { GRAPH <http://e/g> { <http://e/c> <http://e/p> <http://e/d> } }"

        async def write_then_kill_then_read() -> str:
            answer = await host.request("update", {"update": update}, timeout_s=30)
            await answer.body()
            old_pid = host.pid
            assert old_pid is not None
            os.kill(old_pid, signal.SIGKILL)
            return await count(host)  # sent to the dead host or the new one: answered either way

        assert asyncio.run(write_then_kill_then_read()) == "2"
        assert host.restarts == 1
    finally:
        host.close()
