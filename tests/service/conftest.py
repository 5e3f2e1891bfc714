"""Shared fixtures for the store, ingest, validation and CLI tests.

`fake_loader` stands in for `loaders.pipeline.load_document` so ingest can be tested on graphs
made here (e.g. one that breaks a shape); `corpus_store` ingests the real corpus once per
session through the real pipeline.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, XSD

from loaders.manifest import ManifestEntry
from loaders.resources import corpus_dir
from loaders.text.errors import DocumentError
from service.settings import Settings
from service.store import EmbeddedStore

MK = rdflib.Namespace("https://w3id.org/machikg/ontology#")
BASE = "https://example.org/machikg"
MANIFEST_HEADER = "file,municipality_code,municipality,prefecture\n"


@dataclass
class FakeLoaded:
    entry: ManifestEntry
    graph_iri: str
    graph: rdflib.Graph


def make_budget_graph(code: str, file: str, amount: int) -> rdflib.Graph:
    """A tiny document graph: one municipality and one budget of `amount` yen."""
    graph = rdflib.Graph()
    city = rdflib.URIRef(f"{BASE}/id/{code}")
    budget = rdflib.URIRef(f"{BASE}/id/{code}/budget/2017/{file}/general")
    graph.add((city, RDF.type, MK.Municipality))
    graph.add((city, RDFS.label, rdflib.Literal("架空市", lang="ja")))
    graph.add((budget, RDF.type, MK.Budget))
    graph.add((budget, RDFS.label, rdflib.Literal("一般会計予算", lang="ja")))
    graph.add((budget, MK.amount, rdflib.Literal(amount, datatype=XSD.integer)))
    return graph


def graph_iri_of(entry: ManifestEntry) -> str:
    return f"{BASE}/graph/{entry.municipality_code}/{entry.file}"


def make_amount_loader(amounts: dict[str, int]) -> Callable[..., FakeLoaded]:
    """A loader giving each listed file a budget graph; unlisted files fail like bad input."""

    def load(entry: ManifestEntry, *, base: str) -> FakeLoaded:
        if entry.file not in amounts:
            raise DocumentError(entry.file, "not a document the fake loader knows")
        graph = make_budget_graph(entry.municipality_code, entry.file, amounts[entry.file])
        return FakeLoaded(entry, graph_iri_of(entry), graph)

    return load


@pytest.fixture
def budget_graph() -> Callable[[str, str, int], rdflib.Graph]:
    """Makes a tiny document graph: budget_graph(code, file, amount)."""
    return make_budget_graph


@pytest.fixture
def amount_loader() -> Callable[[dict[str, int]], Callable[..., FakeLoaded]]:
    """Makes a fake loader: amount_loader({"a.txt": 100}) gives a.txt a budget of 100 yen."""
    return make_amount_loader


@pytest.fixture
def unused_port() -> int:
    return free_port()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        store_path=None,
        base=BASE,
        admin_token=None,
        query_timeout_s=5.0,
        max_upload_bytes=1_000_000,
        quarantine_dir=tmp_path / "quarantine",
    )


@pytest.fixture
def store() -> Iterator[EmbeddedStore]:
    memory = EmbeddedStore(None)
    yield memory
    memory.close()


@pytest.fixture
def document_dir(tmp_path: Path) -> Path:
    """Three small documents of an invented city, with their manifest."""
    folder = tmp_path / "docs"
    folder.mkdir()
    rows = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"{name} 令和5年度 福祉部の運営方針\n", encoding="utf-8")
        rows.append(f"{name},122173,柏市,千葉県\n")
    (folder / "manifest.csv").write_text(MANIFEST_HEADER + "".join(rows), encoding="utf-8")
    return folder


def pipeline_available() -> bool:
    try:
        import loaders.pipeline  # noqa: F401
    except ImportError:
        return False
    return True


needs_pipeline = pytest.mark.skipif(
    not pipeline_available(), reason="loaders.pipeline (and the parsers) not importable yet"
)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The real corpus, ingested once through the real pipeline into an in-memory store."""
    if not pipeline_available():
        pytest.skip("loaders.pipeline (and the parsers) not importable yet")
    from service.ingest import ingest

    quarantine = tmp_path_factory.mktemp("corpus-quarantine")
    settings = Settings(None, BASE, None, 5.0, 1_000_000, quarantine)
    memory = EmbeddedStore(None)
    summary = ingest([corpus_dir()], memory, settings, progress=False)
    assert summary.failed == 0, [o.message for o in summary.outcomes]
    yield memory
    memory.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `oxigraph serve` on a free loopback port; yields its base URL."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph CLI (PyPI package oxigraph) is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("oxigraph serve did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


MACHIKG_TOKEN = "test-admin-token"


@pytest.fixture(scope="session")
def machikg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `machikg serve` (in-memory store, admin token MACHIKG_TOKEN); yields its URL."""
    try:
        from service.http.server import running
    except ImportError as error:  # pragma: no cover - only while service.http is being built
        pytest.skip(f"service.http.server not importable yet: {error}")
    quarantine = tmp_path_factory.mktemp("served-quarantine")
    settings = Settings(None, BASE, MACHIKG_TOKEN, 10.0, 50_000_000, quarantine)
    with running(settings) as url:
        yield url
