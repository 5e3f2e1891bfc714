"""A bounded load test on loopback: many clients mixing the service's kinds of requests.

    python bench/load_test.py [--clients 50] [--seconds 60] [--timeout-s 5] [--corpus corpus]

Ingests the corpus into a temporary store, starts `machikg serve --timeout T` on 127.0.0.1
(its own process, as in production), then:

1. alone: sends each request of the mix once, one at a time, to learn how long it takes alone;
2. under load: `--clients` clients send requests drawn from the mix, each waiting for its
   answer before the next, for `--seconds`.

The mix: every query of `queries/`, resource pages (`/id/…` of IRIs the store holds, HTML and
JSON), full-text search (`/search`, words taken from the store's labels), and validation (the
SPARQL front end refusing malformed requests: a 400 is the expected answer). Nothing is taken
from the corpus by hand: resources and search words come from the store itself.

Prints one row per kind — requests, throughput, p50/p99, answers by status — and the goal's
figures (issue 11, finding 7): 5xx other than the declared back-pressure 503 (Retry-After),
and timeouts of requests that take under 1 s alone. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.http.server import free_port  # noqa: E402
from service.settings import DEFAULT_BASE  # noqa: E402

JSON = "application/sparql-results+json"
LABELS = (
    "SELECT DISTINCT ?s ?label { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label"
    f' FILTER(STRSTARTS(STR(?s), "{DEFAULT_BASE}/id/")) }} LIMIT 200'
)
MALFORMED = ["SELECT * WHERE { ?s ?p }", "ASK {", "SELECT ?x WHERE { FILTER( }"]


@dataclass(frozen=True, eq=False)  # hashed by identity: one entry of the mix
class Call:
    kind: str
    name: str
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    call: Call
    status: int  # 0: no answer (client timeout or connection error)
    seconds: float
    busy: bool  # a 503 with Retry-After: declared back-pressure


def mix(url: str, queries: Path) -> list[Call]:
    calls = [
        Call("query", path.stem, "POST", "/sparql", {"query": path.read_text()}, {"Accept": JSON})
        for path in sorted(queries.glob("*.rq"))
    ]
    response = httpx.post(f"{url}/sparql", data={"query": LABELS}, headers={"Accept": JSON})
    response.raise_for_status()
    rows = response.json()["results"]["bindings"]
    rng = random.Random(11)
    for row in rng.sample(rows, min(20, len(rows))):
        path = row["s"]["value"][len(DEFAULT_BASE) :]
        calls.append(Call("resource", path, "GET", path, {}, {"Accept": "text/html"}))
        json_page = {"Accept": "application/json"}
        calls.append(Call("resource", path + " (json)", "GET", path, {}, json_page))
    words = sorted({row["label"]["value"][:6] for row in rows})
    for word in rng.sample(words, min(20, len(words))):
        calls.append(Call("search", word, "GET", "/search", {"q": word, "format": "json"}))
    for number, text in enumerate(MALFORMED):
        calls.append(Call("validation", f"malformed {number}", "GET", "/sparql", {"query": text}))
    return calls


async def send(client: httpx.AsyncClient, url: str, call: Call, limit_s: float) -> Outcome:
    started = time.monotonic()
    try:
        if call.method == "POST":
            response = await client.post(url + call.path, data=call.params, headers=call.headers)
        else:
            response = await client.get(url + call.path, params=call.params, headers=call.headers)
        status, busy = response.status_code, "retry-after" in response.headers
    except httpx.HTTPError:
        status, busy = 0, False
    return Outcome(call, status, time.monotonic() - started, busy)


async def alone(url: str, calls: list[Call], limit_s: float) -> dict[Call, float]:
    async with httpx.AsyncClient(timeout=limit_s * 4) as client:
        for call in calls:  # warm-up
            await send(client, url, call, limit_s)
        return {call: (await send(client, url, call, limit_s)).seconds for call in calls}


async def under_load(
    url: str, calls: list[Call], clients: int, seconds: float, limit_s: float
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    until = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(number: int) -> None:
        rng = random.Random(number)
        async with httpx.AsyncClient(timeout=limit_s * 4, limits=limits) as client:
            while time.monotonic() < until:
                outcomes.append(await send(client, url, rng.choice(calls), limit_s))

    await asyncio.gather(*(client_loop(n) for n in range(clients)))
    return outcomes


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def report(outcomes: list[Outcome], solo: dict[Call, float], seconds: float) -> str:
    lines = [
        "| kind | requests | req/s | p50 ms | p99 ms | answers |",
        "|---|---:|---:|---:|---:|---|",
    ]
    by_kind: dict[str, list[Outcome]] = collections.defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.call.kind].append(outcome)
    for kind, group in [*sorted(by_kind.items()), ("all", outcomes)]:
        times = [o.seconds * 1000 for o in group]
        statuses = collections.Counter(
            f"{o.status}{' busy' if o.busy else ''}" if o.status else "no answer" for o in group
        )
        answers = ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
        lines.append(
            f"| {kind} | {len(group)} | {len(group) / seconds:.1f} | {percentile(times, 0.5):.0f}"
            f" | {percentile(times, 0.99):.0f} | {answers} |"
        )
    failures = [o for o in outcomes if (o.status >= 500 and not o.busy) or o.status == 0]
    quick_timeouts = [
        o for o in outcomes if o.status in (503, 0) and not o.busy and solo[o.call] < 1.0
    ]
    busy = sum(o.busy for o in outcomes)
    slowest_alone = max(solo.items(), key=lambda item: item[1])
    lines += [
        "",
        f"5xx other than declared back-pressure, or no answer: {len(failures)}",
        f"timeouts of requests taking < 1 s alone: {len(quick_timeouts)}",
        f"declared back-pressure (503 + Retry-After): {busy}",
        f"slowest request alone: {slowest_alone[0].kind} {slowest_alone[0].name}"
        f" {slowest_alone[1] * 1000:.0f} ms",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--timeout-s", type=float, default=5)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--queries", type=Path, default=ROOT / "queries")
    parser.add_argument("--server-log", type=Path, help="write the server's log here")
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600:
        parser.error("keep the test bounded: 1–200 clients, at most 600 s")
    machikg = [sys.executable, "-m", "service.cli"]
    with tempfile.TemporaryDirectory() as directory:
        store = Path(directory) / "store"
        subprocess.run(
            [*machikg, "ingest", str(args.corpus), "--store", str(store)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        port = free_port()
        server = subprocess.Popen(
            [*machikg, "serve", "--store", str(store), "--port", str(port), "--timeout",
             str(args.timeout_s)],
            cwd=ROOT,
            stderr=args.server_log.open("wb") if args.server_log else subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            calls = mix(url, args.queries)
            solo = asyncio.run(alone(url, calls, args.timeout_s))
            print(f"{len(calls)} requests in the mix; {args.clients} clients × {args.seconds:g} s,"
                  f" server --timeout {args.timeout_s:g}")  # fmt: skip
            outcomes = asyncio.run(
                under_load(url, calls, args.clients, args.seconds, args.timeout_s)
            )
            print(report(outcomes, solo, args.seconds))
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
