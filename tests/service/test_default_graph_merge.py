"""The default graph is the set-merge of the document graphs: a triple two documents state
counts once, and stays until the last document stating it is removed (issue 10)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox
import rdflib

from service.store import EmbeddedStore

EX = "http://example.org/"
COUNT_AND_SUM = (
    f"SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?total) WHERE {{ <{EX}city> <{EX}budget> ?v }}"
)


def _graph(*values: int) -> rdflib.Graph:
    graph = rdflib.Graph()
    for value in values:
        graph.add((rdflib.URIRef(f"{EX}city"), rdflib.URIRef(f"{EX}budget"), rdflib.Literal(value)))
    return graph


def _count_and_sum(store: EmbeddedStore) -> tuple[int, int]:
    row = store.select(COUNT_AND_SUM)[0]
    return int(row["n"] or 0), int(row["total"] or 0)


def test_oxigraph_1919_union_default_graph_counts_a_shared_triple_once_per_graph() -> None:
    """Pins the upstream behaviour (oxigraph#1919) that machikg's layout works around: the
    union default graph is a bag. When a pyoxigraph release fixes it, this test says so."""
    store = ox.Store()
    for g in ("g1", "g2"):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode(f"{EX}{g}")))  # noqa: E501
    row = next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) (SUM(?o) AS ?s) WHERE { ?s0 ?p ?o }",
        use_default_graph_as_union=True,
    )))  # fmt: skip
    assert (row["n"].value, row["s"].value) == ("2", "20")


def test_triple_stated_by_two_documents_is_counted_once() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(f"{EX}doc1", _graph(10))
    store.replace_graph(f"{EX}doc2", _graph(10))
    assert _count_and_sum(store) == (1, 10)


def test_removing_one_of_two_documents_keeps_the_shared_triple() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(f"{EX}doc1", _graph(10))
    store.replace_graph(f"{EX}doc2", _graph(10))
    store.remove_graph(f"{EX}doc1")
    assert _count_and_sum(store) == (1, 10)


def test_removing_both_documents_removes_the_shared_triple() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(f"{EX}doc1", _graph(10))
    store.replace_graph(f"{EX}doc2", _graph(10))
    store.remove_graph(f"{EX}doc1")
    store.remove_graph(f"{EX}doc2")
    assert _count_and_sum(store) == (0, 0)


def test_replacing_a_document_retracts_what_only_it_stated() -> None:
    store = EmbeddedStore(None)
    store.replace_graph(f"{EX}doc1", _graph(10, 20))
    store.replace_graph(f"{EX}doc2", _graph(10))
    store.replace_graph(f"{EX}doc1", _graph(30))
    assert _count_and_sum(store) == (2, 40)


def test_blank_nodes_are_skolemised_so_a_rewrite_leaves_no_copy_behind() -> None:
    graph = rdflib.Graph()
    node = rdflib.BNode()
    graph.add((rdflib.URIRef(f"{EX}shape"), rdflib.URIRef(f"{EX}property"), node))
    graph.add((node, rdflib.URIRef(f"{EX}path"), rdflib.URIRef(f"{EX}name")))
    store = EmbeddedStore(None)
    store.replace_graph(f"{EX}vocabulary", graph)
    store.replace_graph(f"{EX}vocabulary", graph)
    rows = store.select(f"SELECT ?o WHERE {{ ?s <{EX}path> ?o }}")
    assert len(rows) == 1


def test_store_from_before_the_layout_gets_its_default_graph_on_opening(tmp_path: Any) -> None:
    raw = ox.Store(str(tmp_path / "store"))
    raw.add(ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal("x"), ox.NamedNode(f"{EX}g")))  # noqa: E501
    raw.flush()
    del raw
    store = EmbeddedStore(tmp_path / "store")
    assert len(store.select(f"SELECT * WHERE {{ <{EX}s> <{EX}p> ?o }}")) == 1
    store.close()


def test_project_budget_sum_per_city_equals_the_gold_budgets(
    corpus_store: EmbeddedStore, gold: dict[str, Any]
) -> None:
    """A plain SUM over the default graph (no DISTINCT) gives each city's true total."""
    expected: dict[str, int] = defaultdict(int)
    for code, _name, _year, budget, _division in gold["tables"]["projects"]["rows"]:
        expected[code] += budget or 0
    rows = corpus_store.select(
        """PREFIX mk: <https://w3id.org/machikg/ontology#>
        SELECT ?code (SUM(?amount) AS ?total) WHERE {
          ?p a mk:Project ; mk:budget/mk:amount ?amount ; mk:municipality/mk:lgCode ?code .
        } GROUP BY ?code"""
    )
    found = {str(row["code"]): int(row["total"]) for row in rows}
    assert found == {code: total for code, total in expected.items() if total}
