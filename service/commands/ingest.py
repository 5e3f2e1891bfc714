"""`machikg ingest`: load documents into the store (or into a running service)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from service.cli import (
    EXIT_BAD_INPUT,
    EXIT_NOT_CONFORMING,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_municipality_options,
    open_local_store,
    report_error,
    settings_from_args,
    subcommand_parser,
)
from service.ingest import IngestSummary, LoaderUnavailable, Municipality, ingest
from service.store import RemoteStore, Store, StoreError
from service.validation import ShapesError

EXAMPLE = """\
  machikg ingest corpus/
      every document listed in corpus/manifest.csv (columns file, municipality_code,
      municipality, prefecture)
  machikg ingest new/fukushi-2024.txt --municipality-code 122173 --municipality 柏市
      one document that no manifest lists
  machikg ingest corpus/ --endpoint http://127.0.0.1:8000 --token SECRET
      send the documents to a running `machikg serve` (which holds the store)
  machikg ingest corpus/ --store http://127.0.0.1:7878
      into a SPARQL 1.1 Query/Update + Graph Store server (here `oxigraph serve`; Fuseki:
      --store fuseki+http://127.0.0.1:3030/DATASET); see --store-kind
  machikg ingest corpus/ --scheduler tcp://scheduler:8786 --store http://oxigraph:7878
      parse and validate on a Dask cluster (pip install 'machikg[cluster]' here and on
      every worker); --scheduler local starts one of --workers processes on this machine

Documents are parsed and validated on every core (--workers N) and stored in batches. A
document whose stored graph was made from the same bytes, manifest row and pipeline version
is skipped; --force reads it again.

A document whose graph breaks a SHACL shape is not stored: it is copied with its report
(report.txt in Japanese and English, report.ttl) to data/quarantine/<file>/
($MACHIKG_QUARANTINE)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "ingest",
        help="load documents (.txt/.html) into the store",
        description="Read, parse, validate and store municipal documents, one named graph each."
        " Loading a document again replaces its graph.",
        example=EXAMPLE,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a document, or a directory with a manifest.csv",
    )
    parser.add_argument(
        "--endpoint", metavar="URL", help="a running machikg service to send the documents to"
    )
    parser.add_argument(
        "--token", metavar="TOKEN", help="its admin token (default: $MACHIKG_ADMIN_TOKEN)"
    )
    add_municipality_options(parser)
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes that parse and validate (default: one per core)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="local|tcp://HOST:8786",
        help="parse and validate on a Dask cluster: 'local' (--workers processes here) or a"
        " scheduler's address (default: $MACHIKG_SCHEDULER, else this machine's processes)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="read every document again, even those whose stored checksum matches",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    municipality = _municipality(args)
    store: Store
    token = args.token or os.environ.get("MACHIKG_ADMIN_TOKEN")
    if args.endpoint:
        store = RemoteStore(args.endpoint, token=token)
    else:  # a directory, or a SPARQL server given as --store URL
        store = open_local_store(settings, must_exist=False, token=token)
    try:
        summary = ingest(
            args.paths,
            store,
            settings,
            progress=not args.no_progress,
            municipality=municipality,
            workers=args.workers,
            force=args.force,
            scheduler=args.scheduler or settings.scheduler,
        )
    except (ShapesError, LoaderUnavailable) as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    finally:
        store.close()
    return _report(summary)


def _municipality(args: argparse.Namespace) -> Municipality | None:
    if args.municipality_code is None and args.municipality is None:
        return None
    if not (args.municipality_code and args.municipality):
        raise CommandError(None, "give both --municipality-code and --municipality")
    return Municipality(args.municipality_code, args.municipality, args.prefecture)


def _report(summary: IngestSummary) -> int:
    for outcome in summary.outcomes:
        if outcome.status == "loaded":
            warnings = f", {outcome.warnings} warning(s)" if outcome.warnings else ""
            print(f"loaded  {outcome.file} ({outcome.triples} triples{warnings})")
            if outcome.message:  # read in part: a recogniser failed on it
                report_error(outcome.message)
        elif outcome.status == "unchanged":
            print(f"unchanged  {outcome.file} (same checksum as stored: not read again)")
        else:
            report_error(outcome.message or outcome.file)
    print(
        f"{summary.loaded} loaded, "
        + (f"{summary.unchanged} unchanged, " if summary.unchanged else "")
        + f"{summary.quarantined} quarantined, {summary.failed} failed",
        file=sys.stderr,
    )
    if summary.failed:
        return EXIT_BAD_INPUT
    return EXIT_NOT_CONFORMING if summary.quarantined else EXIT_OK
