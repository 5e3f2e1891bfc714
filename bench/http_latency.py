"""HTTP latency of the contract queries: `machikg serve` against `oxigraph serve`, same store.

    python bench/http_latency.py --store data/store [--runs 100] [--queries queries]

Both servers run at once, each on its own copy of the store (a RocksDB directory can be
opened by one process only). Every query in `queries/*.rq` is sent as a URL-encoded POST
asking for SPARQL JSON and the full answer is read, alternating between the two servers run
by run so that load from other processes falls on both alike. After warm-up runs, p50/p95 of
the wall-clock latency per query are printed side by side with their ratio (goal: ≤ 1.3×).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from service.store import with_values

ROOT = Path(__file__).resolve().parents[1]
MIN_RUNS = 5


@dataclass(frozen=True)
class Timing:
    p50: float
    p95: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with code {process.returncode}: {url}")
        try:
            if httpx.post(url, data={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server did not answer within {timeout_s:.0f} s: {url}")


@contextmanager
def server(kind: str, store: Path) -> Iterator[str]:
    """Start one server on the store; yield its SPARQL query URL."""
    port = free_port()
    if kind == "machikg":
        env = {**os.environ, "MACHIKG_STORE": str(store), "MACHIKG_ADMIN_TOKEN": ""}
        code = (
            "from service.http.server import serve; from service.settings import from_env;"
            f" serve(from_env(), host='127.0.0.1', port={port})"
        )
        command = [sys.executable, "-c", code]
        url = f"http://127.0.0.1:{port}/sparql"
    else:
        oxigraph = shutil.which("oxigraph")
        if oxigraph is None:
            raise SystemExit("the oxigraph CLI is not installed (pip install oxigraph)")
        command = [
            oxigraph,
            "serve",
            "--location",
            str(store),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ]
        env = dict(os.environ)
        url = f"http://127.0.0.1:{port}/query"
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def timed_post(client: httpx.Client, url: str, query: str) -> float | str:
    """Seconds to send a query and read its whole answer, or the error it got."""
    started = time.perf_counter()
    response = client.post(url, data={"query": query})
    _ = response.content
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        return f"HTTP {response.status_code}: {response.text[:80].strip()}"
    return elapsed


def measure(
    urls: dict[str, str],
    queries: dict[str, str],
    runs: int,
    warmup: int,
    budget_s: float | None = None,
) -> dict[str, dict[str, Timing | str]]:
    """Timings per server and query, or the error a server answered a query with.

    With `budget_s`, a query stops after MIN_RUNS measured runs once its measured runs
    have taken that long (a query of seconds needs no 30 repetitions to show its p50).
    """
    results: dict[str, dict[str, Timing | str]] = {kind: {} for kind in urls}
    headers = {"Accept": "application/sparql-results+json"}
    with httpx.Client(timeout=120, headers=headers) as client:
        for name, text in queries.items():
            samples: dict[str, list[float]] = {kind: [] for kind in urls}
            measuring_since = time.monotonic()
            for run in range(warmup + runs):
                if run == warmup:
                    measuring_since = time.monotonic()
                elif (
                    budget_s is not None
                    and run - warmup >= MIN_RUNS
                    and time.monotonic() - measuring_since > budget_s
                ):
                    break
                order = list(urls) if run % 2 == 0 else list(reversed(urls))
                for kind in order:
                    if isinstance(results[kind].get(name), str):
                        continue
                    outcome = timed_post(client, urls[kind], text)
                    if isinstance(outcome, str):
                        results[kind][name] = outcome
                    elif run >= warmup:
                        samples[kind].append(outcome)
            for kind, values in samples.items():
                if not isinstance(results[kind].get(name), str):
                    results[kind][name] = Timing(
                        statistics.median(values), percentile(values, 0.95)
                    )
    return results


def bind_parameter(query: str, name: str, value: str) -> str:
    """The query with ?name bound by a VALUES block, if its header declares `# param: name`."""
    if not re.search(rf"^#\s*param:\s*\??{re.escape(name)}\b", query, re.MULTILINE):
        return query
    bound = with_values(query, {name: value})
    if bound is None:
        raise SystemExit(f"cannot bind ?{name}: the query has no WHERE group")
    return bound


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a machikg store directory")
    parser.add_argument("--queries", type=Path, default=ROOT / "queries")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument(
        "--budget-s",
        type=float,
        default=None,
        help=f"stop a query's runs after this many seconds (at least"
        f" {MIN_RUNS} runs each); default: always --runs",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="measure only this query (repeatable), e.g. while profiling",
    )
    parser.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind a documented parameter (# param: NAME) of the queries that"
        " declare it, as `machikg query --bind` does; the same text goes to both"
        " servers (repeatable), e.g. --bind topic=地域コミュニティ",
    )
    args = parser.parse_args(argv)
    if not args.store.is_dir():
        parser.error(f"--store {args.store}: no such directory (run `machikg ingest` first)")
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.queries.glob("*.rq"))}
    if not queries:
        parser.error(f"--queries {args.queries}: no .rq files")
    if args.only:
        unknown = sorted(set(args.only) - set(queries))
        if unknown:
            parser.error(f"--only {', '.join(unknown)}: no such query in {args.queries}")
        queries = {name: text for name, text in queries.items() if name in args.only}

    for binding in args.bind:
        name, _, value = binding.partition("=")
        if not value:
            parser.error(f"--bind {binding}: expected NAME=VALUE")
        queries = {q: bind_parameter(text, name, value) for q, text in queries.items()}

    with tempfile.TemporaryDirectory() as scratch:
        stores = {kind: Path(scratch) / kind for kind in ("machikg", "oxigraph")}
        for copy in stores.values():
            shutil.copytree(args.store, copy)
        with (
            server("machikg", stores["machikg"]) as ours,
            server("oxigraph", stores["oxigraph"]) as theirs,
        ):
            results = measure(
                {"machikg": ours, "oxigraph": theirs},
                queries,
                args.runs,
                args.warmup,
                args.budget_s,
            )

    header = (
        f"{'query':<28} {'machikg p50':>11} {'p95':>8} {'oxigraph p50':>12} {'p95':>8}"
        f" {'×p50':>6} {'×p95':>6}"
    )
    budget = f" (or {args.budget_s:g} s per query)" if args.budget_s else ""
    print(f"{args.runs} runs per query{budget} after {args.warmup} warm-up runs; milliseconds")
    print(header)
    print("-" * len(header))
    ratios, ratios95 = [], []
    for name in queries:
        ours, theirs = results["machikg"][name], results["oxigraph"][name]
        if isinstance(ours, str) or isinstance(theirs, str):
            failed, error = ("machikg", ours) if isinstance(ours, str) else ("oxigraph", theirs)
            print(f"{name:<28} not compared: {failed} answered {error}")
            continue
        ratio50, ratio95 = ours.p50 / theirs.p50, ours.p95 / theirs.p95
        ratios.append(ratio50)
        ratios95.append(ratio95)
        print(
            f"{name:<28} {ours.p50 * 1000:>11.2f} {ours.p95 * 1000:>8.2f}"
            f" {theirs.p50 * 1000:>12.2f} {theirs.p95 * 1000:>8.2f}"
            f" {ratio50:>5.2f}× {ratio95:>5.2f}×"
        )
    if not ratios:
        print("no query was answered by both servers")
        return 1
    print("-" * len(header))
    print(
        f"geometric mean of p50 ratios: {statistics.geometric_mean(ratios):.2f}×,"
        f" of p95 ratios: {statistics.geometric_mean(ratios95):.2f}× (goal ≤ 1.3×)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
