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

from service.http.app import create_app
from service.http.query_route import QueryRoute
from service.http.store_host import StoreHost
from service.settings import Settings

log = logging.getLogger(__name__)

# The C HTTP parser and event loop, and no access log line per request: a small query's
# time is mostly the web process's. Errors are still logged.
FAST_HTTP: dict[str, Any] = {"http": "httptools", "loop": "uvloop", "access_log": False}


def serve(settings: Settings, *, host: str, port: int) -> None:
    """Serve the store over HTTP until interrupted; the store is closed cleanly on the way out."""
    store_host = StoreHost(settings.store_path)
    try:
        app = QueryRoute(create_app(settings, store_host), settings, store_host)
        config = uvicorn.Config(app, host=host, port=port, log_level="info", **FAST_HTTP)
        uvicorn.Server(config).run()
    finally:
        store_host.close()


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
    store_host = StoreHost(settings.store_path, initial_nquads=initial_nquads)
    app = QueryRoute(
        create_app(settings, store_host, queries_dir=queries_dir), settings, store_host
    )
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", **FAST_HTTP)
    server = uvicorn.Server(config)
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
