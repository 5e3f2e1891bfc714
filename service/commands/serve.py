"""`machikg serve`: the SPARQL service and query page over the store."""

from __future__ import annotations

import argparse

from service.cli import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    settings_from_args,
    subcommand_parser,
)
from service.store import StoreError

EXAMPLE = """\
  machikg serve --port 8000
      then open http://127.0.0.1:8000/ ; SPARQL endpoint: http://127.0.0.1:8000/sparql
  MACHIKG_ADMIN_TOKEN=SECRET machikg serve --host 0.0.0.0
      also accept writes (SPARQL Update, Graph Store Protocol, `machikg ingest --endpoint`)
      from clients that send `Authorization: Bearer SECRET`

  machikg serve --store http://127.0.0.1:7878
      a read-only service in front of a SPARQL server (here `oxigraph serve`; see
      --store-kind): queries, Graph Store reads, pages and search; writes are refused

While the service runs it holds the store: load documents through it with
`machikg ingest PATH --endpoint http://127.0.0.1:8000 --token SECRET`."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "serve",
        help="start the SPARQL service and query page",
        description="Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, Graph Store"
        " Protocol at /store, a query page at /.",
        example=EXAMPLE,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument(
        "--admin-token",
        metavar="TOKEN",
        help="enable writes for this bearer token (default: $MACHIKG_ADMIN_TOKEN; none: read only)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="stop queries running longer than S seconds (default: $MACHIKG_QUERY_TIMEOUT or 30)",
    )
    parser.add_argument(
        "--memory-limit",
        type=int,
        metavar="MB",
        help="restart the store host when it uses more than MB megabytes; the requests it was"
        " running get a clear error (default: $MACHIKG_STORE_MEMORY_MB or 2048)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    if args.admin_token:
        settings = settings.with_(admin_token=args.admin_token)
    if args.timeout is not None:
        if args.timeout <= 0:
            raise CommandError(None, f"--timeout must be positive, got {args.timeout}")
        settings = settings.with_(query_timeout_s=args.timeout)
    if args.memory_limit is not None:
        if args.memory_limit <= 0:
            raise CommandError(None, f"--memory-limit must be positive, got {args.memory_limit}")
        settings = settings.with_(store_memory_mb=args.memory_limit)
    try:
        from service.http.server import serve
    except ImportError as error:
        raise CommandError(
            None, f"the HTTP service cannot be loaded: {error}", exit_code=EXIT_UNAVAILABLE
        ) from None
    try:
        serve(settings, host=args.host, port=args.port)
    except StoreError as error:  # the store is locked by another process, or unreadable
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    return EXIT_OK
