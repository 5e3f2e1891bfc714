"""Each named graph as a downloadable file: its bytes per dump format, their sizes, its ETag
and when it last changed, remembered by the hash of the graph's content.

Portals want a size (`dcat:byteSize`), a modification date (`dct:modified`) and HTTP caching
headers (Content-Length, ETag, Last-Modified) for every download, and the catalogue wants
them without reading the whole store on each request. One cheap query
(`graph_fingerprints.rq`) gives every graph's content hash; a graph is serialised again only
when its hash changes. The modification time of a graph is when this process first saw its
present content (the store keeps no write times): stable while the service runs and the
graph is unchanged, and moved forward by every write that changes it. Versions are
remembered by content, not by store, so two stores holding the same graph agree.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import pyoxigraph as ox

from loaders.vocabulary import PREFIXES
from service.catalog.dumps import DUMP_FORMATS, graph_quads
from service.catalog.queries import Select, run

DEFAULT_BYTE_BUDGET = 128 * 1024 * 1024  # serialised graphs kept in memory, all formats
MAX_VERSIONS = 100_000  # graph versions whose size and first sighting are remembered


@dataclass(frozen=True)
class GraphFile:
    """One named graph as the dumps serve it."""

    graph: str
    content_hash: str
    triples: int
    sizes: Mapping[str, int]  # bytes per dump format name ("nquads", "trig")
    modified: datetime  # UTC, whole seconds (what Last-Modified can say)


@dataclass(frozen=True)
class Download:
    """A set of graphs in one format, as one HTTP entity."""

    files: tuple[GraphFile, ...]
    format: str

    @property
    def size(self) -> int:
        return sum(f.sizes[self.format] for f in self.files)

    @property
    def modified(self) -> datetime | None:
        return max((f.modified for f in self.files), default=None)

    @property
    def etag(self) -> str:
        """A strong ETag from the content hashes: the same for the same graphs, whichever
        process or restart serves them."""
        digest = hashlib.sha256(self.format.encode())
        for file in sorted(self.files, key=lambda f: f.graph):
            digest.update(f"\n{file.graph} {file.content_hash}".encode())
        return f'"{DUMP_FORMATS[self.format].extension}-{digest.hexdigest()[:40]}"'


def serialize_graph(quads: list[ox.Quad], format: str) -> bytes:
    """One graph's chunk of a dump (TriG chunks each carry the prefixes: still valid TriG)."""
    rdf_format = DUMP_FORMATS[format].rdf_format
    if rdf_format == ox.RdfFormat.TRIG:
        prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
        return ox.serialize(quads, format=rdf_format, prefixes=prefixes) or b""
    return ox.serialize(quads, format=rdf_format) or b""


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class GraphFiles:
    """The files of the graphs a `select` sees; safe to share between request threads."""

    def __init__(
        self, byte_budget: int = DEFAULT_BYTE_BUDGET, clock: Callable[[], datetime] = _now
    ) -> None:
        self._budget = byte_budget
        self._clock = clock
        self._lock = threading.Lock()
        self._known: dict[tuple[str, str], GraphFile] = {}
        self._bytes: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self._held = 0

    def current(self, select: Select) -> dict[str, GraphFile]:
        """Every non-empty named graph now in the store, by IRI, in IRI order."""
        files: dict[str, GraphFile] = {}
        for row in run(select, "graph_fingerprints"):
            graph, content_hash = row["graph"], row.get("hash", "")
            with self._lock:
                known = self._known.get((graph, content_hash))
            if known is None:
                known = self._read(select, graph, content_hash, int(row.get("triples", "0")))
            files[graph] = known
        return files

    def chunks(self, select: Select, download: Download) -> Iterable[bytes]:
        """The bytes of a download, one chunk per graph."""
        for file in download.files:
            key = (file.graph, file.content_hash, download.format)
            with self._lock:
                chunk = self._bytes.get(key)
                if chunk is not None:
                    self._bytes.move_to_end(key)
            if chunk is None:  # evicted: the graph is read again
                chunk = serialize_graph(graph_quads(select, file.graph), download.format)
                self._keep(key, chunk)
            yield chunk

    def _read(self, select: Select, graph: str, content_hash: str, triples: int) -> GraphFile:
        quads = graph_quads(select, graph)
        chunks = {name: serialize_graph(quads, name) for name in DUMP_FORMATS}
        file = GraphFile(
            graph, content_hash, triples, {n: len(c) for n, c in chunks.items()}, self._clock()
        )
        with self._lock:
            file = self._known.setdefault((graph, content_hash), file)
            while len(self._known) > MAX_VERSIONS:  # the oldest versions are forgotten
                del self._known[next(iter(self._known))]
        for name, chunk in chunks.items():
            self._keep((graph, content_hash, name), chunk)
        return file

    def _keep(self, key: tuple[str, str, str], chunk: bytes) -> None:
        with self._lock:
            if key in self._bytes or len(chunk) > self._budget:
                return
            self._bytes[key] = chunk
            self._held += len(chunk)
            while self._held > self._budget:
                _, dropped = self._bytes.popitem(last=False)
                self._held -= len(dropped)


SHARED = GraphFiles()  # one per process: the same content gets the same modification time
