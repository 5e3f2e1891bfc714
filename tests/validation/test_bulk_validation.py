"""Large Turtle and N-Triples submissions are bulk loaded into the working store (no Python
object per triple): the report must be the one the triple-by-triple path gives, lines and
columns included, and errors the same `InputError`s."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from service.shacl.check import validate_rdf, validate_triples
from service.shacl.rdf_input import (
    InputError,
    StatementIndex,
    declarations,
    parse_rdf,
    statement_positions,
)

DATA = Path(__file__).parent / "data" / "project-budget-as-text.ttl"
EXAMPLE = Path(__file__).parents[1] / "model" / "data" / "valid-example.ttl"


def _by_triples(data: bytes, fmt: ox.RdfFormat) -> list[tuple[object, ...]]:
    parsed = parse_rdf(data, fmt)
    index = StatementIndex(data, fmt, parsed)
    report = validate_triples(parsed, position=index.position)
    return [(p.severity, p.focus, p.path, p.value, p.shape, p.line, p.column, p.message_en)
            for p in report.problems]


def _bulk(data: bytes, fmt: ox.RdfFormat) -> list[tuple[object, ...]]:
    report = validate_rdf(data, fmt)
    return [(p.severity, p.focus, p.path, p.value, p.shape, p.line, p.column, p.message_en)
            for p in report.problems]


@pytest.mark.parametrize("fmt", [ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES])
def test_the_bulk_path_reports_what_the_triple_path_reports(fmt: ox.RdfFormat) -> None:
    turtle = DATA.read_bytes()
    data = turtle if fmt == ox.RdfFormat.TURTLE else ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object)
         for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)],
        format=ox.RdfFormat.N_TRIPLES) or b""
    expected = _by_triples(data, fmt)
    assert expected and all(problem[5] is not None for problem in expected)
    assert _bulk(data, fmt) == expected


def test_declarations_are_the_parsers_prefixes_and_base() -> None:
    data = EXAMPLE.read_bytes()
    parsed = parse_rdf(data, ox.RdfFormat.TURTLE)
    assert declarations(data, ox.RdfFormat.TURTLE) == (parsed.prefixes, parsed.base)


def test_positions_of_some_nodes_are_the_index_positions() -> None:
    data = EXAMPLE.read_bytes()
    parsed = parse_rdf(data, ox.RdfFormat.TURTLE)
    index = StatementIndex(data, ox.RdfFormat.TURTLE, parsed)
    nodes = {t.subject for t in parsed.triples if isinstance(t.subject, ox.NamedNode)}
    found = statement_positions(data, ox.RdfFormat.TURTLE, nodes, prefixes=parsed.prefixes,
                                base=parsed.base)
    assert len(found) == len(nodes)
    assert found == {node.value: index.position(node) for node in nodes}


def test_a_syntax_error_is_the_same_input_error() -> None:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    label = next(n for n, line in enumerate(lines) if "rdfs:label" in line)
    lines[label] = lines[label].rstrip(" ;")
    data = "\n".join(lines).encode("utf-8")
    with pytest.raises(InputError) as by_triples:
        parse_rdf(data, ox.RdfFormat.TURTLE)
    with pytest.raises(InputError) as bulk:
        validate_rdf(data, ox.RdfFormat.TURTLE)
    assert bulk.value == by_triples.value


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        validate_rdf(b"@prefix mk: <https://w3id.org/machikg/ontology#> .\n",
                     ox.RdfFormat.TURTLE)
