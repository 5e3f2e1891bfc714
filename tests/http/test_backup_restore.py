"""`machikg backup DIR` / `machikg restore DIR` (issue 11): a backup restored into a new store
holds every graph as it was, and the default graph (the set-merge of the named graphs), whether
the store was closed or held by a running service."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from service.cli import EXIT_BAD_INPUT, EXIT_OK, main
from service.store import EmbeddedStore
from tests.http.conftest import ADMIN_TOKEN, ServeStore

Contents = dict[str, set[ox.Quad]]


def graph_text(graph: int, subjects: range) -> str:
    """N-Triples for one graph; graphs share subjects, so the merge is not their sum."""
    return "".join(
        f'<http://example.org/s{i}> <http://example.org/p> "値{i}"@ja .\n'
        f"<http://example.org/s{i}> <http://example.org/in> <http://example.org/g{graph}> .\n"
        for i in subjects
    )


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MACHIKG_STORE", raising=False)
    monkeypatch.delenv("MACHIKG_ADMIN_TOKEN", raising=False)
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.write_graphs([
            (f"http://example.org/g{g}", graph_text(g, range(g * 50, g * 50 + 100)))
            for g in range(4)
        ])  # fmt: skip
    return path


def contents(path: Path) -> Contents:
    """Every named graph's quads and the default graph's, keyed by graph ("" = default)."""
    store = ox.Store.read_only(str(path))
    found: Contents = {"": set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))}
    for graph in store.named_graphs():
        found[graph.value] = set(store.quads_for_pattern(None, None, None, graph))
    return found


def test_restored_backup_has_every_graph_and_the_default_graph(
    store_path: Path, tmp_path: Path
) -> None:
    before = contents(store_path)
    assert main(["backup", str(tmp_path / "backup"), "--store", str(store_path)]) == EXIT_OK
    restored = tmp_path / "restored"
    assert main(["restore", str(tmp_path / "backup"), "--store", str(restored)]) == EXIT_OK
    after = contents(restored)
    assert after == before
    assert len(after) == 5
    merged = {(q.subject, q.predicate, q.object) for g, qs in after.items() if g for q in qs}
    assert {(q.subject, q.predicate, q.object) for q in after[""]} == merged


def test_backup_of_a_store_a_service_holds_is_taken_by_the_service(
    store_path: Path, tmp_path: Path, serve_store: ServeStore
) -> None:
    before = contents(store_path)
    with serve_store(store_path):
        code = main(["backup", str(tmp_path / "backup"), "--store", str(store_path),
                     "--token", ADMIN_TOKEN])  # fmt: skip
    assert code == EXIT_OK
    restored = tmp_path / "restored"
    assert main(["restore", str(tmp_path / "backup"), "--store", str(restored)]) == EXIT_OK
    assert contents(restored) == before


def test_backup_through_a_service_needs_its_admin_token(
    store_path: Path, tmp_path: Path, serve_store: ServeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve_store(store_path):
        code = main(["backup", str(tmp_path / "backup"), "--store", str(store_path)])
    assert code == EXIT_BAD_INPUT
    assert "--token" in capsys.readouterr().err
    assert not (tmp_path / "backup").exists()


def test_restore_never_overwrites_a_store(store_path: Path, tmp_path: Path) -> None:
    assert main(["backup", str(tmp_path / "backup"), "--store", str(store_path)]) == EXIT_OK
    with EmbeddedStore(tmp_path / "other") as other:
        other.write_graphs([("http://example.org/kept", graph_text(9, range(3)))])
    code = main(["restore", str(tmp_path / "backup"), "--store", str(tmp_path / "other")])
    assert code == EXIT_BAD_INPUT
    assert set(contents(tmp_path / "other")) == {"", "http://example.org/kept"}


def test_backup_into_an_existing_directory_is_refused(store_path: Path, tmp_path: Path) -> None:
    (tmp_path / "backup").mkdir()
    assert main(["backup", str(tmp_path / "backup"), "--store", str(store_path)]) == EXIT_BAD_INPUT
    assert list((tmp_path / "backup").iterdir()) == []
