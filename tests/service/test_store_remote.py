"""RemoteStore against a real `oxigraph serve` (SPARQL 1.1 Protocol + Graph Store Protocol)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
import rdflib

from service.store import EmbeddedStore, RemoteEndpoints, RemoteStore, StoreError

BudgetGraph = Callable[[str, str, int], rdflib.Graph]
BASE = "https://example.org/machikg"
AMOUNTS = (
    "SELECT ?amount WHERE { GRAPH ?g { ?b <https://w3id.org/machikg/ontology#amount> ?amount } }"
)


@pytest.fixture
def remote(oxigraph_server: str) -> Iterator[RemoteStore]:
    store = RemoteStore(oxigraph_server, endpoints=RemoteEndpoints.oxigraph(oxigraph_server))
    for graph in store.named_graphs():
        store.remove_graph(graph)
    yield store
    store.close()


def graph_name() -> str:
    return f"{BASE}/graph/122173/{uuid.uuid4().hex}.txt"


def test_replace_graph_puts_the_graph(remote: RemoteStore, budget_graph: BudgetGraph) -> None:
    name = graph_name()
    graph = budget_graph("122173", "a.txt", 100)
    assert remote.replace_graph(name, graph) == len(graph)
    assert remote.named_graphs() == [name]
    assert remote.quads_count() == len(graph)


def test_replacing_a_graph_drops_its_old_content(
    remote: RemoteStore, budget_graph: BudgetGraph
) -> None:
    name = graph_name()
    remote.replace_graph(name, budget_graph("122173", "a.txt", 100))
    remote.replace_graph(name, budget_graph("122173", "a.txt", 200))
    assert remote.select(AMOUNTS).column("amount") == [200]


def test_remove_graph(remote: RemoteStore, budget_graph: BudgetGraph) -> None:
    name = graph_name()
    remote.replace_graph(name, budget_graph("122173", "a.txt", 1))
    assert remote.remove_graph(name) is True
    assert remote.remove_graph(name) is False
    assert remote.named_graphs() == []


def test_select_with_bindings(remote: RemoteStore, budget_graph: BudgetGraph) -> None:
    remote.replace_graph(graph_name(), budget_graph("122173", "a.txt", 1))
    remote.replace_graph(graph_name(), budget_graph("151009", "b.txt", 2))
    rows = remote.select(
        "SELECT ?amount WHERE { GRAPH ?g { ?b <https://w3id.org/machikg/ontology#amount> ?amount }"
        " FILTER(CONTAINS(STR(?b), ?code)) }",
        bindings={"code": "151009"},
    )
    assert rows.column("amount") == [2]


def test_export_matches_the_same_data_in_an_embedded_store(
    remote: RemoteStore, budget_graph: BudgetGraph
) -> None:
    name = graph_name()
    graph = budget_graph("122173", "a.txt", 1)
    remote.replace_graph(name, graph)
    local = EmbeddedStore(None)
    local.replace_graph(name, graph)
    assert sorted(remote.export("nquads").splitlines()) == sorted(
        local.export("nquads").splitlines()
    )


def test_turtle_export_is_a_graph(remote: RemoteStore, budget_graph: BudgetGraph) -> None:
    graph = budget_graph("122173", "a.txt", 1)
    remote.replace_graph(graph_name(), graph)
    parsed = rdflib.Graph().parse(data=remote.export("turtle"), format="turtle")
    assert len(parsed) == len(graph)


def test_update_goes_to_the_update_endpoint(remote: RemoteStore) -> None:
    remote.update("INSERT DATA { GRAPH <http://example.org/g> { <http://a> <http://b> 1 } }")
    assert remote.named_graphs() == ["http://example.org/g"]


def test_bad_sparql_is_reported_as_a_syntax_error(remote: RemoteStore) -> None:
    from service.store import SparqlSyntaxError

    with pytest.raises(SparqlSyntaxError):
        remote.select("SELECT * { ?s ?p }")


def test_an_unreachable_service_is_a_clear_store_error(unused_port: int) -> None:
    url = f"http://127.0.0.1:{unused_port}"
    with RemoteStore(url) as store, pytest.raises(StoreError, match="cannot reach the service"):
        store.named_graphs()


@pytest.fixture
def served(machikg_server: str) -> Iterator[RemoteStore]:
    store = RemoteStore(machikg_server, token="test-admin-token")
    for graph in store.named_graphs():
        store.remove_graph(graph)
    yield store
    store.close()


def test_machikg_serve_takes_a_graph_and_answers_queries_with_bindings(
    served: RemoteStore, budget_graph: BudgetGraph
) -> None:
    name = graph_name()
    served.replace_graph(name, budget_graph("122173", "a.txt", 42))
    rows = served.select(
        "SELECT ?amount WHERE { ?b <https://w3id.org/machikg/ontology#amount> ?amount"
        " FILTER(CONTAINS(STR(?b), ?file)) }",
        bindings={"file": "a.txt"},
    )
    assert rows.column("amount") == [42]


def test_machikg_serve_exports_what_an_embedded_store_exports(
    served: RemoteStore, budget_graph: BudgetGraph
) -> None:
    name = graph_name()
    graph = budget_graph("122173", "a.txt", 1)
    served.replace_graph(name, graph)
    local = EmbeddedStore(None)
    local.replace_graph(name, graph)
    assert served.export("nquads") == local.export("nquads")


def test_machikg_serve_refuses_writes_without_the_token(
    machikg_server: str, budget_graph: BudgetGraph
) -> None:
    with (
        RemoteStore(machikg_server) as anonymous,
        pytest.raises(
            StoreError, match=r"refused the request \(HTTP 401\): give the admin token with --token"
        ),
    ):
        anonymous.replace_graph(graph_name(), budget_graph("122173", "a.txt", 1))
