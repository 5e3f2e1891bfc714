"""Ingest: store what conforms, quarantine what violates a shape, report what cannot be read."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.namespace import RDF, SH
from rich.console import Console

from loaders import recognisers
from loaders.facts import DocumentFacts
from loaders.manifest import ManifestEntry
from loaders.structure import StructuredDocument
from service.ingest import IngestSummary, Municipality, ingest
from service.settings import Settings
from service.store import EmbeddedStore, StoreError
from service.validation import ValidationReport, validate_graph

AmountLoader = Callable[[dict[str, int]], Callable[..., Any]]
BudgetGraph = Callable[[str, str, int], rdflib.Graph]
NO_SHAPES = rdflib.Graph()


def document_graphs(store: EmbeddedStore) -> list[str]:
    """The named graphs of documents (not the ontology and thesaurus stored beside them)."""
    return [g for g in store.named_graphs() if "/graph/vocabulary/" not in g]


def accept_all(graph: rdflib.Graph) -> ValidationReport:
    """Validation with no shapes: for tests about ingest mechanics, not about the model."""
    return validate_graph(graph, shapes=NO_SHAPES, ontology=rdflib.Graph())


def run(
    paths: list[Path], store: EmbeddedStore, settings: Settings, loader: Any, **options: Any
) -> IngestSummary:
    options.setdefault("validator", accept_all)
    return ingest(paths, store, settings, progress=False, loader=loader, **options)


def test_every_document_of_a_manifest_is_loaded(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    loader = amount_loader({"a.txt": 1, "b.txt": 2, "c.txt": 3})
    summary = run([document_dir], store, settings, loader)
    assert (summary.loaded, summary.quarantined, summary.failed) == (3, 0, 0)
    assert len(document_graphs(store)) == 3


def test_an_unreadable_document_is_reported_and_the_others_load(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    summary = run([document_dir], store, settings, amount_loader({"a.txt": 1, "c.txt": 3}))
    failed = [o for o in summary.outcomes if o.status == "failed"]
    assert [(o.file, o.message) for o in failed] == [
        ("b.txt", "b.txt: not a document the fake loader knows")
    ]
    assert summary.loaded == 2


def test_a_parser_crash_is_reported_with_the_file_and_the_others_load(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    good = amount_loader({"a.txt": 1, "c.txt": 3})

    def crashing(entry: ManifestEntry, *, base: str) -> Any:
        if entry.file == "b.txt":
            raise IndexError("list index out of range")
        return good(entry, base=base)

    summary = run([document_dir], store, settings, crashing)
    failed = next(o for o in summary.outcomes if o.status == "failed")
    assert failed.message == ("b.txt: could not be parsed (IndexError: list index out of range)")
    assert summary.loaded == 2


def test_the_ontology_and_thesaurus_are_stored_beside_loaded_documents(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    summary = run([document_dir / "a.txt"], store, settings, amount_loader({"a.txt": 1}))
    assert summary.vocabularies == [
        "https://example.org/machikg/graph/vocabulary/ontology",
        "https://example.org/machikg/graph/vocabulary/topics",
    ]
    assert set(summary.vocabularies) <= set(store.named_graphs())


def test_nothing_is_stored_when_no_document_loads(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    summary = run([document_dir], store, settings, amount_loader({}))
    assert (summary.failed, summary.vocabularies, store.quads_count()) == (3, [], 0)


def test_a_violating_document_is_quarantined_not_stored(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    summary = run(
        [document_dir], store, settings, amount_loader({"a.txt": -5}), validator=validate_graph
    )
    outcome = summary.outcomes[0]
    assert (outcome.file, outcome.status) == ("a.txt", "quarantined")
    assert store.quads_count() == 0


def test_quarantine_keeps_the_input_and_reports_in_ja_en_and_turtle(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    run([document_dir], store, settings, amount_loader({"a.txt": -5}), validator=validate_graph)
    folder = settings.quarantine_dir / "a.txt"
    assert (folder / "a.txt").read_bytes() == (document_dir / "a.txt").read_bytes()
    text = (folder / "report.txt").read_text(encoding="utf-8")
    assert "不適合" in text and "Does not conform" in text
    report = rdflib.Graph().parse(folder / "report.ttl", format="turtle")
    assert (None, RDF.type, SH.ValidationReport) in report


def test_a_quarantined_new_version_leaves_the_stored_version_intact(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    run([document_dir / "a.txt"], store, settings, amount_loader({"a.txt": 100}))
    before = store.export("nquads")
    summary = run(
        [document_dir / "a.txt"],
        store,
        settings,
        amount_loader({"a.txt": -5}),
        validator=validate_graph,
    )
    assert summary.quarantined == 1
    assert store.export("nquads") == before


def test_a_failed_document_leaves_the_store_unchanged(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    run([document_dir / "b.txt"], store, settings, amount_loader({"b.txt": 100}))
    before = store.export("nquads")
    run([document_dir / "b.txt"], store, settings, amount_loader({}))
    assert store.export("nquads") == before


def test_loading_a_fixed_document_clears_its_old_quarantine(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    run(
        [document_dir / "a.txt"],
        store,
        settings,
        amount_loader({"a.txt": -5}),
        validator=validate_graph,
    )
    run([document_dir / "a.txt"], store, settings, amount_loader({"a.txt": 5}))
    assert not (settings.quarantine_dir / "a.txt").exists()


def test_an_unwritable_quarantine_is_reported_and_nothing_is_stored(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    blocked = settings.with_(quarantine_dir=document_dir / "a.txt")  # a file, not a folder
    summary = run(
        [document_dir / "b.txt"],
        store,
        blocked,
        amount_loader({"b.txt": -5}),
        validator=validate_graph,
    )
    assert summary.outcomes[0].status == "failed"
    assert "the quarantine folder cannot be written" in (summary.outcomes[0].message or "")
    assert store.quads_count() == 0


def test_a_validator_crash_is_reported_and_the_others_load(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    def crashing(graph: rdflib.Graph) -> ValidationReport:
        if any("b.txt" in str(subject) for subject in graph.subjects()):
            raise RecursionError("maximum recursion depth exceeded")
        return accept_all(graph)

    loader = amount_loader({"a.txt": 1, "b.txt": 2, "c.txt": 3})
    summary = run([document_dir], store, settings, loader, validator=crashing)
    assert [o.status for o in summary.outcomes] == ["loaded", "failed", "loaded"]
    assert summary.outcomes[1].message == (
        "b.txt: could not be validated (RecursionError: maximum recursion depth exceeded)"
    )


def test_a_store_failure_is_reported_and_the_others_load(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    class RefusingB:
        def __getattr__(self, name: str) -> Any:
            return getattr(store, name)

        def replace_graph(self, graph_iri: str, graph: rdflib.Graph) -> int:
            if graph_iri.endswith("b.txt"):
                raise StoreError("http://service: replacing graph failed (HTTP 500)")
            return store.replace_graph(graph_iri, graph)

    loader = amount_loader({"a.txt": 1, "b.txt": 2, "c.txt": 3})
    summary = run([document_dir], RefusingB(), settings, loader)  # type: ignore[arg-type]
    assert [o.status for o in summary.outcomes] == ["loaded", "failed", "loaded"]
    assert summary.outcomes[1].message == "b.txt: http://service: replacing graph failed (HTTP 500)"


def test_a_missing_manifest_column_is_one_message_naming_the_file(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    (document_dir / "manifest.csv").write_text("file,municipality\na.txt,柏市\n", encoding="utf-8")
    summary = run([document_dir], store, settings, amount_loader({"a.txt": 1}))
    assert [o.message for o in summary.outcomes] == [
        f"{document_dir / 'manifest.csv'}: missing column 'municipality_code'"
        " (has: file, municipality)"
    ]


def test_a_single_file_takes_its_municipality_from_the_manifest_beside_it(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    run([document_dir / "b.txt"], store, settings, amount_loader({"b.txt": 1}))
    assert document_graphs(store) == ["https://example.org/machikg/graph/122173/b.txt"]


def test_a_single_file_without_manifest_needs_the_municipality_options(
    tmp_path: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    (tmp_path / "lone.txt").write_text("令和5年度 運営方針\n", encoding="utf-8")
    summary = run([tmp_path / "lone.txt"], store, settings, amount_loader({"lone.txt": 1}))
    assert summary.outcomes[0].message == (
        f"{tmp_path / 'lone.txt'}: no manifest.csv beside it to say which municipality it"
        " belongs to: give --municipality-code CODE --municipality NAME"
    )


def test_the_municipality_options_place_a_lone_file(
    tmp_path: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    (tmp_path / "lone.txt").write_text("令和5年度 運営方針\n", encoding="utf-8")
    summary = run(
        [tmp_path / "lone.txt"],
        store,
        settings,
        amount_loader({"lone.txt": 1}),
        municipality=Municipality("151009", "新潟市", "新潟県"),
    )
    assert summary.outcomes[0].graph_iri == "https://example.org/machikg/graph/151009/lone.txt"


def test_an_invalid_municipality_option_is_refused(
    tmp_path: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    (tmp_path / "lone.txt").write_text("本文\n", encoding="utf-8")
    summary = run(
        [tmp_path / "lone.txt"],
        store,
        settings,
        amount_loader({"lone.txt": 1}),
        municipality=Municipality("151008", "新潟市"),
    )
    assert "--municipality-code '151008' is not a valid" in (summary.outcomes[0].message or "")


def test_a_file_missing_from_the_manifest_beside_it_is_named(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    (document_dir / "extra.txt").write_text("本文\n", encoding="utf-8")
    summary = run([document_dir / "extra.txt"], store, settings, amount_loader({}))
    assert f"not listed in {document_dir / 'manifest.csv'}" in (summary.outcomes[0].message or "")


def test_a_path_that_does_not_exist_is_reported(
    tmp_path: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    summary = run([tmp_path / "nope"], store, settings, amount_loader({}))
    assert [(o.file, o.message) for o in summary.outcomes] == [
        (str(tmp_path / "nope"), "no such file or directory")
    ]


def test_a_progress_bar_is_drawn_on_a_terminal(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    screen = io.StringIO()
    ingest(
        [document_dir],
        store,
        settings,
        progress=True,
        validator=accept_all,
        loader=amount_loader({"a.txt": 1, "b.txt": 2, "c.txt": 3}),
        console=Console(file=screen, force_terminal=True),
    )
    assert "3/3" in screen.getvalue()


def test_no_progress_bar_when_not_a_terminal(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    screen = io.StringIO()
    ingest(
        [document_dir],
        store,
        settings,
        progress=True,
        validator=accept_all,
        loader=amount_loader({"a.txt": 1, "b.txt": 2, "c.txt": 3}),
        console=Console(file=screen, force_terminal=False),
    )
    assert screen.getvalue() == ""


def test_warnings_are_counted_but_the_document_is_stored(
    document_dir: Path, store: EmbeddedStore, settings: Settings, amount_loader: AmountLoader
) -> None:
    warn = rdflib.Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <https://w3id.org/machikg/ontology#Budget> ;
            sh:property [ sh:path <urn:p> ; sh:minCount 1 ; sh:severity sh:Warning ] .
    """,
        format="turtle",
    )
    summary = run(
        [document_dir / "a.txt"],
        store,
        settings,
        amount_loader({"a.txt": 1}),
        validator=lambda g: validate_graph(g, shapes=warn, ontology=rdflib.Graph()),
    )
    assert (summary.outcomes[0].status, summary.outcomes[0].warnings) == ("loaded", 1)


READ_IN_PART = "架空市 組織\n\n■架空企画部\n・架空政策課\n"


def _fails(doc: StructuredDocument, facts: DocumentFacts) -> None:
    raise ValueError("a layout nobody foresaw")


@pytest.fixture
def failing_projects(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = [_fails if r is recognisers.projects.recognise else r for r in recognisers.RECOGNISERS]
    monkeypatch.setattr(recognisers, "RECOGNISERS", chain)


@pytest.mark.usefixtures("failing_projects")
def test_ingest_loads_a_document_read_in_part_and_says_so(
    tmp_path: Path, store: EmbeddedStore, settings: Settings
) -> None:
    (tmp_path / "x.txt").write_text(READ_IN_PART, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,municipality_code,municipality,prefecture\nx.txt,999989,青葉台市,\n",
        encoding="utf-8",
    )
    summary = ingest([tmp_path], store, settings, progress=False)
    (outcome,) = summary.outcomes
    assert outcome.status == "loaded"
    assert outcome.message is not None and "read in part" in outcome.message
