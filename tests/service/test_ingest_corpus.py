"""Ingest through the real pipeline: the corpus, re-loading, and bad input files."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.manifest import read_manifest
from loaders.resources import corpus_dir
from service.ingest import ingest
from service.settings import Settings
from service.store import EmbeddedStore

pytestmark = pytest.mark.usefixtures("require_pipeline")


@pytest.fixture
def require_pipeline() -> None:
    try:
        import loaders.pipeline  # noqa: F401
    except ImportError as error:  # pragma: no cover - only while the pipeline is being built
        pytest.skip(f"loaders.pipeline not importable yet: {error}")


def document_graphs(store: EmbeddedStore) -> list[str]:
    """The named graphs of documents (not the ontology and thesaurus stored beside them)."""
    return [g for g in store.named_graphs() if "/graph/vocabulary/" not in g]


def write_documents(folder: Path, documents: dict[str, bytes]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, data in documents.items():
        (folder / name).write_bytes(data)
    rows = "".join(f"{name},122173,柏市,千葉県\n" for name in documents)
    (folder / "manifest.csv").write_text(
        "file,municipality_code,municipality,prefecture\n" + rows, encoding="utf-8"
    )
    return folder


def test_every_corpus_document_is_stored(corpus_store: EmbeddedStore) -> None:
    files = [e.file for e in read_manifest(corpus_dir())]
    graphs = document_graphs(corpus_store)
    assert len(graphs) == len(files)
    assert all(any(g.endswith("/" + f) for g in graphs) for f in files)


def test_loading_the_corpus_again_gives_identical_nquads(
    corpus_store: EmbeddedStore, settings: Settings
) -> None:
    again = EmbeddedStore(None)
    ingest([corpus_dir()], again, settings, progress=False)
    assert again.export("nquads") == corpus_store.export("nquads")


def test_reloading_a_document_into_the_same_store_changes_nothing(
    corpus_store: EmbeddedStore, settings: Settings
) -> None:
    store = EmbeddedStore(None)
    document = corpus_dir() / "kawasaki-kihonshisaku-VII-1-2.txt"
    ingest([document], store, settings, progress=False)
    before = store.export("nquads")
    ingest([document], store, settings, progress=False)
    assert store.export("nquads") == before


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["empty", "white-space-only", "binary-garbage"],
)
def test_bad_files_give_one_message_and_leave_the_store_unchanged(
    tmp_path: Path, corpus_store: EmbeddedStore, settings: Settings, data: bytes, problem: str
) -> None:
    store = EmbeddedStore(None)
    ingest([corpus_dir() / "kawasaki-kihonshisaku-VII-1-2.txt"], store, settings, progress=False)
    before = store.export("nquads")
    folder = write_documents(tmp_path / "docs", {"bad.txt": data})
    summary = ingest([folder], store, settings, progress=False)
    assert [(o.file, o.status) for o in summary.outcomes] == [("bad.txt", "failed")]
    message = summary.outcomes[0].message or ""
    assert message.startswith("bad.txt") or message.startswith(str(folder / "bad.txt"))
    assert problem in message
    assert "\n" not in message
    assert store.export("nquads") == before


def test_a_bad_file_does_not_stop_the_good_ones(tmp_path: Path, settings: Settings) -> None:
    good = (corpus_dir() / "kawasaki-kihonshisaku-VII-1-2.txt").read_bytes()
    folder = write_documents(tmp_path / "docs", {"bad.txt": b"", "good.txt": good})
    summary = ingest([folder], EmbeddedStore(None), settings, progress=False)
    assert [o.status for o in summary.outcomes] == ["failed", "loaded"]


def test_a_shift_jis_document_loads_like_its_utf8_original(
    tmp_path: Path, settings: Settings
) -> None:
    original = (corpus_dir() / "kashiwa-chiikizukuri-2017.txt").read_text(encoding="utf-8")
    # the few characters Shift_JIS lacks (•) become "?" in both copies
    text = original.encode("cp932", errors="replace").decode("cp932")
    utf8 = write_documents(tmp_path / "utf8", {"doc.txt": text.encode("utf-8")})
    sjis = write_documents(tmp_path / "sjis", {"doc.txt": text.encode("cp932")})
    stores = []
    for folder in (utf8, sjis):
        store = EmbeddedStore(None)
        summary = ingest([folder], store, settings, progress=False)
        assert [o.status for o in summary.outcomes] == ["loaded"]
        stores.append(store)
    assert stores[0].export("nquads") == stores[1].export("nquads")


def test_shift_jis_text_that_is_not_a_municipal_document_does_not_crash(
    tmp_path: Path, settings: Settings
) -> None:
    letter = "拝啓 皆様いかがお過ごしでしょうか。\n本日は晴天なり。\n敬具\n".encode("cp932")
    folder = write_documents(tmp_path / "docs", {"letter.txt": letter})
    summary = ingest([folder], EmbeddedStore(None), settings, progress=False)
    assert summary.outcomes[0].status in ("loaded", "quarantined")
