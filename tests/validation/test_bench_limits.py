"""bench/validation.py compares CPU time and peak memory with pySHACL stopped at caps: a
child that runs past its CPU cap or its memory cap must come back as stopped (its usage a
lower bound, the ratio "≥"), not as a failure and not as a finished run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "validation.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_validation", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_finished_child_reports_its_cpu_time_and_findings(bench: ModuleType) -> None:
    run = bench.measure(_python(
        "import json,time\n"
        "end = time.process_time() + 0.5\n"
        "while time.process_time() < end: pass\n"
        "print(json.dumps({'conforms': True, 'results': 3, 'peak_mb': 1.0}))"
    ), bench.Limits(cpu_s=30))
    assert run.finished and run.conforms is True and run.results == 3
    assert 0.5 <= run.cpu_s < 5


def test_a_child_past_its_cpu_cap_is_stopped_and_its_ratio_is_a_lower_bound(
    bench: ModuleType,
) -> None:
    run = bench.measure(_python("while True: pass"), bench.Limits(cpu_s=1, wall_s=60))
    assert not run.finished
    assert run.stopped == "did not finish within 1 CPU-s"
    assert run.cpu_s >= 0.5  # the kernel's tick-based account, a little under the cap
    assert bench.ratio(run, run.cpu_s, run.cpu_s / 12).startswith("≥ 12.")


def test_a_child_past_its_memory_cap_is_stopped(bench: ModuleType) -> None:
    run = bench.measure(_python("x = bytearray(2 * 2**30)"),
                        bench.Limits(cpu_s=30, memory_bytes=512 * 2**20))
    assert not run.finished and run.stopped is not None
    assert run.stopped.startswith("out of memory")


def test_a_child_that_fails_otherwise_is_an_error(bench: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        bench.measure(_python("raise SystemExit('boom')"), bench.Limits(cpu_s=30))
