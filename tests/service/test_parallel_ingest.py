"""Ingest on every core: worker processes, one writer, batches, and re-runs that skip.

The corpus is a small generated one (bench/generate.py: 2 municipalities × 3 documents in
varied layouts), so the worker pool has more documents than workers.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox
import pytest

from service import ingest_pipeline
from service.ingest import ingest
from service.settings import Settings
from service.store import EmbeddedStore, RemoteEndpoints, RemoteStore

ROOT = Path(__file__).resolve().parents[2]
CHECKSUM = ox.NamedNode(ingest_pipeline.CHECKSUM)
DOCUMENTS = 6  # 2 municipalities × 3: more than two workers take at once


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    generator().generate(tmp_path / "corpus", 2, 3, seed=3)
    return tmp_path / "corpus"


def ingested(corpus: Path, settings: Settings, **options: object) -> EmbeddedStore:
    store = EmbeddedStore(None)
    summary = ingest([corpus], store, settings, progress=False, **options)  # type: ignore[arg-type]
    assert summary.loaded == DOCUMENTS, summary
    return store


def test_two_workers_store_exactly_what_one_process_stores(
    corpus: Path, settings: Settings
) -> None:
    one = ingested(corpus, settings, workers=1)
    two = ingested(corpus, settings, workers=2, batch_size=5)
    assert two.export("nquads") == one.export("nquads")


def test_reingesting_an_unchanged_corpus_parses_nothing_and_keeps_the_dump_byte_identical(
    corpus: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ingested(corpus, settings, workers=1)
    before = store.export("nquads")

    def must_not_parse(*args: object) -> None:
        raise AssertionError("an unchanged document was parsed")

    monkeypatch.setattr(ingest_pipeline, "process", must_not_parse)
    summary = ingest([corpus], store, settings, progress=False, workers=1)
    assert (summary.unchanged, summary.loaded, summary.vocabularies) == (DOCUMENTS, 0, [])
    assert store.export("nquads") == before


def test_a_changed_document_is_replaced_exactly(corpus: Path, settings: Settings) -> None:
    store = ingested(corpus, settings, workers=1)
    changed = sorted(corpus.glob("*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("のあらまし", "のあらまし(改訂)"), encoding="utf-8")
    summary = ingest([corpus], store, settings, progress=False, workers=1)
    assert (summary.loaded, summary.unchanged) == (1, DOCUMENTS - 1)
    assert store.export("nquads") == ingested(corpus, settings, workers=1).export("nquads")


def test_force_reads_unchanged_documents_again(corpus: Path, settings: Settings) -> None:
    store = ingested(corpus, settings, workers=1)
    summary = ingest([corpus], store, settings, progress=False, workers=1, force=True)
    assert (summary.loaded, summary.unchanged) == (DOCUMENTS, 0)


def test_the_default_graph_stays_the_merge_of_the_document_graphs(
    corpus: Path, settings: Settings
) -> None:
    store = ingested(corpus, settings, workers=2, batch_size=4)
    merged = store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    )
    default = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert default[0]["n"] == merged[0]["n"]


def test_an_ingest_into_oxigraph_serve_stores_what_an_embedded_ingest_stores(
    corpus: Path, settings: Settings, oxigraph_server: str
) -> None:
    remote = RemoteStore(oxigraph_server, endpoints=RemoteEndpoints.oxigraph(oxigraph_server))
    for graph in remote.named_graphs():
        remote.remove_graph(graph)
    summary = ingest([corpus], remote, settings, progress=False, workers=1, batch_size=4)
    assert summary.loaded == DOCUMENTS
    assert remote.export("nquads") == ingested(corpus, settings, workers=1).export("nquads")
    remote.close()


KILLED_INGEST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from service.ingest import ingest
    from service.settings import DEFAULT_BASE, from_env
    from service.store import EmbeddedStore, RemoteEndpoints, RemoteStore

    corpus, path = Path(sys.argv[1]), Path(sys.argv[2])
    store = EmbeddedStore(path)
    write = store.write_graphs

    def announced(graphs):
        write(graphs)
        print("written", flush=True)

    store.write_graphs = announced
    settings = from_env({"MACHIKG_STORE": str(path)}).with_(
        base=DEFAULT_BASE, quarantine_dir=path.parent / "quarantine"
    )
    ingest([corpus], store, settings, progress=False, workers=2, batch_size=1)
    print("finished", flush=True)
    """
)


def graph_triples(store: ox.Store, graph: ox.NamedNode) -> set[tuple[str, str, str]]:
    """A graph's triples, without its checksum (the pipeline may change between runs)."""
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None, graph)
        if q.predicate != CHECKSUM
    }


def test_sigkill_during_a_parallel_ingest_leaves_each_document_graph_complete_or_absent(
    corpus: Path, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "killed" / "store"
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_INGEST, str(corpus), str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the workers die with it
    )
    assert process.stdout is not None
    lines = [process.stdout.readline(), process.stdout.readline()]
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert lines == ["written\n", "written\n"]

    complete = ingested(corpus, settings.with_(base="https://w3id.org/machikg"), workers=1)
    reference = ox.Store()
    reference.load(complete.export("nquads"), format=ox.RdfFormat.N_QUADS)
    killed = ox.Store(str(path))
    documents = [g for g in killed.named_graphs() if "/graph/vocabulary/" not in g.value]
    assert documents
    for graph in documents:
        assert graph_triples(killed, graph) == graph_triples(reference, graph), graph
    named = {
        (q.subject, q.predicate, q.object)
        for q in killed
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }
    default = set(killed.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert {(q.subject, q.predicate, q.object) for q in default} == named
