"""The compiled engine gives pySHACL's verdicts: on every bad submission of the corpus, the same
conformance and the same set of (focus node, path, source shape, severity)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from bad_submissions import BadSubmission, bad_submissions, valid_store_ntriples

from loaders.resources import shapes_dir
from service.shacl.engine import shapes_graph, validate_store, working_store
from service.validation import validate_graph

CASES = bad_submissions()
# Where pySHACL's SPARQL engine (rdflib) departs from SPARQL 1.1: it evaluates
# `2020 < ""` to true instead of a type error, so a junk string year makes the plan-period
# rule fire. The engine follows the standard (an error removes the row).
RDFLIB_SPARQL_DEVIATIONS: dict[str, set[str]] = {
    "FiscalYearShape-wrong-terms": {"https://w3id.org/machikg/shapes#PlanPeriodShape"},
}
Key = tuple[str, str, str, str]


def _path_key(path: rdflib.term.Node | None) -> str:
    return "" if path is None else path.n3() if isinstance(path, rdflib.URIRef) else "complex"


def _reference(ntriples: bytes) -> tuple[bool, set[Key]]:
    graph = rdflib.Graph().parse(data=ntriples.decode("utf-8"), format="nt")
    report = validate_graph(graph)
    keys = {
        (r.focus_node.n3(), _path_key(r.path), str(r.source_shape), r.severity)
        for r in report.results
    }
    return report.conforms, keys


def _engine(ntriples: bytes) -> tuple[bool, set[Key]]:
    store = working_store()
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    findings = validate_store(store)
    keys = {
        (f"<{f.focus.value}>", _path_key(f.path), str(f.source_shape), f.severity)
        for f in findings
    }
    return not any(f.severity == "Violation" for f in findings), keys


def test_the_valid_example_conforms_for_both() -> None:
    assert _engine(valid_store_ntriples()) == _reference(valid_store_ntriples()) == (True, set())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_engine_reports_what_pyshacl_reports(case: BadSubmission) -> None:
    reference = None
    if not case.name.endswith("-ill-typed"):  # pySHACL recurses without end on some of those
        try:
            reference = _reference(case.ntriples)
        except Exception:  # pySHACL fails on some wrong values (SUM of a string): see below
            reference = None
    if reference is None:
        conforms, keys = _engine(case.ntriples)
        assert not conforms and f"<{case.focus}>" in {key[0] for key in keys}
        return
    assert reference[1], f"{case.name} breaks no rule: not a bad submission"
    deviations = RDFLIB_SPARQL_DEVIATIONS.get(case.name, set())
    expected = {key for key in reference[1] if key[2] not in deviations}
    assert _engine(case.ntriples) == (reference[0], expected)


def test_the_corpus_breaks_every_shape() -> None:
    shapes = shapes_graph(shapes_dir())
    every_shape = {str(s) for s in shapes.objects(None, rdflib.SH.property)} | {
        str(s) for s in shapes.subjects(rdflib.SH.sparql, None)
    }
    broken = set().union(*(_engine(case.ntriples)[1] for case in CASES))
    unbroken = every_shape - {key[2] for key in broken}
    assert [shapes.value(rdflib.BNode(s), rdflib.SH.path) or s for s in unbroken] == []
