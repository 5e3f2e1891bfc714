"""The store host process: it owns the pyoxigraph `Store` and runs the web process's requests.

pyoxigraph cannot cancel a query, so a query past its deadline can only be stopped by
ending the process that runs it: the store lives here, in a child of the web process
(`service.http.store_host.StoreHost`), which kills and restarts it when it must.

Each request arrives on one of the host's channels (a pipe with its own thread, blocked
reading it) and its answer goes back on the same channel: `(request_id, kind, payload)`
with kind `data` or `end` (payload: (info, bytes); `info`, a dict saying what the result
is, travels with the first of them only) or `error` (payload: (status, message)). Answers
are serialised by pyoxigraph in chunks; a request may have WINDOW_CHUNKS chunks that the web
process has not yet passed on to its client, so a slow client slows the query instead of
filling the web process's memory. The control connection carries `(request_id, "cancel" |
"ack", None)`, `(0, "shutdown", None)`, and the writes replayed into a restarted in-memory
store.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from service.http.connection_frames import FrameReader
from service.http.parser_limits import check_literal, check_xml_entities
from service.http.sparql_tokens import with_star_in_order

log = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024
# Seconds a shutdown waits for running requests (writes above all) before the store closes.
SHUTDOWN_GRACE_S = 3.0
# Chunks a request may have in flight before the web process says they were sent on: a slow
# client holds back the store instead of piling the whole answer up in the web process.
WINDOW_CHUNKS = 16
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


def dump_message(message: tuple[Any, ...]) -> bytes:
    """A message as `Connection.recv` reads it: plain pickle, without `ForkingPickler`'s
    set-up per call (messages hold no connections or other special objects)."""
    return pickle.dumps(message, pickle.HIGHEST_PROTOCOL)


class HostError(Exception):
    """An error to answer with an HTTP status: raised in the host, re-raised in the web process."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


class HostUnavailable(HostError):
    """The host process died or was restarted while this request was running."""

    def __init__(self, message: str) -> None:
        super().__init__(503, message)


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
        self.cancelled = False  # a flag set once by another thread: no Event needed
        self.credits = threading.Semaphore(WINDOW_CHUNKS)

    def cancel(self) -> None:
        self.cancelled = True
        self.credits.release()  # wake a writer waiting for credit, so that it sees the cancel

    def wait_for_credit(self) -> None:
        while not self.credits.acquire(timeout=0.5):
            if self.cancelled:
                raise _Cancelled
        if self.cancelled:
            raise _Cancelled


class _ChunkWriter:
    """What pyoxigraph serialises into (it needs `write` and `flush` only, so no `io` base
    class and its finaliser per answer); full chunks go to the web process."""

    __slots__ = ("_buffer", "_flow", "_reply")

    def __init__(self, reply: _Reply, flow: _Flow) -> None:
        self._reply = reply
        self._flow = flow
        self._buffer = bytearray()

    def write(self, data: Any) -> int:
        if self._flow.cancelled:
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


class Host:
    """Runs in the child: owns the pyoxigraph Store; one thread per channel runs requests."""

    def __init__(
        self,
        conn: multiprocessing.connection.Connection,
        channels: list[multiprocessing.connection.Connection],
        store_path: str | None,
        read: Any = None,
    ) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.conn = conn
        self.channels = channels
        self.read = read  # shared with the web process: the last request each channel read
        if store_path:  # `machikg serve` on a fresh checkout: no data/ directory yet
            Path(store_path).parent.mkdir(parents=True, exist_ok=True)
        self.store = ox.Store(store_path) if store_path else ox.Store()
        from service import default_graph

        self.default_graph = default_graph
        if default_graph.needs_rebuild(self.store):  # a store from before the merged layout
            self.store.update(default_graph.MERGE_NAMED_GRAPHS)
        self.write_lock = threading.Lock()
        self.flows_lock = threading.Lock()
        self.flows: dict[int, _Flow] = {}
        self.early_cancels: set[int] = set()
        self.running = 0
        self.idle = threading.Condition(self.flows_lock)
        self.custom_functions = _custom_functions(self.store)

    def run(self) -> None:
        """Serve until told to shut down (or the web process goes), then flush the store.

        Each channel has its own thread, blocked reading it: the web process sends a request
        to an idle channel, so the thread that wakes up is the one that runs it — no hand-over
        between threads, which on a busy machine can cost more than a small query. The
        control connection carries cancels and acks (read here, at once, whatever the
        channels are doing) and the writes replayed into a restarted in-memory store.
        """
        self.conn.send((0, "ready", None))
        for number, channel in enumerate(self.channels):
            threading.Thread(
                target=self._serve_channel,
                args=(channel, number),
                daemon=True,
                name=f"store-host-{number}",
            ).start()
        while True:
            try:
                request_id, operation, arguments = self.conn.recv()
            except (EOFError, OSError):
                # the web process is gone (killed, or crashed): nobody reads answers any more,
                # so a running query must not go on. A write cut short is one transaction that
                # never committed; RocksDB's log has every committed one.
                os._exit(0)
            if operation in ("cancel", "ack"):
                self.control(request_id, operation)
            elif operation == "shutdown":
                break
            else:
                self.execute(request_id, operation, arguments, self.conn)
        with self.idle:  # running requests finish (writes above all) before the store closes
            self.idle.wait_for(lambda: self.running == 0, timeout=SHUTDOWN_GRACE_S)
        with contextlib.suppress(Exception):
            self.store.flush()

    def control(self, request_id: int, operation: str) -> None:
        """Cancel a request, or credit it a chunk that went on to the client."""
        with self.flows_lock:
            flow = self.flows.get(request_id)
            if flow is None and operation == "cancel":
                # sent right after its request, which its channel's thread has not read yet
                if len(self.early_cancels) > 10_000:  # cancels of requests already ended
                    self.early_cancels.clear()
                self.early_cancels.add(request_id)
        if flow is None:
            return
        if operation == "cancel":
            flow.cancel()
        else:
            flow.credits.release()

    def _serve_channel(self, channel: multiprocessing.connection.Connection, index: int) -> None:
        reader = FrameReader(channel.fileno())  # one read per request, not two
        while True:
            try:
                messages = reader.read()
            except OSError:
                return
            if messages is None:
                return
            for request_id, operation, arguments in messages:
                if self.read is not None:
                    # if this request kills the host, the web process must not send it again
                    self.read[index] = request_id
                self.execute(request_id, operation, arguments, channel)

    def execute(
        self,
        request_id: int,
        operation: str,
        arguments: dict[str, Any],
        channel: multiprocessing.connection.Connection,
    ) -> None:
        """Run one request, its answer going back on the channel it came on."""

        def send(kind: str, payload: Any) -> None:
            channel.send_bytes(dump_message((request_id, kind, payload)))

        flow = _Flow()
        with self.flows_lock:
            self.flows[request_id] = flow
            self.running += 1
            if request_id in self.early_cancels:
                self.early_cancels.discard(request_id)
                flow.cancel()

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
        except (ValueError, TypeError) as error:  # ParserLimitError among them
            send("error", (400, str(error)))
        except Exception:  # the host must survive anything a request does
            # the details (exception class, a remote host's answer …) go to the log, not to
            # the client: they tell an attacker what is behind the service
            log.exception("request %s failed", request_id)
            send("error", (500, f"the store could not answer this request (incident"
                                f" {request_id}; the service log has the details)"))  # fmt: skip
        finally:
            with self.flows_lock:
                if self.flows.get(request_id) is flow:
                    del self.flows[request_id]
                self.running -= 1
                if self.running == 0:  # only shutdown waits, for none to be running
                    self.idle.notify_all()

    # -- operations -------------------------------------------------------------------

    def do_query(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        ox = self.ox
        dataset: dict[str, Any] = {}
        if a.get("default_graph") is not None or a.get("named_graphs") is not None:
            # a protocol dataset replaces the service's: graphs not named are not in it
            dataset["default_graph"] = [ox.NamedNode(g) for g in a.get("default_graph") or []]
            dataset["named_graphs"] = [ox.NamedNode(g) for g in a.get("named_graphs") or []]
        # otherwise the store's default graph: the set-merge of the named graphs, which
        # machikg keeps with every write (service.default_graph), not pyoxigraph's union
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
            query, substitutions = rewritten, {}
            result = self.store.query(query, **options)
        if isinstance(result, ox.QuerySolutions):  # SELECT *: columns in the text's order
            in_order = with_star_in_order(query, [v.value for v in result.variables])
            if in_order is not None:
                result = self.store.query(
                    in_order, substitutions=substitutions or None, **options
                )
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
        """The update as written, then its additions to named graphs merged into the default
        graph (see `service.default_graph`; whole-graph writes retract exactly) — in the same
        update request, which pyoxigraph runs as one transaction: a host killed half way
        leaves neither."""
        options = {"base_iri": a.get("base_iri"), "custom_functions": self.custom_functions or None}
        merge = self.default_graph.MERGE_NAMED_GRAPHS
        # `;` between the two, unless the update already ends with one (`;;` does not parse)
        for separator in ("\n;\n", "\n"):
            try:
                self.store.update(a["update"] + separator + merge, **options)
                break
            except SyntaxError:
                continue
        else:  # the update itself does not parse: its own error, with its own positions
            self.store.update(a["update"], **options)
            self.store.update(merge)
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
        if fmt == ox.RdfFormat.RDF_XML:
            check_xml_entities(a["data"])  # before the parser expands them
        try:
            quads = list(ox.parse(a["data"], fmt, base_iri=a.get("base_iri")))
        except SyntaxError as error:
            raise HostError(400, f"the {a['media_type']} body does not parse: {error}") from None
        literal = ox.Literal
        for quad in quads:
            if isinstance(quad.object, literal):
                check_literal(len(quad.object.value))
        return [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]

    def do_graph_put(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        """A named graph is replaced in one update that also keeps the default graph the
        merge of the named graphs; `?default` writes the default graph itself."""
        quads = self._parse(a)
        existed = self._exists(a["graph"])
        if a["graph"] is None:  # one update: one transaction
            ntriples = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
            self.store.update(f"CLEAR DEFAULT ;\nINSERT DATA {{\n{ntriples}}}")
        else:
            ntriples = self.default_graph.quads_ntriples(quads, a["graph"])
            self.store.update(self.default_graph.replacement(a["graph"], ntriples))
            if not existed and not quads:
                self.store.add_graph(self._graph(a["graph"]))
        reply.start({"kind": "graph_write", "created": not existed})

    def do_graph_post(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        quads = self._parse(a)
        existed = self._exists(a["graph"])
        if a["graph"] is None:
            self.store.extend(quads)
        else:
            ntriples = self.default_graph.quads_ntriples(quads, a["graph"])
            self.store.update(self.default_graph.addition(a["graph"], ntriples))
            if not existed and not quads:
                self.store.add_graph(self._graph(a["graph"]))
        reply.start({"kind": "graph_write", "created": not existed})

    def do_graph_delete(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        if a["graph"] is None:
            self.store.clear_graph(self.ox.DefaultGraph())
        elif self._exists(a["graph"]):
            self.store.update(self.default_graph.removal(a["graph"]))
        else:
            raise HostError(404, f"no graph <{a['graph']}> in the store")
        reply.start({"kind": "graph_write", "created": False})

    def do_load(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        self.store.load(a["data"], self.ox.RdfFormat.N_QUADS)
        # a dump holds the named graphs only: their merge is the default graph
        self.store.update(self.default_graph.MERGE_NAMED_GRAPHS)
        reply.start({"kind": "load"})

    def do_ping(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        reply.start({"kind": "pong", "pid": multiprocessing.current_process().pid})

    def do_backup(self, a: dict[str, Any], reply: _Reply, flow: _Flow) -> None:
        """A consistent copy of the on-disk store in a new directory (`machikg backup` while
        the service holds the store); no write runs meanwhile. Not a WRITE_OPERATION: it
        changes nothing, so it is never replayed."""
        target = Path(a["directory"])
        if target.exists():
            raise HostError(400, f"{target} already exists: back up into a new directory")
        with self.write_lock:
            try:
                self.store.backup(str(target))
            except OSError as error:  # in-memory store, or the directory cannot be made
                raise HostError(400, f"cannot back up into {target}: {error}") from None
        reply.start({"kind": "backup", "directory": str(target)})


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


def run_host(
    conn: multiprocessing.connection.Connection,
    channels: list[multiprocessing.connection.Connection],
    store_path: str | None,
    read: Any = None,
) -> None:
    logging.basicConfig(level=logging.WARNING)
    # import what opening the store needs, then wait to be told to open it: a replacement for
    # a host that must be killed gets this far while the old one still serves
    import pyoxigraph  # noqa: F401

    with contextlib.suppress(ImportError):
        import service.search.sparql_function  # noqa: F401
    from service.http.network_sandbox import sandbox_store_host

    sandbox_store_host()  # SERVICE / LOAD / remote contexts cannot reach any host from here
    try:
        conn.send((0, "started", None))
        if conn.recv()[1] != "open":
            return
    except (EOFError, OSError):  # a replacement no longer wanted, or the web process is gone
        return
    try:
        host = Host(conn, channels, store_path, read)
    except Exception as error:
        conn.send((0, "failed", f"{type(error).__name__}: {error}"))
        return
    host.run()
