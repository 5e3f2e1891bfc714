"""Ingest validates with the compiled engine and reaches pySHACL's verdicts: on every document
of the bundled corpus, the held-out set and the real pages, and on corpus documents broken on
purpose, the same conformance and the same set of (focus node, path, source shape, severity);
a document that breaks a shape is quarantined with the engine's report in ja, en and Turtle."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH, XSD

from loaders.manifest import ManifestEntry, read_manifest
from loaders.pipeline import LoadedDocument, load_document
from loaders.resources import corpus_dir
from loaders.vocabulary import MK
from service.ingest import ingest, ingest_entry
from service.settings import DEFAULT_BASE, Settings, from_env
from service.shacl.documents import validate_document
from service.store import EmbeddedStore
from service.validation import ValidationReport, validate_graph

DATA = Path(__file__).parents[1] / "data"
FOLDERS = {"corpus": corpus_dir(), "heldout": DATA / "heldout", "real-dev": DATA / "real-dev"}
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
Key = tuple[rdflib.term.Node, rdflib.term.Node | None, rdflib.term.Node | None, str]


def _entries() -> list[tuple[str, ManifestEntry]]:
    return [(name, entry) for name, folder in FOLDERS.items() for entry in read_manifest(folder)]


ENTRIES = _entries()


@functools.cache
def _loaded(entry: ManifestEntry) -> LoadedDocument:
    return load_document(entry, base=DEFAULT_BASE)


def _verdict(report: ValidationReport) -> tuple[bool, set[Key], int, int]:
    """Conformance, the results as (focus, path, shape, severity), and the violation and
    warning counts ingest reports."""
    keys = {(r.focus_node, r.path, r.source_shape, r.severity) for r in report.results}
    return report.conforms, keys, len(report.violations), len(report.warnings)


@pytest.mark.parametrize(
    "entry", [e for _, e in ENTRIES], ids=[f"{name}/{e.file}" for name, e in ENTRIES]
)
def test_a_document_gets_pyshacls_verdict(entry: ManifestEntry) -> None:
    graph = _loaded(entry).graph
    assert _verdict(validate_document(graph)) == _verdict(validate_graph(graph))


# -- documents broken on purpose ------------------------------------------------------------


def _largest_corpus_graph() -> rdflib.Graph:
    """A copy of the corpus document with the most triples (it has every kind of fact)."""
    graphs = [_loaded(e).graph for name, e in ENTRIES if name == "corpus"]
    copy = rdflib.Graph()
    for triple in max(graphs, key=len):
        copy.add(triple)
    return copy


def negative_amounts(graph: rdflib.Graph) -> None:
    for subject, amount in list(graph.subject_objects(MK.amount)):
        graph.set((subject, MK.amount, rdflib.Literal(-int(amount) - 1, datatype=XSD.integer)))


def unlabelled_projects(graph: rdflib.Graph) -> None:
    for project in list(graph.subjects(RDF.type, MK.Project)):
        graph.remove((project, RDFS.label, None))


def second_label(graph: rdflib.Graph) -> None:
    for unit in list(graph.subjects(RDF.type, MK.Municipality)):
        other_name = rdflib.Literal(f"{graph.value(unit, RDFS.label)}別名", lang="ja")
        graph.add((unit, RDFS.label, other_name))


def blank_project(graph: rdflib.Graph) -> None:
    graph.add((rdflib.BNode(), RDF.type, MK.Project))


def evidence_unlinked(graph: rdflib.Graph) -> None:
    graph.remove((None, PROV.wasDerivedFrom, None))


def budgets_as_text(graph: rdflib.Graph) -> None:
    for subject, amount in list(graph.subject_objects(MK.amount)):
        graph.set((subject, MK.amount, rdflib.Literal(f"{amount}円")))


BREAKERS: list[Callable[[rdflib.Graph], None]] = [
    negative_amounts, unlabelled_projects, second_label, blank_project, evidence_unlinked,
    budgets_as_text,
]  # fmt: skip


@pytest.mark.parametrize("breaker", BREAKERS, ids=[b.__name__ for b in BREAKERS])
def test_a_broken_document_gets_pyshacls_verdict(breaker: Callable[[rdflib.Graph], None]) -> None:
    graph = _largest_corpus_graph()
    breaker(graph)
    reference = _verdict(validate_graph(graph))
    assert reference[0] is False, "the edit breaks no rule: not a broken document"
    assert _verdict(validate_document(graph)) == reference


def test_a_blank_focus_node_is_reported_as_the_documents_own_node() -> None:
    graph = _largest_corpus_graph()
    blank_project(graph)
    [blank] = [p for p in graph.subjects(RDF.type, MK.Project) if isinstance(p, rdflib.BNode)]
    report = validate_document(graph)
    assert blank in {r.focus_node for r in report.violations}


# -- ingest with the engine ------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenDocument:
    graph_iri: str
    graph: rdflib.Graph


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return from_env({"MACHIKG_STORE": ":memory:"}).with_(
        base=DEFAULT_BASE, quarantine_dir=tmp_path / "quarantine"
    )


def test_ingest_quarantines_a_broken_document_with_the_report_in_ja_en_and_turtle(
    settings: Settings,
) -> None:
    [entry] = [e for name, e in ENTRIES if name == "corpus"][:1]
    broken = _largest_corpus_graph()
    negative_amounts(broken)

    def loader(entry: ManifestEntry, *, base: str) -> BrokenDocument:
        return BrokenDocument(f"{base}/graph/broken", broken)

    store = EmbeddedStore(None)
    outcome = ingest_entry(entry, store, settings, loader=loader)
    reference = validate_graph(broken)
    assert outcome.status == "quarantined" and store.quads_count() == 0
    assert f"{len(reference.violations)} SHACL violation(s)" in (outcome.message or "")
    folder = settings.quarantine_dir / entry.file
    text = (folder / "report.txt").read_text(encoding="utf-8")
    assert "不適合" in text and "Does not conform" in text
    for result in reference.violations:
        assert result.message_ja in text and result.message_en in text
    report = rdflib.Graph().parse(folder / "report.ttl", format="turtle")
    [node] = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == rdflib.Literal(False)
    assert len(list(report.objects(node, SH.result))) == len(reference.results)
    store.close()


def test_ingest_of_the_corpus_counts_the_warnings_pyshacl_finds(settings: Settings) -> None:
    store = EmbeddedStore(None)
    summary = ingest([corpus_dir()], store, settings, progress=False)
    expected = {
        e.file: len(validate_graph(_loaded(e).graph).warnings)
        for name, e in ENTRIES
        if name == "corpus"
    }
    assert {o.file: o.warnings for o in summary.outcomes if o.status == "loaded"} == expected
    store.close()
