"""Ingest past one machine: parse and validate on a Dask cluster, one writer here.

`results` mirrors `service.ingest_pipeline.results` (each job's `Result`, in completion
order, a bounded window of jobs in flight) but submits `ingest_pipeline.process` to a Dask
scheduler: `"local"` starts a `LocalCluster` of worker processes on this machine, an address
(`tcp://host:8786`) joins a running cluster. The same code runs in both cases.

Workers need not see this machine's files: each job carries the document's bytes, the worker
reads them from a scratch folder and sends back the quarantine folder of a document that
breaks a shape, which is written here. Workers do need machikg itself installed (the same
version: a worker whose pipeline fingerprint differs from ours refuses the job, since the
checksums stored with each graph promise what made it).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from distributed import (
    Client,
    Future,
    KilledWorker,
    LocalCluster,
    Worker,
    WorkerPlugin,
    as_completed,
)
from distributed.client import FutureCancelledError

from service import ingest_pipeline
from service.ingest import LoaderUnavailable
from service.ingest_pipeline import Job, Result

LOCAL = "local"  # --scheduler local: a LocalCluster of processes on this machine
WARM_UP_PLUGIN = "machikg-warm-up"
CONNECT_TIMEOUT_S = 30.0
_QUARANTINE = "\0quarantine\0"  # stands for the quarantine folder in a worker's message


class ClusterUnavailable(LoaderUnavailable):
    """The scheduler cannot be reached, has no worker, or its workers run another machikg:
    an installation problem, reported like a missing pipeline (exit 3)."""


@dataclass(frozen=True)
class Shipped:
    """A job with its document's bytes, so a worker on another machine can read it."""

    job: Job
    content: bytes
    fingerprint: str  # the parent's pipeline fingerprint, checked by the worker


@dataclass
class Returned:
    """A worker's result, with the files of the quarantine folder it made (name → bytes)."""

    result: Result
    quarantined: dict[str, bytes] = field(default_factory=dict)


# -- the worker side ---------------------------------------------------------------------------


class WarmUp(WorkerPlugin):
    """Loads the parsers, dictionary and shapes once in each worker, also in one that joins
    later (a Dask WorkerPlugin: `client.run` reaches only the workers there now), on the
    thread that runs the documents (what it caches need not be usable from another)."""

    async def setup(self, worker: Worker) -> None:
        await asyncio.get_running_loop().run_in_executor(worker.executors["default"], _warm_up)


def _warm_up() -> None:
    ingest_pipeline.warm_up()
    gc.collect()
    gc.freeze()  # what warm-up loaded lives on: the collection after each document skips it


def process_shipped(shipped: Shipped, base: str) -> Returned:
    """`ingest_pipeline.process` on a copy of the document in a scratch folder."""
    theirs = ingest_pipeline.pipeline_fingerprint()
    if theirs != shipped.fingerprint:
        raise ClusterUnavailable(
            "a worker runs another version of the machikg pipeline (loaders, shapes or"
            f" ontology: fingerprint {theirs[:12]}, this machine {shipped.fingerprint[:12]});"
            " install the same machikg on every worker"
        )
    entry = shipped.job.entry
    with tempfile.TemporaryDirectory(prefix="machikg-ingest-") as scratch:
        source = Path(scratch, "document", entry.path.name)  # messages name the file only
        source.parent.mkdir()
        source.write_bytes(shipped.content)
        quarantine_dir = Path(scratch, "quarantine")
        job = replace(shipped.job, entry=replace(entry, path=source))
        # A document's reference cycles may hold pyoxigraph objects, which must be freed on
        # the thread that made them (pyo3 "unsendable"; else they leak with an error): no
        # automatic collection while it is read (it could run on the worker's event loop
        # thread), one here after it. Hence one thread per worker.
        gc.disable()
        try:
            result = ingest_pipeline.process(job, base, str(quarantine_dir))
        finally:
            gc.collect()
            gc.enable()
        files = {
            path.relative_to(quarantine_dir).as_posix(): path.read_bytes()
            for path in sorted(quarantine_dir.rglob("*"))
            if path.is_file()
        }
    if result.message is not None:
        result.message = result.message.replace(str(quarantine_dir), _QUARANTINE)
    return Returned(result, files)


# -- the parent side ---------------------------------------------------------------------------


def results(
    jobs: Sequence[Job], *, base: str, quarantine_dir: Path, workers: int, scheduler: str
) -> Iterator[Result]:
    """Each job's result, in completion order, parsed and validated on the cluster that
    `scheduler` names (`"local"`: `workers` processes here; else a scheduler's address)."""
    if not jobs:  # nothing changed: no cluster to start or join
        return
    fingerprint = ingest_pipeline.pipeline_fingerprint()
    with ExitStack() as stack:
        client = _client(scheduler, workers, stack)
        client.register_plugin(WarmUp(), name=WARM_UP_PLUGIN)
        window = 4 * max(1, sum(client.nthreads().values()))
        queue = iter(jobs)
        done = as_completed(loop=client.loop)
        in_flight: dict[str, Job] = {}  # future key → its job
        # A worker that dies takes every task it held with it: Dask retries them, but a
        # document that only shared the worker with the one that kills it may run out of
        # tries too. Each document whose worker died is read again alone at the end, so
        # only the one that kills its worker on its own fails.
        suspects: list[Job] = []
        while True:
            for job in queue:
                future = _submitted(client, job, fingerprint, base)
                if isinstance(future, str):  # gone since its checksum was taken
                    yield _failed(job, future)
                    continue
                in_flight[future.key] = job
                done.add(future)
                if len(in_flight) >= window:
                    break
            if not in_flight:
                break
            future = next(done)
            job = in_flight.pop(future.key)
            returned = _returned(future, scheduler)
            if returned is None:
                suspects.append(job)
                continue
            yield _received(returned, quarantine_dir)
        for job in suspects:
            future = _submitted(client, job, fingerprint, base)
            if isinstance(future, str):
                yield _failed(job, future)
                continue
            returned = _returned(future, scheduler)
            if returned is None:
                yield _failed(
                    job, "the worker reading it died, on every try (out of memory? a crash?)"
                )
                continue
            yield _received(returned, quarantine_dir)


def _submitted(client: Client, job: Job, fingerprint: str, base: str) -> Future | str:
    """The job on the cluster, with its bytes read here (or why they cannot be read)."""
    try:
        content = job.entry.path.read_bytes()
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    return client.submit(process_shipped, Shipped(job, content, fingerprint), base, pure=False)


def _returned(future: Future, scheduler: str) -> Returned | None:
    """What the worker returned; None when the worker reading it died on every try."""
    try:
        return future.result()  # re-raises what the worker raised
    except KilledWorker:  # the document, not the cluster: the others go on
        return None
    except (FutureCancelledError, OSError) as error:
        raise ClusterUnavailable(f"the Dask cluster at {scheduler} failed: {error}") from error
    finally:
        future.release()


def _failed(job: Job, problem: str) -> Result:
    return Result(
        job.index, job.entry.file, "failed", job.graph_iri, message=f"{job.entry.file}: {problem}"
    )


def _received(returned: Returned, quarantine_dir: Path) -> Result:
    """The worker's result, its quarantine folder written here and named in its message."""
    result = returned.result
    try:
        for name, content in returned.quarantined.items():
            path = quarantine_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    except OSError as error:
        return replace(
            result,
            status="failed",
            message=f"{result.file}: SHACL violation(s), not stored,"
            f" and the quarantine folder cannot be written: {error}",
        )
    if result.message is not None:
        result.message = result.message.replace(_QUARANTINE, str(quarantine_dir))
    return result


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of `workers` processes on this machine, quiet: no dashboard, no port it
    could find taken (Dask warns then), only errors logged."""
    return LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,  # the pipeline holds the GIL: one thread per process
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},  # its HTTP server (/health) on any port
        silence_logs=logging.ERROR,
    )


def _client(scheduler: str, workers: int, stack: ExitStack) -> Client:
    """A client of the cluster `scheduler` names; what it starts closes with `stack`."""
    try:
        if scheduler == LOCAL:
            cluster = stack.enter_context(local_cluster(workers))
            return stack.enter_context(Client(cluster, set_as_default=False))
        client = stack.enter_context(
            Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        )
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        return client
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterUnavailable(
            f"the Dask scheduler {scheduler} cannot be used: {error or type(error).__name__}"
        ) from error
