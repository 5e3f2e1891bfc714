"""Where a running `machikg serve` answers: a small file beside the store directory.

While the service runs it holds the store (RocksDB allows one writer), so the other commands
cannot open it. The service therefore writes `<store>.endpoint` (JSON: its URL and process id)
next to the store when it starts and removes it when it stops; `machikg query`, `search` and
`export` read it and go through the service instead. A file left behind by a killed service
is ignored, because its process is gone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SUFFIX = ".endpoint"


def service_file(store_path: Path) -> Path:
    """`data/store` → `data/store.endpoint` (beside the directory, never inside RocksDB's)."""
    resolved = store_path.absolute()
    return resolved.with_name(resolved.name + SUFFIX)


def url_for(host: str, port: int) -> str:
    """The URL local clients use: a wildcard address is reached through the loopback."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def write(store_path: Path, url: str, pid: int | None = None) -> Path:
    path = service_file(store_path)
    record = {"url": url, "pid": os.getpid() if pid is None else pid}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def remove(store_path: Path) -> None:
    """Remove the file if this process wrote it (a newer service may have replaced it)."""
    path = service_file(store_path)
    record = _read_record(path)
    if record is not None and record.get("pid") == os.getpid():
        path.unlink(missing_ok=True)


def running_service(store_path: Path | None) -> str | None:
    """The URL of the service that holds `store_path`, if one is running."""
    if store_path is None:
        return None
    record = _read_record(service_file(store_path))
    if record is None:
        return None
    url, pid = record.get("url"), record.get("pid")
    if not isinstance(url, str) or not isinstance(pid, int) or not _alive(pid):
        return None
    return url


def _read_record(path: Path) -> dict[str, object] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
