"""`machikg query`: run a SPARQL query (a .rq file or inline text) against the store."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from service.cli import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    add_endpoint_option,
    open_store_for_reading,
    report_error,
    settings_from_args,
    subcommand_parser,
)
from service.store import (
    EmbeddedStore,
    RemoteStore,
    SparqlSyntaxError,
    StoreError,
    Term,
    python_value,
    with_values,
)

FORMATS = ("table", "csv", "tsv", "json")
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
_GRAPH_FORMATS = {
    "table": ox.RdfFormat.TURTLE,
    "csv": ox.RdfFormat.N_TRIPLES,
    "tsv": ox.RdfFormat.N_TRIPLES,
    "json": ox.RdfFormat.JSON_LD,
}
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PARAM_LINE = re.compile(r"^#\s*param:\s*\??([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)
_TERM_PREFIXES = (
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
)

EXAMPLE = """\
  machikg query queries/topic.rq --bind topic=地域コミュニティ
      a query file with a parameter: ?topic is bound to the string "地域コミュニティ"
  machikg query 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'
      inline SPARQL; the default graph is the union of all document graphs
  machikg query queries/projects.rq --format csv > projects.csv

--bind values: plain text is a string literal; <https://…> is an IRI;
Turtle syntax gives other literals: '"2017"^^xsd:integer', 2017^^xsd:integer, '"柏市"@ja'."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subcommand_parser(
        subparsers,
        "query",
        help="run a SPARQL query against the store",
        description="Run a SPARQL 1.1 query: a .rq file, inline text, or - for standard input."
        " Results print as a table on a terminal, as CSV otherwise.",
        example=EXAMPLE,
    )
    parser.add_argument("query", metavar="FILE.rq|TEXT", help="the query file or text")
    parser.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="give variable ?NAME a value before the query runs (repeatable)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="table (default on a terminal), csv (default otherwise), tsv, json"
        " (SPARQL 1.1 results formats)",
    )
    add_endpoint_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source, text = read_query(args.query)
    bindings = dict(parse_binding(b) for b in args.bind)
    for name in _PARAM_LINE.findall(text):
        if name not in bindings:
            report_error(f"{source}: note: parameter ?{name} is not bound (--bind {name}=VALUE)")
    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    store = open_store_for_reading(settings_from_args(args), args.endpoint)
    try:
        try:
            result = run_query(store, text, bindings)
            write_result(result, fmt)  # evaluation is lazy: errors may surface here
        except SparqlSyntaxError as error:
            raise CommandError(source, f"SPARQL syntax error: {error}") from None
        except StoreError as error:
            raise CommandError(None, str(error), exit_code=EXIT_UNAVAILABLE) from None
        except (OSError, RuntimeError, ValueError) as error:
            raise CommandError(source, f"the query failed: {error}") from None
    finally:
        store.close()
    return EXIT_OK


# What `machikg query` asks a service for: results it can print in any of its formats.
REMOTE_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


def run_query(
    store: EmbeddedStore | RemoteStore, text: str, bindings: dict[str, Term]
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | list[ox.Triple]:
    """The query's result, from the local store or from the service that holds it."""
    if isinstance(store, EmbeddedStore):
        return store.query(text, bindings=bindings)
    if bindings:
        rewritten = with_values(text, bindings)
        if rewritten is None:
            raise SparqlSyntaxError(f"cannot bind {', '.join(bindings)}: no WHERE group")
        text = rewritten
    response = store.query_response(text, REMOTE_ACCEPT)
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if media_type == "application/n-triples":
        return list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)


def read_query(argument: str) -> tuple[str, str]:
    """(where it came from, the SPARQL text) for a file path, '-' or inline text."""
    if argument == "-":
        return "<stdin>", sys.stdin.read()
    path = Path(argument)
    looks_inline = any(c.isspace() for c in argument) or "{" in argument
    if not looks_inline and (argument.endswith(".rq") or path.exists()):
        try:
            return argument, path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(argument, "no such query file") from None
        except UnicodeDecodeError as error:
            raise CommandError(argument, f"not UTF-8 text (byte {error.start})") from None
        except OSError as error:
            raise CommandError(argument, f"cannot read: {error.strerror or error}") from None
    if not looks_inline:
        raise CommandError(argument, "neither a query file nor SPARQL text")
    return "query", argument


def parse_binding(text: str) -> tuple[str, Term]:
    """NAME=VALUE → (name, RDF term); see the --help text for the value syntax."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VARIABLE.fullmatch(name):
        raise CommandError(f"--bind {text}", "expected NAME=VALUE, e.g. --bind topic=防災")
    if value.startswith("<") and value.endswith(">"):
        try:
            return name, ox.NamedNode(value[1:-1])
        except ValueError as error:
            raise CommandError(f"--bind {text}", f"invalid IRI: {error}") from None
    unquoted = re.fullmatch(r"([^\"<>\s]+)\^\^(\S+)", value)
    if unquoted:
        value = f'"{unquoted.group(1)}"^^{unquoted.group(2)}'
    if value.startswith('"'):
        return name, _turtle_literal(text, value)
    return name, ox.Literal(value)


def _turtle_literal(argument: str, value: str) -> ox.Literal:
    document = f"{_TERM_PREFIXES}<urn:x:s> <urn:x:p> {value} ."
    try:
        triples = list(ox.parse(document, format=ox.RdfFormat.TURTLE))
    except SyntaxError as error:
        raise CommandError(f"--bind {argument}", f"not a Turtle literal: {error}") from None
    term = triples[0].object
    assert isinstance(term, ox.Literal)
    return term


def write_result(result: object, fmt: str) -> None:
    out = sys.stdout.buffer
    if isinstance(result, ox.QuerySolutions):
        if fmt == "table":
            _print_table(result)
            return
        result.serialize(out, format=_RESULT_FORMATS[fmt])
    elif isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            out.write(b'{"head":{},"boolean":' + str(bool(result)).lower().encode() + b"}\n")
        else:
            out.write(str(bool(result)).lower().encode() + b"\n")
    elif isinstance(result, ox.QueryTriples):
        result.serialize(out, format=_GRAPH_FORMATS[fmt])
    elif isinstance(result, list):  # a service's graph result, parsed
        ox.serialize(result, out, format=_GRAPH_FORMATS[fmt])
    out.flush()


def _print_table(solutions: ox.QuerySolutions) -> None:
    variables = [v.value for v in solutions.variables]
    table = Table(show_lines=False)
    for name in variables:
        table.add_column(name, overflow="fold")  # IRIs are shown whole, wrapped
    count = 0
    for solution in solutions:
        cells = []
        for name in variables:
            value = python_value(solution[name])
            cells.append("" if value is None else str(value))
        table.add_row(*cells)
        count += 1
    console = Console()
    console.print(table)
    console.print(f"{count} row(s)", style="dim")
