"""The synthetic national corpus (bench/generate.py): valid, deterministic, and read right.

The benchmarks run on this corpus at national size; its gold file says what every document
states, so `machikg score` on a small generated corpus is an accuracy check at scale.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from loaders.lg_code import is_valid_lg_code
from loaders.manifest import read_manifest
from loaders.resources import queries_dir
from service.ingest import ingest
from service.scoring import load_gold, score_all
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[2]


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_ones(tmp_path: Path) -> None:
    generate = generator().generate
    generate(tmp_path / "a", 5, 2, seed=11)
    generate(tmp_path / "b", 5, 2, seed=11)
    generate(tmp_path / "c", 5, 2, seed=12)
    assert files(tmp_path / "a") == files(tmp_path / "b") != files(tmp_path / "c")


def test_a_national_size_manifest_has_distinct_valid_codes_in_47_prefectures(
    tmp_path: Path,
) -> None:
    cities = generator().municipalities(1741, random.Random(1))
    assert len({c.code for c in cities}) == 1741
    assert all(is_valid_lg_code(c.code) for c in cities)
    assert len({c.prefecture for c in cities}) == 47


def test_every_layout_is_written_and_the_manifest_reads(tmp_path: Path) -> None:
    docs = generator().generate(tmp_path, 12, 4, seed=1)
    assert {d.layout for d in docs} == set(generator().LAYOUTS)
    assert len(read_manifest(tmp_path)) == 48


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, Any]:
    corpus = tmp_path_factory.mktemp("generated")
    generator().generate(corpus, 2, 4, seed=5)
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=corpus / "quarantine"
    )
    store = EmbeddedStore(None)
    assert ingest([corpus], store, settings, progress=False, workers=1).loaded == 8

    def run(path: str, bindings: Mapping[str, str]) -> list[dict[str, Any]]:
        return list(store.select(Path(path).read_text(encoding="utf-8"), bindings=dict(bindings)))

    tables, _ = score_all(load_gold(corpus / "gold.json"), run, queries_dir())
    return {t.table: t for t in tables}


@pytest.mark.parametrize("table", list(generator().GOLD_COLUMNS))
def test_the_contract_queries_return_exactly_the_generated_facts(
    scores: Mapping[str, Any], table: str
) -> None:
    score = scores[table]
    assert (score.missed, score.unmatched) == ((), ())
