"""SHACL validation of document graphs: results, bilingual reports, shapes loaded once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH, XSD

from loaders.resources import shapes_dir
from service.validation import ShapesError, load_shapes, validate_graph

MK = rdflib.Namespace("https://w3id.org/machikg/ontology#")
EX = rdflib.Namespace("https://example.org/machikg/id/122173/")
BudgetGraph = Callable[[str, str, int], rdflib.Graph]

WARNING_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/shapes#> .
ex:LabelWarning a sh:NodeShape ;
    sh:targetClass <https://example.org/Thing> ;
    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "ラベルがありません"@ja , "no label"@en ] .
"""


def negative_budget(budget_graph: BudgetGraph) -> rdflib.Graph:
    return budget_graph("122173", "a.txt", -5)


def test_a_negative_amount_is_a_violation_on_mk_amount(budget_graph: BudgetGraph) -> None:
    report = validate_graph(negative_budget(budget_graph))
    assert not report.conforms
    amount = [r for r in report.results if r.path == MK.amount]
    assert [(r.severity, r.value) for r in amount] == [
        ("Violation", rdflib.Literal(-5, datatype=XSD.integer))
    ]


def test_results_carry_the_shape_message_in_japanese_and_english(
    budget_graph: BudgetGraph,
) -> None:
    result = next(
        r for r in validate_graph(negative_budget(budget_graph)).results if r.path == MK.amount
    )
    assert "mk:amount" in result.message_en
    assert result.message_ja != result.message_en
    assert any("\u3040" <= c <= "\u9fff" for c in result.message_ja)  # kana or kanji


def test_a_subclass_instance_is_checked_by_its_superclass_shape() -> None:
    graph = rdflib.Graph()
    graph.add((EX["org/福祉課"], RDF.type, MK.Division))  # no label, no municipality
    report = validate_graph(graph)
    assert EX["org/福祉課"] in {r.focus_node for r in report.violations}


def test_warnings_alone_conform() -> None:
    shapes = rdflib.Graph().parse(data=WARNING_SHAPES, format="turtle")
    graph = rdflib.Graph()
    graph.add((EX.thing, RDF.type, rdflib.URIRef("https://example.org/Thing")))
    report = validate_graph(graph, shapes=shapes, ontology=rdflib.Graph())
    assert report.conforms
    assert [r.severity for r in report.results] == ["Warning"]


def test_an_empty_graph_conforms() -> None:
    assert validate_graph(rdflib.Graph()).conforms


def test_text_report_lists_severity_focus_path_value_and_message(
    budget_graph: BudgetGraph,
) -> None:
    report = validate_graph(negative_budget(budget_graph))
    text = report.text("en")
    assert text.startswith("Does not conform (violations: ")
    assert "[Violation] <https://example.org/machikg/id/122173/budget/2017/a.txt/general>" in text
    assert "  path: mk:amount\n" in text
    assert '  value: "-5"^^xsd:integer\n' in text or "  value: -5\n" in text
    amount = next(r for r in report.results if r.path == MK.amount)
    assert f"  message: {amount.message_en}\n" in text


def test_japanese_text_report_uses_japanese_labels_and_messages(
    budget_graph: BudgetGraph,
) -> None:
    report = validate_graph(negative_budget(budget_graph))
    text = report.text("ja")
    amount = next(r for r in report.results if r.path == MK.amount)
    assert text.startswith("不適合 (違反: ")
    assert "[違反]" in text
    assert f"  内容: {amount.message_ja}\n" in text


def test_turtle_report_is_a_shacl_validation_report(budget_graph: BudgetGraph) -> None:
    report = validate_graph(negative_budget(budget_graph))
    graph = rdflib.Graph().parse(data=report.to_turtle(), format="turtle")
    assert (None, RDF.type, SH.ValidationReport) in graph
    assert (None, SH.conforms, rdflib.Literal(False)) in graph


def test_shapes_are_parsed_once(budget_graph: BudgetGraph) -> None:
    validate_graph(rdflib.Graph())
    before = load_shapes.cache_info()
    validate_graph(negative_budget(budget_graph))
    after = load_shapes.cache_info()
    assert (after.misses, after.hits) == (before.misses, before.hits + 1)


def test_the_data_graph_is_not_modified(budget_graph: BudgetGraph) -> None:
    graph = negative_budget(budget_graph)
    size = len(graph)
    validate_graph(graph)
    assert len(graph) == size


def test_a_folder_without_shapes_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ShapesError, match=f"{tmp_path}: no SHACL shapes"):
        load_shapes(tmp_path)


def test_a_broken_shapes_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y .\nthis is not turtle\n",
        encoding="utf-8",
    )
    with pytest.raises(ShapesError, match=r"broken\.ttl: cannot parse"):
        load_shapes(tmp_path)


def test_the_project_shapes_are_found() -> None:
    assert len(load_shapes(shapes_dir())) > 0


def test_a_thing_meeting_the_warning_shape_has_no_results() -> None:
    shapes = rdflib.Graph().parse(data=WARNING_SHAPES, format="turtle")
    graph = rdflib.Graph()
    graph.add((EX.thing, RDF.type, rdflib.URIRef("https://example.org/Thing")))
    graph.add((EX.thing, RDFS.label, rdflib.Literal("もの", lang="ja")))
    assert validate_graph(graph, shapes=shapes, ontology=rdflib.Graph()).results == []


def test_an_anonymous_property_shape_is_named_by_its_node_shape() -> None:
    shapes = rdflib.Graph().parse(data=WARNING_SHAPES, format="turtle")
    graph = rdflib.Graph()
    graph.add((EX.thing, RDF.type, rdflib.URIRef("https://example.org/Thing")))
    text = validate_graph(graph, shapes=shapes, ontology=rdflib.Graph()).text("en")
    assert "  shape: ex:LabelWarning\n" in text
    assert "[Warning] " in text
