"""The lexer sees keywords only outside strings, IRIs, prefixed names and comments."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from service.http.sparql_tokens import (
    add_using_clauses,
    first_keyword,
    has_dataset_clause,
    has_from_clause,
)


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p "SERVICE" }',
    "SELECT * { ?s ?p '''multi\nSERVICE line''' }",
    "SELECT * { ?s <http://e/SERVICE> ?o }",
    "SELECT * { ?s ex:SERVICE ?o }",
    "SELECT ?service { ?service ?p ?o }",
    "# SERVICE <http://e/>\nSELECT * {}",
])
def test_service_not_used_as_keyword_is_not_found(text: str) -> None:
    assert first_keyword(text, {"SERVICE"}) is None


def test_service_keyword_is_found_with_its_offset() -> None:
    text = "SELECT * {\n  Service <http://e/sparql> { ?s ?p ?o } }"
    assert first_keyword(text, {"SERVICE"}) == ("SERVICE", 13)


def test_from_inside_a_subquery_position_is_not_a_dataset() -> None:
    assert has_from_clause("SELECT * FROM <http://g> { ?s ?p ?o }")
    assert not has_from_clause('SELECT * { ?s ?p "FROM" }')


def test_with_in_an_update_is_a_dataset_clause() -> None:
    assert has_dataset_clause("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert not has_dataset_clause("INSERT DATA { <http://e/s> <http://e/with> 1 }")


def test_using_clauses_go_before_the_top_level_where() -> None:
    update = ("INSERT { GRAPH <http://out> { ?s ?p ?o } }"
              " WHERE { { SELECT * WHERE { ?s ?p ?o } } }")
    rewritten = add_using_clauses(update, ["http://in"], ["http://named"])
    assert "USING <http://in> USING NAMED <http://named> WHERE { { SELECT * WHERE" in rewritten


def test_delete_where_is_spelled_out_to_take_using() -> None:
    store = ox.Store()
    store.update("INSERT DATA { GRAPH <http://in> { <http://e/s> <http://e/p> 1 } }")
    store.update(add_using_clauses("DELETE WHERE { ?s ?p ?o }", ["http://in"], []))
    # DELETE acts on the default graph, so the named graph keeps its triple
    assert len(store) == 1
    assert "USING <http://in>" in add_using_clauses("DELETE WHERE { ?s ?p ?o }", ["http://in"], [])
