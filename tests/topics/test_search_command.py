"""`machikg search` on a store directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.resources import corpus_dir


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from loaders.manifest import read_manifest
    from loaders.pipeline import load_document
    from service.store import EmbeddedStore

    path = tmp_path_factory.mktemp("store")
    store = EmbeddedStore(path)
    for entry in read_manifest(corpus_dir()):
        document = load_document(entry, base="https://w3id.org/machikg")
        store.replace_graph(str(document.graph_iri), document.graph)
    store.close()
    return path


def run(args: list[str]) -> int:
    from service.cli import main

    return main(args)


def test_search_prints_json_hits(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["search", "コミュニティー", "--store", str(store_dir), "--format", "json"])
    assert code == 0
    hits = json.loads(capsys.readouterr().out)
    assert "地域コミュニティ施策の推進" in [h["label"] for h in hits]


def test_search_filters(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["search", "事業", "--store", str(store_dir), "--format", "json",
            "--municipality", "122173", "--fiscal-year", "2017", "--kind", "project"]  # fmt: skip
    assert run(args) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and {(h["municipality_code"], h["fiscal_year"]) for h in hits} == {("122173", 2017)}


def test_search_table_output(
    store_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    assert run(["search", "防災", "--store", str(store_dir), "--format", "table"]) == 0
    assert "防災対策事業" in capsys.readouterr().out


def test_bad_topic_is_exit_2_with_a_message(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["search", "防災", "--store", str(store_dir), "--topic", "ないテーマ"])
    assert code == 2
    assert "topic: no theme named 'ないテーマ'" in capsys.readouterr().err


def test_missing_store_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["search", "防災", "--store", str(tmp_path / "none")]) == 2
    assert "does not exist yet" in capsys.readouterr().err
