"""EmbeddedStore: atomic graph replacement, queries with bindings, exports, the lock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import service.store as store_module
from service.store import (
    IRI,
    EmbeddedStore,
    RemoteEndpoints,
    RemoteStore,
    SparqlSyntaxError,
    StoreError,
    StoreInUseError,
)

BudgetGraph = Callable[[str, str, int], rdflib.Graph]
AnyStore = EmbeddedStore | RemoteStore
BASE = "https://example.org/machikg"
G1 = f"{BASE}/graph/122173/a.txt"
G2 = f"{BASE}/graph/122173/b.txt"
AMOUNTS = "SELECT ?amount WHERE { ?b <https://w3id.org/machikg/ontology#amount> ?amount }"


@pytest.fixture(params=["embedded", "oxigraph-serve"])
def store(request: pytest.FixtureRequest) -> Iterator[AnyStore]:
    """Each behaviour on both backends: an embedded store, and a real `oxigraph serve`
    (without --union-default-graph: machikg keeps its default graph the merge itself)."""
    if request.param == "embedded":
        with EmbeddedStore(None) as memory:
            yield memory
        return
    url = request.getfixturevalue("oxigraph_server")
    with RemoteStore(url, endpoints=RemoteEndpoints.oxigraph(url)) as remote:
        remote.update("CLEAR ALL")
        yield remote


def test_a_triple_two_graphs_state_counts_once(store: AnyStore) -> None:
    graph = rdflib.Graph()
    graph.add((rdflib.URIRef("http://x/city"), rdflib.URIRef("http://x/budget"),
               rdflib.Literal(10)))  # fmt: skip
    store.replace_graph(G1, graph)
    store.replace_graph(G2, graph)
    rows = store.select("SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?total) WHERE { ?s ?p ?v }")
    assert (rows[0]["n"], rows[0]["total"]) == (1, 10)


def test_a_shared_triple_stays_until_the_last_graph_stating_it_is_removed(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    shared = "SELECT ?c WHERE { ?c a <https://w3id.org/machikg/ontology#Municipality> }"
    store.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    store.replace_graph(G2, budget_graph("122173", "b.txt", 2))
    store.remove_graph(G1)
    assert len(store.select(shared)) == 1
    store.remove_graph(G2)
    assert len(store.select(shared)) == 0


def test_replace_graph_returns_the_number_of_triples(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    graph = budget_graph("122173", "a.txt", 100)
    assert store.replace_graph(G1, graph) == len(graph) == store.quads_count()


def test_replacing_a_graph_drops_its_old_content(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 100))
    store.replace_graph(G1, budget_graph("122173", "a.txt", 200))
    assert store.select(AMOUNTS).column("amount") == [200]


def test_replacing_one_graph_leaves_the_others(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 100))
    store.replace_graph(G2, budget_graph("122173", "b.txt", 7))
    store.replace_graph(G1, budget_graph("122173", "a.txt", 200))
    assert sorted(store.select(AMOUNTS).column("amount")) == [7, 200]  # type: ignore[type-var]


def test_a_replacement_failing_half_way_leaves_the_old_graph(
    store: AnyStore, monkeypatch: pytest.MonkeyPatch, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 100))
    before = store.export("nquads")
    original = store_module._replace_graph_update

    def failing_after_insert(graph_iri: str, ntriples: str) -> str:
        # the drop and the insert run, then the same transaction fails at run time
        return original(graph_iri, ntriples) + " ;\nDROP GRAPH <urn:machikg:test:missing>"

    monkeypatch.setattr(store_module, "_replace_graph_update", failing_after_insert)
    with pytest.raises(StoreError, match="urn:machikg:test:missing"):
        store.replace_graph(G1, budget_graph("122173", "a.txt", 999))
    assert store.export("nquads") == before


def test_literals_with_quotes_newlines_and_japanese_survive(store: AnyStore) -> None:
    graph = rdflib.Graph()
    text = 'ア"ミ"ュゼ\n柏\\ \t'
    graph.add((rdflib.URIRef("http://x/s"), rdflib.URIRef("http://x/p"), rdflib.Literal(text)))
    store.replace_graph(G1, graph)
    assert store.select("SELECT ?o { ?s ?p ?o }").column("o") == [text]


def test_remove_graph_removes_only_that_graph(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    store.replace_graph(G2, budget_graph("122173", "b.txt", 2))
    assert store.remove_graph(G1) is True
    assert store.named_graphs() == [G2]


def test_removing_an_absent_graph_says_so(store: AnyStore) -> None:
    assert store.remove_graph(G1) is False


def test_default_graph_is_the_union_of_document_graphs(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    store.replace_graph(G2, budget_graph("122173", "b.txt", 2))
    assert len(store.select(AMOUNTS)) == 2


def test_select_gives_python_values(store: AnyStore) -> None:
    rows = store.select(
        'SELECT ?i ?d ?s ?iri ?none WHERE { BIND(3 AS ?i) BIND(2.5 AS ?d) BIND("柏" AS ?s)'
        " BIND(<http://x/y> AS ?iri) }"
    )
    assert rows.variables == ["i", "d", "s", "iri", "none"]
    assert rows[0] == {"i": 3, "d": Decimal("2.5"), "s": "柏", "iri": "http://x/y", "none": None}
    assert isinstance(rows[0]["iri"], IRI)


def test_bindings_substitute_a_plain_string(store: AnyStore) -> None:
    rows = store.select("SELECT ?topic WHERE {}", bindings={"topic": "防災"})
    assert rows.column("topic") == ["防災"]


def test_bindings_reach_variables_the_query_does_not_project(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 5))
    store.replace_graph(G2, budget_graph("122173", "b.txt", 6))
    rows = store.select(
        "SELECT ?amount WHERE { ?b <https://w3id.org/machikg/ontology#amount> ?amount ."
        " FILTER(CONTAINS(STR(?b), ?file)) }",
        bindings={"file": "b.txt"},
    )
    assert rows.column("amount") == [6]


def test_bindings_accept_rdf_terms(store: AnyStore, budget_graph: BudgetGraph) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 5))
    budget = ox.NamedNode(f"{BASE}/id/122173/budget/2017/a.txt/general")
    rows = store.select(
        "SELECT ?amount WHERE { ?b <https://w3id.org/machikg/ontology#amount> ?amount }",
        bindings={"b": budget},
    )
    assert rows.column("amount") == [5]


MK_AMOUNT = "<https://w3id.org/machikg/ontology#amount>"
# (query, binds ?b by VALUES): where VALUES has substitution's scope, and where it has not
BOUND_QUERIES: list[tuple[str, bool]] = [
    (f"SELECT ?b ?amount WHERE {{ ?b {MK_AMOUNT} ?amount }}", True),
    (f"SELECT ?amount WHERE {{ ?b {MK_AMOUNT} ?amount }} ORDER BY ?amount", True),
    (f"SELECT ?b (SUM(?amount) AS ?total) WHERE {{ ?b {MK_AMOUNT} ?amount }} GROUP BY ?b", True),
    (f"SELECT ?b ?x WHERE {{ ?b {MK_AMOUNT} ?amount OPTIONAL {{ ?b <urn:none> ?x }} }}", True),
    (f"ASK {{ ?b {MK_AMOUNT} 5 }}", True),
    (f"SELECT ?b (COUNT(*) AS ?n) WHERE {{ ?b {MK_AMOUNT} ?amount }} GROUP BY ?b"
     " HAVING (COUNT(*) >= 1)", True),
    (f"SELECT ?b ?amount WHERE {{ {{ SELECT ?b ?amount WHERE {{ ?b {MK_AMOUNT} ?amount }} }} }}",
     False),  # in a sub-select: VALUES would join after it, substitution binds inside
    (f"SELECT ?b ?c WHERE {{ ?c {MK_AMOUNT} ?amount MINUS {{ ?b {MK_AMOUNT} 6 }} }}", False),
    ("SELECT ?b WHERE {}", False),  # not in the pattern: substituted
    (f"SELECT (SUM(?amount) AS ?total) WHERE {{ ?x {MK_AMOUNT} ?amount FILTER(?x = ?b) }}"
     " HAVING (COUNT(?b) >= 0)", False),  # after an aggregation, not a key
]


@pytest.mark.parametrize(("sparql", "by_values"), BOUND_QUERIES)
def test_bindings_reach_the_query_as_values_where_that_changes_no_row(
    sparql: str, by_values: bool, budget_graph: BudgetGraph
) -> None:
    with EmbeddedStore(None) as memory:
        memory.replace_graph(G1, budget_graph("122173", "a.txt", 5))
        memory.replace_graph(G2, budget_graph("122173", "b.txt", 6))
        budget = ox.NamedNode(f"{BASE}/id/122173/budget/2017/a.txt/general")
        raw = memory._store
        seen: list[tuple[str, object]] = []

        class Spy:
            def query(self, query: str, **options: object) -> object:
                seen.append((query, options.get("substitutions")))
                return raw.query(query, **options)  # type: ignore[arg-type]

        assert store_module.values_bind_as_substitution(sparql, ["b"]) is by_values
        try:
            substituted = raw.query(sparql, substitutions={ox.Variable("b"): budget})
            expected: object = _rows(substituted)
        except RuntimeError:  # substitution binds projected variables only
            expected = None
        memory._store = Spy()  # type: ignore[assignment]
        result = _rows(memory.query(sparql, bindings={"b": budget}))
        memory._store = raw
        assert ("VALUES (?b)" in seen[0][0]) is by_values
        if expected is not None:
            assert result == expected


def _rows(result: object) -> object:
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, sorted(str([row[n] for n in names]) for row in result)
    return bool(result)


def test_bad_sparql_raises_with_the_position(store: AnyStore) -> None:
    with pytest.raises(SparqlSyntaxError, match=r"1:19"):
        store.select("SELECT * { ?s ?p }")


def test_bad_update_raises_with_the_position(store: AnyStore) -> None:
    with pytest.raises(SparqlSyntaxError, match=r"1:\d+"):
        store.update("INSERT DATA { <http://a> <http://b> }")


def test_update_writes(store: AnyStore) -> None:
    store.update("INSERT DATA { GRAPH <http://g> { <http://a> <http://b> 1 } }")
    assert store.named_graphs() == ["http://g"]


def test_nquads_export_loads_back_into_an_identical_store(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    copy = EmbeddedStore(None)
    copy._store.load(store.export("nquads"), format=ox.RdfFormat.N_QUADS)
    assert copy.export("nquads") == store.export("nquads")


def test_trig_export_keeps_graph_names(store: AnyStore, budget_graph: BudgetGraph) -> None:
    store.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    quads = ox.parse(store.export("trig"), format=ox.RdfFormat.TRIG)
    assert {q.graph_name.value for q in quads} == {G1}


def test_turtle_export_is_the_union_without_duplicates(
    store: AnyStore, budget_graph: BudgetGraph
) -> None:
    graph = budget_graph("122173", "a.txt", 1)
    store.replace_graph(G1, graph)
    store.replace_graph(G2, graph)
    union = rdflib.Graph().parse(data=store.export("turtle"), format="turtle")
    assert len(union) == len(graph)


def test_unknown_export_format_is_refused(store: AnyStore) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        store.export("csv")  # type: ignore[arg-type]


def test_a_store_on_disk_keeps_its_graphs_after_close(
    tmp_path: Path, budget_graph: BudgetGraph
) -> None:
    with EmbeddedStore(tmp_path / "store") as disk:
        disk.replace_graph(G1, budget_graph("122173", "a.txt", 1))
    with EmbeddedStore(tmp_path / "store") as again:
        assert again.named_graphs() == [G1]


def test_a_store_held_by_another_process_gives_the_serve_hint(tmp_path: Path) -> None:
    path = tmp_path / "store"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('ready', flush=True);"
            " sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreInUseError) as caught:
            EmbeddedStore(path)
    finally:
        holder.communicate("")
    assert str(caught.value) == (
        f"store {path} is in use by another process (is `machikg serve` running?): stop it,"
        " or send the documents to the running service with --endpoint URL --token TOKEN"
    )


def test_a_store_path_that_is_a_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-dir"
    path.write_text("x")
    with pytest.raises(StoreError, match=f"store {path}: cannot open"):
        EmbeddedStore(path)


def test_a_store_in_a_directory_that_does_not_exist_yet_is_created(tmp_path: Path) -> None:
    """Regression: `machikg ingest corpus/` on a fresh checkout failed: no data/ yet."""
    store = EmbeddedStore(tmp_path / "data" / "store")
    try:
        assert store.named_graphs() == []
    finally:
        store.close()
    assert (tmp_path / "data" / "store").is_dir()
