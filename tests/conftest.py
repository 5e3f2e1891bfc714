"""Fixtures shared across the suite: the bundled corpus ingested once into a memory store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from loaders.resources import corpus_dir, queries_dir
from service.ingest import ingest
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

GOLD = Path(__file__).parent / "data" / "gold-seeds.json"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The bundled corpus, ingested (validated) into an in-memory store, once per session."""
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=tmp_path_factory.mktemp("quarantine")
    )
    store = EmbeddedStore(None)
    summary = ingest([corpus_dir()], store, settings, progress=False)
    assert summary.loaded == 5, summary
    yield store
    store.close()


ContractQuery = Callable[..., list[dict[str, Any]]]


@pytest.fixture(scope="session")
def contract_query(corpus_store: EmbeddedStore) -> ContractQuery:
    """Run `queries/<name>.rq` on the corpus store, with `--bind`-style string bindings."""

    def run(query: str, /, **bindings: str) -> list[dict[str, Any]]:
        text = (queries_dir() / f"{query}.rq").read_text(encoding="utf-8")
        return list(corpus_store.select(text, bindings=bindings or None))

    return run
