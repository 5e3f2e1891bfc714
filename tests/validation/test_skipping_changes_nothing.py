"""The engine's shortcuts change no result: skipping the checks that provably find nothing
(targets or path predicates absent) and computing count and sh:class checks in Python give
exactly the findings of running every compiled query, on every document of the bundled
corpus, the held-out set, the real pages, documents broken on purpose and the bad
submissions of the pySHACL equivalence tests."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH, XSD

from loaders.resources import shapes_dir
from loaders.vocabulary import MK
from service.shacl import engine
from service.shacl.compiler import python_regex
from service.shacl.documents import validate_triples
from service.validation import ValidationReport
from tests.validation.bad_submissions import BadSubmission, bad_submissions
from tests.validation.test_ingest_validation_matches_pyshacl import (
    BREAKERS,
    ENTRIES,
    _largest_corpus_graph,
    _loaded,
)

EX = rdflib.Namespace("https://example.org/test#")


def _results(report: ValidationReport) -> tuple[bool, Counter[tuple[object, ...]]]:
    return report.conforms, Counter(
        (r.severity, r.focus_node, r.path, r.value, r.source_shape, _masked(r.message_ja),
         _masked(r.message_en))
        for r in report.results
    )


def _masked(message: str) -> str:
    """A message with a blank node's label (fresh in each run) blotted out."""
    return re.sub(r"[0-9a-f]{16,}", "_:b", message)


def _same_with_and_without_skipping(graph: rdflib.Graph) -> None:
    fast, _ = validate_triples(graph, graph)
    full, _ = validate_triples(graph, graph, skip=False)
    assert _results(fast) == _results(full)


@pytest.mark.parametrize(
    "entry", [e for _, e in ENTRIES], ids=[f"{name}/{e.file}" for name, e in ENTRIES]
)
def test_skipping_changes_no_result_of_a_document(entry: object) -> None:
    _same_with_and_without_skipping(_loaded(entry).graph)  # type: ignore[arg-type]


@functools.cache
def _python_paths() -> tuple[set[rdflib.URIRef], set[rdflib.URIRef]]:
    """The predicates of the value checks and of the count checks computed in Python."""
    checks = engine._compiled(shapes_dir(), False)
    classes = {rdflib.URIRef(c.simple_path[0]) for c in checks
               if c.value_tests and c.simple_path and not c.simple_path[1]}
    counted = {rdflib.URIRef(c.simple_path[0]) for c in checks
               if c.kind == "count" and c.simple_path and not c.simple_path[1]}
    return classes, counted


def typed_literal_values(graph: rdflib.Graph) -> None:
    """sh:class values that are typed literals (the store keeps "01"^^xsd:integer as "1")."""
    classes, _ = _python_paths()
    for s, p, _ in list(graph):
        if p in classes:
            graph.add((s, p, rdflib.Literal("01", datatype=XSD.integer, normalize=False)))
            graph.add((s, p, rdflib.Literal("1", datatype=XSD.integer)))


def wrong_kinds_of_values(graph: rdflib.Graph) -> None:
    """Values tested in Python of every kind: blank node, IRI, tagged, empty, long text."""
    classes, _ = _python_paths()
    subjects = {(s, p) for s, p, _ in graph if p in classes}
    for s, p in subjects:
        for value in (rdflib.BNode(), EX.junk, rdflib.Literal("x", lang="en-US"),
                      rdflib.Literal("x", lang="JA"), rdflib.Literal(""),
                      rdflib.Literal("長" * 300), rdflib.Literal("x", datatype=RDFS.Literal)):
            graph.add((s, p, value))


def _on_one_subject_each(graph: rdflib.Graph, values: list[rdflib.Literal]) -> None:
    """`values` on one subject of each predicate with a value check in Python (on all of
    them the document takes minutes)."""
    classes, _ = _python_paths()
    for p, s in {p: s for s, p, _ in sorted(graph) if p in classes}.items():
        for value in values:
            graph.add((s, p, value))


def integers_at_the_bounds(graph: rdflib.Graph) -> None:
    """Integers written as the store writes them, at the bounds and at its 64 bits' end."""
    _on_one_subject_each(graph, [
        rdflib.Literal(text, datatype=XSD.integer, normalize=False)
        for text in ("-1", "0", "1", "1867", "1868", "2100", "2101", "9223372036854775807")
    ])


def integers_the_store_rewrites(graph: rdflib.Graph) -> None:
    """Integers the store writes otherwise or not as numbers, and a decimal."""
    _on_one_subject_each(graph, [
        *(rdflib.Literal(text, datatype=XSD.integer, normalize=False)
          for text in ("+5", "007", "-0", "9223372036854775808", "-9223372036854775809")),
        rdflib.Literal("0.5", datatype=XSD.decimal, normalize=False),
    ])


def two_forms_of_one_value(graph: rdflib.Graph) -> None:
    """Counted values in two lexical forms of one number: one term in the store (rdflib
    would make them one term as well, unless told not to)."""
    _, counted = _python_paths()
    for s, p, o in list(graph):
        if p in counted and isinstance(o, rdflib.Literal) and o.datatype == XSD.integer:
            graph.add((s, p, rdflib.Literal("0" + str(o), datatype=XSD.integer, normalize=False)))


def strings_and_languages(graph: rdflib.Graph) -> None:
    """Counted values as plain strings and as the same text with a language tag."""
    _, counted = _python_paths()
    for s, p, o in list(graph):
        if p in counted and isinstance(o, rdflib.Literal):
            graph.add((s, p, rdflib.Literal(str(o))))
            graph.add((s, p, rdflib.Literal(str(o), lang="JA")))


def a_subclass_declared(graph: rdflib.Graph) -> None:
    """The document declares a subclass of a target class and an instance of it."""
    graph.add((EX.Sub, RDFS.subClassOf, MK.Project))
    graph.add((EX.thing, RDF.type, EX.Sub))


def everything_removed_but_types(graph: rdflib.Graph) -> None:
    for triple in list(graph):
        if triple[1] != RDF.type:
            graph.remove(triple)


EXTRA: list[Callable[[rdflib.Graph], None]] = [
    typed_literal_values, wrong_kinds_of_values, integers_at_the_bounds,
    integers_the_store_rewrites, two_forms_of_one_value, strings_and_languages,
    a_subclass_declared, everything_removed_but_types,
]  # fmt: skip


@pytest.mark.parametrize("breaker", BREAKERS + EXTRA, ids=[b.__name__ for b in BREAKERS + EXTRA])
def test_skipping_changes_no_result_of_a_broken_document(
    breaker: Callable[[rdflib.Graph], None],
) -> None:
    graph = _largest_corpus_graph()
    breaker(graph)
    _same_with_and_without_skipping(graph)


def test_an_empty_document_gets_the_same_results() -> None:
    _same_with_and_without_skipping(rdflib.Graph())


SUBMISSIONS = bad_submissions()


@pytest.mark.parametrize("case", SUBMISSIONS, ids=[c.name for c in SUBMISSIONS])
def test_skipping_changes_no_result_of_a_bad_submission(case: BadSubmission) -> None:
    graph = rdflib.Graph().parse(data=case.ntriples.decode("utf-8"), format="nt")
    _same_with_and_without_skipping(graph)
    store = engine.working_store()  # the store path: presence queried, every check by SPARQL
    store.load(case.ntriples, format=ox.RdfFormat.N_TRIPLES)
    key = Counter(
        (f.severity, f.focus, f.path, f.value, f.source_shape, f.component, f.message_en)
        for f in engine.validate_store(store, skip=False)
    )
    assert Counter(
        (f.severity, f.focus, f.path, f.value, f.source_shape, f.component, f.message_en)
        for f in engine.validate_store(store)
    ) == key


def _shape_patterns() -> list[str]:
    shapes = engine.shapes_graph(shapes_dir())
    return sorted({str(p) for p in shapes.objects(None, SH.pattern)})


SAMPLES = [
    "", "123456", "123456\n", "12345", "１２３４５６", "No. 3", "No\x1c3", "No　3",
    "（３）-2", "Ⅳ", "①－②", "abc_d", "Abc", "a b", "長" * 8, "長" * 9, "\x1c", "\u3000",
    "x\n", "http://data.e-stat.go.jp/lod/sac/C12345", "http://dataXe-stat.go.jp/lod/sac/C12345",
    "AB12:C3", "AB12:", "2024", "2024-01", "2024-01-02\n", "Ab1", "12-3-4", "12--3",
]  # fmt: skip


@pytest.mark.parametrize("pattern", _shape_patterns())
def test_a_pattern_tested_in_python_matches_what_sparql_regex_matches(pattern: str) -> None:
    """`python_regex` against pyoxigraph's REGEX, on strings at the edges of both engines
    (a trailing newline, U+001C, ideographic space, full-width digits)."""
    compiled = python_regex(pattern)
    if compiled is None:
        pytest.skip("not translated: the query tests it")
    store = ox.Store()
    values = " ".join(json.dumps(s, ensure_ascii=False) for s in SAMPLES)
    rows = store.query(
        f"SELECT ?s (REGEX(?s, {json.dumps(pattern, ensure_ascii=False)}) AS ?m) "
        f"WHERE {{ VALUES ?s {{ {values} }} }}"
    )
    sparql = {row["s"].value: row["m"].value == "true" for row in rows}  # type: ignore[union-attr]
    assert {s: compiled.search(s) is not None for s in SAMPLES} == sparql


def test_sh_in_and_sh_or_are_tested_in_python() -> None:
    """sh:in of IRIs and strings and sh:or of simple members are computed from the
    document's triples (a query each cost ~0.1 ms a document); the other tests here hold
    them to the queries."""
    checks = [c for c in engine._compiled(shapes_dir(), False)
              if c.kind == "value" and {"In", "Or"} & set(c.components)]
    assert checks
    assert all(c.value_tests is not None for c in checks if c.simple_path is not None)


def test_sh_in_and_sh_or_failures_are_the_queries_findings() -> None:
    graph = _largest_corpus_graph()
    currency = rdflib.URIRef("http://imi.go.jp/ns/core/rdf#通貨コード")
    budgets = sorted({s for s, _, _ in graph.triples((None, currency, None))})
    projects = sorted(graph.subjects(RDF.type, MK.Project))
    assert budgets and projects
    graph.add((budgets[0], currency, rdflib.Literal("USD")))  # not in ("JPY")
    graph.add((projects[0], rdflib.URIRef("http://purl.org/dc/terms/description"),
               rdflib.Literal("1", datatype=XSD.integer)))  # neither string nor langString
    graph.add((budgets[0], MK.budgetOf, budgets[0]))  # no project, unit or municipality
    fast, _ = validate_triples(graph, graph)
    full, _ = validate_triples(graph, graph, skip=False)
    assert _results(fast) == _results(full)
    values = {r.value for r in fast.results}
    assert {rdflib.Literal("USD"), rdflib.Literal("1", datatype=XSD.integer),
            budgets[0]} <= values
