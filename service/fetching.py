"""Download a city's documents into a corpus folder with its manifest (`machikg fetch`).

Politely: one request at a time, a pause between two requests to the same host, robots.txt
honoured, a User-Agent that names machikg, a size limit; resumable, because a URL already in
the folder's manifest.csv with its file present is not fetched again. Each URL's outcome is
reported on its own: a 404 or a timeout never stops the rest.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import re
import time
import urllib.parse
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx

from loaders.formats import DATA_FILE_SUFFIXES
from loaders.manifest import MANIFEST_NAME

USER_AGENT = "machikg/0.1 (municipal policy knowledge graph; +https://w3id.org/machikg)"
MAX_BYTES = 20_000_000
COLUMNS = ("file", "municipality_code", "municipality", "prefecture", "url", "retrieved")
_SUFFIXES = {
    "application/pdf": ".pdf",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "text/tab-separated-values": ".tsv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    # data files the reader renders as text (loaders.formats: JSON, YAML, XML, iCalendar)
    "application/json": ".json",
    "application/geo+json": ".json",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/yaml": ".yaml",
    "application/x-yaml": ".yaml",
    "text/yaml": ".yaml",
    "text/calendar": ".ics",
}
_KNOWN = frozenset(_SUFFIXES.values()) | {".xlsm", ".htm"} | DATA_FILE_SUFFIXES
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

Status = Literal["fetched", "skipped", "failed"]


@dataclass
class FetchOutcome:
    url: str
    status: Status
    file: str | None = None
    message: str = ""


@dataclass
class FetchSettings:
    municipality_code: str
    municipality: str
    prefecture: str | None = None
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 30.0
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


def read_url_list(path: Path) -> list[str]:
    """One URL a line; blank lines and # comments are skipped."""
    urls = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls


def file_name(url: str, content_type: str | None) -> str:
    """A stable, safe file name: the URL's last path segment and a short hash of the URL."""
    path = urllib.parse.urlsplit(url).path
    last = Path(urllib.parse.unquote(path.rstrip("/").rsplit("/", 1)[-1] or "index"))
    stem, suffix = last.stem, last.suffix.lower()
    if suffix not in _KNOWN:
        kind = (content_type or "").split(";")[0].strip().lower()
        suffix = _SUFFIXES.get(kind, ".html")
    safe = _UNSAFE.sub("-", stem).strip("-")[:60] or "document"
    return f"{safe}-{hashlib.sha256(url.encode()).hexdigest()[:8]}{suffix}"


class _Manifest:
    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.rows: list[dict[str, str]] = []
        if self.path.is_file():
            with self.path.open(encoding="utf-8-sig", newline="") as f:
                self.rows = [dict(r) for r in csv.DictReader(f)]

    def fetched(self, url: str, folder: Path) -> str | None:
        for row in self.rows:
            if row.get("url") == url and (folder / row.get("file", "")).is_file():
                return row["file"]
        return None

    def add(self, row: dict[str, str]) -> None:
        self.rows = [r for r in self.rows if r.get("file") != row["file"]] + [row]
        columns = list(COLUMNS) + [c for r in self.rows for c in r if c not in COLUMNS]
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(dict.fromkeys(columns)))
            writer.writeheader()
            writer.writerows(self.rows)
        tmp.replace(self.path)


class Fetcher:
    """Fetches URLs one at a time, pausing between requests to the same host."""

    def __init__(self, settings: FetchSettings, client: httpx.Client | None = None) -> None:
        self.settings = settings
        self.client = client or httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=settings.timeout,
            follow_redirects=True,
        )
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.last: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def _wait(self, host: str) -> None:
        if host in self.last:
            pause = self.settings.delay - (time.monotonic() - self.last[host])
            if pause > 0:
                self.settings.sleep(pause)
        self.last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            self._wait(parts.netloc)
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                answer = self.client.get(f"{origin}/robots.txt")
                if answer.status_code == httpx.codes.OK:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(answer.text.splitlines())
                elif answer.status_code in (401, 403):
                    parser = urllib.robotparser.RobotFileParser()
                    parser.disallow_all = True
            except httpx.HTTPError:
                parser = None  # no robots.txt to be had: nothing is disallowed
            self.robots[origin] = parser
        parser = self.robots[origin]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def download(self, url: str) -> tuple[bytes, str | None]:
        """The body (at most max_bytes) and its content type; raises httpx errors or
        ValueError for a body over the limit."""
        self._wait(urllib.parse.urlsplit(url).netloc)
        with self.client.stream("GET", url) as response:
            response.raise_for_status()
            declared = int(response.headers.get("content-length") or 0)
            if declared > self.settings.max_bytes:
                raise ValueError(f"too large: {declared} bytes, limit {self.settings.max_bytes}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > self.settings.max_bytes:
                    raise ValueError(f"too large: over the limit of {self.settings.max_bytes}"
                                     " bytes")  # fmt: skip
            return bytes(body), response.headers.get("content-type")


def fetch(urls: list[str], folder: Path, settings: FetchSettings,
          *, fetcher: Fetcher | None = None) -> list[FetchOutcome]:  # fmt: skip
    """Fetch each URL into `folder` and list it in its manifest.csv; one outcome per URL."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = _Manifest(folder)
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    outcomes: list[FetchOutcome] = []
    try:
        for url in urls:
            outcomes.append(_fetch_one(url, folder, manifest, fetcher, settings))
    finally:
        if own:
            fetcher.close()
    return outcomes


def _fetch_one(url: str, folder: Path, manifest: _Manifest, fetcher: Fetcher,
               settings: FetchSettings) -> FetchOutcome:  # fmt: skip
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        return FetchOutcome(url, "failed", message="not an http(s) URL")
    done = manifest.fetched(url, folder)
    if done:
        return FetchOutcome(url, "skipped", done, "already fetched")
    try:
        if not fetcher.allowed(url):
            return FetchOutcome(url, "skipped", message="disallowed by robots.txt")
        body, content_type = fetcher.download(url)
    except httpx.HTTPStatusError as error:
        return FetchOutcome(url, "failed", message=f"HTTP {error.response.status_code}")
    except httpx.TimeoutException:
        return FetchOutcome(url, "failed", message=f"timed out after {settings.timeout:g} s")
    except httpx.HTTPError as error:
        return FetchOutcome(url, "failed", message=f"{type(error).__name__}: {error}")
    except ValueError as error:
        return FetchOutcome(url, "failed", message=str(error))
    name = file_name(url, content_type)
    (folder / name).write_bytes(body)
    retrieved = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    manifest.add({
        "file": name, "municipality_code": settings.municipality_code,
        "municipality": settings.municipality, "prefecture": settings.prefecture or "",
        "url": url, "retrieved": retrieved,
    })  # fmt: skip
    return FetchOutcome(url, "fetched", name, f"{len(body)} bytes")
