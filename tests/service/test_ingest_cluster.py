"""Ingest past one machine: parse and validate on a Dask cluster, store as the process pool does.

`--scheduler local` starts a LocalCluster of worker processes; an address joins a running
cluster (here one started by the test, as `dask scheduler` and `dask worker` would be). The
workers get each document's bytes, so the same code serves a cluster that cannot see this
machine's files.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import dask
import pytest
import rdflib
from distributed import Client, LocalCluster, Worker, WorkerPlugin, get_task_stream
from distributed.core import Status

import service
from loaders.resources import corpus_dir
from service import ingest_cluster, ingest_pipeline
from service.cli import main
from service.ingest import IngestSummary, LoaderUnavailable, ingest, quarantine
from service.ingest_pipeline import Job, Result
from service.settings import Settings, from_env
from service.shacl.documents import validate_document
from service.store import EmbeddedStore
from tests.service.conftest import BASE, MANIFEST_HEADER, free_port

CORPUS = 5  # documents in corpus/manifest.csv
MK = rdflib.Namespace("https://w3id.org/machikg/ontology#")
BROKEN = "broken-kashiwa.txt"  # a corpus document, quarantined by the test's pipeline


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A running cluster of two worker processes, as `dask scheduler` + `dask worker` make;
    yields the scheduler's address."""
    with ingest_cluster.local_cluster(2) as running:
        yield running.scheduler_address


def ingested(
    paths: list[Path], settings: Settings, store: EmbeddedStore | None = None, **options: object
) -> tuple[IngestSummary, EmbeddedStore]:
    store = store if store is not None else EmbeddedStore(None)
    summary = ingest(paths, store, settings, progress=False, **options)  # type: ignore[arg-type]
    return summary, store


def test_a_local_cluster_of_two_processes_stores_what_the_process_pool_stores(
    settings: Settings, corpus_store: EmbeddedStore
) -> None:
    summary, store = ingested([corpus_dir()], settings, workers=2, scheduler="local")
    assert summary.loaded == CORPUS
    assert store.export("nquads") == corpus_store.export("nquads")


def test_the_documents_are_parsed_by_the_cluster_at_the_scheduler_address_given(
    cluster: str, settings: Settings
) -> None:
    with Client(cluster, set_as_default=False) as client, get_task_stream(client) as tasks:
        summary, _ = ingested([corpus_dir()], settings, scheduler=cluster)
    assert summary.loaded == CORPUS
    parsed = [t for t in tasks.data if str(t["key"]).startswith("process_shipped-")]
    assert len(parsed) == CORPUS


def test_reingesting_through_the_cluster_skips_unchanged_documents(
    cluster: str, settings: Settings
) -> None:
    first, store = ingested([corpus_dir()], settings, scheduler=cluster)
    assert first.loaded == CORPUS
    before = store.export("nquads")
    again, _ = ingested([corpus_dir()], settings, store, scheduler=cluster)
    assert (again.unchanged, again.loaded) == (CORPUS, 0)
    assert store.export("nquads") == before


def quarantine_documents_named_broken() -> None:
    """In this process: `ingest_pipeline.process` quarantines a document named broken-* as
    a violating one (a real report of the shapes, on a budget without amount or label);
    other documents go through the real pipeline. A real document breaking a shape would do
    as well; the pipeline makes none on purpose."""
    real = ingest_pipeline.process
    if getattr(real, "flags_broken", False):
        return

    def process(job: Job, base: str, quarantine_dir: str) -> Result:
        if not job.entry.file.startswith("broken-"):
            return real(job, base, quarantine_dir)
        graph = rdflib.Graph()
        graph.add((rdflib.URIRef(f"{BASE}/id/broken-budget"), rdflib.RDF.type, MK.Budget))
        report = validate_document(graph)
        folder = quarantine(job.entry, report, Path(quarantine_dir))
        message = f"{job.entry.file}: {len(report.violations)} SHACL violation(s), not stored;"
        return Result(
            job.index, job.entry.file, "quarantined", job.graph_iri, len(graph), 0,
            f"{message} see {folder / 'report.txt'}",
        )  # fmt: skip

    process.flags_broken = True  # type: ignore[attr-defined]
    ingest_pipeline.process = process  # type: ignore[assignment]


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    """A corpus document that the test's pipeline quarantines, and an empty one that cannot
    be parsed."""
    folder = tmp_path / "flawed"
    folder.mkdir()
    shutil.copy(corpus_dir() / "kashiwa-chiikizukuri-2017.txt", folder / BROKEN)
    (folder / "empty.txt").write_bytes(b"")
    rows = f"{BROKEN},122173,柏市,千葉県\nempty.txt,122173,柏市,千葉県\n"
    (folder / "manifest.csv").write_text(MANIFEST_HEADER + rows, encoding="utf-8")
    return folder


def test_a_document_that_fails_is_reported_and_quarantined_as_the_process_pool_does(
    cluster: str, flawed: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_pipeline, "process", ingest_pipeline.process)  # undone after
    quarantine_documents_named_broken()  # here, where a process pool of one runs its jobs
    with Client(cluster, set_as_default=False) as client:
        client.run(quarantine_documents_named_broken)
    pool = settings.with_(quarantine_dir=settings.quarantine_dir / "pool")
    dask = settings.with_(quarantine_dir=settings.quarantine_dir / "dask")

    expected, _ = ingested([flawed], pool, workers=1)
    summary, store = ingested([flawed], dask, scheduler=cluster)

    def outcomes(summary: IngestSummary, quarantine: Path) -> set[tuple[str, str, str]]:
        return {
            (o.file, o.status, (o.message or "").replace(str(quarantine), "QUARANTINE"))
            for o in summary.outcomes
        }

    assert {(o.file, o.status) for o in summary.outcomes} == {
        (BROKEN, "quarantined"),
        ("empty.txt", "failed"),
    }
    assert outcomes(summary, dask.quarantine_dir) == outcomes(expected, pool.quarantine_dir)
    assert files(dask.quarantine_dir) == files(pool.quarantine_dir)
    assert store.named_graphs() == []


def files(folder: Path) -> dict[str, object]:
    """Each file in `folder` by its relative name: the document copy and report.txt as bytes,
    report.ttl as a graph (its blank nodes are written in any order)."""
    found: dict[str, object] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".ttl":
            graph = rdflib.Graph().parse(path, format="turtle")
            found[name] = sorted(canonicalised(graph))
        else:
            found[name] = path.read_bytes()
    return found


def canonicalised(graph: rdflib.Graph) -> set[str]:
    from rdflib.compare import to_canonical_graph

    return {" ".join(term.n3() for term in triple) for triple in to_canonical_graph(graph)}


def crashing_corpus(tmp_path: Path) -> Path:
    """Two copies of one document, one named crash-* (which the plugins make kill a worker)."""
    folder = tmp_path / "crashing"
    folder.mkdir()
    shutil.copy(corpus_dir() / "kashiwa-chiikizukuri-2017.txt", folder / "crash-kashiwa.txt")
    shutil.copy(corpus_dir() / "kashiwa-chiikizukuri-2017.txt", folder / "kashiwa.txt")
    rows = "kashiwa.txt,122173,柏市,千葉県\ncrash-kashiwa.txt,122173,柏市,千葉県\n"
    (folder / "manifest.csv").write_text(MANIFEST_HEADER + rows, encoding="utf-8")
    return folder


class CrashOnDocumentsNamedCrash(WorkerPlugin):
    """In each worker, also one restarted after a crash: a document named crash-* ends the
    worker process, as a parser crashing or running out of memory would."""

    def setup(self, worker: Worker) -> None:
        real = ingest_pipeline.process

        def process(job: Job, base: str, quarantine_dir: str) -> Result:
            if job.entry.file.startswith("crash-"):
                os._exit(1)
            return real(job, base, quarantine_dir)

        ingest_pipeline.process = process  # type: ignore[assignment]


CRASHED_AND_STORED = {("crash-kashiwa.txt", "failed"), ("kashiwa.txt", "loaded")}


def ingested_beside(
    plugin: WorkerPlugin,
    folder: Path,
    settings: Settings,
    config: dict[str, object],
    **cluster_options: int,
) -> tuple[IngestSummary, EmbeddedStore]:
    """Ingest `folder` on a one-worker local cluster whose worker runs `plugin`, under `config`."""
    with dask.config.set(config), ingest_cluster.local_cluster(1, **cluster_options) as running:
        with Client(running, set_as_default=False) as client:
            client.register_plugin(plugin, name="crash")
        return ingested([folder], settings, scheduler=running.scheduler_address)


@pytest.mark.parametrize("allowed_failures", [0, 3])
def test_a_document_that_kills_its_worker_fails_and_the_others_are_stored(
    tmp_path: Path, settings: Settings, allowed_failures: int
) -> None:
    folder = crashing_corpus(tmp_path)
    # Whatever Dask's retries (a task on a dying worker is tried again, up to
    # allowed-failures times), a document whose worker died is read again alone at the end:
    # only the one that kills its worker on its own fails. Regression: a loaded machine put
    # both on the worker at once, and the innocent document ran out of tries too.
    retries = {"distributed.scheduler.allowed-failures": allowed_failures}
    summary, store = ingested_beside(CrashOnDocumentsNamedCrash(), folder, settings, retries)
    assert {(o.file, o.status) for o in summary.outcomes} == CRASHED_AND_STORED
    crashed, stored = sorted(summary.outcomes, key=lambda o: o.file)
    assert "the worker reading it died" in (crashed.message or "")
    assert stored.graph_iri in store.named_graphs()


class CrashWhileAnotherDocumentIsRead(WorkerPlugin):
    """Both documents on one worker at once: the innocent one takes a while, and the crash-*
    one ends the worker process while the other is still being read."""

    def setup(self, worker: Worker) -> None:
        real = ingest_pipeline.process

        def process(job: Job, base: str, quarantine_dir: str) -> Result:
            if job.entry.file.startswith("crash-"):
                time.sleep(0.5)
                os._exit(1)
            time.sleep(3)
            return real(job, base, quarantine_dir)

        ingest_pipeline.process = process  # type: ignore[assignment]


def test_a_document_read_beside_one_that_kills_the_worker_is_read_again_alone(
    tmp_path: Path, settings: Settings
) -> None:
    """Regression (CI, 2026-12-02): no retries left, and the innocent document, on the worker
    when it died, failed with the one that killed it."""
    folder = crashing_corpus(tmp_path)
    no_retries = {"distributed.scheduler.allowed-failures": 0}  # read as the cluster starts
    summary, _ = ingested_beside(
        CrashWhileAnotherDocumentIsRead(), folder, settings, no_retries, threads_per_worker=2
    )  # two at once
    assert {(o.file, o.status) for o in summary.outcomes} == CRASHED_AND_STORED


@pytest.mark.timeout(240)  # it waited forever
def test_a_worker_restarted_more_slowly_than_lost_worker_timeout_still_comes_back(
    tmp_path: Path, settings: Settings
) -> None:
    """Regression (CI under load, 2026-12-03): each try of the crash-* document killed the
    worker, and its restart took longer than Dask's lost-worker-timeout (15 s), after which
    the deploy layer closed the worker's nanny: the local cluster had no worker left, and the
    ingest waited for one forever. No time at all here stands for 15 s on a loaded machine."""
    folder = crashing_corpus(tmp_path)
    slow_machine = {
        "distributed.deploy.lost-worker-timeout": "0s",
        "distributed.scheduler.allowed-failures": 0,  # one try, then one alone
    }
    summary, store = ingested_beside(CrashOnDocumentsNamedCrash(), folder, settings, slow_machine)
    assert {(o.file, o.status) for o in summary.outcomes} == CRASHED_AND_STORED
    crashed, stored = sorted(summary.outcomes, key=lambda o: o.file)
    assert "the worker reading it died, on every try" in (crashed.message or "")
    assert stored.graph_iri in store.named_graphs()


class CrashAfterTheOthersAreIn(WorkerPlugin):
    """A crash-* document ends the worker process, once the others have had time to reach
    the parent."""

    def setup(self, worker: Worker) -> None:
        real = ingest_pipeline.process

        def process(job: Job, base: str, quarantine_dir: str) -> Result:
            if job.entry.file.startswith("crash-"):
                time.sleep(3)
                os._exit(1)
            return real(job, base, quarantine_dir)

        ingest_pipeline.process = process  # type: ignore[assignment]


@pytest.mark.timeout(240)  # it waited forever
def test_a_worker_that_never_comes_back_fails_what_is_left_instead_of_waiting_forever(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a worker without a nanny (`dask worker --no-nanny`), killed by a document,
    is not restarted; the ingest waited for it forever. Now what is left unread fails once
    the cluster has had no worker for WORKER_RETURN_TIMEOUT_S, and what was read is stored."""
    monkeypatch.setattr(ingest_cluster, "WORKER_RETURN_TIMEOUT_S", 2.0)
    monkeypatch.setattr(ingest_cluster, "CHECK_INTERVAL_S", 0.5)
    folder = crashing_corpus(tmp_path)
    imports = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # to unpickle the plugin
    scheduler_only = LocalCluster(
        n_workers=0, dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},  # not 8787: another cluster may hold it
    )  # fmt: skip
    with scheduler_only:
        address = scheduler_only.scheduler_address
        worker = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--no-nanny",
             "--nthreads", "1", "--no-dashboard"],
            env=imports,
        )  # fmt: skip
        try:
            with Client(address, set_as_default=False) as client:
                client.wait_for_workers(1, timeout=60)
                client.register_plugin(CrashAfterTheOthersAreIn(), name="crash")
            summary, store = ingested([folder], settings, scheduler=address)
            assert worker.wait(timeout=30) == 1  # the crash-* document ended it
        finally:
            worker.kill()
            worker.wait()
    assert {(o.file, o.status) for o in summary.outcomes} == {
        ("crash-kashiwa.txt", "failed"),
        ("kashiwa.txt", "loaded"),
    }
    crashed, stored = sorted(summary.outcomes, key=lambda o: o.file)
    assert f"{address} has had no worker for 2 s" in (crashed.message or "")
    assert stored.graph_iri in store.named_graphs()


def test_the_warm_up_of_a_worker_closed_while_it_registers_does_not_fail() -> None:
    """Regression: a worker stopped while it registered (its thread pool shut down) failed
    its warm-up with "cannot schedule new futures after shutdown", failing the client's
    register_plugin too when it came then."""
    pool = ThreadPoolExecutor(1)
    pool.shutdown()
    closing = SimpleNamespace(status=Status.closing, executors={"default": pool})
    asyncio.run(ingest_cluster.WarmUp().setup(closing))  # type: ignore[arg-type]


def test_a_scheduler_that_cannot_be_reached_exits_3_before_storing_anything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ingest_cluster, "CONNECT_TIMEOUT_S", 0.5)
    monkeypatch.setenv("MACHIKG_QUARANTINE", str(tmp_path / "quarantine"))
    nowhere = f"tcp://127.0.0.1:{free_port()}"
    store = tmp_path / "store"
    argv = ["ingest", str(corpus_dir()), "--store", str(store), "--no-progress"]
    assert main([*argv, "--scheduler", nowhere]) == 3


def test_without_dask_installed_a_scheduler_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    monkeypatch.delattr(service, "ingest_cluster")
    monkeypatch.setitem(sys.modules, "service.ingest_cluster", None)  # its import fails
    with pytest.raises(LoaderUnavailable, match=r"pip install 'machikg\[cluster\]'"):
        ingest([corpus_dir()], EmbeddedStore(None), settings, progress=False, scheduler="local")


def test_the_scheduler_is_read_from_machikg_scheduler() -> None:
    env = {"MACHIKG_SCHEDULER": "tcp://scheduler:8786"}
    assert from_env(env).scheduler == "tcp://scheduler:8786"
    assert from_env({}).scheduler is None
