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

A document that kills its worker (a crash, out of memory) fails alone, within two budgets:
tries, Dask's `distributed.scheduler.allowed-failures` (a task whose worker dies is tried
again, up to that many times, then read once more alone at the end), and time: a cluster left
with no worker at all for `WORKER_RETURN_TIMEOUT_S` (its last worker killed, and no nanny
to start another; a result lost with its worker adds up to `RESULT_TIMEOUT_S`) is not waited
for any longer. What is left unread is then reported failed, and what was read is stored as
usual.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import tempfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Literal

import dask
from dask.typing import Key
from distributed import (
    Client,
    Future,
    KilledWorker,
    LocalCluster,
    Worker,
    WorkerPlugin,
    wait,
)
from distributed.client import FIRST_COMPLETED, FutureCancelledError, FuturesCancelledError
from distributed.core import Status

from service import ingest_pipeline
from service.ingest import LoaderUnavailable
from service.ingest_pipeline import Job, Result

LOCAL = "local"  # --scheduler local: a LocalCluster of processes on this machine
WARM_UP_PLUGIN = "machikg-warm-up"
CONNECT_TIMEOUT_S = 30.0
# How long a cluster with no worker left (its last one died, no nanny started another) is
# waited for before what is left unread fails. Generous: a nanny restarting a worker on a
# loaded machine takes tens of seconds.
WORKER_RETURN_TIMEOUT_S = 120.0
CHECK_INTERVAL_S = 2.0  # how often a wait for results checks that the cluster has a worker
# How long a result is waited for once done. Twice Dask's connect timeout (30 s): a gather
# from a worker that has just died retries connecting that long before Dask gives up on it
# and makes the result again.
RESULT_TIMEOUT_S = 60.0
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
    thread that runs the documents (what it caches need not be usable from another).

    Idempotent: registered again (the next ingest on a running cluster), it is not set up
    again on the workers, which are warm already."""

    idempotent = True

    async def setup(self, worker: Worker) -> None:
        if worker.status in _CLOSING:
            # A worker closed while it registers (a nanny or the cluster stopping it) has
            # shut its thread pool down: nothing to warm, and failing here would only make
            # its registration, or the client's register_plugin, fail.
            return
        await asyncio.get_running_loop().run_in_executor(worker.executors["default"], _warm_up)


_CLOSING = frozenset({Status.closing, Status.closed, Status.failed})


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
    with ExitStack() as stack:
        client = _client(scheduler, workers, stack)
        reading = _Reading(client, scheduler, ingest_pipeline.pipeline_fingerprint(), base)
        # A worker that dies takes every task it held with it: Dask retries them, but a
        # document that only shared the worker with the one that kills it may run out of
        # tries too. Each document whose worker died is read again alone at the end, so
        # only the one that kills its worker on its own fails.
        suspects: list[Job] = []
        window = 4 * max(1, sum(client.nthreads().values()))
        for job, read in reading.read(jobs, window=window):
            if read is _Unread.DIED:
                suspects.append(job)
            elif read is _Unread.NO_WORKER:
                yield _failed(job, f"not read: {reading.no_worker}")
            else:
                yield _result(job, read, quarantine_dir)
        for job, read in reading.read(suspects, window=1):
            if read is _Unread.DIED:
                yield _failed(
                    job, "the worker reading it died, on every try (out of memory? a crash?)"
                )
            elif read is _Unread.NO_WORKER:
                yield _failed(job, f"the worker reading it died, and {reading.no_worker}")
            else:
                yield _result(job, read, quarantine_dir)


class _Unread(Enum):
    """Why a job has no result: the worker reading it died on every try, or the cluster
    has had no worker for WORKER_RETURN_TIMEOUT_S."""

    DIED = "died"
    NO_WORKER = "no worker"


@dataclass
class _Reading:
    """Jobs read on the cluster; `gone` once it has had no worker for
    WORKER_RETURN_TIMEOUT_S: from then on nothing is waited for, every job left is unread."""

    client: Client
    scheduler: str
    fingerprint: str
    base: str
    gone: bool = False

    @property
    def no_worker(self) -> str:
        return (
            f"the Dask cluster at {self.scheduler} has had no worker for"
            f" {WORKER_RETURN_TIMEOUT_S:g} s (a document killed the last one?)"
        )

    def read(
        self, jobs: Iterable[Job], *, window: int
    ) -> Iterator[tuple[Job, Returned | _Unread | str]]:
        """Each job with what its worker returned (or why not: a message when its bytes
        cannot be read here), in completion order, at most `window` in flight."""
        queue = iter(jobs)
        in_flight: dict[Key, tuple[Future, Job]] = {}  # future key → the future, its job
        while True:
            for job in queue:
                if self.gone:
                    yield job, _Unread.NO_WORKER
                    continue
                future = _submitted(self.client, job, self.fingerprint, self.base)
                if isinstance(future, str):  # gone since its checksum was taken
                    yield job, future
                    continue
                in_flight[future.key] = (future, job)
                if len(in_flight) >= window:
                    break
            if not in_flight:
                return
            finished = self._finished([future for future, _ in in_flight.values()])
            if finished is None:
                self.gone = True
                for future, job in in_flight.values():
                    future.release()
                    yield job, _Unread.NO_WORKER
                in_flight.clear()
                continue
            for future in finished:
                returned = _returned(future, self.scheduler)
                if returned is None:  # not here yet: waited for again
                    continue
                _, job = in_flight.pop(future.key)
                future.release()
                yield job, returned

    def _finished(self, futures: Collection[Future]) -> set[Future] | None:
        """The futures among `futures` that are done, once one is; None when the cluster
        has had no worker for WORKER_RETURN_TIMEOUT_S meanwhile. A nanny restarts a worker
        that dies, but a worker without one (`dask worker --no-nanny`), or a nanny that
        fails to, would leave the tasks waiting forever: every CHECK_INTERVAL_S the wait
        checks that some worker is there to run them."""
        try:
            with self.client.as_current():  # `wait` uses the current client
                while True:
                    try:
                        done = wait(futures, CHECK_INTERVAL_S, return_when=FIRST_COMPLETED)
                        return set(done.done)
                    except TimeoutError:
                        pass
                    try:
                        self.client.wait_for_workers(1, timeout=WORKER_RETURN_TIMEOUT_S)
                    except TimeoutError:
                        return None
        except (FuturesCancelledError, OSError) as error:
            raise ClusterUnavailable(
                f"the Dask cluster at {self.scheduler} failed: {error}"
            ) from error


def _submitted(client: Client, job: Job, fingerprint: str, base: str) -> Future | str:
    """The job on the cluster, with its bytes read here (or why they cannot be read)."""
    try:
        content = job.entry.path.read_bytes()
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    return client.submit(process_shipped, Shipped(job, content, fingerprint), base, pure=False)


def _returned(future: Future, scheduler: str) -> Returned | Literal[_Unread.DIED] | None:
    """What the worker returned for a done future; DIED when the worker reading it died on
    every try; None when it is not here after RESULT_TIMEOUT_S: the worker holding it died
    on the way (Dask makes it again), and it is waited for again as one not done, where the
    wait checks that some worker is left to make it."""
    try:
        return future.result(timeout=RESULT_TIMEOUT_S)  # re-raises what the worker raised
    except KilledWorker:  # the document, not the cluster: the others go on
        return _Unread.DIED
    except TimeoutError:
        return None
    except (FutureCancelledError, OSError) as error:
        raise ClusterUnavailable(f"the Dask cluster at {scheduler} failed: {error}") from error


def _result(job: Job, read: Returned | str, quarantine_dir: Path) -> Result:
    return _failed(job, read) if isinstance(read, str) else _received(read, quarantine_dir)


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


# Dask's deploy layer closes the nanny of a worker that is not back this long after it was
# lost (default 15 s), for clusters whose workers are jobs elsewhere. A nanny here restarts
# its worker itself; on a loaded machine, a document killing its worker again and again
# (each try) keeps it away longer than 15 s, and closing the nanny then left the cluster
# with no worker at all. The ingest gives up on a cluster with no worker on its own budget.
_KEEP_NANNIES = {"distributed.deploy.lost-worker-timeout": "1 day"}


@contextmanager
def local_cluster(workers: int, *, threads_per_worker: int = 1) -> Iterator[LocalCluster]:
    """A cluster of `workers` processes on this machine, quiet: no dashboard, no port it
    could find taken (Dask warns then), only errors logged; a worker that dies is restarted
    by its nanny however long that takes."""
    with (
        dask.config.set(_KEEP_NANNIES),  # read when a worker is lost: for the cluster's life
        LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=threads_per_worker,  # 1: the pipeline holds the GIL
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": ":0"},  # its HTTP server (/health), any port
            silence_logs=logging.ERROR,
        ) as cluster,
    ):
        yield cluster


def _client(scheduler: str, workers: int, stack: ExitStack) -> Client:
    """A client of the cluster `scheduler` names; what it starts closes with `stack`."""
    try:
        if scheduler == LOCAL:
            cluster = stack.enter_context(local_cluster(workers))
            client = stack.enter_context(Client(cluster, set_as_default=False))
        else:
            client = stack.enter_context(
                Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
            )
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        client.register_plugin(WarmUp(), name=WARM_UP_PLUGIN)
        return client
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterUnavailable(
            f"the Dask scheduler {scheduler} cannot be used: {error or type(error).__name__}"
        ) from error
