"""Japanese full-text search over the corpus: variants, ranking, filters, errors, speed."""

from __future__ import annotations

import time

import pytest

from service.search.index import SearchError, SearchIndex


def labels(hits: list) -> list[str]:
    return [h.label for h in hits]


def test_long_vowel_variant_finds_the_printed_spelling(search_index: SearchIndex) -> None:
    hits = search_index.search("コミュニティー施策")
    assert labels(hits)[0] == "地域コミュニティ施策の推進"


def test_full_width_latin_finds_half_width(search_index: SearchIndex) -> None:
    assert "DV対策" in labels(search_index.search("ＤＶ"))
    assert labels(search_index.search("ＤＶ")) == labels(search_index.search("dv"))


def test_half_width_katakana_query_is_folded(search_index: SearchIndex) -> None:
    assert labels(search_index.search("ｺﾐｭﾆﾃｨ")) == labels(search_index.search("コミュニティ"))


@pytest.mark.parametrize("spelling", ["子ども", "子供", "こども"])
def test_kana_and_kanji_spellings_of_child_find_the_same_items(
    search_index: SearchIndex, spelling: str
) -> None:
    assert "総合的な子ども支援の推進" in labels(search_index.search(spelling))


def test_all_query_words_must_occur(search_index: SearchIndex) -> None:
    hits = search_index.search("地域コミュニティ")
    assert "国土強靱化地域計画の策定" not in labels(hits)
    assert "人事課事務費" not in labels(hits)


def test_communication_does_not_find_community(search_index: SearchIndex) -> None:
    found = labels(search_index.search("コミュニケーション"))
    assert "組織力向上に向けた業務コミュニケーションの促進" in found
    assert "地域コミュニティ施策の推進" not in found


def test_a_theme_name_finds_items_that_never_print_it(search_index: SearchIndex) -> None:
    found = labels(search_index.search("防災"))
    assert "市民の的確な避難行動に関する取組の推進" in found


def test_label_matches_rank_above_body_mentions(search_index: SearchIndex) -> None:
    hits = search_index.search("指定管理者")
    assert all("指定管理者" in h.snippet or "指定管理" in h.snippet for h in hits)
    hits = search_index.search("近隣センター")
    assert "近隣センター" in hits[0].label


def test_filter_by_municipality(search_index: SearchIndex) -> None:
    hits = search_index.search("コミュニティ", municipality="151009")
    assert hits and {h.municipality_code for h in hits} == {"151009"}


def test_filter_by_fiscal_year_and_kind(search_index: SearchIndex) -> None:
    hits = search_index.search("事業", fiscal_year=2017, kind="project")
    assert hits
    assert {(h.fiscal_year, h.kind) for h in hits} == {(2017, "project")}
    assert search_index.search("事業", fiscal_year=1999) == []


def test_filter_by_topic_label_includes_narrower_topics(search_index: SearchIndex) -> None:
    hits = search_index.search("", topic="男女共同参画", limit=50)
    assert "DV対策" in labels(hits)
    assert "広報活動事業" not in labels(hits)


def test_results_link_to_resource_iris(search_index: SearchIndex) -> None:
    for hit in search_index.search("防災"):
        assert hit.iri.startswith("https://w3id.org/machikg/id/")


def test_snippet_shows_the_matched_words(search_index: SearchIndex) -> None:
    (hit,) = [h for h in search_index.search("コミ協") if h.label.startswith("出張所")]
    assert "コミ協" in hit.snippet


def test_limit_caps_the_hits(search_index: SearchIndex) -> None:
    assert len(search_index.search("地域", limit=3)) == 3


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"q": ""}, "q: empty query"),
        ({"q": "の"}, "has no words"),
        ({"q": "防災", "kind": "poem"}, "kind: 'poem' is not one of"),
        ({"q": "防災", "topic": "存在しないテーマ"}, "topic: no theme named"),
        ({"q": "防災", "limit": 0}, "limit: must be at least 1"),
    ],
)
def test_bad_requests_say_which_parameter_is_wrong(
    search_index: SearchIndex, arguments: dict, message: str
) -> None:
    q = arguments.pop("q")
    with pytest.raises(SearchError, match=message):
        search_index.search(q, **arguments)


def test_rows_with_a_bad_fiscal_year_are_rejected_naming_the_item() -> None:
    rows = [{"item": "https://example.org/x", "kind": "project", "label": "x", "fiscal_year": "R2"}]
    with pytest.raises(SearchError, match=r"https://example.org/x: fiscal_year 'R2'"):
        SearchIndex.from_rows(rows)


def test_a_search_answers_well_under_a_second(search_index: SearchIndex) -> None:
    started = time.perf_counter()
    for q in ["地域コミュニティ", "防災", "男女共同参画", "子育て 支援", "指定管理者制度の導入"]:
        search_index.search(q)
    assert (time.perf_counter() - started) / 5 < 0.1
