"""`serve()`: start the store host process, then uvicorn in front of it."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn

from service import service_file
from service.http.app import create_app
from service.http.query_route import QueryRoute
from service.http.store_host import StoreHost
from service.settings import Settings

log = logging.getLogger(__name__)

# The C HTTP parser and event loop, and no access log line per request: a small query's
# time is mostly the web process's. Errors are still logged.
FAST_HTTP: dict[str, Any] = {"http": "httptools", "loop": "uvloop", "access_log": False}
# Seconds SIGTERM / SIGINT give requests still running (a long write, a streamed dump) before
# uvicorn cancels them; the store host then has its own short grace (store_process).
GRACEFUL_SHUTDOWN_S = 5


def serve(settings: Settings, *, host: str, port: int) -> None:
    """Serve the store over HTTP until interrupted; the store is closed cleanly on the way out."""
    store_host = open_host(settings)
    try:
        app = QueryRoute(create_app(settings, store_host), settings, store_host)
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="info",
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
            **FAST_HTTP,
        )
        server = AnnouncingServer(config, settings.store_path, service_file.url_for(host, port))
        server.run()
    finally:
        store_host.close()


def open_host(settings: Settings, *, initial_nquads: bytes | None = None) -> StoreHost:
    """The store host process over --store DIR; over a --store URL, a read-only proxy to
    that SPARQL server (`service.http.remote_host`), which has no process of its own."""
    if settings.store_url:
        from service.http.remote_host import RemoteHost
        from service.store_location import parse

        if initial_nquads:
            raise ValueError("initial data is for a store of this service, not a remote one")
        location = parse(settings.store_url, settings.store_kind)
        return RemoteHost(location)  # type: ignore[return-value]  # StoreHost's interface
    return StoreHost(
        settings.store_path,
        initial_nquads=initial_nquads,
        memory_limit_mb=settings.store_memory_mb,
    )


class AnnouncingServer(uvicorn.Server):
    """uvicorn, which names its URL beside the store once it listens (`service.service_file`),
    so `machikg query/search/export` find the service that holds the store."""

    def __init__(self, config: uvicorn.Config, store_path: Path | None, url: str) -> None:
        super().__init__(config)
        self.store_path = store_path
        self.url = url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and self.store_path is not None:
            service_file.write(self.store_path, self.url)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().shutdown(sockets)
        finally:
            if self.store_path is not None:
                service_file.remove(self.store_path)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    initial_nquads: bytes | None = None,
    queries_dir: Path | None = None,
) -> Iterator[str]:
    """Serve in a background thread (for tests and benchmarks); yields the base URL."""
    port = port or free_port(host)
    store_host = open_host(settings, initial_nquads=initial_nquads)
    app = QueryRoute(
        create_app(settings, store_host, queries_dir=queries_dir), settings, store_host
    )
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        **FAST_HTTP,
    )
    server = AnnouncingServer(config, settings.store_path, service_file.url_for(host, port))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the HTTP server did not start on {host}:{port}")
            threading.Event().wait(0.02)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
        store_host.close()
