"""The search from SPARQL: mkfn:match and queries/search.rq."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from service.search.sparql_function import MATCH, custom_functions, match_score

PREFIX = "PREFIX mkfn: <https://w3id.org/machikg/function#>\n"


def test_match_scores_a_variant_spelling() -> None:
    score = match_score("地域コミュニティ施策の推進", "コミュニティー")
    assert score is not None and score > 0


def test_match_is_unbound_when_a_word_is_missing() -> None:
    assert match_score("国土強靱化地域計画の策定", "地域コミュニティ") is None


def test_match_scores_more_occurrences_higher() -> None:
    once = match_score("防災訓練", "防災")
    twice = match_score("防災訓練と防災備蓄", "防災")
    assert once is not None and twice is not None and twice > once


@pytest.mark.parametrize(("text", "query"), [("DV対策", "ＤＶ"), ("子ども支援", "子供")])
def test_match_folds_width_and_kana_kanji_variants(text: str, query: str) -> None:
    assert match_score(text, query) is not None


def test_function_is_registered_under_the_machikg_function_namespace() -> None:
    assert MATCH.value == "https://w3id.org/machikg/function#match"
    assert MATCH in custom_functions(None)


def test_function_in_a_query_filters_and_scores() -> None:
    store = ox.Store()
    query = (
        PREFIX
        + """SELECT ?t ?s WHERE {
        VALUES ?t { "地域コミュニティ施策" "業務コミュニケーション" "ＤＶ対策" }
        BIND (mkfn:match(?t, "コミュニティー") AS ?s) FILTER (BOUND(?s)) }"""
    )
    rows = list(store.query(query, custom_functions=custom_functions()))
    assert [r["t"].value for r in rows] == ["地域コミュニティ施策"]
    assert rows[0]["s"].datatype.value.endswith("#double")


def test_function_ignores_non_literal_arguments() -> None:
    store = ox.Store()
    query = PREFIX + 'SELECT ?s WHERE { BIND (mkfn:match(<http://x>, "防災") AS ?s) }'
    (row,) = store.query(query, custom_functions=custom_functions())
    assert row["s"] is None


def test_search_query_finds_variants_and_theme_members(run_query: Any) -> None:
    items = {r["item"] for r in run_query("search", q="コミュニティー")}
    assert {"地域コミュニティ施策の推進", "町内会・自治会の活性化支援"} <= items
    items = {r["item"] for r in run_query("search", q="防災")}
    assert "国土強靱化地域計画の策定" in items
    assert "男女共同参画センター事業" not in items


def test_search_query_ranks_best_first(run_query: Any) -> None:
    scores = [float(r["score"]) for r in run_query("search", q="防災")]
    assert scores == sorted(scores, reverse=True)
