"""Issue 11, finding 4: `machikg serve` stops on SIGTERM and SIGINT while a query runs, and no
store-host child outlives it — not even when the server itself is killed with SIGKILL."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from service.http.server import free_port

VALUES = " ".join(str(i) for i in range(100))
# ten billion rows to count: runs far longer than any test (the server's limit is 120 s)
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) {" + "".join(f" VALUES ?{v} {{ {VALUES} }}" for v in "abcde") + " }"
)
# "within seconds": uvicorn's 5 s grace, the store host's 3 s, and room for a busy machine
BOUND_S = 20


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def wait_until(condition: object, bound_s: float = BOUND_S) -> bool:
    end = time.monotonic() + bound_s
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    command = [sys.executable, "-m", "service.cli", "serve", "--store", str(tmp_path / "store")]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--timeout", "120"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        assert wait_until(healthy), "the server did not start"
        yield process, url
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def run_in_background(url: str) -> None:
    def ask() -> None:
        with contextlib.suppress(httpx.HTTPError):  # cut off by the stop: what the test wants
            httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=BOUND_S)

    threading.Thread(target=ask, daemon=True).start()


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_server_stops_during_a_running_query_and_no_store_host_outlives_it(
    server: tuple[subprocess.Popen[bytes], str], signal_number: int
) -> None:
    process, url = server
    hosts = children(process.pid)
    run_in_background(url)
    time.sleep(0.5)  # the query reaches the store host
    process.send_signal(signal_number)
    process.wait(timeout=BOUND_S)
    assert hosts and wait_until(lambda: not any(alive(pid) for pid in hosts))
