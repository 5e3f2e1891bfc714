"""The web process's handle on the store host process (`service.http.store_process`).

The store lives in a child process so that a runaway query can really be stopped: the web
process enforces deadlines; a query past its deadline is cancelled, and if the host does not
give the thread back it is killed and restarted, and the read requests that had not yet sent
anything are sent again to the new host. A kill waits for running writes to finish first.

A host that dies on its own (a crash, or past its memory cap: a watchdog here reads its
resident size) is restarted at once, without waiting for anything: the requests it was
running are answered with an error and not sent again — one of them may be what killed it —
and a write among them is one transaction, so it is stored whole or not at all.

A small query's time is mostly spent getting to the store and back, so the way there is kept
short: a request goes to an idle channel of the host, whose own thread is waiting for it
(no hand-over between threads there), and the answers are read by the event loop itself
(no reader thread to wake it) — two wake-ups per request, the fewest two processes allow.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.http.connection_frames import FrameReader, send_frame
from service.http.store_process import (
    GRAPH_FORMATS,
    SHUTDOWN_GRACE_S,
    SOLUTION_FORMATS,
    WINDOW_CHUNKS,
    WRITE_OPERATIONS,
    HostError,
    HostUnavailable,
    dump_message,
    run_host,
)

__all__ = [
    "GRAPH_FORMATS",
    "MAX_WORKERS",
    "RUNNING_LIMIT",
    "SOLUTION_FORMATS",
    "WINDOW_CHUNKS",
    "Busy",
    "HostAnswer",
    "HostError",
    "HostUnavailable",
    "Inbox",
    "StoreHost",
]

log = logging.getLogger(__name__)

# Requests the host runs at once (its channels); more wait here until one has finished.
MAX_WORKERS = 32
# Resident memory the store host may use before it is killed and restarted. Its resident size
# is watched, not its address space (RLIMIT_AS): RocksDB and 33 threads' stacks and malloc
# arenas reserve far more address space than they use (measured in docs/reliability.md).
DEFAULT_MEMORY_LIMIT_MB = 2048
# Reads the host runs at once; more wait here, in order, and their time limit starts when they
# run. Thirty-two queries sharing two cores each took sixteen times as long as alone and ran
# into the time limit (issue 11, finding 7): queueing keeps a query's time its own.
RUNNING_LIMIT = max(2, 2 * (os.cpu_count() or 1))
ADMITTED_OPERATIONS = frozenset({"query", "graph_get"})
WATCH_INTERVAL_S = 0.1
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


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
        """Called in this inbox's loop: by the loop reading the host's channels when that is
        the same loop, else through `call_soon_threadsafe`."""
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


def _discard(
    process: multiprocessing.process.BaseProcess, conn: Any, channels: list[_Channel]
) -> None:
    """A started host that is not wanted after all."""
    process.kill()
    process.join(5)
    conn.close()
    for channel in channels:
        channel.conn.close()


def _dead(process: multiprocessing.process.BaseProcess) -> bool:
    """Whether the process has exited, from its sentinel: `is_alive` reaps it with `waitpid`,
    which two threads must not race for (the loser would see it alive for ever)."""
    return bool(multiprocessing.connection.wait([process.sentinel], 0))


def _usable(loop: asyncio.AbstractEventLoop | None) -> bool:
    return loop is not None and not loop.is_closed()


def _unwatch(loop: asyncio.AbstractEventLoop, channels: list[_Channel]) -> None:
    for channel in channels:
        if not channel.conn.closed:
            loop.remove_reader(channel.reader.fd)
            channel.conn.close()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


@dataclass
class _Pending:
    operation: str
    arguments: dict[str, Any]
    loop: asyncio.AbstractEventLoop
    queue: Inbox
    sent_at: float | None = None  # when it went to a channel of the host (None: waiting)
    sent_any: bool = False
    expired: bool = False
    done: bool = False


class _Channel:
    """One of the host's request pipes, and the request it is running (None: idle)."""

    def __init__(self, conn: multiprocessing.connection.Connection, read: Any, index: int) -> None:
        self.conn = conn
        self.reader = FrameReader(conn.fileno())
        self.request_id: int | None = None
        self.admitted = False  # its request counts against RUNNING_LIMIT
        # shared with the host, which writes there the id of each request it reads: after a
        # crash, what it had read is told from what was still in the pipe
        self._read = read
        self._index = index
        self.watched_by: asyncio.AbstractEventLoop | None = None

    def host_read(self, request_id: int) -> bool:
        return bool(self._read[self._index] == request_id)


class StoreHost:
    """The web process's handle on the store host: send requests, stream answers, restart.

    Each request goes to an idle channel of the host (more than MAX_WORKERS at once wait
    here for one to be free); the answers are read by an event loop — the first one to send
    a request, or the next one when that loop closes — without a reader thread.

    `store_path` None keeps an in-memory store in the host; its writes are remembered here
    (N-Quads given at start and every successful write) so a restarted host gets them back.
    """

    def __init__(
        self,
        store_path: Path | None,
        *,
        initial_nquads: bytes | None = None,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
    ) -> None:
        self.store_path = str(store_path) if store_path is not None else None
        self.memory_limit_bytes = memory_limit_mb * 1024 * 1024
        self._over_memory = 0  # the generation killed for going past the memory limit
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
        self._channels: list[_Channel] = []
        self._idle: list[_Channel] = []  # a stack: the most recently used thread runs next
        self._queued: collections.deque[int] = collections.deque()
        self._admitted_running = 0
        self._reader_loop: asyncio.AbstractEventLoop | None = None
        self._restarting = 0  # the generation a restart was asked for, when it died
        self._closed = False
        self.restarts = 0
        if initial_nquads and self.store_path is None:
            self._replay.append(("load", {"data": initial_nquads}))
        self._install(*self._spawn())
        threading.Thread(target=self._watch_process, daemon=True, name="store-watchdog").start()
        if initial_nquads and self.store_path is not None:
            try:
                self._run_sync("load", {"data": initial_nquads})
            except BaseException:
                self.close()
                raise

    # -- process management -----------------------------------------------------------

    def _spawn(self) -> tuple[multiprocessing.process.BaseProcess, Any, list[_Channel]]:
        """Start a host process and wait until it has the store open (and replayed writes)."""
        return self._open(*self._start())

    def _start(self) -> tuple[multiprocessing.process.BaseProcess, Any, list[_Channel]]:
        """Start a host process, up to the point where it would open the store (it waits)."""
        parent, child = self._ctx.Pipe(duplex=True)
        pipes = [self._ctx.Pipe(duplex=True) for _ in range(MAX_WORKERS)]
        read = self._ctx.Array("q", MAX_WORKERS, lock=False)  # one word per channel: no lock
        process = self._ctx.Process(
            target=run_host,
            args=(child, [theirs for _, theirs in pipes], self.store_path, read),
            daemon=True,
            name="machikg-store",
        )
        process.start()
        child.close()
        for _, theirs in pipes:
            theirs.close()
        channels = [_Channel(ours, read, index) for index, (ours, _) in enumerate(pipes)]
        if parent.poll(120):
            with contextlib.suppress(EOFError):
                parent.recv()  # "started" (or nothing: it died; _open says so)
        return process, parent, channels

    def _open(
        self, process: multiprocessing.process.BaseProcess, parent: Any, channels: list[_Channel]
    ) -> tuple[multiprocessing.process.BaseProcess, Any, list[_Channel]]:
        """Have a started host open the store; wait until it has (and replayed writes)."""
        with contextlib.suppress(OSError):
            parent.send((0, "open", None))
        if not parent.poll(120):
            process.kill()
            raise RuntimeError("the store host did not start within 120 s")
        try:
            _, kind, payload = parent.recv()
        except EOFError:
            kind, payload = "failed", f"it exited with code {process.join(5) or process.exitcode}"
        if kind != "ready":
            process.join(5)
            for channel in channels:
                channel.conn.close()
            parent.close()
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
            if kind == "error":  # the data given at start (later writes had succeeded once)
                process.kill()
                process.join(5)
                for channel in channels:
                    channel.conn.close()
                parent.close()
                from service.store import StoreError

                raise StoreError(f"the store's initial data cannot be loaded: {payload[1]}")
        return process, parent, channels

    def _install(
        self,
        process: multiprocessing.process.BaseProcess,
        conn: Any,
        channels: list[_Channel],
    ) -> None:
        """Make a started host the current one and send it every request still waiting."""
        with self._lock:
            self._generation += 1
            self._process, self._conn = process, conn
            self._channels, self._idle = channels, list(reversed(channels))
            self._queued.clear()
            self._admitted_running = 0
            for request_id, pending in list(self._pending.items()):
                if pending.expired or pending.sent_any:
                    self._finish(request_id, pending, success=False)
                    if pending.sent_any:
                        message = "the store was restarted while this answer was being sent"
                        with contextlib.suppress(RuntimeError):  # its loop is gone
                            pending.loop.call_soon_threadsafe(
                                pending.queue.put_nowait, ("error", (503, message))
                            )
                else:
                    self._send_request(request_id, pending)
            waiting = [p.loop for p in self._pending.values() if not p.loop.is_closed()]
            loop = self._reader_loop if _usable(self._reader_loop) else None
            loop = loop or (waiting[0] if waiting else None)
            generation = self._generation
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # closed meanwhile: the next request reads
                loop.call_soon_threadsafe(self._watch, loop, generation)

    def _send_request(self, request_id: int, pending: _Pending) -> None:
        """(Lock held.) Send a request to an idle channel, or queue it until one is free."""
        if self._conn is None:
            pending.sent_at = None
            return  # a restart is under way and will send it
        admitted = pending.operation in ADMITTED_OPERATIONS
        if not self._idle or (admitted and self._admitted_running >= RUNNING_LIMIT):
            pending.sent_at = None
            self._queued.append(request_id)
            return
        channel = self._idle.pop()
        channel.request_id = request_id
        channel.admitted = admitted
        self._admitted_running += admitted
        pending.sent_at = time.monotonic()
        try:
            send_frame(
                channel.conn.fileno(),
                dump_message((request_id, pending.operation, pending.arguments)),
            )
        except OSError:  # the host just died (not a full pipe: that is waited on)
            channel.request_id = None  # it never ran: the restart sends it to the new host
            log.warning("the store host is gone; request %s waits for its restart", request_id)

    def _release(self, channel: _Channel) -> None:
        """(Lock held.) The channel's request has ended: run the first queued one that may
        run now (a read waits while RUNNING_LIMIT reads run; pings and writes do not)."""
        channel.request_id = None
        self._admitted_running -= channel.admitted
        channel.admitted = False
        self._idle.append(channel)
        for request_id in list(self._queued):
            pending = self._pending.get(request_id)
            if pending is None or pending.done:
                self._queued.remove(request_id)
                continue
            if pending.operation in ADMITTED_OPERATIONS and (
                self._admitted_running >= RUNNING_LIMIT
            ):
                continue
            self._queued.remove(request_id)
            self._send_request(request_id, pending)
            return

    # -- reading answers: in an event loop, no reader thread ---------------------------

    def _watch(self, loop: asyncio.AbstractEventLoop, generation: int) -> None:
        """(In `loop`.) Read the current host's channels from `loop`, unless another loop
        that is still open already does (it hands the answers over)."""
        with self._lock:
            if generation != self._generation or self._closed:
                return
            if _usable(self._reader_loop) and self._reader_loop is not loop:
                return
            self._reader_loop = loop
            channels = [c for c in self._channels if c.watched_by is not loop]
            for channel in channels:
                channel.watched_by = loop
        for channel in channels:
            if not channel.conn.closed:
                loop.add_reader(channel.reader.fd, self._on_readable, loop, channel, generation)

    def _on_readable(
        self, loop: asyncio.AbstractEventLoop, channel: _Channel, generation: int
    ) -> None:
        try:
            messages = None if channel.conn.closed else channel.reader.read()
        except OSError:
            messages = None
        with self._lock:
            current = generation == self._generation and not self._closed
        if messages is None or not current:
            loop.remove_reader(channel.reader.fd)
            if not current:
                channel.conn.close()  # an old host's pipe: what is left is for no one
            elif messages is None:
                self._notice_death(generation)
            return
        for request_id, kind, payload in messages:
            self._dispatch(loop, channel, request_id, kind, payload)

    def _dispatch(
        self,
        loop: asyncio.AbstractEventLoop,
        channel: _Channel,
        request_id: int,
        kind: str,
        payload: Any,
    ) -> None:
        """Hand one message to the request it answers, in that request's loop."""
        with self._lock:
            if kind in ("end", "error") and channel.request_id == request_id:
                self._release(channel)
            pending = self._pending.get(request_id)
            if pending is None:
                return
            if kind == "data":
                pending.sent_any = True
            if kind in ("end", "error"):
                self._finish(request_id, pending, success=kind == "end")
        if pending.loop is loop:
            pending.queue.put_nowait((kind, payload))
            return
        with contextlib.suppress(RuntimeError):  # that request's loop is gone: nobody waits
            pending.loop.call_soon_threadsafe(pending.queue.put_nowait, (kind, payload))

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

    def _notice_death(self, generation: int) -> None:
        """The host of `generation` is gone (seen on each of its channels, and by the
        watchdog): restart it once, without waiting for its requests."""
        with self._lock:
            if generation != self._generation or self._closed or self._restarting == generation:
                return
            self._restarting = generation
        log.error("the store host exited unexpectedly; restarting it")
        self._restart_in_background(generation, died=True)

    def _watch_process(self) -> None:
        """(Its own thread.) Kill the host past its memory limit; notice it died otherwise."""
        while not self._closed:
            time.sleep(WATCH_INTERVAL_S)
            with self._lock:
                process, generation = self._process, self._generation
            if process is None or process.pid is None:
                continue  # a restart is under way
            try:
                with open(f"/proc/{process.pid}/statm", "rb") as statm:
                    resident = int(statm.read().split()[1]) * _PAGE_BYTES
            except (OSError, IndexError, ValueError):
                resident = 0  # gone: `is_alive` says so below
            if resident > self.memory_limit_bytes:
                with self._lock:
                    if generation != self._generation:
                        continue
                    self._over_memory = generation
                log.error(
                    "the store host uses %d MB, past its limit of %d MB: restarting it",
                    resident >> 20,
                    self.memory_limit_bytes >> 20,
                )
                process.kill()
                self._notice_death(generation)
            elif _dead(process):
                self._notice_death(generation)

    def _death_message(self, generation: int, operation: str) -> str:
        if self._over_memory == generation:
            cause = (
                f"went past its memory limit of {self.memory_limit_bytes >> 20} MB (a query or"
                " upload too large for this service?)"
            )
        else:
            cause = "stopped unexpectedly"
        message = (
            f"the store host {cause} while this request ran, and was restarted; the request"
            " is not sent again, since it may be what stopped it"
        )
        if operation in WRITE_OPERATIONS:
            message += (
                " — a write is one transaction: it was stored whole or not at all (writing a"
                " graph again gives the same result)"
            )
        return message

    def _fail_running(self, channels: list[_Channel], generation: int) -> None:
        """(Lock held.) Answer the requests a dead host was running; they are not re-sent.
        Those it had not read yet are left waiting: the restart sends them to the new host."""
        for channel in channels:
            request_id, channel.request_id = channel.request_id, None
            channel.admitted = False
            pending = self._pending.get(request_id) if request_id is not None else None
            if pending is None or pending.done or not channel.host_read(request_id):  # type: ignore[arg-type]
                continue
            self._finish(request_id, pending, success=False)  # type: ignore[arg-type]
            message = self._death_message(generation, pending.operation)
            with contextlib.suppress(RuntimeError):  # its loop is gone
                pending.loop.call_soon_threadsafe(
                    pending.queue.put_nowait, ("error", (503, message))
                )

    def restart(self, generation: int | None = None, *, died: bool = False) -> None:
        """Kill the host (once running writes have finished) and start a new one.

        Requests arriving meanwhile wait in `_pending` and go to the new host, as do the read
        requests that had not sent anything yet; the others get an error, since part of their
        answer is already on its way. With `generation`, only that host is restarted (a dead
        host is noticed on each of its channels, and restarted once). A host that `died`
        (or dies while the restart waits for its writes) is not waited for, and what it was
        running is answered with an error instead of being sent again.
        """
        with self._restart_lock:
            if generation is not None and generation != self._generation:
                return
            # the new host starts while the old one still serves; it opens the store (which
            # only one process may) once the old one is gone: clients wait ~0.05 s, not ~0.3 s
            replacement = self._start()
            with self._lock:
                process = self._process
                while (
                    self._writes_in_flight
                    and not died
                    and not self._closed
                    and process is not None
                    and not _dead(process)
                ):
                    self._writes_done.wait(WATCH_INTERVAL_S)
                if self._closed or (generation is not None and generation != self._generation):
                    _discard(*replacement)
                    return
                died = died or process is None or _dead(process)
                old_process, old_conn = self._process, self._conn
                old_channels = self._channels
                if died:
                    self._fail_running(old_channels, self._generation)
                self._process, self._conn, self._channels, self._idle = None, None, [], []
                self._generation += 1  # what is still in the old pipes is for no one
                self.restarts += 1
            if old_process is not None:
                old_process.kill()
                old_process.join(10)
            if old_conn is not None:
                old_conn.close()
            self._close_soon(old_channels)
            try:
                opened = self._open(*replacement)
            except Exception as error:  # the store cannot be opened again (gone, broken…)
                with self._lock:
                    self._fail_waiting(f"the store could not be reopened: {error}")
                raise
            self._install(*opened)

    def _close_soon(self, channels: list[_Channel]) -> None:
        """Close old channels where they are watched, so no loop polls a closed descriptor."""
        loop = self._reader_loop
        if _usable(loop):
            assert loop is not None
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_unwatch, loop, channels)
                return
        for channel in channels:
            channel.conn.close()

    def _restart_in_background(self, generation: int, *, died: bool = False) -> None:
        def restart() -> None:
            try:
                self.restart(generation, died=died)
            except Exception:
                if not self._closed:
                    log.exception("the store host could not be restarted")

        threading.Thread(target=restart, daemon=True, name="store-restart").start()

    def _fail_waiting(self, message: str) -> None:
        """(Lock held.) Answer every request still waiting with a 503."""
        for request_id, pending in list(self._pending.items()):
            self._finish(request_id, pending, success=False)
            with contextlib.suppress(RuntimeError):  # its loop is gone
                pending.loop.call_soon_threadsafe(
                    pending.queue.put_nowait, ("error", (503, message))
                )

    def close(self) -> None:
        """Stop the host within seconds, whatever it is doing; requests still waiting get 503."""
        with self._lock:
            self._closed = True
            self._fail_waiting("the service is shutting down")
        with self._restart_lock:  # a restart under way gives up, or finishes, first
            self._shut_down()

    def _shut_down(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send((0, "shutdown", None))
            process = self._process
        if process is not None:
            # the host gives running requests SHUTDOWN_GRACE_S, then closes the store
            process.join(SHUTDOWN_GRACE_S + 2)
            if process.is_alive():
                process.kill()
                process.join(5)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    # -- requests ---------------------------------------------------------------------

    def _submit(self, operation: str, arguments: dict[str, Any]) -> tuple[int, Inbox]:
        loop = asyncio.get_running_loop()
        if self._reader_loop is not loop and not _usable(self._reader_loop):
            self._watch(loop, self._generation)
        queue = Inbox(loop)
        with self._lock:
            if self._closed:
                raise HostUnavailable("the store is shutting down")
            if operation in WRITE_OPERATIONS:
                self._writes_in_flight += 1
            request_id = next(self._ids)
            pending = _Pending(operation, arguments, loop, queue)
            self._pending[request_id] = pending
            self._send_request(request_id, pending)
        return request_id, queue

    def sent_at(self, request_id: int) -> float | None:
        """When the request went to the host; None while it waits for a free place."""
        with self._lock:
            pending = self._pending.get(request_id)
            return pending.sent_at if pending is not None else None

    def unqueue(self, request_id: int) -> bool:
        """Give up a request still waiting for a place; False if it has been sent meanwhile."""
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is None or request_id not in self._queued:
                return False
            self._queued.remove(request_id)
            self._finish(request_id, pending, success=False)
            return True

    def cancel(self, request_id: int) -> None:
        self._control(request_id, "cancel")

    def ack(self, request_id: int) -> None:
        """A chunk of this answer went on to the client: the host may send another."""
        self._control(request_id, "ack")

    def _control(self, request_id: int, message: str) -> None:
        with self._lock:
            if request_id in self._pending and self._conn is not None:
                if message == "cancel" and request_id in self._queued:
                    self._queued.remove(request_id)  # never sent: nothing to stop
                    return
                with contextlib.suppress(OSError):
                    self._conn.send((request_id, message, None))

    async def _overrun(self, request_id: int) -> None:
        """Deadline passed: ask the host to stop; kill it if the thread does not come back."""
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is None:
                return
            pending.expired = True
            generation = self._generation
        self.cancel(request_id)
        await asyncio.sleep(0.25)
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is not None:
                self._finish(request_id, pending, success=False)
            running = any(c.request_id == request_id for c in self._channels)
        if running:  # its thread did not come back: only a new host frees it
            # in the background: the client hears its 503 now, not after the new host is up
            self._restart_in_background(generation)

    async def request(
        self, operation: str, arguments: dict[str, Any], *, timeout_s: float
    ) -> HostAnswer:
        """Send a request; return once it has started answering (or raise HostError)."""
        answer = self.send(operation, arguments, timeout_s=timeout_s)
        await answer.wait_for_start()
        return answer

    def send(self, operation: str, arguments: dict[str, Any], *, timeout_s: float) -> HostAnswer:
        """(In an event loop.) Send a request without waiting for it to start answering."""
        request_id, queue = self._submit(operation, arguments)
        return HostAnswer(self, request_id, queue, timeout_s)

    def is_running(self, request_id: int) -> bool:
        """Whether the current host has read this request and not yet answered it."""
        with self._lock:
            return any(
                c.request_id == request_id and c.host_read(request_id) for c in self._channels
            )

    def _run_sync(self, operation: str, arguments: dict[str, Any]) -> None:
        async def run() -> None:
            answer = await self.request(operation, arguments, timeout_s=3600)
            await answer.body()

        asyncio.run(run())


class Busy(HostError):
    """A read waited its whole time limit for a place among the running ones: 503 with
    Retry-After, declared back-pressure (nothing ran, nothing was restarted)."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(
            503,
            f"the service is busy: this request waited {waited_s:g} s for a free place and"
            " did not start; send it again in a moment",
            {"Retry-After": str(max(1, round(waited_s / 2)))},
        )


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
        while True:
            remaining = self.deadline - time.monotonic()
            try:
                return await self.queue.get(max(remaining, 0.001))
            except TimeoutError:
                pass
            sent_at = self.host.sent_at(self.request_id)
            if sent_at is None:
                if self.host.unqueue(self.request_id):
                    # it waited its whole time limit behind others: back-pressure
                    raise Busy(self.timeout_s) from None
                sent_at = self.host.sent_at(self.request_id)  # sent meanwhile
            if sent_at is not None and sent_at + self.timeout_s > time.monotonic():
                self.deadline = sent_at + self.timeout_s  # its limit runs from its start
                continue
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
