"""`machikg validate`: check an RDF file or a document against the SHACL shapes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pyoxigraph as ox
import rdflib

from loaders.text.errors import DocumentError
from service.cli import (
    EXIT_NOT_CONFORMING,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_municipality_options,
    settings_from_args,
    subcommand_parser,
)
from service.ingest import LoaderUnavailable, Municipality, default_loader, find_entries
from service.validation import ShapesError, validate_graph

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")

EXAMPLE = """\
  machikg validate tests/model/data/valid-example.ttl
      an RDF file (.ttl .nt .nq .trig .jsonld .rdf .xml); all its graphs are checked together
  machikg validate corpus/kashiwa-chiikizukuri-2017.txt --lang en
      a document: parsed first (its municipality from manifest.csv beside it, or from
      --municipality-code/--municipality), then its graph is checked"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "validate",
        help="check an RDF file or a document against the SHACL shapes",
        description="Validate against shapes/*.ttl (with ontology/machikg.ttl). Prints a report;"
        " exit 0 when it conforms (warnings allowed), 1 when it has violations.",
        example=EXAMPLE,
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help="an RDF file or a .txt/.html document"
    )
    parser.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the report (default: ja)"
    )
    parser.add_argument(
        "--report-ttl",
        type=Path,
        metavar="OUT",
        help="also write the raw SHACL report as Turtle to OUT",
    )
    add_municipality_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.exists():
        raise CommandError(str(path), "no such file")
    suffix = path.suffix.lower()
    if suffix in RDF_FORMATS:
        graph = read_rdf(path, RDF_FORMATS[suffix])
    elif suffix in DOCUMENT_SUFFIXES:
        graph = _document_graph(path, args)
    else:
        known = " ".join(sorted(RDF_FORMATS)) + " " + " ".join(DOCUMENT_SUFFIXES)
        raise CommandError(str(path), f"unknown file type {suffix or '(none)'!r}; expected {known}")
    try:
        report = validate_graph(graph)
    except ShapesError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    print(f"{path}: {len(graph)} triples")
    print(report.text(args.lang), end="")
    if args.report_ttl:
        args.report_ttl.write_text(report.to_turtle(), encoding="utf-8")
    return EXIT_OK if report.conforms else EXIT_NOT_CONFORMING


def read_rdf(path: Path, fmt: ox.RdfFormat) -> rdflib.Graph:
    """All triples of an RDF file (graph names dropped), with the parser's line and column."""
    try:
        quads = list(ox.parse(path=path, format=fmt))
    except SyntaxError as error:
        raise CommandError(str(path), f"invalid {fmt.name}: {error.msg}") from None
    except (OSError, ValueError) as error:
        raise CommandError(str(path), f"cannot read: {error}") from None
    if not quads:
        raise CommandError(str(path), f"empty: no RDF triples in this {fmt.name} file")
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    for prefix, namespace in _prefixes(path, fmt).items():
        graph.bind(prefix, namespace)
    return graph


def _prefixes(path: Path, fmt: ox.RdfFormat) -> dict[str, str]:
    """The file's own prefixes, so the report speaks the author's names."""
    if fmt not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return {}
    parser = ox.parse(path=path, format=fmt)
    for _ in parser:
        pass
    return dict(getattr(parser, "prefixes", {}) or {})


def _document_graph(path: Path, args: argparse.Namespace) -> rdflib.Graph:
    municipality = None
    if args.municipality_code or args.municipality:
        if not (args.municipality_code and args.municipality):
            raise CommandError(None, "give both --municipality-code and --municipality")
        municipality = Municipality(args.municipality_code, args.municipality, args.prefecture)
    entries, problems = find_entries([path], municipality=municipality)
    if problems:
        raise CommandError(None, problems[0].message or str(path))
    settings = settings_from_args(args)
    try:
        loaded = default_loader()(entries[0], base=settings.base)
    except DocumentError as error:
        raise CommandError(None, str(error)) from None
    except LoaderUnavailable as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    return loaded.graph
