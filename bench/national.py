"""All of Japan: ingest and query figures on the generated corpus at national size.

For each size (municipalities × documents, bench/generate.py) a corpus is generated, ingested
into a fresh on-disk store through `service.ingest.ingest` (workers, batches) in a process of
its own, and then:

- ingest documents/s, CPU time per document (the ingest process and its workers), peak
  memory of the ingest process (the writer) and of its largest worker — measured in that
  process, so neither corpus generation nor this process's own memory is in the figure —
  and store size on disk;
- the store's write time against the floor: `pyoxigraph.Store.bulk_load` of the same quads
  (named graphs and their merged default graph) into an empty store;
- p50/p95 of every file in queries/ (parameters bound), embedded (pyoxigraph in this
  process) and over HTTP against `oxigraph serve` on the same store (the peer);
- growth from the smallest to the largest size for each figure.

The table is written to bench/results.md (or --out). Usage:

    python bench/national.py                      # 100, 400 and 1,741 municipalities × 4
    python bench/national.py --quick              # 10 and 40 municipalities: a trial run
    python bench/national.py --sizes 100 --runs 10
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import multiprocessing.forkserver
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from loaders.resources import queries_dir  # noqa: E402
from service.ingest import ingest  # noqa: E402
from service.settings import DEFAULT_BASE, from_env  # noqa: E402
from service.store import EmbeddedStore, RemoteEndpoints, RemoteStore  # noqa: E402

# The parameter values the benchmark binds, as researchers use them: a theme, a search word, part
# of a project name and one municipality (bench/generate.py's first city, in every size). Only
# the parameters a query declares (`# param:` lines) are bound.
BINDINGS = {"topic": "広報", "q": "交流", "name": "相談窓口", "lg_code": "012017"}
AGGREGATIONS = {"budget_by_topic", "budgets", "initiatives_sharing_topic"}


@dataclass
class Size:
    municipalities: int
    documents: int = 0
    ingest_s: float = 0.0
    write_s: float = 0.0
    bulk_load_s: float = 0.0
    quads: int = 0
    cpu_s: float = 0.0  # user + system, writer and workers, over the ingest
    worker_cpu_s: float = 0.0  # of which the workers (reading, parsing, validation)
    parent_rss_mb: float = 0.0
    worker_rss_mb: float = 0.0
    store_mb: float = 0.0
    embedded: dict[str, tuple[float, float]] = field(default_factory=dict)  # query → p50, p95
    http: dict[str, tuple[float, float] | None] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.ingest_s if self.ingest_s else 0.0

    @property
    def write_ratio(self) -> float:
        return self.write_s / self.bulk_load_s if self.bulk_load_s else 0.0


def per_doc(seconds: float, size: Size) -> str:
    return f"{1000 * seconds / max(size.documents, 1):.0f}"


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def queries() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(queries_dir().glob("*.rq"))}


_PARAM_LINE = re.compile(r"^#\s*param:\s*\??([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)


def bindings_for(text: str) -> dict[str, str]:
    """The declared parameters of a query (`# param: name — …`) that BINDINGS has a value for.
    (Not every `?name` in the text: ?name is also a plain variable in several queries.)"""
    declared = set(_PARAM_LINE.findall(text))
    return {name: value for name, value in BINDINGS.items() if name in declared}


def timed(run: object, runs: int, warmup: int = 1) -> tuple[float, float]:
    samples = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        if i >= warmup:
            samples.append((time.perf_counter() - start) * 1000)
    return percentiles(samples)


def measure_ingest(size: Size, corpus: Path, path: Path, workers: int | None) -> None:
    """Ingest `corpus` into `path` in a fresh process and read its figures: its peak RSS and
    CPU time are the ingest's alone (this process generated the corpus and holds the query
    timings; a child's `ru_maxrss` would otherwise be lost in ours)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--ingest-child", str(corpus),
               str(path)] + ([] if workers is None else ["--workers", str(workers)])  # fmt: skip
    done = subprocess.run(command, stdout=subprocess.PIPE, check=True, text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    for name, value in figures.items():
        setattr(size, name, value)
    size.store_mb = folder_mb(path)


def ingest_here(corpus: Path, path: Path, workers: int | None) -> dict[str, float]:
    """The ingest itself (run by `--ingest-child`): documents, seconds, the writer's write
    time, CPU of this process and its workers, and peak RSS of both, in MB."""
    settings = from_env({"MACHIKG_STORE": str(path)}).with_(
        base=DEFAULT_BASE, quarantine_dir=path.parent / "quarantine"
    )
    store = EmbeddedStore(path)
    write = store.write_graphs
    write_s = 0.0

    def timed_write(graphs: list[tuple[str, str]]) -> None:
        nonlocal write_s
        start = time.perf_counter()
        write(graphs)
        write_s += time.perf_counter() - start

    store.write_graphs = timed_write  # type: ignore[method-assign]
    before, workers_before = cpu_seconds(), children_cpu_seconds()
    start = time.perf_counter()
    summary = ingest([corpus], store, settings, progress=sys.stderr.isatty(), workers=workers)
    ingest_s = time.perf_counter() - start
    store.close()
    for child in multiprocessing.active_children():  # workers exit after ingest returns
        child.join()
    stop_fork_server()  # it reaps the workers: their CPU and RSS then count as our children's
    return {
        "documents": summary.loaded,
        "ingest_s": ingest_s,
        "write_s": write_s,
        "cpu_s": cpu_seconds() - before,
        "worker_cpu_s": children_cpu_seconds() - workers_before,
        "parent_rss_mb": own_peak_rss_mb(),
        "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def own_peak_rss_mb() -> float:
    """This process's peak RSS since it started its program: VmHWM belongs to the address
    space exec made, whereas Linux carries `ru_maxrss` over exec from the parent it was
    forked from (the bench process, with the corpus in memory)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stop_fork_server() -> None:
    """Ingest forks its workers from multiprocessing's fork server (service.ingest_pipeline),
    so they are its children: stopping it makes their figures ours (RUSAGE_CHILDREN)."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def cpu_seconds() -> float:
    """CPU time of this process (the writer, with the store's own threads: the bulk loader's
    and RocksDB's flushes and compactions) and of its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime + children_cpu_seconds()


def children_cpu_seconds() -> float:
    """CPU time of this process's finished children: the ingest workers."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def measure_bulk_load(size: Size, path: Path, scratch: Path) -> None:
    """The floor: every quad of the store (named and default graph) bulk-loaded afresh."""
    source = ox.Store.read_only(str(path))
    dump = scratch / "all.nq"
    source.dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
    size.quads = len(source)
    del source
    target = ox.Store(str(scratch / "floor"))
    start = time.perf_counter()
    target.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    target.flush()
    size.bulk_load_s = time.perf_counter() - start
    del target
    shutil.rmtree(scratch / "floor")
    dump.unlink()


def measure_embedded(size: Size, path: Path, runs: int) -> None:
    store = EmbeddedStore(path)
    for name, text in queries().items():
        binds = bindings_for(text)
        size.embedded[name] = timed(lambda t=text, b=binds: store.select(t, bindings=b), runs)
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def oxigraph_serve(path: Path) -> Iterator[str]:
    """`oxigraph serve` on the store (its real default graph: no --union-default-graph)."""
    port = free_port()
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    process = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(path), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
                break
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def measure_http(size: Size, path: Path, runs: int) -> None:
    with oxigraph_serve(path) as url:
        remote = RemoteStore(url, endpoints=RemoteEndpoints.oxigraph(url))
        for name, text in queries().items():
            binds = bindings_for(text)
            try:
                size.http[name] = timed(lambda t=text, b=binds: remote.select(t, bindings=b), runs)
            except Exception:  # e.g. search.rq: machikg's own full-text function
                size.http[name] = None
        remote.close()


def growth(first: float, last: float) -> str:
    return f"{last / first:.1f}×" if first else "—"


def report(sizes: list[Size], per_city: int, workers: int | None) -> str:
    lines = [
        "# National-size benchmark (bench/national.py)",
        "",
        f"Generated corpus (bench/generate.py, seed 1), {per_city} documents per municipality;"
        f" ingest with {workers or 'one per core'} worker(s) on this machine; query times in ms"
        " (p50 / p95). Measured, never asserted in tests; the machine is shared, so figures"
        " vary between runs.",
        "",
        "## Ingest",
        "",
        "| municipalities | documents | docs/s | CPU ms/doc (workers + writer and store)"
        " | write s | bulk_load s | write ÷ bulk_load | quads"
        " | peak RSS MB (writer / largest worker) | store MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in sizes:
        lines.append(
            f"| {s.municipalities:,} | {s.documents:,} | {s.docs_per_s:.1f}"
            f" | {per_doc(s.cpu_s, s)} ({per_doc(s.worker_cpu_s, s)}"
            f" + {per_doc(s.cpu_s - s.worker_cpu_s, s)}) | {s.write_s:.2f}"
            f" | {s.bulk_load_s:.2f} | {s.write_ratio:.2f}× | {s.quads:,}"
            f" | {s.parent_rss_mb:.0f} / {s.worker_rss_mb:.0f} | {s.store_mb:.0f} |"
        )
    first, last = sizes[0], sizes[-1]
    if len(sizes) > 1:
        lines += [
            "",
            f"Growth {first.municipalities} → {last.municipalities} municipalities"
            f" ({growth(first.documents, last.documents)} the documents): ingest time"
            f" {growth(first.ingest_s, last.ingest_s)}, CPU {growth(first.cpu_s, last.cpu_s)}"
            f" (workers {growth(first.worker_cpu_s, last.worker_cpu_s)}, writer and store"
            f" {growth(first.cpu_s - first.worker_cpu_s, last.cpu_s - last.worker_cpu_s)}),"
            f" write {growth(first.write_s, last.write_s)},"
            f" peak writer RSS {growth(first.parent_rss_mb, last.parent_rss_mb)},"
            f" store size {growth(first.store_mb, last.store_mb)}.",
        ]
    lines += ["", "## Queries (ms, p50 / p95)", ""]
    header = "| query |" + "".join(
        f" {s.municipalities:,} embedded | {s.municipalities:,} HTTP (oxigraph serve) |"
        for s in sizes
    )
    lines += [header, "|---|" + "---:|---:|" * len(sizes)]
    for name in sorted(first.embedded):
        cells = []
        for s in sizes:
            e = s.embedded.get(name)
            h = s.http.get(name)
            cells.append(f" {e[0]:.1f} / {e[1]:.1f} |" if e else " — |")
            cells.append(f" {h[0]:.1f} / {h[1]:.1f} |" if h else " n/a |")
        mark = " (aggregation)" if name in AGGREGATIONS else ""
        lines.append(f"| {name}{mark} |" + "".join(cells))
    if len(sizes) > 1:
        lines += ["", "Growth of embedded p50 from the smallest to the largest size:", ""]
        lines += [
            f"- {name}: {growth(first.embedded[name][0], last.embedded[name][0])}"
            for name in sorted(first.embedded)
        ]
    lines += [
        "",
        "n/a: `oxigraph serve` does not know machikg's full-text function (search.rq).",
        "Goals (issue 10): ingest ≥ 50 docs/s, write ≤ 1.5× bulk_load, peak memory < 2 GB,"
        " p50 < 100 ms (aggregations < 500 ms) at 1,741 municipalities, linear growth or better.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1741])
    parser.add_argument("--quick", action="store_true", help="10 and 40 municipalities")
    parser.add_argument("--documents", type=int, default=4, help="documents per municipality")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-http", action="store_true", help="skip the oxigraph serve peer")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--ingest-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_child:  # measure_ingest's child: one ingest, its figures as JSON
        print(json.dumps(ingest_here(*args.ingest_child, args.workers)), flush=True)
        return
    sizes = [10, 40] if args.quick else args.sizes
    results: list[Size] = []
    for n in sizes:
        size = Size(n)
        with tempfile.TemporaryDirectory(prefix="machikg-national-") as tmp:
            work = Path(tmp)
            generate.generate(work / "corpus", n, args.documents, seed=1)
            path = work / "store"
            measure_ingest(size, work / "corpus", path, args.workers)
            measure_bulk_load(size, path, work)
            measure_embedded(size, path, args.runs)
            if not args.no_http:
                measure_http(size, path, args.runs)
        results.append(size)
        print(f"{n} municipalities: {size.documents} documents, {size.docs_per_s:.1f} docs/s,"
              f" write ÷ bulk_load {size.write_ratio:.2f}×", flush=True)  # fmt: skip
    text = report(results, args.documents, args.workers)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
