"""`machikg catalog`: print the DCAT / VoID description of the store (for a data portal)."""

from __future__ import annotations

import argparse
import sys

from service.catalog.description import CatalogSettings, describe
from service.catalog.formats import RDF_REPRESENTATIONS, serialize
from service.catalog.queries import CatalogError
from service.cli import (
    EXIT_OK,
    CommandError,
    open_local_store,
    settings_from_args,
    subcommand_parser,
)

EXAMPLE = """\
  machikg catalog --site https://machikg.example.org > catalog.ttl
      the catalogue, with links to the service at that address
  machikg catalog --format jsonld
      the same as JSON-LD"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "catalog",
        help="print the DCAT-AP catalogue and VoID description of the store",
        description="Describe the store as a DCAT catalogue: the knowledge graph and one"
        " dataset per document, with VoID statistics counted from the store, the SPARQL"
        " endpoint and the dumps at --site. Publisher, contact and licence come from"
        " $MACHIKG_CATALOG_METADATA (default: service/catalog/catalog.ttl).",
        example=EXAMPLE,
    )
    parser.add_argument(
        "--format",
        choices=[r.name for r in RDF_REPRESENTATIONS],
        default="turtle",
        help="output format (default: turtle)",
    )
    parser.add_argument(
        "--site",
        metavar="URL",
        help="where the service answers, for endpoint and dump links"
        " (default: $MACHIKG_SITE or http://127.0.0.1:8000)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    try:
        catalog_settings = CatalogSettings.from_env(settings.base, args.site)
    except ValueError as error:
        raise CommandError("--site/--base", str(error)) from None
    store = open_local_store(settings, must_exist=True)
    try:
        graph = describe(store.select, catalog_settings)
    except CatalogError as error:
        raise CommandError(None, str(error)) from None
    finally:
        store.close()
    representation = next(r for r in RDF_REPRESENTATIONS if r.name == args.format)
    sys.stdout.buffer.write(serialize(graph, representation))
    sys.stdout.flush()
    return EXIT_OK
