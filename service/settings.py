"""Run-time settings, read once from the environment so the CLI and the HTTP service agree.

Every setting has a `MACHIKG_*` environment variable and a CLI option that overrides it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/machikg"


@dataclass(frozen=True)
class Settings:
    store_path: Path | None  # None: an in-memory store (tests, `score`)
    base: str  # instance IRIs live under this base
    admin_token: str | None  # writes are enabled only when set
    query_timeout_s: float
    max_upload_bytes: int
    quarantine_dir: Path
    # the store host's resident memory cap (`machikg serve`): past it, it is restarted
    store_memory_mb: int = 2048
    # submissions (issue 12): stewards' tokens by name, the size /validate and /submissions
    # accept, and where each submission's input and report are kept (None: beside the store)
    steward_tokens: tuple[tuple[str, str], ...] = ()
    max_submission_bytes: int = 20 * 1024 * 1024
    submissions_dir: Path | None = None
    # a remote store (`--store URL`, service.store_location): the server's URL with its
    # optional KIND+ prefix, and its endpoint layout (None: from the URL, else oxigraph)
    store_url: str | None = None
    store_kind: str | None = None
    # where `machikg ingest` parses and validates (service.ingest_cluster): None, this
    # machine's process pool; "local", a Dask LocalCluster; "tcp://host:8786", a Dask cluster
    scheduler: str | None = None

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def from_env(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
    store = env.get("MACHIKG_STORE", "data/store")
    remote = is_store_url(store)
    return Settings(
        store_path=None if store == ":memory:" or remote else Path(store),
        base=env.get("MACHIKG_BASE", DEFAULT_BASE).rstrip("/"),
        admin_token=env.get("MACHIKG_ADMIN_TOKEN") or None,
        query_timeout_s=float(env.get("MACHIKG_QUERY_TIMEOUT", "30")),
        max_upload_bytes=int(env.get("MACHIKG_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024))),
        quarantine_dir=Path(env.get("MACHIKG_QUARANTINE", "data/quarantine")),
        store_memory_mb=int(env.get("MACHIKG_STORE_MEMORY_MB", "2048")),
        steward_tokens=parse_steward_tokens(env.get("MACHIKG_STEWARD_TOKENS", "")),
        max_submission_bytes=int(
            env.get("MACHIKG_MAX_SUBMISSION_BYTES", str(20 * 1024 * 1024))
        ),
        submissions_dir=(
            Path(env["MACHIKG_SUBMISSIONS"]) if env.get("MACHIKG_SUBMISSIONS") else None
        ),
        store_url=store if remote else None,
        store_kind=env.get("MACHIKG_STORE_KIND") or None,
        scheduler=env.get("MACHIKG_SCHEDULER") or None,
    )


STORE_URL = re.compile(r"^(?:(?P<kind>[a-z]+)\+)?(?P<url>https?://\S+)$", re.IGNORECASE)


def is_store_url(store: str) -> bool:
    """Whether a MACHIKG_STORE / --store value names a server (`[KIND+]http(s)://…`, see
    service.store_location) rather than a directory."""
    return STORE_URL.match(store.strip()) is not None


def parse_steward_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """`name:token,name2:token2` → ((name, token), …): the name is who a submission is
    recorded as coming from."""
    pairs = []
    for item in text.split(","):
        name, _, token = item.strip().partition(":")
        if name and token:
            pairs.append((name.strip(), token.strip()))
    return tuple(pairs)
