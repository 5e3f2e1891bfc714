"""Other clients while a runaway query runs: their latency, and when the runaway is stopped.

    python bench/runaway_isolation.py [--timeout-s 2] [--clients 2]

Starts `machikg serve` in-process on a small on-disk store (300 triples, so a five-way cross
join runs for hours) with the given query time limit, then, for the length of that limit plus
a margin, has `--clients` threads send a quick query again and again: first with nothing else
running (baseline), then while one client sends the runaway. Prints the quick queries'
p50/p95/max and their errors in both phases, and when and how the runaway was answered
(503 after the limit). Issue 4 asks that other clients are served normally meanwhile.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from service.http.server import running
from service.settings import DEFAULT_BASE, Settings

RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
QUICK = "ASK { ?s <http://example.org/p> 7 }"


def quick_loop(url: str, until: float, latencies: list[float], errors: list[str]) -> None:
    with httpx.Client(timeout=60) as client:
        while time.monotonic() < until:
            started = time.monotonic()
            try:
                response = client.get(f"{url}/sparql", params={"query": QUICK})
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}")
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
            latencies.append(time.monotonic() - started)


def phase(url: str, seconds: float, clients: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=quick_loop, args=(url, until, latencies, errors))
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def row(name: str, latencies: list[float], errors: list[str]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{name:<24} {len(latencies):>8} {statistics.median(latencies) * 1000:>8.2f}"
        f" {p95 * 1000:>8.2f} {max(latencies) * 1000:>8.1f} {len(errors):>7}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout-s", type=float, default=2.0, help="the service's query limit")
    parser.add_argument("--clients", type=int, default=2, help="threads sending quick queries")
    args = parser.parse_args()
    data = "".join(
        f'<http://example.org/s{i}> <http://example.org/p> "{i}"'
        "^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .\n"
        for i in range(300)
    ).encode()
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(
            store_path=Path(scratch) / "store",
            base=DEFAULT_BASE,
            admin_token=None,
            query_timeout_s=args.timeout_s,
            max_upload_bytes=1024 * 1024,
            quarantine_dir=Path(scratch) / "quarantine",
        )
        with running(settings, initial_nquads=data) as url:
            seconds = args.timeout_s + 1.5
            baseline = phase(url, seconds, args.clients)
            outcome: list[tuple[int, float]] = []

            def runaway() -> None:
                started = time.monotonic()
                response = httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=120)
                outcome.append((response.status_code, time.monotonic() - started))

            runaway_thread = threading.Thread(target=runaway)
            runaway_thread.start()
            time.sleep(0.05)
            during = phase(url, seconds, args.clients)
            runaway_thread.join()
    print(f"query limit {args.timeout_s:g} s, {args.clients} clients sending {QUICK!r}; ms\n")
    print(f"{'phase':<24} {'queries':>8} {'p50':>8} {'p95':>8} {'max':>8} {'errors':>7}")
    print(row("nothing else running", *baseline))
    print(row("a runaway running", *during))
    status, elapsed = outcome[0]
    print(f"\nthe runaway was answered HTTP {status} after {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
