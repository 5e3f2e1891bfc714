"""`machikg search`: Japanese full-text search over the store, from the command line.

The same index and ranking as `GET /search` (service.search.index), built from the local
store for this one run.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from service.cli import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_endpoint_option,
    open_store_for_reading,
    settings_from_args,
    subcommand_parser,
)
from service.search.index import KINDS, Hit, SearchError, SearchIndex, documents_query
from service.store import StoreError

EXAMPLE = """\
  machikg search 地域コミュニティ
      everything about local community in every city (also finds コミュニティー, コミ協,
      町内会・自治会 through the topic thesaurus)
  machikg search 防災 --municipality 272213 --kind initiative
  machikg search 事業 --fiscal-year 2017 --topic 男女共同参画 --format json"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "search",
        help="search the documents' initiatives, projects, codes and indicators in Japanese",
        description="Full-text search in plain Japanese over names, descriptions and quoted"
        " source passages. Words are compared as SudachiPy normalised forms, so spelling"
        " variants (コミュニティ/コミュニティー, 子ども/子供, ＤＶ/DV) find each other; when the"
        " query names a theme of the topic thesaurus, items tagged with it are found too."
        " Results are ranked best first (BM25).",
        example=EXAMPLE,
    )
    parser.add_argument("query", metavar="QUERY", nargs="?", default="", help="words to find")
    parser.add_argument("--municipality", metavar="CODE", help="6-digit municipality code")
    parser.add_argument("--fiscal-year", metavar="YEAR", type=int, help="fiscal year, e.g. 2017")
    parser.add_argument("--kind", choices=KINDS, help="only resources of this kind")
    parser.add_argument(
        "--topic", metavar="THEME", help="only items tagged with this theme (label or IRI)"
    )
    parser.add_argument("--limit", type=int, default=20, help="at most this many hits (20)")
    parser.add_argument(
        "--format", choices=("table", "json"), help="table (default on a terminal) or json"
    )
    add_endpoint_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store_for_reading(settings_from_args(args), args.endpoint)
    try:
        index = SearchIndex.from_rows(store.select(documents_query()))
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    finally:
        store.close()
    try:
        hits = index.search(
            args.query,
            municipality=args.municipality,
            fiscal_year=args.fiscal_year,
            kind=args.kind,
            topic=args.topic,
            limit=args.limit,
        )
    except SearchError as error:
        raise CommandError("search", str(error)) from None
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        print(json.dumps([_as_json(hit) for hit in hits], ensure_ascii=False, indent=2))
    else:
        _print_table(hits)
    return EXIT_OK


def _as_json(hit: Hit) -> dict[str, object]:
    return {**asdict(hit), "topics": list(hit.topics)}


def _print_table(hits: list[Hit]) -> None:
    table = Table(show_lines=False)
    for column in ("score", "kind", "city", "FY", "label", "IRI"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(
            f"{hit.score:.2f}",
            hit.kind,
            hit.municipality_code or "",
            "" if hit.fiscal_year is None else str(hit.fiscal_year),
            hit.label,
            hit.iri,
        )
    Console().print(table)
    if not hits:
        print("no hits", file=sys.stderr)
