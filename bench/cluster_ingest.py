"""Ingest on a Dask cluster against ingest on this machine's process pool.

A corpus of about 100 documents is generated (bench/generate.py), then ingested into a fresh
in-memory store, several times, by each path in turn (so load from other processes falls on
all alike):

- `pool`: `service.ingest_pipeline.results`, a ProcessPoolExecutor of --workers processes;
- `dask local`: `--scheduler local`, a LocalCluster of --workers processes started and
  closed by each run (what `machikg ingest --scheduler local` costs);
- `dask running`: `--scheduler tcp://…`, a LocalCluster of --workers processes started once
  before the runs (what joining a running cluster costs: no start-up, workers already warm).

Each row gives the median seconds of the runs, documents/s, and the ratio of its documents/s
to the pool's. Every run stores the same dump (checked). Usage:

    python bench/cluster_ingest.py                       # 25 municipalities × 4, 3 runs
    python bench/cluster_ingest.py --municipalities 50 --runs 5 --workers 4
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

from service import ingest_cluster  # noqa: E402
from service.ingest import ingest  # noqa: E402
from service.settings import DEFAULT_BASE, from_env  # noqa: E402
from service.store import EmbeddedStore  # noqa: E402


def run(corpus: Path, quarantine: Path, workers: int, scheduler: str | None) -> tuple[float, bytes]:
    """Seconds to ingest `corpus` into an empty store, and the store's dump."""
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=quarantine
    )
    store = EmbeddedStore(None)
    start = time.perf_counter()
    summary = ingest(
        [corpus], store, settings, progress=False, workers=workers, scheduler=scheduler
    )
    seconds = time.perf_counter() - start
    if summary.failed or summary.quarantined:
        raise SystemExit(f"{scheduler or 'pool'}: {summary.failed} failed, {summary.quarantined}")
    dump = store.export("nquads")
    store.close()
    return seconds, dump


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=25)
    parser.add_argument("--documents", type=int, default=4, help="per municipality")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="machikg-cluster-bench-") as scratch:
        corpus = Path(scratch, "corpus")
        generate.generate(corpus, args.municipalities, args.documents, seed=1)
        documents = len(list(corpus.glob("*"))) - 2  # less manifest.csv and gold.json
        seconds: dict[str, list[float]] = {"pool": [], "dask local": [], "dask running": []}
        dumps: set[bytes] = set()
        with ingest_cluster.local_cluster(args.workers) as cluster:
            schedulers = {
                "pool": None,
                "dask local": ingest_cluster.LOCAL,
                "dask running": cluster.scheduler_address,
            }
            for number in range(args.runs):
                for name, scheduler in schedulers.items():
                    quarantine = Path(scratch, f"quarantine-{number}-{len(dumps)}")
                    taken, dump = run(corpus, quarantine, args.workers, scheduler)
                    seconds[name].append(taken)
                    dumps.add(dump)
                    print(f"run {number + 1} {name}: {taken:.2f} s", file=sys.stderr)
        if len(dumps) != 1:
            raise SystemExit("the paths stored different dumps")

    pool_rate = documents / statistics.median(seconds["pool"])
    print(f"{documents} documents, {args.workers} workers, median of {args.runs} runs\n")
    print("| path | s | documents/s | × pool |")
    print("|---|---:|---:|---:|")
    for name, samples in seconds.items():
        median = statistics.median(samples)
        rate = documents / median
        print(f"| {name} | {median:.2f} | {rate:.1f} | {rate / pool_rate:.2f} |")


if __name__ == "__main__":
    main()
