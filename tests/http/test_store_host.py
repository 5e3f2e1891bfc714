"""The store host process: answers survive its death, and an in-memory store its restart."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from service.http.store_host import HostError, StoreHost

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


def test_store_held_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    from service.store import StoreInUseError

    holder = ox.Store(str(tmp_path / "store"))
    try:
        with pytest.raises(StoreInUseError, match="in use by another process"):
            StoreHost(tmp_path / "store")
    finally:
        del holder


VALUES = " ".join(str(i) for i in range(60))
LARGE = f"SELECT * {{ VALUES ?a {{ {VALUES} }} VALUES ?b {{ {VALUES} }} VALUES ?c {{ {VALUES} }} }}"


def test_unread_answer_holds_the_store_back() -> None:
    from service.http.store_host import WINDOW_CHUNKS

    host = StoreHost(None)
    try:

        async def start_and_wait() -> int:
            answer = await host.request("query", {"query": LARGE, "formats": FORMATS}, timeout_s=30)
            await asyncio.sleep(0.5)  # a client that reads nothing
            queued = answer.queue.qsize()
            host.cancel(answer.request_id)
            return queued

        assert asyncio.run(start_and_wait()) <= WINDOW_CHUNKS
    finally:
        host.close()


def test_slow_reader_is_not_cut_off_by_the_time_limit() -> None:
    host = StoreHost(None)
    try:

        async def read_slowly() -> int:
            answer = await host.request(
                "query", {"query": LARGE, "formats": FORMATS}, timeout_s=0.5
            )
            size = 0
            async for chunk in answer.chunks():
                size += len(chunk)
                await asyncio.sleep(0.02)
            return size

        started = time.monotonic()
        size = asyncio.run(read_slowly())
        assert time.monotonic() - started > 0.5
        assert size > 60**3 * 6  # every row: three numbers, tabs/commas and a line break
    finally:
        host.close()


def test_more_queries_at_once_than_host_workers_are_all_answered() -> None:
    from service.http.store_host import MAX_WORKERS

    host = StoreHost(None, initial_nquads=b"<http://e/a> <http://e/p> <http://e/b> <http://e/g> .")
    try:

        async def many_at_once() -> list[str]:
            return await asyncio.gather(*(count(host) for _ in range(MAX_WORKERS + 8)))

        assert asyncio.run(many_at_once()) == ["1"] * (MAX_WORKERS + 8)
    finally:
        host.close()


def test_inbox_wait_ends_with_timeout_when_no_message_comes() -> None:
    from service.http.store_host import Inbox

    async def wait_for_nothing() -> None:
        await Inbox(asyncio.get_running_loop()).get(0.05)

    with pytest.raises(TimeoutError):
        asyncio.run(wait_for_nothing())


def test_inbox_gives_messages_in_the_order_they_came() -> None:
    from service.http.store_host import Inbox

    async def put_then_get() -> list[tuple[str, int]]:
        loop = asyncio.get_running_loop()
        inbox = Inbox(loop)
        loop.call_later(0.01, inbox.put_nowait, ("data", 1))
        loop.call_later(0.02, inbox.put_nowait, ("end", 2))
        return [await inbox.get(5), await inbox.get(5)]

    assert asyncio.run(put_then_get()) == [("data", 1), ("end", 2)]


def test_cancel_that_arrives_before_its_request_is_read_still_stops_it() -> None:
    from service.http.store_process import Host

    control, _ = multiprocessing.Pipe(duplex=True)
    ours, theirs = multiprocessing.Pipe(duplex=True)
    host = Host(control, [], None)
    host.control(5, "cancel")
    host.execute(5, "query", {"query": "ASK {}", "formats": FORMATS}, theirs)
    assert ours.recv() == (5, "error", (503, "the request was cancelled"))


def test_request_waiting_for_a_free_channel_times_out_without_a_restart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import service.http.store_host as store_host

    monkeypatch.setattr(store_host, "MAX_WORKERS", 1)  # one channel: the second request waits
    data = "".join(f'<http://e/s{i}> <http://e/p> "{i}" <http://e/g> .\n' for i in range(200))
    host = StoreHost(None, initial_nquads=data.encode())
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 200³ rows, ~1 s
    try:

        async def slow_then_waiting() -> tuple[str, int]:
            running = asyncio.ensure_future(
                host.request("query", {"query": slow, "formats": FORMATS}, timeout_s=60)
            )
            await asyncio.sleep(0.1)
            with pytest.raises(store_host.HostError) as waited:
                await host.request("query", {"query": COUNT, "formats": FORMATS}, timeout_s=0.2)
            answer = await running
            return (await answer.body()).decode().split()[-1], waited.value.status

        assert asyncio.run(slow_then_waiting()) == (str(200**3), 503)
        assert host.restarts == 0
    finally:
        host.close()


def test_initial_data_that_does_not_parse_is_an_error_not_an_empty_store() -> None:
    from service.store import StoreError

    with pytest.raises(StoreError, match="initial data"):
        StoreHost(None, initial_nquads=b"<http://e/a> <http://e/p> 7 <http://e/g> .\n")


def test_request_from_a_new_event_loop_during_a_restart_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    host = StoreHost(None, initial_nquads=b"<http://e/a> <http://e/p> <http://e/b> <http://e/g> .")
    try:
        assert asyncio.run(count(host)) == "1"  # that loop read the answers, and is closed now
        spawn = host._spawn

        def slow_spawn():  # type: ignore[no-untyped-def]
            time.sleep(0.5)  # the old host is gone, the new one not yet there
            return spawn()

        monkeypatch.setattr(host, "_spawn", slow_spawn)
        restarting = threading.Thread(target=host.restart)
        restarting.start()
        time.sleep(0.1)

        async def count_soon() -> str:
            return await asyncio.wait_for(count(host), timeout=10)

        assert asyncio.run(count_soon()) == "1"
        restarting.join()
        assert host.restarts == 1
    finally:
        host.close()


def test_closing_during_a_restart_waits_for_it_and_leaves_no_host_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import threading

    host = StoreHost(tmp_path / "store")
    opened = host._open

    def slow_open(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # the old host is gone; the new one opens the store only now
        return opened(*args)

    monkeypatch.setattr(host, "_open", slow_open)
    restarting = threading.Thread(target=host.restart)  # as a runaway query sets it off
    restarting.start()
    while host.restarts == 0:  # the old host is being killed
        time.sleep(0.01)
    host.close()
    shutil.rmtree(tmp_path / "store")  # a test's or a temporary service's store goes away
    restarting.join(10)
    assert host._process is not None and not host._process.is_alive()


def test_requests_waiting_for_a_store_that_cannot_be_reopened_get_503_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from service.store import StoreError

    host = StoreHost(tmp_path / "store")

    def broken_open(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        raise StoreError("the store directory is gone")

    monkeypatch.setattr(host, "_open", broken_open)
    try:

        def restart() -> None:
            with pytest.raises(StoreError):
                host.restart()

        restarting = threading.Thread(target=restart)
        restarting.start()
        while host.restarts == 0:
            time.sleep(0.01)

        async def ask_meanwhile() -> HostError:
            with pytest.raises(HostError) as refused:
                await host.request("query", {"query": COUNT, "formats": FORMATS}, timeout_s=30)
            return refused.value

        started = time.monotonic()
        error = asyncio.run(ask_meanwhile())
        assert error.status == 503 and "could not be reopened" in error.message
        assert time.monotonic() - started < 5
        restarting.join(10)
    finally:
        host.close()
