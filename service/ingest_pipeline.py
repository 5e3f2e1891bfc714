"""Ingest at machine speed: parse and validate in worker processes, one writer, batched writes.

Reading, parsing and SHACL validation (the compiled shapes, `service.shacl.documents`) are
pure CPU work per document, so they run in a pool of worker processes; the parent is the only
writer and stores the results in batches, one atomic write each, so a killed ingest leaves
every document graph complete or absent. Each stored graph carries the checksum of what it
was made from (`mk:sourceChecksum`: the document's text, its manifest row, the base IRI and a
fingerprint of the reading pipeline), so a re-run reads each file's bytes but parses only
what changed. At most a few batches of documents are in flight, so memory does not grow with
the corpus.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
import rdflib

from loaders.manifest import ManifestEntry
from loaders.minting import Minter
from loaders.resources import ontology_dir, shapes_dir
from loaders.text.document_text import decode_document
from loaders.text.errors import DocumentError
from loaders.vocabulary import MK
from service import default_graph
from service.store import Store, StoreError
from service.validation import ShapesError

if TYPE_CHECKING:
    from loaders.to_rdf import TripleSet

CHECKSUM = str(MK.sourceChecksum)
_CHECKSUM_NODE = ox.NamedNode(CHECKSUM)
_CHECKSUMS = (
    f"SELECT ?g ?c WHERE {{ GRAPH ?g {{ ?g <{CHECKSUM}> ?c }} }}"  # one row per stored graph
)
_PIPELINE_ROOTS = ("loaders", "shapes", "ontology")


@dataclass(frozen=True)
class Job:
    """One document to read: picklable, sent to a worker."""

    index: int
    entry: ManifestEntry
    graph_iri: str
    checksum: str


@dataclass
class Result:
    """What a worker made of a document; `ntriples` is set when it is to be stored."""

    index: int
    file: str
    status: str  # "loaded" | "quarantined" | "failed"
    graph_iri: str | None
    triples: int = 0
    warnings: int = 0
    message: str | None = None
    ntriples: str | None = None


@functools.cache
def pipeline_fingerprint() -> str:
    """A hash of the code and data that turn a document into its graph (loaders, shapes,
    ontology): a new version of either re-reads every document on the next run."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parents[1]
    folders = [root / name for name in _PIPELINE_ROOTS] + [shapes_dir(), ontology_dir()]
    seen: set[Path] = set()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path in seen or path.suffix not in (".py", ".ttl", ".csv", ".json"):
                continue
            seen.add(path)
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def document_checksum(entry: ManifestEntry, base: str) -> str:
    """The checksum stored with a document's graph (reads and decodes the file, parses
    nothing)."""
    digest = hashlib.sha256()
    row = (entry.file, entry.municipality_code, entry.municipality, entry.prefecture or "", base)
    for value in (pipeline_fingerprint(), *row):
        digest.update(value.encode("utf-8") + b"\0")
    raw = entry.path.read_bytes()
    try:  # the text, not the bytes: the same text in Shift_JIS or UTF-8 makes the same graph
        digest.update(decode_document(raw, entry.file).encode("utf-8"))
    except DocumentError:
        digest.update(raw)  # the worker will report it
    return "sha256:" + digest.hexdigest()


def stored_checksums(store: Store) -> dict[str, str]:
    """Graph IRI → stored checksum, for every graph written by this pipeline."""
    return {str(row["g"]): str(row["c"]) for row in store.select(_CHECKSUMS)}


def document_graph_iri(entry: ManifestEntry, base: str) -> str:
    return str(Minter(base, entry.municipality_code).graph(entry.file))


# -- the worker side ---------------------------------------------------------------------------


# a small document read once at warm-up: the thesaurus, field labels, dictionary and lazy
# caches a worker's first real document would otherwise pay for (~0.2 s)
_WARM_UP_TEXT = "総務部\n総務課（職員数 12人）\n事業名：防災訓練事業\n予算額：1,000千円\n"


def warm_up() -> None:
    """Load what every document needs once per worker (or once in the fork server the
    workers come from): the parsers, shapes, dictionary and thesaurus, by reading a small
    document."""
    import loaders.pipeline  # noqa: F401
    from loaders.parse import parse_document
    from loaders.to_rdf import document_triples
    from service.shacl.documents import validate_document, validate_triples

    validate_document(rdflib.Graph())  # parses and compiles the shapes
    with contextlib.suppress(Exception):  # only a head start: a real document reports problems
        facts = parse_document(
            _WARM_UP_TEXT, file="warm-up.txt", municipality_code="131016",
            municipality="千代田区", prefecture="東京都",
        )  # fmt: skip
        triples = document_triples(facts, base="https://example.org/warm-up")
        validate_triples(triples, triples.graph)


# A worker's CPU goes to the writer first: the parent is the one writer, and while it waits for
# a core the workers' results pile up (the write of a batch is the pipeline's serial step).
WORKER_NICENESS = 10
# A worker allocates ~100k short-lived objects per document: with the default threshold (700)
# the collector runs every few hundred allocations and walks the warm state each time it
# reaches the older generations (2–3 ms per document, ~6 % of a worker's CPU); warm state is
# frozen out of its reach and the young generation collected less often (cycles still are).
WORKER_GC_THRESHOLD = (10_000, 20, 20)


def start_worker() -> None:
    """Initializer of an ingest worker process: lower its priority below the writer's, warm
    it up, and keep the garbage collector off what warm-up loaded (shapes, thesaurus,
    dictionary, caches: read by every document, never garbage)."""
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(WORKER_NICENESS)
    warm_up()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def process(job: Job, base: str, quarantine_dir: str) -> Result:
    """Read, parse, validate one document; quarantine it, or return its graph to store.
    Never raises for a problem of the document itself.

    The document's triples go from the writer (`loaders.to_rdf.TripleSet`) to pyoxigraph
    terms once, for validation and for the N-Triples sent to the writer; no rdflib graph is
    built unless a report or blank nodes need one (the same triples either way)."""
    from loaders.pipeline import load_document_triples
    from service.ingest import quarantine, reading_note
    from service.shacl.documents import validate_triples

    entry = job.entry
    fail = functools.partial(Result, job.index, entry.file, "failed", job.graph_iri)
    try:
        loaded = load_document_triples(entry, base=base)
    except DocumentError as error:
        return fail(message=str(error))
    except Exception as error:  # a parser bug must not stop the other documents
        return fail(message=f"{entry.file}: could not be parsed ({type(error).__name__}: {error})")
    try:
        report, quads = validate_triples(loaded.triples, loaded.triples.graph)
    except ShapesError:
        raise
    except Exception as error:
        return fail(
            message=f"{entry.file}: could not be validated ({type(error).__name__}: {error})"
        )
    triples = len(loaded.triples)
    if not report.conforms:
        violations = len(report.violations)
        try:
            folder = quarantine(entry, report, Path(quarantine_dir))
        except OSError as error:
            return fail(
                message=f"{entry.file}: {violations} SHACL violation(s), not stored,"
                f" and the quarantine folder cannot be written: {error}"
            )
        return Result(
            job.index, entry.file, "quarantined", job.graph_iri, triples, len(report.warnings),
            f"{entry.file}: {violations} SHACL violation(s), not stored;"
            f" see {folder / 'report.txt'}",
        )  # fmt: skip
    return Result(
        job.index, entry.file, "loaded", job.graph_iri, triples, len(report.warnings),
        reading_note(entry.file, loaded.reading_errors),
        ntriples=_graph_ntriples(loaded.triples, quads, job),
    )  # fmt: skip


def _graph_ntriples(triples: TripleSet, quads: list[ox.Quad], job: Job) -> str:
    """The document graph to store, with its checksum triple, as N-Triples: serialised by
    pyoxigraph from the validated quads, unless blank nodes must be skolemised first."""
    checksum = ox.Quad(ox.NamedNode(job.graph_iri), _CHECKSUM_NODE, ox.Literal(job.checksum))
    if not any(isinstance(term, ox.BlankNode) for q in quads for term in (q.subject, q.object)):
        data = ox.serialize([*quads, checksum], format=ox.RdfFormat.N_TRIPLES)
        return (data or b"").decode("utf-8")
    graph = triples.graph()
    graph.add((rdflib.URIRef(job.graph_iri), MK.sourceChecksum, rdflib.Literal(job.checksum)))
    return default_graph.skolemised_ntriples(graph, job.graph_iri)


# -- the parent side ---------------------------------------------------------------------------


def results(
    jobs: Sequence[Job],
    *,
    base: str,
    quarantine_dir: Path,
    workers: int,
    window: int | None = None,
) -> Iterator[Result]:
    """Each job's result, in completion order; at most `window` jobs in flight (default 16
    per worker: enough to keep the workers busy while the parent writes a batch)."""
    if workers <= 1 or len(jobs) < 2 * workers:  # start-up of a pool costs more than it saves
        for job in jobs:
            yield process(job, base, str(quarantine_dir))
        return
    pool = ProcessPoolExecutor(workers, mp_context=_worker_context(), initializer=start_worker)
    try:
        pending: set[Future[Result]] = set()
        queue = iter(jobs)
        limit = window or 16 * workers
        while True:
            for job in queue:
                pending.add(pool.submit(process, job, base, str(quarantine_dir)))
                if len(pending) >= limit:
                    break
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        # every result is in (or the caller stopped): do not wait for the workers' own
        # interpreter shutdown (~1 s), they exit on their own
        pool.shutdown(wait=False, cancel_futures=True)


# imported once by the fork server, so that a worker starts with them in memory
_PRELOAD = [
    "service.ingest_pipeline",
    "service.ingest",
    "loaders.pipeline",
    "service.shacl.documents",
    "service.ingest_warm_up",  # warm_up() in the server: workers start warm
]


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers forked from a fork server that imported the pipeline once: a worker then
    starts in milliseconds instead of an interpreter start and ~1 s of imports. The server
    is a fresh interpreter, never a fork of this process (which holds the store), so this is
    as safe as spawn, which remains where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    multiprocessing.set_forkserver_preload(_PRELOAD)
    return multiprocessing.get_context("forkserver")


class BatchWriter:
    """Collects graphs to store and writes them in batches, one atomic write each; the
    vocabularies are brought up to date before the first document is written.

    With `background` (the default) a batch is written by a writer thread while the caller
    collects the next one (pyoxigraph releases the GIL while it writes), one write at a
    time and in order; `close()` writes the last batch and waits for it."""

    def __init__(
        self,
        store: Store,
        *,
        before_first_write: Callable[[], None],
        on_written: Callable[[Result, str | None], None],
        batch_size: int = 64,
        batch_triples: int = 200_000,
        background: bool = True,
    ) -> None:
        self.store = store
        self.before_first_write: Callable[[], None] | None = before_first_write
        self.on_written = on_written  # (result, error message or None)
        self.batch_size = batch_size
        self.batch_triples = batch_triples
        self.batch: list[Result] = []
        self.lines = 0
        self._writer = ThreadPoolExecutor(1, "machikg-writer") if background else None
        self._writing: Future[None] | None = None

    def add(self, result: Result) -> None:
        assert result.ntriples is not None
        self.batch.append(result)
        self.lines += result.triples
        if len(self.batch) >= self.batch_size or self.lines >= self.batch_triples:
            self.flush()

    def flush(self) -> None:
        """Write what is collected (in the writer thread, after the write in progress)."""
        batch, self.batch, self.lines = self.batch, [], 0
        self.wait()  # one write at a time, in order
        if not batch:
            return
        if self._writer is None:
            self._write_batch(batch)
        else:
            self._writing = self._writer.submit(self._write_batch, batch)

    def wait(self) -> None:
        """Until the write in progress is done; raises what it raised (not a StoreError:
        a document the store refuses is reported through `on_written`)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def close(self, *, write: bool = True) -> None:
        """Write the last batch (unless not `write`: the ingest failed) and wait for every
        write; the writer thread ends."""
        try:
            if write:
                self.flush()
            self.wait()
        finally:
            if self._writer is not None:
                self._writer.shutdown()

    def _write_batch(self, batch: list[Result]) -> None:
        if self.before_first_write is not None:
            try:
                self.before_first_write()  # the vocabularies: a store refusing them refuses all
            except StoreError as error:
                for result in batch:
                    self.on_written(result, f"{result.file}: {error}")
                return
            self.before_first_write = None
        try:
            self._write(batch)
        except StoreError:
            for result in batch:  # find which document the store refuses; store the others
                try:
                    self._write([result])
                except StoreError as error:
                    self.on_written(result, f"{result.file}: {error}")
                else:
                    self.on_written(result, None)
        else:
            for result in batch:
                self.on_written(result, None)

    def _write(self, batch: list[Result]) -> None:
        graphs = [(str(r.graph_iri), str(r.ntriples)) for r in batch]
        write_graphs = getattr(self.store, "write_graphs", None)
        if write_graphs is not None:
            write_graphs(graphs)
            return
        for graph_iri, ntriples in graphs:  # a Store without batches: one update each
            self.store.replace_graph(graph_iri, rdflib.Graph().parse(data=ntriples, format="nt"))


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_workers(jobs: int) -> int:
    """Workers for `jobs` documents when none are asked for: a worker takes seconds to start
    (dictionary, shapes) and a document ~0.1 s, so a pool pays from a few dozen documents."""
    return default_workers() if jobs >= 32 else 1


def remove_stale_quarantine(quarantine_dir: Path, file: str) -> None:
    stale = quarantine_dir / file.replace("/", "_")
    if stale.is_dir():  # an earlier, broken version of this document
        shutil.rmtree(stale)
