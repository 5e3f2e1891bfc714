"""`machikg score GOLD.json`: ingest a corpus into a fresh store and grade the contract queries."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from loaders.resources import corpus_dir, queries_dir
from service.cli import (
    EXIT_NOT_CONFORMING,
    EXIT_OK,
    CommandError,
    settings_from_args,
    subcommand_parser,
)
from service.ingest import ingest
from service.scoring import format_misses, format_report, load_gold, score_all
from service.store import EmbeddedStore, Store

EXAMPLE = """\
  machikg score tests/data/gold-seeds.json
      ingest corpus/ into an in-memory store, run queries/*.rq, print precision/recall/F1
  machikg score gold.json --corpus other-corpus/ --queries my-queries/
  machikg score tests/data/real-dev/gold.json --corpus tests/data/real-dev --misses
      also list the gold rows not found and the rows that match no gold row"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "score",
        help="grade the contract queries against a gold file",
        description="Ingest a corpus into a fresh in-memory store, run each contract query and"
        " compare its rows with the gold tables (precision, recall and F1 per table, and the"
        " topic checks). Exit 1 when a topic check fails.",
        example=EXAMPLE,
    )
    parser.add_argument("gold", type=Path, help="the gold JSON file (tables, columns, topics)")
    parser.add_argument("--corpus", type=Path, default=None, help="default: the bundled corpus/")
    parser.add_argument("--queries", type=Path, default=None, help="default: the bundled queries/")
    parser.add_argument(
        "--recognisers-only",
        action="store_true",
        help="read with the layout-agnostic recognisers alone, without the per-genre parsers",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list each table's gold rows not found (-) and rows matching no gold row (+)",
    )
    parser.set_defaults(func=run)


def corpus_store(corpus: Path, base: str) -> Store:
    """A throw-away in-memory store holding the corpus and the vocabularies."""
    settings = settings_from_args(argparse.Namespace(store=":memory:", base=base))
    store = EmbeddedStore(None)
    summary = ingest([corpus], store, settings, progress=False)
    if not summary.loaded:
        raise CommandError(str(corpus), "no document could be loaded")
    for outcome in summary.outcomes:
        # a quarantined document's facts are missing from every table: say so, or its rows
        # read as facts the reader did not find
        if outcome.status in ("quarantined", "failed"):
            print(f"machikg: {outcome.file}: {outcome.status}, not scored"
                  f"{': ' + outcome.message if outcome.message else ''}", file=sys.stderr)
        elif outcome.message:  # loaded, read in part: a recogniser failed on it
            print(f"machikg: {outcome.message}", file=sys.stderr)
    return store


def query_runner(store: Store):  # type: ignore[no-untyped-def]
    def run_query(path: str, bindings: Mapping[str, str]) -> list[dict[str, Any]]:
        return list(store.select(Path(path).read_text(encoding="utf-8"), bindings=dict(bindings)))

    return run_query


def run(args: argparse.Namespace) -> int:
    if not args.gold.is_file():
        raise CommandError(str(args.gold), "no such file")
    settings = settings_from_args(args)
    previous = os.environ.get("MACHIKG_GENRE_PARSERS")
    if args.recognisers_only:
        os.environ["MACHIKG_GENRE_PARSERS"] = "off"
    try:
        store = corpus_store(args.corpus or corpus_dir(), settings.base)
    finally:
        # called in-process (tests, notebooks), the switch must not outlive this command
        if previous is None:
            os.environ.pop("MACHIKG_GENRE_PARSERS", None)
        else:
            os.environ["MACHIKG_GENRE_PARSERS"] = previous
    tables, topics = score_all(
        load_gold(args.gold), query_runner(store), args.queries or queries_dir()
    )
    print(format_report(tables, topics))
    if args.misses:
        print(format_misses(tables))
    return EXIT_OK if all(t.passed for t in topics) else EXIT_NOT_CONFORMING
