"""Ingest at machine speed: parse and validate in worker processes, one writer, batched writes.

Reading, parsing and SHACL validation (the compiled shapes, `service.shacl.documents`) are
pure CPU work per document, so they run in a pool of worker processes; the parent is the only
writer and stores the results in batches, one transaction each, so a killed ingest leaves
every document graph complete or absent. Each stored graph carries the checksum of what it
was made from (`mk:sourceChecksum`: the document's text, its manifest row, the base IRI and a
fingerprint of the reading pipeline), so a re-run reads each file's bytes but parses only
what changed. At most a few batches of documents are in flight, so memory does not grow with
the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

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

CHECKSUM = str(MK.sourceChecksum)
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


def warm_up() -> None:
    """Load what every document needs once per worker: the parsers, the dictionary, shapes."""
    import loaders.pipeline  # noqa: F401
    from service.shacl.documents import validate_document

    validate_document(rdflib.Graph())  # parses and compiles the shapes


def process(job: Job, base: str, quarantine_dir: str) -> Result:
    """Read, parse, validate one document; quarantine it, or return its graph to store.
    Never raises for a problem of the document itself."""
    from loaders.pipeline import load_document
    from service.ingest import quarantine
    from service.shacl.documents import validate_document

    entry = job.entry
    fail = functools.partial(Result, job.index, entry.file, "failed", job.graph_iri)
    try:
        loaded = load_document(entry, base=base)
    except DocumentError as error:
        return fail(message=str(error))
    except Exception as error:  # a parser bug must not stop the other documents
        return fail(message=f"{entry.file}: could not be parsed ({type(error).__name__}: {error})")
    try:
        report = validate_document(loaded.graph)
    except ShapesError:
        raise
    except Exception as error:
        return fail(
            message=f"{entry.file}: could not be validated ({type(error).__name__}: {error})"
        )
    triples = len(loaded.graph)
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
    graph = loaded.graph
    graph.add((rdflib.URIRef(job.graph_iri), MK.sourceChecksum, rdflib.Literal(job.checksum)))
    ntriples = default_graph.skolemised_ntriples(graph, job.graph_iri)
    return Result(
        job.index, entry.file, "loaded", job.graph_iri, triples, len(report.warnings),
        ntriples=ntriples,
    )  # fmt: skip


# -- the parent side ---------------------------------------------------------------------------


def results(
    jobs: Sequence[Job], *, base: str, quarantine_dir: Path, workers: int
) -> Iterator[Result]:
    """Each job's result, in completion order; at most a few jobs per worker in flight."""
    if workers <= 1 or len(jobs) < 2 * workers:  # start-up of a pool costs more than it saves
        for job in jobs:
            yield process(job, base, str(quarantine_dir))
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding the store
    with ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up) as pool:
        pending: set[Future[Result]] = set()
        queue = iter(jobs)
        window = 4 * workers
        while True:
            for job in queue:
                pending.add(pool.submit(process, job, base, str(quarantine_dir)))
                if len(pending) >= window:
                    break
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


class BatchWriter:
    """Collects graphs to store and writes them in batches, one transaction each; the
    vocabularies are brought up to date before the first document is written."""

    def __init__(
        self,
        store: Store,
        *,
        before_first_write: Callable[[], None],
        on_written: Callable[[Result, str | None], None],
        batch_size: int = 32,
        batch_triples: int = 200_000,
    ) -> None:
        self.store = store
        self.before_first_write: Callable[[], None] | None = before_first_write
        self.on_written = on_written  # (result, error message or None)
        self.batch_size = batch_size
        self.batch_triples = batch_triples
        self.batch: list[Result] = []
        self.lines = 0

    def add(self, result: Result) -> None:
        assert result.ntriples is not None
        self.batch.append(result)
        self.lines += result.triples
        if len(self.batch) >= self.batch_size or self.lines >= self.batch_triples:
            self.flush()

    def flush(self) -> None:
        batch, self.batch, self.lines = self.batch, [], 0
        if not batch:
            return
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
