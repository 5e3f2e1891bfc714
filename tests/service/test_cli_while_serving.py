"""`machikg query/search/export` while `machikg serve` holds the store (the README's session).

A real `machikg serve` runs as a child process over an on-disk copy of the corpus; the
commands run in-process through `service.cli.main`, exactly as a user would type them.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from service.cli import main
from service.http.server import free_port
from service.search.index import SearchIndex, documents_query
from service.service_file import running_service, service_file
from service.store import EmbeddedStore

LABELS = (
    "SELECT ?doc ?title WHERE { ?doc a <https://w3id.org/machikg/ontology#SourceDocument> ;"
    " <http://purl.org/dc/terms/title> ?title } ORDER BY ?doc"
)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MACHIKG_QUARANTINE", str(tmp_path / "quarantine"))
    monkeypatch.delenv("MACHIKG_STORE", raising=False)
    monkeypatch.delenv("MACHIKG_ADMIN_TOKEN", raising=False)


def store_on_disk(directory: Path, nquads: bytes) -> Path:
    disk = ox.Store(str(directory))
    disk.load(nquads, format=ox.RdfFormat.N_QUADS)
    disk.flush()
    del disk
    gc.collect()
    return directory


@pytest.fixture(scope="module")
def snapshot(corpus_store: EmbeddedStore) -> bytes:
    """The corpus as this module found it (other modules may add to the shared store)."""
    return corpus_store.export("nquads")


@pytest.fixture(scope="module")
def local_copy(
    snapshot: bytes, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EmbeddedStore]:
    """The same data as the served store, opened here: what the answers must match."""
    store = EmbeddedStore(store_on_disk(tmp_path_factory.mktemp("copy") / "store", snapshot))
    yield store
    store.close()


@pytest.fixture(scope="module")
def served_store(snapshot: bytes, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The corpus in a store directory held by a running `machikg serve` (no admin token)."""
    store_dir = store_on_disk(tmp_path_factory.mktemp("served") / "store", snapshot)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "MACHIKG_ADMIN_TOKEN"}
    log = store_dir.parent / "serve.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--store", str(store_dir), "--port",
             str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
        )
    try:
        deadline = time.monotonic() + 60
        while running_service(store_dir) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"machikg serve did not start: {log.read_text()!r}")
            time.sleep(0.1)
        yield store_dir
    finally:
        process.terminate()
        process.wait(30)
    assert running_service(store_dir) is None  # the service removed its file on the way out


def test_serve_names_its_url_beside_the_store(served_store: Path) -> None:
    url = running_service(served_store)
    assert url is not None and url.startswith("http://127.0.0.1:")
    assert service_file(served_store).parent == served_store.parent


def test_query_goes_through_the_running_service(
    served_store: Path, local_copy: EmbeddedStore, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["query", LABELS, "--store", str(served_store), "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = [{k: str(v) for k, v in row.items()} for row in local_copy.select(LABELS)]
    assert rows == expected and len(rows) == 5


def test_query_with_an_explicit_endpoint_binds_parameters(
    served_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = running_service(served_store)
    assert url is not None
    query = "SELECT ?name WHERE { BIND(?who AS ?name) }"
    code = main(["query", query, "--endpoint", url, "--bind", "who=柏市", "--format", "json"])
    body = json.loads(capsys.readouterr().out)
    assert code == 0
    assert body["results"]["bindings"] == [{"name": {"type": "literal", "value": "柏市"}}]


def test_construct_through_the_service_prints_n_triples(
    served_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = (
        "CONSTRUCT { ?doc a ?type } WHERE { ?doc a ?type ;"
        " <http://purl.org/dc/terms/title> ?t . FILTER(STRENDS(STR(?type), 'SourceDocument')) }"
    )
    code = main(["query", query, "--store", str(served_store), "--format", "csv"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    assert len(lines) == 5 and all(line.endswith(" .") for line in lines)


def test_search_goes_through_the_running_service(
    served_store: Path, local_copy: EmbeddedStore, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["search", "コミュニティ", "--store", str(served_store), "--format", "json"])
    hits = json.loads(capsys.readouterr().out)
    assert code == 0
    local = SearchIndex.from_rows(local_copy.select(documents_query())).search("コミュニティ")
    assert hits and [hit["iri"] for hit in hits] == [hit.iri for hit in local]


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle"])
def test_export_goes_through_the_running_service(
    fmt: str, served_store: Path, local_copy: EmbeddedStore, tmp_path: Path
) -> None:
    out = tmp_path / f"dump.{fmt}"
    code = main(["export", "--store", str(served_store), "--format", fmt, "-o", str(out)])
    assert code == 0
    rdf_format = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "turtle": ox.RdfFormat.TURTLE}[fmt]
    exported = set(ox.parse(out.read_bytes(), format=rdf_format))
    expected = set(ox.parse(local_copy.export(fmt), format=rdf_format))
    assert exported == expected


def test_a_held_store_without_a_service_names_the_endpoint_option(
    served_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service_file(served_store).rename(tmp_path / "moved")
    try:
        code = main(["query", LABELS, "--store", str(served_store)])
    finally:
        (tmp_path / "moved").rename(service_file(served_store))
    assert code == 3
    assert "--endpoint URL" in capsys.readouterr().err


def test_ingest_with_a_token_to_a_read_only_service_says_it_is_read_only(
    served_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "doc.txt"
    document.write_text("川崎市の事業\n", encoding="utf-8")
    url = running_service(served_store)
    assert url is not None
    main(["ingest", str(document), "--endpoint", url, "--token", "SECRET", "--no-progress",
          "--municipality-code", "141305", "--municipality", "川崎市"])
    error = capsys.readouterr().err
    assert "HTTP 403" in error and "read-only" in error
    assert "give the admin token with --token" not in error
