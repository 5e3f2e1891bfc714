"""`--store URL`: every command on a remote SPARQL 1.1 Query/Update + Graph Store server.

The server is a real `oxigraph serve` (tests/service/conftest.py), started without
--union-default-graph: machikg keeps the server's default graph the set-merge of the document
graphs itself. Documents come from the fake loader (three budgets of one invented city, all
stating the same municipality triples, checked against no shapes), so these tests are about
where the store is, not about the parsers or the model.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import rdflib

import service.commands.ingest
import service.ingest
import service.validation
from service.cli import main
from service.settings import Settings, from_env
from service.store import RemoteEndpoints, RemoteStore
from service.store_location import StoreLocationError, parse

AmountLoader = Callable[[dict[str, int]], Callable[..., Any]]
AMOUNTS = {"a.txt": 100, "b.txt": 200, "c.txt": 300}
GRAPH_A = "https://example.org/machikg/graph/122173/a.txt"
MK = "https://w3id.org/machikg/ontology#"
CITIES_AND_TOTAL = (
    f"SELECT ?cities ?total WHERE {{ {{ SELECT (COUNT(*) AS ?cities)"
    f" {{ ?c a <{MK}Municipality> }} }}"
    f" {{ SELECT (SUM(?a) AS ?total) {{ ?b <{MK}amount> ?a }} }} }}"
)


# -- the URL and its endpoint layout -----------------------------------------------------


def test_a_plain_url_is_an_oxigraph_server() -> None:
    assert parse("http://127.0.0.1:7878/").endpoints == RemoteEndpoints.oxigraph(
        "http://127.0.0.1:7878"
    )


def test_a_kind_prefix_chooses_the_fuseki_layout() -> None:
    location = parse("fuseki+http://127.0.0.1:3030/ds")
    assert (location.url, location.endpoints.graph_store) == (
        "http://127.0.0.1:3030/ds",
        "http://127.0.0.1:3030/ds/data",
    )


def test_a_separate_kind_chooses_the_machikg_layout() -> None:
    assert parse("http://127.0.0.1:8000", "machikg").endpoints.query == (
        "http://127.0.0.1:8000/sparql"
    )


def test_a_prefix_and_a_kind_that_disagree_are_refused() -> None:
    with pytest.raises(StoreLocationError, match="says 'fuseki' but the store kind given"):
        parse("fuseki+http://127.0.0.1:3030/ds", "oxigraph")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(StoreLocationError, match="unknown store kind 'qlever'"):
        parse("qlever+http://127.0.0.1:7001")


def test_machikg_store_may_be_a_url() -> None:
    settings = from_env({"MACHIKG_STORE": "http://127.0.0.1:7878", "MACHIKG_STORE_KIND": "fuseki"})
    assert (settings.store_url, settings.store_kind, settings.store_path) == (
        "http://127.0.0.1:7878",
        "fuseki",
        None,
    )


def test_a_bad_store_kind_on_the_command_line_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["query", "ASK {}", "--store", "fuseki+http://127.0.0.1:1/ds",
                 "--store-kind", "machikg"])  # fmt: skip
    assert code == 2
    assert "the store URL says 'fuseki' but the store kind given is 'machikg'" in (
        capsys.readouterr().err
    )


# -- the commands against `oxigraph serve` -----------------------------------------------


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MACHIKG_QUARANTINE", str(tmp_path / "quarantine"))
    monkeypatch.setenv("MACHIKG_STORE", str(tmp_path / "default-store"))
    monkeypatch.setenv("MACHIKG_BASE", "https://example.org/machikg")
    monkeypatch.delenv("MACHIKG_STORE_KIND", raising=False)
    monkeypatch.delenv("MACHIKG_ADMIN_TOKEN", raising=False)


@pytest.fixture
def server(oxigraph_server: str) -> Iterator[str]:
    """The shared `oxigraph serve`, emptied for this test."""
    with RemoteStore(oxigraph_server, endpoints=RemoteEndpoints.oxigraph(oxigraph_server)) as s:
        s.update("CLEAR ALL")
    yield oxigraph_server


@pytest.fixture
def ingested(
    server: str,
    document_dir: Path,
    amount_loader: AmountLoader,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The three documents, ingested into the server with `machikg ingest --store URL`."""
    fake_documents(monkeypatch, amount_loader)
    assert main(["ingest", str(document_dir), "--store", server, "--no-progress"]) == 0
    return server


def fake_documents(monkeypatch: pytest.MonkeyPatch, amount_loader: AmountLoader) -> None:
    """`machikg ingest` reads the documents with the fake loader (a budget, and a project
    named after the file) and no shapes."""
    budgets = amount_loader(AMOUNTS)

    def load(entry: Any, *, base: str) -> Any:
        loaded = budgets(entry, base=base)
        city = rdflib.URIRef(f"{base}/id/{entry.municipality_code}")
        project = rdflib.URIRef(f"{base}/id/{entry.municipality_code}/project/na/{entry.file}")
        loaded.graph.add((city, rdflib.URIRef(f"{MK}lgCode"),
                          rdflib.Literal(entry.municipality_code)))  # fmt: skip
        loaded.graph.add((project, rdflib.RDF.type, rdflib.URIRef(f"{MK}Project")))
        loaded.graph.add((project, rdflib.RDFS.label, rdflib.Literal(f"地域交流事業 {entry.file}")))
        loaded.graph.add((project, rdflib.URIRef(f"{MK}municipality"), city))
        return loaded

    no_shapes = functools.partial(
        service.validation.validate_graph, shapes=rdflib.Graph(), ontology=rdflib.Graph()
    )
    monkeypatch.setattr(
        service.commands.ingest,
        "ingest",
        functools.partial(service.ingest.ingest, loader=load, validator=no_shapes),
    )


def query_csv(store: str, sparql: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["query", sparql, "--store", store, "--format", "csv"]) == 0
    return capsys.readouterr().out.splitlines()


def test_ingest_with_a_store_url_writes_the_document_graphs_to_the_server(
    ingested: str,
) -> None:
    with RemoteStore(ingested, endpoints=RemoteEndpoints.oxigraph(ingested)) as remote:
        documents = [g for g in remote.named_graphs() if "/graph/122173/" in g]
    assert documents == [GRAPH_A, GRAPH_A.replace("a.txt", "b.txt"),
                         GRAPH_A.replace("a.txt", "c.txt")]  # fmt: skip


def test_the_servers_default_graph_counts_a_triple_three_documents_state_once(
    ingested: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert query_csv(ingested, CITIES_AND_TOTAL, capsys) == ["cities,total", "1,600"]


def test_query_with_a_store_url_binds_parameters(
    ingested: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = main(["query", f"SELECT ?a WHERE {{ ?b <{MK}amount> ?a FILTER(CONTAINS(STR(?b), ?f)) }}",
                 "--bind", "f=b.txt", "--store", ingested, "--format", "csv"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.splitlines() == ["a", "200"]


def test_export_with_a_store_url_gives_what_an_embedded_ingest_exports(
    ingested: str,
    document_dir: Path,
    tmp_path: Path,
    amount_loader: AmountLoader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_documents(monkeypatch, amount_loader)
    local = tmp_path / "local"
    assert main(["ingest", str(document_dir), "--store", str(local), "--no-progress"]) == 0
    assert main(["export", "--store", ingested, "-o", str(tmp_path / "remote.nq")]) == 0
    assert main(["export", "--store", str(local), "-o", str(tmp_path / "local.nq")]) == 0
    assert (tmp_path / "remote.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()


def test_search_with_a_store_url_finds_what_the_server_holds(
    ingested: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "地域交流", "--store", ingested, "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert sorted(hit["label"] for hit in hits) == [f"地域交流事業 {f}" for f in sorted(AMOUNTS)]


def test_validate_reports_the_violations_of_a_graph_stored_on_the_server(
    ingested: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fake graphs lack what the shapes ask (a source document …): exit 1, a report."""
    capsys.readouterr()
    assert main(["validate", "--graph", GRAPH_A, "--store", ingested, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["conforms"] is False


def test_validate_of_a_graph_the_server_does_not_hold_exits_2(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--graph", GRAPH_A, "--store", server]) == 2
    assert "no such graph in the store" in capsys.readouterr().err


def test_an_unreachable_store_url_exits_3(
    unused_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "ASK {}", "--store", f"http://127.0.0.1:{unused_port}"]) == 3
    assert "cannot reach the service" in capsys.readouterr().err


# -- `machikg serve` over the server -------------------------------------------------------


@pytest.fixture
def served(ingested: str, settings: Settings) -> Iterator[str]:
    """`machikg serve --store URL` (with an admin token) in front of the server."""
    from service.http.server import running

    remote = settings.with_(store_url=ingested, admin_token="test-admin-token")
    with running(remote) as url:
        yield url


def test_serve_over_a_store_url_answers_sparql_from_the_server(served: str) -> None:
    response = httpx.get(
        f"{served}/sparql",
        params={"query": CITIES_AND_TOTAL},
        headers={"Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.text.splitlines() == ["cities,total", "1,600"]


def test_serve_over_a_store_url_reads_a_graph_through_the_graph_store(served: str) -> None:
    response = httpx.get(
        f"{served}/store", params={"graph": GRAPH_A}, headers={"Accept": "application/n-triples"}
    )
    assert response.status_code == 200
    assert f"<{MK}amount> \"100\"" in response.text


def test_serve_over_a_store_url_refuses_writes_even_with_the_admin_token(served: str) -> None:
    response = httpx.post(
        f"{served}/sparql",
        content="INSERT DATA { GRAPH <http://example.org/g> { <http://a> <http://b> 1 } }",
        headers={
            "Content-Type": "application/sparql-update",
            "Authorization": "Bearer test-admin-token",
        },
    )
    assert response.status_code == 403
    assert "read only" in response.text


def test_serve_over_a_store_url_is_healthy_while_the_server_answers(served: str) -> None:
    assert httpx.get(f"{served}/healthz").text == "ok\n"

