"""Ingest workers (issue 10): they yield the CPU to the one writer, whose batch write is the
pipeline's serial step, and keep the garbage collector off the warm state every document
reads (shapes, thesaurus, dictionary)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from service import ingest_pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_a_started_worker_runs_below_the_writer_with_its_warm_state_frozen() -> None:
    code = (
        "import gc, os\n"
        "from service.ingest_pipeline import WORKER_GC_THRESHOLD, start_worker\n"
        "before = os.nice(0)\n"
        "start_worker()\n"
        "print(os.nice(0) - before, gc.get_freeze_count() > 0,"
        " gc.get_threshold() == WORKER_GC_THRESHOLD)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    niceness, frozen, threshold = done.stdout.split()
    assert int(niceness) > 0
    assert frozen == threshold == "True"


class _Started(Exception):
    pass


def test_the_pool_starts_its_workers_with_start_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def pool(*args: object, **kwargs: object) -> None:
        seen.update(kwargs)
        raise _Started

    monkeypatch.setattr(ingest_pipeline, "ProcessPoolExecutor", pool)
    jobs = [object()] * 8
    with pytest.raises(_Started):
        list(ingest_pipeline.results(jobs, base="b", quarantine_dir=Path("q"), workers=2))  # type: ignore[arg-type]
    assert seen["initializer"] is ingest_pipeline.start_worker
