"""Real HTTP servers for the service's tests: uvicorn on a free loopback port, store in a tmp dir.

`serve_store(store_dir, ...)` is the fixture other suites use to query a given store over
HTTP (e.g. the contract queries: same rows as `machikg query`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from service.http.server import running
from service.settings import DEFAULT_BASE, Settings

ADMIN_TOKEN = "test-admin-token"


def make_settings(store_path: Path | None, **changes: Any) -> Settings:
    settings = Settings(
        store_path=store_path,
        base=DEFAULT_BASE,
        admin_token=ADMIN_TOKEN,
        query_timeout_s=30.0,
        max_upload_bytes=1024 * 1024,
        quarantine_dir=Path("/nonexistent-quarantine"),
    )
    return settings.with_(**changes)


ServeStore = Callable[..., contextlib.AbstractContextManager[str]]


@pytest.fixture(scope="session")
def serve_store() -> ServeStore:
    """`with serve_store(store_dir, admin_token=..., query_timeout_s=...) as url:` a live server."""

    @contextlib.contextmanager
    def serve(store_dir: Path | None, **changes: Any) -> Iterator[str]:
        initial = changes.pop("initial_nquads", None)
        with running(make_settings(store_dir, **changes), initial_nquads=initial) as url:
            yield url

    return serve


@pytest.fixture(scope="session")
def service_url(serve_store: ServeStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable service (admin token set) over an empty on-disk store."""
    with serve_store(tmp_path_factory.mktemp("store") / "store") as url:
        yield url


@pytest.fixture(scope="session")
def readonly_url(serve_store: ServeStore) -> Iterator[str]:
    """A service started without an admin token, over a small in-memory store."""
    data = b'<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n'
    with serve_store(None, admin_token=None, initial_nquads=data) as url:
        yield url


@pytest.fixture(scope="session")
def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}
