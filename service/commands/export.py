"""`machikg export`: the whole store as one RDF file (a dump to publish or back up)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from service.cli import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_endpoint_option,
    open_store_for_reading,
    settings_from_args,
    subcommand_parser,
)
from service.store import EXPORT_FORMATS, RemoteEndpoints, RemoteStore, StoreError

EXAMPLE = """\
  machikg export --format trig -o machikg.trig
      every document graph, with prefixes
  machikg export --format turtle > all.ttl
      the union of all graphs as one Turtle graph (no graph names)
  machikg export --store http://127.0.0.1:7878 -o dump.nq
      the document graphs of an `oxigraph serve` (any Graph Store server; see --store-kind)"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "export",
        help="write the whole store as N-Quads, TriG or Turtle",
        description="Dump the store. N-Quads and TriG keep one named graph per document;"
        " Turtle merges them.",
        example=EXAMPLE,
    )
    parser.add_argument(
        "--format", choices=EXPORT_FORMATS, default="nquads", help="output format (default: nquads)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    add_endpoint_option(parser)
    parser.set_defaults(func=run)


def serves_dumps(store: object) -> bool:
    """Whether the store is a machikg service, whose /dump.nq and /dump.trig need no admin
    token (another server is read graph by graph through its Graph Store)."""
    return isinstance(store, RemoteStore) and store.endpoints == RemoteEndpoints.machikg(
        store.endpoint
    )


def run(args: argparse.Namespace) -> int:
    store = open_store_for_reading(settings_from_args(args), args.endpoint)
    try:
        if serves_dumps(store) and args.format != "turtle":
            data = store.dump(args.format)  # the service's public dumps need no admin token
        else:
            data = store.export(args.format)
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    finally:
        store.close()
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        args.output.write_bytes(data)
    except OSError as error:
        raise CommandError(str(args.output), f"cannot write: {error.strerror or error}") from None
    return EXIT_OK
