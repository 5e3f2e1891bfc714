"""The store lives in one child process so that a runaway query can really be stopped.

pyoxigraph cannot cancel a query, and only one read-write `Store` may open a directory. So
the service starts a "store host" process (spawned) that opens the store and runs each
request on its own thread (pyoxigraph releases the GIL while it evaluates), serialising
results in chunks that travel back over a pipe. The web process (`StoreHost`) enforces
deadlines: a query past its deadline is cancelled, and if the host does not give the thread
back it is killed and restarted, and the read requests that had not yet sent anything are
sent again to the new host. A kill waits for running writes to finish first.

Messages web → host: `(request_id, operation, arguments)`, `(request_id, "cancel", None)`
or `(request_id, "ack", None)` — one chunk went on to the client; a request has at most
WINDOW_CHUNKS unacknowledged chunks, so a slow client slows the query instead of filling
the web process's memory.
Messages host → web: `(request_id, kind, payload)` with kind `data` or `end` (payload:
(info, bytes): `info` — a dict saying what the result is — travels with the first of them
only) or `error` (payload: (status, message)).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import io
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import re
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from threading import Event
from typing import Any

log = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024
# Chunks a request may have in flight before the web process says they were sent on: a slow
# client holds back the store instead of piling the whole answer up in the web process.
WINDOW_CHUNKS = 16
# Requests the host runs at once; more wait in a backlog until one has finished.
MAX_WORKERS = 32
WRITE_OPERATIONS = frozenset({"update", "graph_put", "graph_post", "graph_delete", "load"})
SOLUTION_FORMATS = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_FORMATS = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
    "application/trig": "TRIG",
    "application/n-quads": "N_QUADS",
}


class HostError(Exception):
    """An error to answer with an HTTP status: raised in the host, re-raised in the web process."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class HostUnavailable(HostError):
    """The host process died or was restarted while this request was running."""

    def __init__(self, message: str) -> None:
        super().__init__(503, message)


# ---------------------------------------------------------------- the child process


class _Cancelled(Exception):
    pass


class _Reply:
    """One request's answer as few messages as possible: `data` (info with the first chunk)
    then `end` (info and the last bytes, when nothing was sent before) — a small answer is
    a single message, which is what keeps the service's latency close to the store's."""

    def __init__(self, send: Callable[[str, Any], None]) -> None:
        self._send = send
        self._info: dict[str, Any] | None = None
        self._info_sent = False
        self.tail: bytes | None = None

    def start(self, info: dict[str, Any]) -> None:
        self._info = info

    def _take_info(self) -> dict[str, Any] | None:
        if self._info_sent:
            return None
        self._info_sent = True
        return self._info

    def data(self, chunk: bytes) -> None:
        self._send("data", (self._take_info(), chunk))

    def end(self) -> None:
        self._send("end", (self._take_info(), self.tail))


class _Flow:
    """A request's controls from the web process: cancel it, and credit it sent chunks."""

    def __init__(self) -> None:
        self.cancelled = Event()
        self.credits = threading.Semaphore(WINDOW_CHUNKS)

    def cancel(self) -> None:
        self.cancelled.set()
        self.credits.release()  # wake a writer waiting for credit, so that it sees the cancel

    def wait_for_credit(self) -> None:
        while not self.credits.acquire(timeout=0.5):
            if self.cancelled.is_set():
                raise _Cancelled
        if self.cancelled.is_set():
            raise _Cancelled


class _ChunkWriter(io.RawIOBase):
    """A file-like that pyoxigraph serialises into; full chunks go to the web process."""

    def __init__(self, reply: _Reply, flow: _Flow) -> None:
        super().__init__()
        self._reply = reply
        self._flow = flow
        self._buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self._flow.cancelled.is_set():
            raise _Cancelled
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self._flow.wait_for_credit()
            self._reply.data(bytes(self._buffer))
            self._buffer.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        """Leave what is left for the reply's `end` message."""
        self._reply.tail = bytes(self._buffer) if self._buffer else None
        self._buffer.clear()


class _Host:
    """Runs in the child: owns the pyoxigraph Store and executes requests on threads."""

    def __init__(self, conn: multiprocessing.connection.Connection, store_path: str | None) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.conn = conn
        if store_path:  # `machikg serve` on a fresh checkout: no data/ directory yet
            Path(store_path).parent.mkdir(parents=True, exist_ok=True)
        self.store = ox.Store(store_path) if store_path else ox.Store()
        self.send_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self.flows: dict[int, _Flow] = {}
        self.custom_functions = _custom_functions(self.store)

    def send(self, request_id: int, kind: str, payload: Any) -> None:
        with self.send_lock:
            self.conn.send((request_id, kind, payload))

    def run(self) -> None:
        """Serve until told to shut down (or the web process goes), then flush the store.

        Leader/followers: one worker at a time receives; a worker that receives a request
        hands the turn to receive on and runs the request itself. A request thus starts on
        the thread that read it, with no hand-over to a pool thread (a wake-up, which on a
        busy machine can cost more than a small query), while cancel and ack messages are
        still read at once by the next worker. A new worker is started whenever none is left
        free; past MAX_WORKERS running requests, new ones wait in a backlog, and there is
        always a worker receiving, so that acks and cancels are never stuck behind them.
        """
        self.stopping = Event()
        self.receive_turn = threading.Lock()
        self.workers_lock = threading.Lock()
        self.workers: list[threading.Thread] = []
        self.free_workers = 0
        self.running = 0
        self.backlog: collections.deque[tuple[int, str, dict[str, Any], _Flow]] = (
            collections.deque()
        )
        self.send(0, "ready", None)
        self._start_worker()
        self.stopping.wait()
        with self.workers_lock:
            workers = list(self.workers)
        for worker in workers:
            worker.join()
        with contextlib.suppress(Exception):
            self.store.flush()

    def _start_worker(self) -> None:
        """One more free worker (workers_lock held, or before any worker runs)."""
        worker = threading.Thread(
            target=self._work, name=f"store-host-{len(self.workers)}", daemon=True
        )
        self.workers.append(worker)
        self.free_workers += 1
        worker.start()

    def _work(self) -> None:
        while True:
            with self.receive_turn:
                request = self._next_request()
                if request is None:
                    self.stopping.set()
                    return
            while request is not None:
                self.execute(*request)
                with self.workers_lock:
                    request = self.backlog.popleft() if self.backlog else None
                    if request is None:
                        self.running -= 1
                        self.free_workers += 1

    def _next_request(self) -> tuple[int, str, dict[str, Any], _Flow] | None:
        """(Receive turn held.) The next request for this worker to run; None: time to stop."""
        while not self.stopping.is_set():
            request = self._receive_request()
            if request is None:
                return None
            with self.workers_lock:
                if self.running >= MAX_WORKERS:
                    self.backlog.append(request)
                    continue
                self.running += 1
                self.free_workers -= 1
                if self.free_workers == 0:
                    self._start_worker()
            return request
        return None

    def _receive_request(self) -> tuple[int, str, dict[str, Any], _Flow] | None:
        """The next request, acting on control messages on the way; None: time to stop."""
        while True:
            try:
                request_id, operation, arguments = self.conn.recv()
            except (EOFError, OSError):
                return None
            if operation in ("cancel", "ack"):
                flow = self.flows.get(request_id)
                if flow is not None:
                    flow.cancel() if operation == "cancel" else flow.credits.release()
                continue
            if operation == "shutdown":
                return None
            flow = self.flows[request_id] = _Flow()
            return request_id, operation, arguments, flow

    def execute(
        self, request_id: int, operation: str, arguments: dict[str, Any], flow: _Flow
    ) -> None:
        def send(kind: str, payload: Any) -> None:
            self.send(request_id, kind, payload)

        reply = _Reply(send)
        try:
            handler = getattr(self, f"do_{operation}")
            if operation in WRITE_OPERATIONS:
                with self.write_lock:
                    handler(arguments, reply, flow)
            else:
                handler(arguments, reply, flow)
            reply.end()
        except _Cancelled:
            send("error", (503, "the request was cancelled"))
        except HostError as error:
            send("error", (error.status, error.message))
        except SyntaxError as error:
            if operation in ("query", "update"):
                send("error", (400, _syntax_message(str(error))))
            else:
                send("error", (400, f"the data does not parse: {error}"))
        except (ValueError, TypeError) as error:
            send("error", (400, str(error)))
        except OSError as error:
            send("error", (500, f"store error: {error}"))
        except Exception as error:  # the host must survive anything a request does
            log.exception("request %s failed", request_id)
            send("error", (500, f"{type(error).__name__}: {error}"))
        finally:
            if self.flows.get(request_id) is flow:
                del self.flows[request_id]

    # -- operations -------------------------------------------------------------------

    def do_query(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        ox = self.ox
        dataset: dict[str, Any] = {}
        if a.get("default_graph") is not None or a.get("named_graphs") is not None:
            # a protocol dataset replaces the service's: graphs not named are not in it
            dataset["default_graph"] = [ox.NamedNode(g) for g in a.get("default_graph") or []]
            dataset["named_graphs"] = [ox.NamedNode(g) for g in a.get("named_graphs") or []]
        elif not a.get("own_dataset"):  # FROM in the query: pyoxigraph's union would override it
            dataset["use_default_graph_as_union"] = True
        query = a["query"]
        substitutions = self._substitutions(a.get("bindings") or {})
        options = {
            "base_iri": a.get("base_iri"),
            "custom_functions": self.custom_functions or None,
            **dataset,
        }
        try:
            result = self.store.query(query, substitutions=substitutions or None, **options)
        except RuntimeError as error:
            # pyoxigraph substitutes projected variables only; others are bound by a VALUES
            # block at the top of the WHERE group, as `machikg query --bind` does
            if not substitutions or "projection" not in str(error):
                raise
            from service.store import with_values

            rewritten = with_values(query, {v.value: t for v, t in substitutions.items()})
            if rewritten is None:
                raise HostError(400, "cannot bind $-parameters: no WHERE group") from None
            result = self.store.query(rewritten, **options)
        if isinstance(result, ox.QueryBoolean):
            kind, media_type = "boolean", a["formats"].get("boolean")
            table = SOLUTION_FORMATS
        elif isinstance(result, ox.QuerySolutions):
            kind, media_type = "solutions", a["formats"].get("solutions")
            table = SOLUTION_FORMATS
        else:
            kind, media_type = "graph", a["formats"].get("graph")
            table = GRAPH_FORMATS
        if media_type is None:
            raise HostError(406, f"none of the accepted media types can carry {kind} results")
        reply.start({"kind": kind, "media_type": media_type})
        fmt = ox.QueryResultsFormat if table is SOLUTION_FORMATS else ox.RdfFormat
        writer = _ChunkWriter(reply, flow)
        result.serialize(writer, getattr(fmt, table[media_type]))
        writer.finish()

    def _substitutions(self, bindings: dict[str, str]) -> dict[Any, Any]:
        """`{"name": '"text"@ja'}` → {Variable("name"): Literal("text", language="ja")}."""
        ox = self.ox
        parsed = {}
        for name, term in bindings.items():
            line = f"<urn:machikg:s> <urn:machikg:p> {term} .\n"
            try:
                triples = list(ox.parse(line.encode(), ox.RdfFormat.N_TRIPLES))
            except SyntaxError:
                raise HostError(
                    400,
                    f"${name}={term!r} is not an N-Triples term; write a string as"
                    ' "text", an IRI as <http://…>',
                ) from None
            parsed[ox.Variable(name)] = triples[0].object
        return parsed

    def do_update(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        self.store.update(
            a["update"],
            base_iri=a.get("base_iri"),
            custom_functions=self.custom_functions or None,
        )
        reply.start({"kind": "update"})

    def _graph(self, name: str | None) -> Any:
        return self.ox.DefaultGraph() if name is None else self.ox.NamedNode(name)

    def _exists(self, name: str | None) -> bool:
        return name is None or self.store.contains_named_graph(self._graph(name))

    def do_graph_get(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        if not self._exists(a["graph"]):
            raise HostError(404, f"no graph <{a['graph']}> in the store")
        reply.start({"kind": "graph", "media_type": a["media_type"]})
        writer = _ChunkWriter(reply, flow)
        self.store.dump(
            writer,
            getattr(self.ox.RdfFormat, GRAPH_FORMATS[a["media_type"]]),
            from_graph=self._graph(a["graph"]),
        )
        writer.finish()

    def _parse(self, a: dict[str, Any]) -> list[Any]:
        ox = self.ox
        fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[a["media_type"]])
        graph = self._graph(a["graph"])
        try:
            quads = list(ox.parse(a["data"], fmt, base_iri=a.get("base_iri")))
        except SyntaxError as error:
            raise HostError(400, f"the {a['media_type']} body does not parse: {error}") from None
        return [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]

    def do_graph_put(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        quads = self._parse(a)
        existed = self._exists(a["graph"])
        if a["graph"] is None:
            self.store.clear_graph(self.ox.DefaultGraph())
        elif existed:
            self.store.clear_graph(self._graph(a["graph"]))
        else:
            self.store.add_graph(self._graph(a["graph"]))
        self.store.extend(quads)
        reply.start({"kind": "graph_write", "created": not existed})

    def do_graph_post(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        quads = self._parse(a)
        existed = self._exists(a["graph"])
        if not existed:
            self.store.add_graph(self._graph(a["graph"]))
        self.store.extend(quads)
        reply.start({"kind": "graph_write", "created": not existed})

    def do_graph_delete(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        if a["graph"] is None:
            self.store.clear_graph(self.ox.DefaultGraph())
        elif self._exists(a["graph"]):
            self.store.remove_graph(self._graph(a["graph"]))
        else:
            raise HostError(404, f"no graph <{a['graph']}> in the store")
        reply.start({"kind": "graph_write", "created": False})

    def do_load(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        self.store.load(a["data"], self.ox.RdfFormat.N_QUADS)
        reply.start({"kind": "load"})

    def do_ping(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        reply.start({"kind": "pong", "pid": multiprocessing.current_process().pid})


def _syntax_message(message: str) -> str:
    """pyoxigraph's "error at 3:2: expected …" as "SPARQL syntax error at line 3, column 2: …"."""
    match = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.DOTALL)
    if match is None:
        return f"SPARQL syntax error: {message}"
    line, column, detail = match.groups()
    return f"SPARQL syntax error at line {line}, column {column}: {detail}"


def _custom_functions(store: Any) -> dict[Any, Callable]:
    """The search engineer's SPARQL functions, when that package is present."""
    try:
        from service.search.sparql_function import custom_functions
    except ImportError:
        return {}
    try:
        return dict(custom_functions(store))
    except Exception:
        log.exception("service.search.sparql_function.custom_functions failed; running without")
        return {}


def _host_main(conn: multiprocessing.connection.Connection, store_path: str | None) -> None:
    logging.basicConfig(level=logging.WARNING)
    try:
        host = _Host(conn, store_path)
    except Exception as error:
        conn.send((0, "failed", f"{type(error).__name__}: {error}"))
        return
    host.run()


# ---------------------------------------------------------------- the web process side


class Inbox:
    """One request's messages from the host, read in the request's event loop.

    An `asyncio.Queue` read with `asyncio.wait_for` makes a task per wait; a future and a
    timer do the same for a fraction of the cost, which counts when the query itself takes
    a fraction of a millisecond.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.items: collections.deque[tuple[str, Any]] = collections.deque()
        self.waiter: asyncio.Future[None] | None = None

    def put_nowait(self, item: tuple[str, Any]) -> None:
        """Called in the loop (via call_soon_threadsafe from the reader thread)."""
        self.items.append(item)
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def qsize(self) -> int:
        return len(self.items)

    async def get(self, timeout_s: float) -> tuple[str, Any]:
        """The next message; TimeoutError when none came within `timeout_s`."""
        if not self.items:
            waiter = self.waiter = self.loop.create_future()
            timer = self.loop.call_later(timeout_s, _expire, waiter)
            try:
                await waiter
            finally:
                timer.cancel()
                self.waiter = None
        return self.items.popleft()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


@dataclass
class _Pending:
    operation: str
    arguments: dict[str, Any]
    loop: asyncio.AbstractEventLoop
    queue: Inbox
    generation: int
    sent_any: bool = False
    expired: bool = False
    done: bool = False


class StoreHost:
    """The web process's handle on the store host: send requests, stream answers, restart.

    `store_path` None keeps an in-memory store in the host; its writes are remembered here
    (N-Quads given at start and every successful write) so a restarted host gets them back.
    """

    def __init__(self, store_path: Path | None, *, initial_nquads: bytes | None = None) -> None:
        self.store_path = str(store_path) if store_path is not None else None
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.RLock()
        self._writes_done = threading.Condition(self._lock)
        self._restart_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._writes_in_flight = 0
        self._replay: list[tuple[str, dict[str, Any]]] = []
        self._generation = 0
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: multiprocessing.connection.Connection | None = None
        self._closed = False
        self.restarts = 0
        if initial_nquads and self.store_path is None:
            self._replay.append(("load", {"data": initial_nquads}))
        self._install(*self._spawn())
        if initial_nquads and self.store_path is not None:
            try:
                self._run_sync("load", {"data": initial_nquads})
            except BaseException:
                self.close()
                raise

    # -- process management -----------------------------------------------------------

    def _spawn(self) -> tuple[multiprocessing.process.BaseProcess, Any]:
        """Start a host process and wait until it has the store open (and replayed writes)."""
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_host_main, args=(child, self.store_path), daemon=True, name="machikg-store"
        )
        process.start()
        child.close()
        if not parent.poll(120):
            process.kill()
            raise RuntimeError("the store host did not start within 120 s")
        try:
            _, kind, payload = parent.recv()
        except EOFError:
            kind, payload = "failed", f"it exited with code {process.join(5) or process.exitcode}"
        if kind != "ready":
            process.join(5)
            from service.store import StoreError, StoreInUseError

            if self.store_path is not None and "lock" in str(payload).lower():
                raise StoreInUseError(Path(self.store_path))
            raise StoreError(f"store {self.store_path or '(in memory)'}: cannot open: {payload}")
        for number, (operation, arguments) in enumerate(list(self._replay), 1):
            parent.send((-number, operation, arguments))  # ids < 0: never a client's
            while True:  # each replayed write finishes before anything else is served
                request_id, kind, payload = parent.recv()
                if request_id == -number and kind in ("end", "error"):
                    break
        return process, parent

    def _install(self, process: multiprocessing.process.BaseProcess, conn: Any) -> None:
        """Make a started host the current one and send it every request still waiting."""
        with self._lock:
            self._generation += 1
            self._process, self._conn = process, conn
            for request_id, pending in list(self._pending.items()):
                pending.generation = self._generation
                if pending.expired or pending.sent_any:
                    self._finish(request_id, pending, success=False)
                    if pending.sent_any:
                        message = "the store was restarted while this answer was being sent"
                        with contextlib.suppress(RuntimeError):  # its loop is gone
                            pending.loop.call_soon_threadsafe(
                                pending.queue.put_nowait, ("error", (503, message))
                            )
                else:
                    conn.send((request_id, pending.operation, pending.arguments))
            threading.Thread(
                target=self._read,
                args=(conn, self._generation),
                daemon=True,
                name="store-reader",
            ).start()

    def _read(self, conn: multiprocessing.connection.Connection, generation: int) -> None:
        while True:
            try:
                request_id, kind, payload = conn.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                pending = self._pending.get(request_id)
                if pending is None or pending.generation != generation:
                    continue
                if kind == "data":
                    pending.sent_any = True
                if kind in ("end", "error"):
                    self._finish(request_id, pending, success=kind == "end")
            try:
                pending.loop.call_soon_threadsafe(pending.queue.put_nowait, (kind, payload))
            except RuntimeError:  # that request's event loop is gone: nobody is waiting
                with self._lock:
                    self._finish(request_id, pending, success=False)
        with self._lock:
            if self._generation != generation or self._closed:
                return
        log.error("the store host exited unexpectedly; restarting it")
        self.restart()

    def _finish(self, request_id: int, pending: _Pending, *, success: bool) -> None:
        """Forget a request (lock held); a successful in-memory write is kept for replay."""
        if pending.done:
            return
        pending.done = True
        self._pending.pop(request_id, None)
        if pending.operation in WRITE_OPERATIONS:
            self._writes_in_flight -= 1
            if success and self.store_path is None:
                self._replay.append((pending.operation, pending.arguments))
            self._writes_done.notify_all()

    def restart(self) -> None:
        """Kill the host (once running writes have finished) and start a new one.

        Requests arriving meanwhile wait in `_pending` and go to the new host, as do the read
        requests that had not sent anything yet; the others get an error, since part of their
        answer is already on its way.
        """
        with self._restart_lock:
            with self._lock:
                while self._writes_in_flight:
                    self._writes_done.wait()
                if self._closed:
                    return
                old_process, old_conn = self._process, self._conn
                self._conn = None  # requests now wait for the new host
                self._generation += 1  # the old reader ignores what is still in the pipe
                self.restarts += 1
            if old_process is not None:
                old_process.kill()
                old_process.join(10)
            if old_conn is not None:
                old_conn.close()
            self._install(*self._spawn())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send((0, "shutdown", None))
            process = self._process
        if process is not None:
            process.join(30)
            if process.is_alive():
                process.kill()
                process.join(5)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    # -- requests ---------------------------------------------------------------------

    def _submit(self, operation: str, arguments: dict[str, Any]) -> tuple[int, Inbox]:
        loop = asyncio.get_running_loop()
        queue = Inbox(loop)
        with self._lock:
            if self._closed:
                raise HostUnavailable("the store is shutting down")
            if operation in WRITE_OPERATIONS:
                self._writes_in_flight += 1
            request_id = next(self._ids)
            self._pending[request_id] = _Pending(
                operation, arguments, loop, queue, self._generation
            )
            if self._conn is not None:  # else a restart is under way and will send it
                try:
                    self._conn.send((request_id, operation, arguments))
                except OSError:  # the host just died: the restart sends it again
                    log.warning(
                        "the store host is gone; request %s waits for its restart", request_id
                    )
        return request_id, queue

    def cancel(self, request_id: int) -> None:
        self._control(request_id, "cancel")

    def ack(self, request_id: int) -> None:
        """A chunk of this answer went on to the client: the host may send another."""
        self._control(request_id, "ack")

    def _control(self, request_id: int, message: str) -> None:
        with self._lock:
            if request_id in self._pending and self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send((request_id, message, None))

    async def _overrun(self, request_id: int) -> None:
        """Deadline passed: ask the host to stop; kill it if the thread does not come back."""
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is None:
                return
            pending.expired = True
        self.cancel(request_id)
        await asyncio.sleep(0.25)
        with self._lock:
            still_running = request_id in self._pending
            if still_running:
                self._finish(request_id, self._pending[request_id], success=False)
        if still_running:
            await asyncio.to_thread(self.restart)

    async def request(
        self, operation: str, arguments: dict[str, Any], *, timeout_s: float
    ) -> HostAnswer:
        """Send a request; return once it has started answering (or raise HostError)."""
        request_id, queue = self._submit(operation, arguments)
        answer = HostAnswer(self, request_id, queue, timeout_s)
        await answer.wait_for_start()
        return answer

    def _run_sync(self, operation: str, arguments: dict[str, Any]) -> None:
        async def run() -> None:
            answer = await self.request(operation, arguments, timeout_s=3600)
            await answer.body()

        asyncio.run(run())


class HostAnswer:
    """One request's answer: what it is (`info`), then its bytes (`chunks()`).

    The time limit runs until the first bytes arrive; after that it applies to each wait for
    the next chunk, so a long answer read at the client's pace is not cut off, while a query
    that stops producing is.
    """

    def __init__(self, host: StoreHost, request_id: int, queue: Inbox, timeout_s: float) -> None:
        self.host = host
        self.request_id = request_id
        self.queue = queue
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self.info: dict[str, Any] = {}
        self.first_chunk: bytes | None = None
        self.first_chunk_needs_ack = False
        self.finished = False

    async def _next(self) -> tuple[str, Any]:
        remaining = self.deadline - time.monotonic()
        try:
            return await self.queue.get(max(remaining, 0.001))
        except TimeoutError:
            await self.host._overrun(self.request_id)
            raise HostError(
                503,
                f"the request ran longer than this service's limit of {self.timeout_s:g} s"
                " and was stopped; narrow the query (a LIMIT, fewer joins) or run it on your"
                " own copy of the data",
            ) from None

    async def wait_for_start(self) -> None:
        """Wait until the answer is known to succeed far enough to send a status line."""
        kind, payload = await self._next()
        if kind == "error":
            self.finished = True
            raise HostError(*payload)
        info, self.first_chunk = payload
        self.info = info or {}
        self.finished = kind == "end"
        self.first_chunk_needs_ack = kind == "data"

    async def chunks(self) -> AsyncIterator[bytes]:
        """The answer's bytes; a failure half way ends the stream early (status already sent)."""
        try:
            if self.first_chunk is not None:
                yield self.first_chunk
                self.first_chunk = None
                if self.first_chunk_needs_ack:
                    self.host.ack(self.request_id)
            while not self.finished:
                self.deadline = time.monotonic() + self.timeout_s
                try:
                    kind, payload = await self._next()
                except HostError as error:
                    log.warning("answer %s stopped: %s", self.request_id, error.message)
                    return
                if kind == "error":
                    self.finished = True
                    log.warning("answer %s failed while streaming: %s", self.request_id, payload)
                    return
                self.finished = kind == "end"
                if payload[1] is not None:
                    yield payload[1]
                    if kind == "data":
                        self.host.ack(self.request_id)
        finally:
            if not self.finished:  # the client went away: stop the work
                self.host.cancel(self.request_id)

    async def body(self) -> bytes:
        return b"".join([chunk async for chunk in self.chunks()])
