"""The `machikg` command: subcommands are plugins in `service.commands` (see COMMANDS there).

This module builds the argument parser, adds the options every subcommand shares, and turns
the errors users can cause into one line on stderr ("machikg: <file>: <problem>") and an
exit code, instead of a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from service.commands import COMMANDS
from service.service_file import running_service
from service.settings import Settings, from_env, is_store_url
from service.store import EmbeddedStore, RemoteStore, StoreError, StoreInUseError
from service.store_location import STORE_KINDS, RemoteLocation, StoreLocationError, parse

PROG = "machikg"

EXIT_OK = 0
EXIT_NOT_CONFORMING = 1  # some documents were quarantined / a graph does not conform
EXIT_BAD_INPUT = 2  # unreadable or unparsable input, bad SPARQL, bad options
EXIT_UNAVAILABLE = 3  # the store or the service cannot be used right now

EXIT_CODES_HELP = """\
exit codes:
  0  success
  1  done, but something did not conform (a document was quarantined, a graph has violations)
  2  bad input: a file cannot be read or parsed, invalid SPARQL, wrong options
  3  the store or the service cannot be used (in use by `machikg serve`, unreachable, …)
"""

DESCRIPTION = """\
machikg: a knowledge graph of Japanese municipal policy documents, with a SPARQL service.

Typical session:
  machikg ingest corpus/                   load the documents listed in corpus/manifest.csv
  machikg query queries/projects.rq        ask the graph a question (SPARQL)
  machikg serve --port 8000                open http://127.0.0.1:8000/ in a browser

Run `machikg COMMAND --help` for the options and an example of each command.
"""


class CommandError(Exception):
    """A problem the user can fix; printed as "machikg: <where>: <problem>"."""

    def __init__(self, where: str | None, problem: str, *, exit_code: int = EXIT_BAD_INPUT) -> None:
        self.where = where
        self.problem = problem
        self.exit_code = exit_code
        super().__init__(f"{where}: {problem}" if where else problem)


def report_error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--store and --base, unless the subcommand defines its own."""
    taken = set(parser._option_string_actions)
    if "--store" not in taken:
        parser.add_argument(
            "--store",
            metavar="DIR|URL",
            help="the store directory (default: $MACHIKG_STORE or data/store; ':memory:' for"
            " none), or the URL of a SPARQL 1.1 Query/Update + Graph Store server:"
            " http://127.0.0.1:7878 (oxigraph serve), fuseki+http://127.0.0.1:3030/DATASET,"
            " machikg+http://127.0.0.1:8000",
        )
    if "--store-kind" not in taken:
        parser.add_argument(
            "--store-kind",
            choices=STORE_KINDS,
            help="the endpoint layout of a --store URL: oxigraph (/query /update /store, the"
            " default), fuseki (DATASET/query /update /data) or machikg (/sparql /store)"
            " (default: $MACHIKG_STORE_KIND, or the KIND+ prefix of the URL)",
        )
    if "--base" not in taken:
        parser.add_argument(
            "--base",
            metavar="IRI",
            help="base of the IRIs minted for documents (default: $MACHIKG_BASE or "
            "https://w3id.org/machikg)",
        )


def add_municipality_options(parser: argparse.ArgumentParser) -> None:
    """Who published a document that no manifest lists (`ingest`, `validate`)."""
    parser.add_argument(
        "--municipality-code",
        metavar="CODE",
        help="6-digit 全国地方公共団体コード for documents no manifest lists",
    )
    parser.add_argument("--municipality", metavar="NAME", help="the municipality's name, e.g. 柏市")
    parser.add_argument("--prefecture", metavar="NAME", help="its prefecture, e.g. 千葉県")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The environment's settings, overridden by the options given on the command line."""
    settings = from_env()
    store = getattr(args, "store", None)
    if store and is_store_url(store):
        settings = settings.with_(store_url=store, store_path=None)
    elif store:
        path = None if store == ":memory:" else Path(store)
        settings = settings.with_(store_path=path, store_url=None)
    kind = getattr(args, "store_kind", None)
    if kind:
        settings = settings.with_(store_kind=kind)
    if settings.store_url:
        remote_location(settings)  # a bad URL or kind is a usage error, before any work
    base = getattr(args, "base", None)
    if base:
        settings = settings.with_(base=base.rstrip("/"))
    return settings


def _unavailable_command(name: str, error: Exception) -> object:
    def run(args: argparse.Namespace) -> int:
        report_error(f"the '{name}' command cannot be loaded: {type(error).__name__}: {error}")
        return EXIT_UNAVAILABLE

    return run


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    for name in commands:
        module_name = f"{__package__}.commands.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue  # not written yet: skip quietly
            _add_broken(subparsers, name, error)
            continue
        except Exception as error:  # a broken plugin must not take the other commands down
            _add_broken(subparsers, name, error)
            continue
        register = getattr(module, "register", None)
        if not callable(register):
            _add_broken(subparsers, name, AttributeError(f"{module_name} has no register()"))
            continue
        register(subparsers)
    for sub in subparsers.choices.values():
        add_common_options(sub)
    return parser


def _add_broken(subparsers: argparse._SubParsersAction, name: str, error: Exception) -> None:
    sub = subparsers.add_parser(name, help=f"(unavailable: {type(error).__name__})")
    sub.set_defaults(func=_unavailable_command(name, error))


def subcommand_parser(
    subparsers: argparse._SubParsersAction,
    name: str,
    *,
    help: str,
    description: str,
    example: str,
) -> argparse.ArgumentParser:
    """A subcommand with the house style: a description, examples and the exit codes."""
    return subparsers.add_parser(
        name,
        help=help,
        description=textwrap.fill(description, 88),
        epilog=f"example:\n{example}\n\n{EXIT_CODES_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return int(func(args))
    except CommandError as error:
        report_error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        report_error("interrupted")
        return 130


def remote_location(settings: Settings) -> RemoteLocation:
    """The server a --store URL names, with its endpoint layout (--store-kind)."""
    assert settings.store_url is not None
    try:
        return parse(settings.store_url, settings.store_kind)
    except StoreLocationError as error:
        raise CommandError("--store", str(error)) from None


def open_local_store(
    settings: Settings, *, must_exist: bool, token: str | None = None
) -> EmbeddedStore | RemoteStore:
    """The store at --store, with the errors a user can act on: a directory, or the server
    a --store URL names (`token`: a bearer token for it, e.g. `machikg serve`'s)."""
    if settings.store_url:
        return remote_location(settings).open(token)
    path = settings.store_path
    if must_exist and path is not None and not path.is_dir():
        raise CommandError(
            f"store {path}",
            "does not exist yet: load documents first with `machikg ingest`",
        )
    try:
        return EmbeddedStore(path)
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None


def add_endpoint_option(parser: argparse.ArgumentParser) -> None:
    """--endpoint for the read-only commands (query, search, export)."""
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="read through a running machikg service, e.g. http://127.0.0.1:8000 (default:"
        " the service that holds --store, when one runs)",
    )


def open_store_for_reading(
    settings: Settings, endpoint: str | None
) -> EmbeddedStore | RemoteStore:
    """The store to read: `endpoint` when given; else the local store, or, while `machikg
    serve` holds it, the service it names beside the store (service.service_file)."""
    if endpoint:
        return RemoteStore(endpoint)
    if settings.store_url:
        return remote_location(settings).open()
    path = settings.store_path
    url = running_service(path)
    if url is None or path is None:
        try:
            return open_local_store(settings, must_exist=True)
        except CommandError as error:
            if not isinstance(error.__context__, StoreInUseError):
                raise
            url = running_service(path)  # the service may have started meanwhile
    if url is not None:
        return RemoteStore(url)
    raise CommandError(
        f"store {path}",
        "is in use by another process, and no running machikg service names itself beside"
        " it: read through the service with --endpoint URL (e.g. --endpoint"
        " http://127.0.0.1:8000), or stop the other process",
        exit_code=EXIT_UNAVAILABLE,
    )


if __name__ == "__main__":  # `python -m service.cli`: run the imported module, not __main__
    from service.cli import main as _main

    sys.exit(_main())
