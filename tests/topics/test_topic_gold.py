"""The gold topic seeds (tests/data/gold-seeds.json "topics") on the real corpus.

Each must_include item of a theme is tagged with it (or a narrower theme), none of the
must_exclude items is: first on the parsed facts, then through queries/topic.rq on a store.
Gold items are [municipality_code, name] or [code, {"name": …, "alias": [...]}] (any of the
names may be the one the parser produced).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from loaders.facts import DocumentFacts, Initiative, PolicyCode, Project
from loaders.text.normalize import nfkc_key
from loaders.topics import Thesaurus, tag_document
from service.search.index import SearchIndex

GOLD = json.loads(
    (Path(__file__).parents[1] / "data" / "gold-seeds.json").read_text(encoding="utf-8")
)["topics"]
CASES = [
    (topic, which, item)
    for topic, expected in GOLD.items()
    for which in ("must_include", "must_exclude")
    for item in expected.get(which, [])
]


def case_id(case: tuple[str, str, list[Any]]) -> str:
    topic, which, (code, item) = case
    name = item["name"] if isinstance(item, dict) else item
    return f"{topic}-{which}-{code}-{name[:20]}"


def names(item: str | dict[str, Any]) -> set[str]:
    if isinstance(item, dict):
        return {nfkc_key(n) for n in [item["name"], *item.get("alias", [])]}
    return {nfkc_key(item)}


def item_name(target: object) -> str | None:
    if isinstance(target, str):
        return target
    if isinstance(target, PolicyCode):
        return target.label
    if isinstance(target, Initiative | Project):
        return target.name
    return None


@pytest.fixture(scope="module")
def tagged(corpus_facts: list[DocumentFacts]) -> set[tuple[str, str, str]]:
    """(municipality code, name key, topic IRI) of every tag in the corpus."""
    result = set()
    for facts in corpus_facts:
        for tag in tag_document(facts):
            name = item_name(tag.target)
            if name:
                result.add((facts.municipality_code, nfkc_key(name), tag.topic))
    return result


def theme(thesaurus: Thesaurus, label: str) -> set[str]:
    (concept,) = thesaurus.concepts_named(label)
    return thesaurus.narrower_closure(concept)


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_gold_item_tagging_on_facts(
    case: tuple[str, str, list[Any]], tagged: set[tuple[str, str, str]], thesaurus: Thesaurus
) -> None:
    topic, which, (code, item) = case
    concepts = theme(thesaurus, topic)
    hit = any((code, n, c) in tagged for n in names(item) for c in concepts)
    assert hit is (which == "must_include")


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_gold_item_through_topic_query(case: tuple[str, str, list[Any]], run_query: Any) -> None:
    topic, which, (code, item) = case
    rows = run_query("topic", topic=topic)
    found = any(r["municipality_code"] == code and nfkc_key(r["item"]) in names(item) for r in rows)
    assert found is (which == "must_include")


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_gold_item_through_search(
    case: tuple[str, str, list[Any]], search_index: SearchIndex
) -> None:
    topic, which, (code, item) = case
    hits = search_index.search(topic, limit=200)
    found = any(h.municipality_code == code and nfkc_key(h.label) in names(item) for h in hits)
    assert found is (which == "must_include")


def test_topic_query_answers_exactly_municipality_code_and_item(run_query: Any) -> None:
    rows = run_query("topic", topic="男女共同参画")
    assert rows
    assert all(list(r) == ["municipality_code", "item"] for r in rows)


def test_topic_explained_query_explains_each_row(run_query: Any) -> None:
    rows = run_query("topic_explained", topic="男女共同参画")
    (dv,) = [r for r in rows if r["item"] == "DV対策"]
    assert dv["kind"] == "initiative"
    assert "self: DV" in dv["evidence"]
    assert 0.5 <= float(dv["score"]) <= 1


def test_topic_query_accepts_an_alternative_label(run_query: Any) -> None:
    by_pref = {
        (r["municipality_code"], r["item"]) for r in run_query("topic", topic="地域コミュニティ")
    }
    by_alt = {(r["municipality_code"], r["item"]) for r in run_query("topic", topic="コミ協")}
    assert by_pref == by_alt
