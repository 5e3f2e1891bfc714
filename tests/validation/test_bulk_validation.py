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
    _line_chunks,
    bulk_load,
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


def _example_ntriples() -> bytes:
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object)
                         for q in ox.parse(path=EXAMPLE, format=ox.RdfFormat.TURTLE)],
                        format=ox.RdfFormat.N_TRIPLES) or b""


def _loaded(data: bytes, chunk_bytes: int) -> set[ox.Quad]:
    store = ox.Store()
    bulk_load(store, data, ox.RdfFormat.N_TRIPLES, chunk_bytes=chunk_bytes)
    return set(store)


def test_ntriples_loaded_by_chunks_are_the_same_triples() -> None:
    data = _example_ntriples()
    assert b"_:" not in data and data.count(b"\n") > 50
    assert _loaded(data, 200) == _loaded(data, len(data) + 1)
    assert len(list(_line_chunks(data, 200))) > 10  # it was split
    assert all(chunk.endswith(b"\n") for chunk in _line_chunks(data, 200))


def test_ntriples_with_blank_nodes_are_not_split() -> None:
    """Each bulk load renames blank nodes apart: one node on two lines must stay one."""
    data = (b"_:b <http://example.org/p> \"1\" .\n" + b"# " + b"x" * 300 + b"\n"
            + b"_:b <http://example.org/q> \"2\" .\n")
    assert len({q.subject for q in _loaded(data, 50)}) == 1


def test_a_syntax_error_in_a_later_chunk_names_the_line_of_the_file() -> None:
    lines = _example_ntriples().splitlines(keepends=True)
    bad = len(lines) - 3
    lines[bad] = lines[bad].replace(b" .\n", b"\n")  # the dot missing
    data = b"".join(lines)
    with pytest.raises(InputError) as whole:
        _loaded(data, len(data) + 1)
    with pytest.raises(InputError) as chunked:
        _loaded(data, 200)
    assert chunked.value == whole.value
    assert chunked.value.line is not None and chunked.value.line >= bad
