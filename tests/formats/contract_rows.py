"""Test helper: the contract queries' rows for a folder of documents ingested in memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loaders.resources import queries_dir
from service.ingest import IngestSummary, ingest
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

TABLES = (
    "documents", "projects", "organizations", "staff", "budgets", "policies", "initiatives",
    "facilities", "indicators", "evaluations",
)  # fmt: skip


def write_manifest(folder: Path, rows: list[tuple[str, str, str, str]]) -> None:
    lines = ["file,municipality_code,municipality,prefecture"]
    lines += [",".join(row) for row in rows]
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def ingest_folder(folder: Path) -> tuple[IngestSummary, EmbeddedStore]:
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=folder / "quarantine"
    )
    store = EmbeddedStore(None)
    return ingest([folder], store, settings, progress=False), store


def contract_rows(folder: Path, *, same_as: dict[str, str]) -> dict[str, set[tuple[Any, ...]]]:
    """Every contract table's rows; file names in `same_as` are replaced (x.pdf → x.txt) so
    two renderings of one document compare equal, and graph IRIs holding them likewise."""
    summary, store = ingest_folder(folder)
    assert summary.failed == summary.quarantined == 0, summary
    found: dict[str, set[tuple[Any, ...]]] = {}
    try:
        for table in TABLES:
            result = store.select((queries_dir() / f"{table}.rq").read_text(encoding="utf-8"))
            found[table] = {
                tuple(_same(row[column], same_as) for column in result.variables)
                for row in result
            }
    finally:
        store.close()
    return found


def _same(value: Any, same_as: dict[str, str]) -> Any:
    if isinstance(value, str):
        for name, other in same_as.items():
            value = value.replace(name, other)
    return value
