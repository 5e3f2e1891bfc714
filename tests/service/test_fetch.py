"""`machikg fetch` against a local server (loopback only): robots.txt, errors per URL,
resuming, and the URL and retrieval time kept in the graph (issue 14)."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from loaders.resources import corpus_dir
from service.cli import main
from service.fetching import FetchSettings, fetch
from service.ingest import ingest
from service.settings import DEFAULT_BASE, from_env
from service.store import EmbeddedStore

DOC = (corpus_dir() / "kawasaki-kihonshisaku-VII-1-2.txt").read_bytes()
CITY = ("141305", "川崎市", "神奈川県")


class _Site(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]]  # (path, user agent), set per server

    def do_GET(self) -> None:
        self.requests.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path in ("/plan/doc.txt", "/private/doc.txt"):
            self._send(200, DOC, "text/plain; charset=utf-8")
        elif self.path == "/slow.txt":
            time.sleep(1.5)
            self._send(200, DOC, "text/plain")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    seen: list[tuple[str, str]] = []
    handler = type("Site", (_Site,), {"requests": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _settings() -> FetchSettings:
    return FetchSettings(*CITY, delay=0.01, timeout=0.5)


def _urls(base: str) -> list[str]:
    return [f"{base}/plan/doc.txt", f"{base}/private/doc.txt", f"{base}/missing.txt",
            f"{base}/slow.txt"]  # fmt: skip


def test_each_url_gets_its_own_outcome(site: tuple[str, list], tmp_path: Path) -> None:
    base, _ = site
    outcomes = fetch(_urls(base), tmp_path, _settings())
    assert [(o.status, o.message) for o in outcomes][1:] == [
        ("skipped", "disallowed by robots.txt"), ("failed", "HTTP 404"),
        ("failed", "timed out after 0.5 s"),
    ]  # fmt: skip
    assert outcomes[0].status == "fetched"
    assert (tmp_path / str(outcomes[0].file)).read_bytes() == DOC


def test_robots_disallowed_paths_are_never_requested(site: tuple[str, list],
                                                     tmp_path: Path) -> None:  # fmt: skip
    base, seen = site
    fetch(_urls(base), tmp_path, _settings())
    paths = [path for path, _ in seen]
    assert "/private/doc.txt" not in paths and paths[0] == "/robots.txt"
    assert all("machikg" in agent for _, agent in seen)


def test_the_manifest_lists_the_file_with_its_url(site: tuple[str, list], tmp_path: Path) -> None:
    base, _ = site
    fetch(_urls(base)[:1], tmp_path, _settings())
    with (tmp_path / "manifest.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["municipality_code"], r["municipality"], r["prefecture"], r["url"])
            for r in rows] == [(*CITY, f"{base}/plan/doc.txt")]  # fmt: skip
    assert rows[0]["retrieved"]


def test_a_rerun_fetches_nothing_new(site: tuple[str, list], tmp_path: Path) -> None:
    base, seen = site
    fetch(_urls(base)[:1], tmp_path, _settings())
    before = len(seen)
    again = fetch(_urls(base)[:1], tmp_path, _settings())
    assert [o.status for o in again] == ["skipped"] and len(seen) == before


def test_a_file_over_the_size_limit_is_not_kept(site: tuple[str, list], tmp_path: Path) -> None:
    base, _ = site
    settings = FetchSettings(*CITY, delay=0, timeout=5, max_bytes=100)
    [outcome] = fetch([f"{base}/plan/doc.txt"], tmp_path, settings)
    assert outcome.status == "failed" and "too large" in outcome.message


def test_the_command_writes_a_folder_ingest_reads_with_source_and_time(
    site: tuple[str, list], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# the city's pages\n{base}/plan/doc.txt\n", encoding="utf-8")
    folder = tmp_path / "corpus"
    code = main(["fetch", str(urls), "--into", str(folder), "--municipality-code", CITY[0],
                 "--municipality", CITY[1], "--prefecture", CITY[2], "--delay", "0"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    settings = from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=tmp_path / "q"
    )
    store = EmbeddedStore(None)
    try:
        assert ingest([folder], store, settings, progress=False).loaded == 1
        [row] = list(store.select(
            "PREFIX mk: <https://w3id.org/machikg/ontology#> "
            "PREFIX dct: <http://purl.org/dc/terms/> "
            "SELECT ?url ?when WHERE { ?d a mk:SourceDocument ; dct:source ?url ;"
            " mk:retrievedAt ?when }"))  # fmt: skip
    finally:
        store.close()
    assert str(row["url"]).endswith("/plan/doc.txt")
    assert str(row["when"])[:4].isdigit()
