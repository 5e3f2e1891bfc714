"""bench/national.py's "peak RSS" is the ingest's own (issue 10): the ingest runs in a process
of its own, so memory the bench process holds (the generated corpus, query timings) is not
in the figure."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def national() -> ModuleType:
    spec = importlib.util.spec_from_file_location("national", ROOT / "bench" / "national.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["national"] = module
    spec.loader.exec_module(module)
    return module


def test_peak_rss_is_the_ingest_process_not_the_bench(tmp_path: Path) -> None:
    bench = national()
    bench.generate.generate(tmp_path / "corpus", 2, 1, seed=1)
    ballast = b"x" * (600 * 1024 * 1024)  # 600 MB held (and touched) by the bench process
    size = bench.Size(2)
    bench.measure_ingest(size, tmp_path / "corpus", tmp_path / "store", workers=1)
    assert size.documents == 2
    assert size.ingest_s > 0 and size.cpu_s > 0
    assert 0 < size.parent_rss_mb < 600
    assert size.store_mb > 0
    del ballast


def test_ingest_cpu_is_split_into_workers_and_writer(tmp_path: Path) -> None:
    """The growth of ingest cost is attributed: the workers' reading against the writer's and
    the store's own threads (bulk loader, RocksDB compactions)."""
    bench = national()
    bench.generate.generate(tmp_path / "corpus", 2, 2, seed=1)  # 4 documents: a pool of 2
    size = bench.Size(2)
    bench.measure_ingest(size, tmp_path / "corpus", tmp_path / "store", workers=2)
    assert 0 < size.worker_cpu_s < size.cpu_s
    assert f"({bench.per_doc(size.worker_cpu_s, size)} + " in bench.report([size], 1, 1)
