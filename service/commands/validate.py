"""`machikg validate`: check an RDF file or a document against the SHACL shapes."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from loaders.formats import DATA_FILE_SUFFIXES
from loaders.formats import SUFFIXES as CONVERTED_SUFFIXES
from loaders.formats.sniffing import xml_root
from loaders.templates import detect as detect_template
from loaders.text.errors import DocumentError
from service.cli import (
    EXIT_NOT_CONFORMING,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_municipality_options,
    open_store_for_reading,
    settings_from_args,
    subcommand_parser,
)
from service.ingest import LoaderUnavailable, Municipality, default_loader, find_entries
from service.settings import Settings
from service.shacl.check import validate_rdf, validate_triples
from service.shacl.compiler import UnsupportedShape
from service.shacl.rdf_input import InputError, ParsedRdf, parse_rdf
from service.shacl.submission_input import CSV, read_submission
from service.store import EmbeddedStore, RemoteStore, StoreError
from service.validation import ShapesError

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
# every document the reader takes: text, pages, PDF, workbooks, CSV/TSV, data files and
# mail. An .xml file is RDF/XML only when its root is rdf:RDF, and a .csv file a template
# only when its header is one; otherwise both are documents, as `machikg ingest` reads them.
DOCUMENT_SUFFIXES = frozenset(
    {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".eml"}
) | CONVERTED_SUFFIXES | DATA_FILE_SUFFIXES

EXAMPLE = """\
  machikg validate tests/model/data/valid-example.ttl
      an RDF file (.ttl .nt .nq .trig .jsonld .rdf, .xml with an rdf:RDF root); all its
      graphs are checked together
  machikg validate corpus/kashiwa-chiikizukuri-2017.txt --lang en
      a document (text, HTML, PDF, .docx, .xlsx/.ods, CSV/TSV, JSON/YAML/XML/feeds/iCalendar): read
      first (its municipality from manifest.csv beside it, or from
      --municipality-code/--municipality), then its graph is checked
  machikg validate shapes/templates/projects.sample.csv
      a CSV template (projects or indicators, see shapes/templates/): converted, then checked;
      a cell that cannot be read is named by row and column
  machikg validate --graph https://w3id.org/machikg/graph/122173/a.txt --store http://127.0.0.1:7878
      a graph already stored (in the store directory, or on a --store server)"""


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
        "file", type=Path, metavar="FILE", nargs="?",
        help="an RDF file, a CSV template or a document (text, HTML, PDF, spreadsheet, data file)"
    )
    parser.add_argument(
        "--graph",
        metavar="IRI",
        help="instead of a FILE, check a graph already in the store (--store DIR or URL)",
    )
    parser.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the report (default: ja)"
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "ttl"),
        default="table",
        help="table (default), JSON, or the SHACL validation report as Turtle",
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
    if args.graph:
        if args.file is not None:
            raise CommandError(None, "give a FILE or --graph IRI, not both")
        return _print_report(args, args.graph, _validate_stored(args))
    if args.file is None:
        raise CommandError(None, "give a FILE to check, or --graph IRI for a stored graph")
    path: Path = args.file
    if not path.exists():
        raise CommandError(str(path), "no such file")
    suffix = path.suffix.lower()
    settings = settings_from_args(args)
    store = context_store(args, settings)
    try:
        kind = file_kind(path)
        as_document_hint = ""
        if kind == "document" and suffix == ".csv" and not _municipality_known(path, args):
            # a CSV with no municipality to read it for is a template with a wrong header
            kind = "template"
            as_document_hint = ("; to check it as a document instead, give --municipality-code"
                                " CODE --municipality NAME")
        if kind == "rdf":
            report = validate_rdf(
                path.read_bytes(), RDF_FORMATS[suffix], base=settings.base, store=store
            )
        elif kind == "template":  # a CSV template (shapes/templates/)
            submission = read_submission(path.read_bytes(), CSV, base=settings.base)
            report = validate_triples(submission.parsed, base=settings.base, store=store,
                                      position=submission.position)
        elif kind == "document":
            report = validate_triples(
                _as_parsed(_document_graph(path, args)), base=settings.base, store=store
            )
        else:
            known = " ".join(sorted({*RDF_FORMATS, *DOCUMENT_SUFFIXES}))
            raise CommandError(
                str(path), f"unknown file type {suffix or '(none)'!r}; expected {known}"
            )
    except InputError as error:
        raise CommandError(str(path), str(error) + as_document_hint) from None
    except (ShapesError, UnsupportedShape) as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    finally:
        if store is not None:
            store.close()
    return _print_report(args, str(path), report)


def _municipality_known(path: Path, args: argparse.Namespace) -> bool:
    """Whether a document could be read: options name its municipality, or the manifest.csv
    beside it lists it."""
    if args.municipality_code or args.municipality:
        return True
    entries, problems = find_entries([path])
    return bool(entries) and not problems


def file_kind(path: Path) -> str | None:
    """What a file is checked as: "rdf", "template", "document", or None (unknown type).
    Only the first bytes are looked at to tell RDF/XML from other XML and a template from
    any other CSV."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        with path.open("rb") as file:  # the root element is near the top
            head = file.read(100_000).decode("utf-8", errors="replace")
        root = xml_root(head)
        return "rdf" if root is not None and root[0] == "RDF" else "document"
    if suffix in RDF_FORMATS:
        return "rdf"
    if suffix == ".csv":
        return "template" if detect_template(_csv_header(path)) else "document"
    return "document" if suffix in DOCUMENT_SUFFIXES else None


def _csv_header(path: Path) -> list[str]:
    with path.open("rb") as file:
        line = file.readline(10_000)
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return next(csv.reader([line.decode(encoding)]), [])
        except UnicodeDecodeError:
            continue
    return []


def context_store(
    args: argparse.Namespace, settings: Settings
) -> EmbeddedStore | RemoteStore | None:
    """The store whose resources a file may point at (a division, a plan already stored:
    their types count for sh:class), when one is named: --store DIR|URL, or a
    MACHIKG_STORE URL. Without one, the file is checked on its own."""
    if not getattr(args, "store", None) and not settings.store_url:
        return None
    return open_store_for_reading(settings, None)


def _validate_stored(args: argparse.Namespace) -> Any:
    """The report on a stored graph, read from the embedded store or the --store server."""
    settings = settings_from_args(args)
    store = open_store_for_reading(settings, None)
    try:
        data = stored_graph_ntriples(store, args.graph)
        if not data.strip():
            raise CommandError(f"<{args.graph}>", "no such graph in the store")
        return validate_rdf(data, ox.RdfFormat.N_TRIPLES, base=settings.base, store=store)
    except StoreError as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    except (ShapesError, UnsupportedShape) as error:
        raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
    finally:
        store.close()


def stored_graph_ntriples(store: EmbeddedStore | RemoteStore, graph_iri: str) -> bytes:
    """A named graph's triples as N-Triples, from either kind of store."""
    try:
        iri = ox.NamedNode(graph_iri)
    except ValueError as error:
        raise CommandError(f"--graph {graph_iri}", f"not an IRI: {error}") from None
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}"
    if isinstance(store, RemoteStore):
        return store.query_response(construct, "application/n-triples").content
    result = store.query(construct)
    assert isinstance(result, ox.QueryTriples)
    return result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""


def _print_report(args: argparse.Namespace, where: str, report: Any) -> int:
    if args.format == "json":
        print(json.dumps(report.to_json(args.lang), ensure_ascii=False, indent=2))
    elif args.format == "ttl":
        print(report.to_rdf().serialize(format="turtle"), end="")
    else:
        print(f"{where}: {report.triples} triples")
        print(report.text(args.lang), end="")
    if args.report_ttl:
        args.report_ttl.write_text(report.to_rdf().serialize(format="turtle"), encoding="utf-8")
    return EXIT_OK if report.conforms else EXIT_NOT_CONFORMING


def _as_parsed(graph: rdflib.Graph) -> ParsedRdf:
    data = graph.serialize(format="nt", encoding="utf-8")
    parsed = parse_rdf(data, ox.RdfFormat.N_TRIPLES)
    parsed.prefixes = {p: str(ns) for p, ns in graph.namespaces() if p}
    return parsed


def read_rdf(path: Path, fmt: ox.RdfFormat) -> rdflib.Graph:
    """All triples of an RDF file (graph names dropped), as an rdflib graph."""
    try:
        parsed = parse_rdf(path.read_bytes(), fmt)
    except InputError as error:
        raise CommandError(str(path), str(error)) from None
    except OSError as error:
        raise CommandError(str(path), f"cannot read: {error}") from None
    data = ox.serialize(parsed.triples, format=ox.RdfFormat.N_TRIPLES) or b""
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    for prefix, namespace in parsed.prefixes.items():
        graph.bind(prefix, namespace)
    return graph


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
