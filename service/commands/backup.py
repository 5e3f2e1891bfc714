"""`machikg backup DIR` and `machikg restore DIR`: a consistent copy of the store, and a new
store made from one.

A backup is a RocksDB checkpoint (pyoxigraph's `Store.backup`): consistent at one instant, and
itself a store directory. With no service running, the command opens the store itself (the
store's lock keeps every writer out meanwhile). While `machikg serve` holds the store, the
backup is taken by the service (`POST /admin/backup`, admin token), so the command must run on
the service's machine, by the service's owner: DIR is a path there. `restore` copies a backup
into a store directory that does not exist yet (never over a store), then opens it once, so a
damaged backup is found at restore time, not when the service starts.
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import httpx
import pyoxigraph as ox

from service.cli import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    settings_from_args,
    subcommand_parser,
)
from service.service_file import running_service
from service.store import EmbeddedStore, StoreError, StoreInUseError

BACKUP_EXAMPLE = """\
  machikg backup backups/2025-04-01
      a consistent copy of data/store (through the service, if one holds it)
  machikg backup /srv/backup/kg --store /srv/kg/store --token SECRET
      the same for a store held by `machikg serve --admin-token SECRET`"""
RESTORE_EXAMPLE = """\
  machikg restore backups/2025-04-01 --store data/store-restored
      a new store from a backup; then `machikg serve --store data/store-restored`"""


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subcommand_parser(
        subparsers,
        "backup",
        help="copy the store consistently into a new directory",
        description="Back up the store into DIR, a directory that does not exist yet. While a"
        " service holds the store, the service makes the copy (admin token), and DIR is a path"
        " on the service's machine.",
        example=BACKUP_EXAMPLE,
    )
    backup.add_argument("directory", type=Path, metavar="DIR", help="the new backup directory")
    backup.add_argument(
        "--token", metavar="TOKEN",
        help="the service's admin token, when a service holds the store"
        " (default: $MACHIKG_ADMIN_TOKEN)",
    )  # fmt: skip
    backup.set_defaults(func=run_backup)
    restore = subcommand_parser(
        subparsers,
        "restore",
        help="make a new store from a backup",
        description="Copy the backup DIR into --store, which must not exist yet, and check"
        " that it opens.",
        example=RESTORE_EXAMPLE,
    )
    restore.add_argument("directory", type=Path, metavar="DIR", help="a directory of `backup`")
    restore.set_defaults(func=run_restore)


def backup_store(store_path: Path, target: Path) -> None:
    """Back up the store at `store_path` (not held by a service) into `target`."""
    store = EmbeddedStore(store_path)
    try:
        store._store.backup(str(target))
    except OSError as error:
        raise StoreError(f"cannot back up into {target}: {error}") from None
    finally:
        store.close()


def backup_through_service(url: str, target: Path, token: str | None) -> None:
    """Ask the service holding the store to back it up into `target` (a path on its machine)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        response = httpx.post(f"{url}/admin/backup", params={"directory": str(target)},
                              headers=headers, timeout=None)  # fmt: skip
    except httpx.HTTPError as error:
        raise StoreError(f"service {url}: {error}") from None
    if response.status_code in (401, 403):
        raise CommandError(f"service {url}", "backing up needs its admin token: --token SECRET")
    if response.status_code != 200:
        raise StoreError(f"service {url}: {response.status_code} {response.text.strip()}")


def run_backup(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    store_path = settings.store_path
    target: Path = args.directory.absolute()
    if store_path is None:
        raise CommandError(None, "an in-memory store has nothing to back up: give --store DIR")
    if target.exists():
        raise CommandError(str(args.directory), "already exists: back up into a new directory")
    url = running_service(store_path)
    try:
        if url is None:
            if not store_path.is_dir():
                raise CommandError(f"store {store_path}", "does not exist")
            try:
                backup_store(store_path, target)
            except StoreInUseError:
                url = running_service(store_path)  # the service may have started meanwhile
                if url is None:
                    raise
        if url is not None:
            token = args.token or os.environ.get("MACHIKG_ADMIN_TOKEN")
            backup_through_service(url, target, token)
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    print(f"backed up {store_path} into {target}" + (f" (through {url})" if url else ""))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    store_path = settings_from_args(args).store_path
    source: Path = args.directory
    if store_path is None:
        raise CommandError(None, "restore into a store directory: give --store DIR")
    if not source.is_dir():
        raise CommandError(str(source), "is not a backup directory")
    try:
        ox.Store.read_only(str(source))  # a RocksDB store, whole
    except OSError as error:
        raise CommandError(str(source), f"is not a readable backup: {error}") from None
    if store_path.exists():
        raise CommandError(
            f"store {store_path}",
            "already exists: restore into a new store directory (move the old one aside first)",
        )
    store_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, store_path)  # a copy, not links: the backup stays as it was
    try:
        store = EmbeddedStore(store_path)
    except StoreError as error:
        shutil.rmtree(store_path, ignore_errors=True)
        raise CommandError(str(source), f"the restored store does not open: {error}") from None
    graphs = sum(1 for _ in store._store.named_graphs())
    store.close()
    print(f"restored {source} into {store_path}: {graphs} graphs")
    return EXIT_OK
