"""The benchmarks in bench/ still run and print their tables (their numbers are not judged here)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.resources import corpus_dir
from service.ingest import ingest
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[2]


def run_bench(*args: str) -> str:
    bin_dir = str(Path(sys.executable).parent)  # the oxigraph CLI lives next to this Python
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    completed = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


@pytest.fixture(scope="module")
def corpus_on_disk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "store"
    settings = from_env({"MACHIKG_STORE": str(path)}).with_(
        base=DEFAULT_BASE, quarantine_dir=path.parent / "quarantine"
    )
    store = EmbeddedStore(path)
    try:
        assert ingest([corpus_dir()], store, settings, progress=False).loaded == 5
    finally:
        store.close()
    return path


def test_http_latency_bench_compares_both_servers_on_every_query_asked(
    corpus_on_disk: Path,
) -> None:
    out = run_bench(
        "bench/http_latency.py",
        "--store",
        str(corpus_on_disk),
        "--runs",
        "2",
        "--warmup",
        "0",
        "--only",
        "documents",
        "--only",
        "topic",
        "--bind",
        "topic=地域コミュニティ",
    )
    assert "not compared" not in out
    assert re.search(r"^documents\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+×", out, re.M)
    assert re.search(r"^topic\s", out, re.M)
    assert re.search(r"geometric mean of p50 ratios: [\d.]+×, of p95 ratios: [\d.]+×", out)


def test_ingest_bench_prints_its_stages_and_the_goal() -> None:
    out = run_bench("bench/ingest_corpus.py", "--runs", "1")
    for stage in ("read+parse", "to RDF", "validate", "store", "total"):
        assert re.search(rf"^{re.escape(stage)}\s+[\d.]+$", out, re.M), out
    assert "goal < 2.0 s:" in out


def test_runaway_isolation_bench_prints_both_phases_and_the_503() -> None:
    out = run_bench("bench/runaway_isolation.py", "--timeout-s", "0.5", "--clients", "1")
    assert re.search(r"^nothing else running\s+\d+\s+[\d.]+", out, re.M), out
    assert re.search(r"^a runaway running\s+\d+\s+[\d.]+", out, re.M), out
    assert "the runaway was answered HTTP 503 after" in out


def test_pdf_extraction_bench_compares_the_chosen_library_with_the_runner_up() -> None:
    out = run_bench("bench/pdf_extraction.py", "--pages", "3", "--runs", "1")
    assert re.search(r"^pdfplumber \(chosen\)\s+[\d.]+\s+[\d.]+$", out, re.M), out
    assert re.search(r"^pypdfium2 \(runner-up\)\s+[\d.]+\s+-$", out, re.M), out
