"""Load documents into the store: read → parse → RDF → validate → store or quarantine.

A document that breaks a SHACL shape (a Violation) never reaches the store: it is copied with
its report to the quarantine folder so a data steward can see what is wrong, and the previous
version of its graph stays in place. A document that cannot be read is reported with one
message naming the file and the problem; the other documents still load.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import shutil
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import rdflib
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from loaders.lg_code import is_valid_lg_code
from loaders.manifest import MANIFEST_NAME, ManifestEntry, ManifestError, read_manifest
from loaders.text.errors import DocumentError
from service.settings import Settings
from service.shacl.documents import validate_document
from service.store import Store, StoreError
from service.validation import ShapesError, ValidationReport

if TYPE_CHECKING:
    from service.ingest_pipeline import Result

Status = Literal["loaded", "unchanged", "quarantined", "failed"]


class LoadedGraph(Protocol):
    """What ingest needs from `loaders.pipeline.LoadedDocument`."""

    @property
    def graph_iri(self) -> str: ...
    @property
    def graph(self) -> rdflib.Graph: ...


Loader = Callable[..., LoadedGraph]  # called as loader(entry, base=...)
Validator = Callable[[rdflib.Graph], ValidationReport]


@dataclass
class DocumentOutcome:
    """What happened to one document (or to one input path that named no document)."""

    file: str
    status: Status
    graph_iri: str | None = None
    triples: int = 0
    warnings: int = 0
    message: str | None = None  # why it failed, or where its quarantine report is


@dataclass
class IngestSummary:
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    vocabularies: list[str] = field(default_factory=list)  # graph IRIs of ontology, thesaurus

    def _count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def loaded(self) -> int:
        return self._count("loaded")

    @property
    def unchanged(self) -> int:
        """Documents skipped because their stored graph was made from the same input."""
        return self._count("unchanged")

    @property
    def quarantined(self) -> int:
        return self._count("quarantined")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def ok(self) -> bool:
        return self.loaded + self.unchanged == len(self.outcomes)


@dataclass(frozen=True)
class Municipality:
    """The municipality of single documents given without a manifest (CLI options)."""

    code: str
    name: str
    prefecture: str | None = None


class LoaderUnavailable(RuntimeError):
    """The document pipeline cannot be imported (an installation problem, not bad input)."""


def default_loader() -> Loader:
    """The real pipeline, imported late so the store and CLI work while it is being built."""
    try:
        from loaders.pipeline import load_document
    except ImportError as error:
        raise LoaderUnavailable(f"the document loader cannot be imported: {error}") from error
    return load_document


def _is_real_pipeline(load: Loader) -> bool:
    """Workers run `loaders.pipeline.load_document` itself (a stand-in runs here)."""
    from loaders.pipeline import load_document

    return load is load_document


def find_entries(
    paths: Iterable[Path], *, municipality: Municipality | None = None
) -> tuple[list[ManifestEntry], list[DocumentOutcome]]:
    """The documents named by `paths` (files, or directories with a manifest.csv).

    Returns the entries found and a failed outcome for each path that cannot be used.
    """
    entries: list[ManifestEntry] = []
    problems: list[DocumentOutcome] = []
    for path in paths:
        try:
            if path.is_dir() or path.name == MANIFEST_NAME:
                entries.extend(read_manifest(path))
            elif path.is_file():
                entries.append(_entry_for_file(path, municipality))
            else:
                problems.append(
                    DocumentOutcome(str(path), "failed", message="no such file or directory")
                )
        except ManifestError as error:
            problems.append(DocumentOutcome(error.file, "failed", message=str(error)))
        except DocumentError as error:
            problems.append(DocumentOutcome(error.file, "failed", message=str(error)))
    return entries, problems


def _entry_for_file(path: Path, municipality: Municipality | None) -> ManifestEntry:
    """A single file: the options given, else its line in the manifest.csv beside it."""
    if municipality is not None:
        if not is_valid_lg_code(municipality.code):
            raise DocumentError(
                str(path),
                f"--municipality-code {municipality.code!r} is not a valid"
                " 6-digit local government code (check digit included)",
            )
        return ManifestEntry(
            path.name, municipality.code, municipality.name, municipality.prefecture, path
        )
    manifest = path.parent / MANIFEST_NAME
    hint = "give --municipality-code CODE --municipality NAME"
    if not manifest.is_file():
        raise DocumentError(
            str(path),
            f"no {MANIFEST_NAME} beside it to say which municipality it belongs to: {hint}",
        )
    for entry in read_manifest(manifest, require_files=False):
        if entry.file == path.name:
            return dataclasses.replace(entry, path=path)
    raise DocumentError(str(path), f"not listed in {manifest}: add it there, or {hint}")


def quarantine(entry: ManifestEntry, report: ValidationReport, quarantine_dir: Path) -> Path:
    """Copy the document and its validation report (ja, en, Turtle) aside; returns the folder."""
    folder = quarantine_dir / entry.file.replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(entry.path, folder / entry.path.name)
    text = report.text("ja") + "\n" + "-" * 60 + "\n\n" + report.text("en")
    (folder / "report.txt").write_text(text, encoding="utf-8")
    (folder / "report.ttl").write_text(report.to_turtle(), encoding="utf-8")
    return folder


def ingest_entry(
    entry: ManifestEntry,
    store: Store,
    settings: Settings,
    *,
    loader: Loader,
    validator: Validator = validate_document,
) -> DocumentOutcome:
    """Load one document; never raises for a problem of the document itself."""
    try:
        loaded = loader(entry, base=settings.base)
    except DocumentError as error:
        return DocumentOutcome(entry.file, "failed", message=str(error))
    except Exception as error:  # a parser bug must not stop the other documents
        return DocumentOutcome(
            entry.file,
            "failed",
            message=f"{entry.file}: could not be parsed ({type(error).__name__}: {error})",
        )
    try:
        report = validator(loaded.graph)
    except ShapesError:
        raise  # the installation is broken: no document can be checked
    except Exception as error:  # a validator bug must not stop the other documents
        return DocumentOutcome(
            entry.file,
            "failed",
            message=f"{entry.file}: could not be validated ({type(error).__name__}: {error})",
        )
    graph_iri = str(loaded.graph_iri)
    if not report.conforms:
        try:
            folder = quarantine(entry, report, settings.quarantine_dir)
        except OSError as error:
            return DocumentOutcome(
                entry.file,
                "failed",
                graph_iri,
                message=f"{entry.file}: {len(report.violations)} SHACL violation(s), not stored,"
                f" and the quarantine folder cannot be written: {error}",
            )
        return DocumentOutcome(
            entry.file,
            "quarantined",
            graph_iri,
            len(loaded.graph),
            len(report.warnings),
            message=f"{entry.file}: {len(report.violations)} SHACL violation(s), not stored;"
            f" see {folder / 'report.txt'}",
        )
    try:
        triples = store.replace_graph(graph_iri, loaded.graph)
    except StoreError as error:
        return DocumentOutcome(entry.file, "failed", graph_iri, message=f"{entry.file}: {error}")
    stale = settings.quarantine_dir / entry.file.replace("/", "_")
    if stale.is_dir():  # an earlier, broken version of this document
        shutil.rmtree(stale)
    errors = getattr(getattr(loaded, "facts", None), "reading_errors", [])
    return DocumentOutcome(entry.file, "loaded", graph_iri, triples, len(report.warnings),
                           reading_note(entry.file, errors))  # fmt: skip


def reading_note(file: str, errors: list[str]) -> str | None:
    """What a loaded document's reading left out: the recognisers that failed on it (a reader
    bug to report; the document's other facts are stored)."""
    if not errors:
        return None
    return f"{file}: read in part, {len(errors)} recogniser(s) failed: " + "; ".join(errors)


class RateColumn(ProgressColumn):
    """Documents per second, over the whole run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} docs/s", style="progress.data.speed")


def _progress(console: Console, show: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingest[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not show,
    )


def ingest(
    paths: list[Path],
    store: Store,
    settings: Settings,
    *,
    progress: bool = True,
    municipality: Municipality | None = None,
    loader: Loader | None = None,
    validator: Validator = validate_document,
    console: Console | None = None,
    workers: int | None = None,
    batch_size: int = 64,
    force: bool = False,
    scheduler: str | None = None,
) -> IngestSummary:
    """Ingest every document named by `paths`; a progress bar is shown on a terminal.

    With the real pipeline (`loaders.pipeline` and the project's shapes) documents are
    parsed and validated in `workers` processes (default: one per core from 32 documents)
    and written in batches, and a document whose stored graph was made from the same input
    is skipped (unless `force`). With a Dask `scheduler` ("local" or an address such as
    tcp://host:8786, service.ingest_cluster) the workers are that cluster's.
    A given loader or validator runs in this process, one document at a time."""
    entries, problems = find_entries(paths, municipality=municipality)
    summary = IngestSummary(list(problems))
    if not entries:
        return summary
    console = console or Console(file=sys.stderr)
    show = progress and console.is_terminal
    load = loader or default_loader()
    if validator is validate_document and _is_real_pipeline(load):
        _ingest_parallel(
            entries, store, settings, summary, workers=workers, batch_size=batch_size,
            force=force, bar=_progress(console, show), scheduler=scheduler,
        )  # fmt: skip
        return summary
    with _progress(console, show) as bar:
        task = bar.add_task("", total=len(entries))
        for entry in entries:
            bar.update(task, description=escape(entry.file))  # a name may hold [markup]
            summary.outcomes.append(
                ingest_entry(entry, store, settings, loader=load, validator=validator)
            )
            bar.advance(task)
    if summary.loaded:
        summary.outcomes.extend(store_vocabularies(store, settings.base, summary.vocabularies))
    return summary


def _ingest_parallel(
    entries: list[ManifestEntry],
    store: Store,
    settings: Settings,
    summary: IngestSummary,
    *,
    workers: int | None,
    batch_size: int,
    force: bool,
    bar: Progress,
    scheduler: str | None = None,
) -> None:
    """Skip what is unchanged, parse and validate the rest in workers, write in batches."""
    from service import ingest_pipeline as pipeline

    results = pipeline.results if scheduler is None else _cluster_results(scheduler)

    base = settings.base
    stored = {} if force else pipeline.stored_checksums(store)
    outcomes: list[DocumentOutcome | None] = [None] * len(entries)
    jobs: list[pipeline.Job] = []
    for index, entry in enumerate(entries):
        graph_iri = pipeline.document_graph_iri(entry, base)
        try:
            checksum = pipeline.document_checksum(entry, base)
        except OSError as error:
            message = f"{entry.file}: cannot be read: {error.strerror or error}"
            outcomes[index] = DocumentOutcome(entry.file, "failed", message=message)
            continue
        if stored.get(graph_iri) == checksum:
            outcomes[index] = DocumentOutcome(entry.file, "unchanged", graph_iri)
        else:
            jobs.append(pipeline.Job(index, entry, graph_iri, checksum))

    def written(result: pipeline.Result, error: str | None) -> None:
        if error is None:
            outcome = DocumentOutcome(
                result.file, "loaded", result.graph_iri, result.triples, result.warnings,
                result.message,  # a loaded document's note: read in part
            )
            pipeline.remove_stale_quarantine(settings.quarantine_dir, result.file)
        else:
            outcome = DocumentOutcome(result.file, "failed", result.graph_iri, message=error)
        outcomes[result.index] = outcome
        bar.advance(task)

    vocabulary_problems: list[DocumentOutcome] = []
    # parsed while the workers start (the parent waits for them then), written before the
    # first document
    prepared = _in_background(prepare_vocabularies, base) if jobs else None

    def vocabularies_first() -> None:
        problems = store_vocabularies(
            store,
            base,
            summary.vocabularies,
            only_changed=not force,
            raise_store_errors=True,
            prepared=prepared.result if prepared else None,
        )
        vocabulary_problems.extend(problems)

    writer = pipeline.BatchWriter(
        store, before_first_write=vocabularies_first, on_written=written, batch_size=batch_size
    )
    with bar:
        task = bar.add_task("", total=len(jobs))
        try:
            for result in results(
                jobs,
                base=base,
                quarantine_dir=settings.quarantine_dir,
                workers=workers if workers is not None else pipeline.auto_workers(len(jobs)),
            ):
                bar.update(task, description=escape(result.file))
                if result.status == "loaded":
                    writer.add(result)
                    continue
                outcomes[result.index] = DocumentOutcome(
                    result.file, result.status, result.graph_iri,  # type: ignore[arg-type]
                    result.triples, result.warnings, result.message,
                )  # fmt: skip
                bar.advance(task)
        except BaseException:
            writer.close(write=False)  # what is being written completes; nothing more
            raise
        writer.close()
    summary.outcomes.extend(o for o in outcomes if o is not None)
    summary.outcomes.extend(vocabulary_problems)


def _cluster_results(scheduler: str) -> Callable[..., Iterable[Result]]:
    """`ingest_pipeline.results` on a Dask cluster (the optional extra machikg[cluster])."""
    try:
        from service import ingest_cluster
    except ImportError as error:
        raise LoaderUnavailable(
            f"--scheduler needs Dask distributed: pip install 'machikg[cluster]' ({error})"
        ) from error
    return functools.partial(ingest_cluster.results, scheduler=scheduler)


PreparedVocabularies = list[tuple[rdflib.URIRef, rdflib.Graph, str]]


def prepare_vocabularies(base: str) -> PreparedVocabularies:
    """The vocabulary graphs with their checksums (parsing them takes a second or two)."""
    from service.vocabularies import vocabulary_graphs

    prepared = []
    for graph_iri, graph in vocabulary_graphs(base):
        lines = sorted(graph.serialize(format="nt").splitlines(True))
        checksum = "sha256:" + hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
        prepared.append((graph_iri, graph, checksum))
    return prepared


def _in_background(work: Callable[[str], PreparedVocabularies], base: str) -> Future[Any]:
    """`work(base)` in a thread: the parent is idle while worker processes start."""
    executor = ThreadPoolExecutor(1, thread_name_prefix="machikg-vocabularies")
    future = executor.submit(work, base)
    executor.shutdown(wait=False)  # the thread ends with its one task
    return future


def store_vocabularies(
    store: Store,
    base: str,
    stored: list[str],
    *,
    only_changed: bool = False,
    raise_store_errors: bool = False,
    prepared: Callable[[], PreparedVocabularies] | None = None,
) -> list[DocumentOutcome]:
    """Put the ontology and topic thesaurus beside the documents: queries walk their labels
    and `skos:broader` links. Appends the graph IRIs written to `stored`; returns failures.
    With `only_changed`, a vocabulary whose stored checksum matches its file is left alone;
    with `raise_store_errors`, a store that refuses the write raises `StoreError`;
    `prepared()` gives what `prepare_vocabularies` would (parsed ahead of time)."""
    from service.ingest_pipeline import CHECKSUM, stored_checksums
    from service.vocabularies import VOCABULARY_FILES

    checksums = stored_checksums(store) if only_changed else {}
    try:
        graphs = prepared() if prepared is not None else prepare_vocabularies(base)
    except Exception as error:  # rdflib raises parser-specific types
        files = ", ".join(VOCABULARY_FILES.values())
        return [DocumentOutcome(files, "failed", message=f"{files}: cannot be parsed: {error}")]
    problems = []
    for graph_iri, graph, checksum in graphs:
        if checksums.get(str(graph_iri)) == checksum:
            continue
        graph.add((graph_iri, rdflib.URIRef(CHECKSUM), rdflib.Literal(checksum)))
        try:
            store.replace_graph(str(graph_iri), graph)
        except StoreError as error:
            if raise_store_errors:
                raise
            problems.append(DocumentOutcome(str(graph_iri), "failed", message=str(error)))
        else:
            stored.append(str(graph_iri))
    return problems
