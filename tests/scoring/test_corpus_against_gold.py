"""Issue 3's acceptance on the bundled corpus: each contract query against the gold tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Store

from loaders.resources import queries_dir
from service.scoring import score_table, score_topic

GOLD = json.loads((Path(__file__).parents[1] / "data" / "gold-seeds.json").read_text("utf-8"))
TABLES = list(GOLD["tables"])
PRECISE_TABLES = ["evaluations", "indicators", "projects"]  # the gold lists all of them
TOPICS = list(GOLD["topics"])


@pytest.mark.parametrize("table", TABLES)
def test_contract_query_selects_exactly_the_gold_columns(table: str) -> None:
    text = (queries_dir() / f"{table}.rq").read_text(encoding="utf-8")
    variables = [v.value for v in Store().query(text).variables]
    assert variables == GOLD["tables"][table]["columns"]


@pytest.mark.parametrize("table", TABLES)
def test_contract_query_recalls_the_gold_table(contract_query: Any, table: str) -> None:
    spec = GOLD["tables"][table]
    score = score_table(table, spec["columns"], spec["rows"], contract_query(table))
    assert score.recall >= 0.95, score


@pytest.mark.parametrize("table", PRECISE_TABLES)
def test_contract_query_is_precise_where_the_gold_is_complete(
    contract_query: Any, table: str
) -> None:
    spec = GOLD["tables"][table]
    score = score_table(table, spec["columns"], spec["rows"], contract_query(table))
    assert score.precision >= 0.95, score


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_query_finds_every_must_include_and_no_must_exclude(
    contract_query: Any, topic: str
) -> None:
    score = score_topic(topic, GOLD["topics"][topic], contract_query("topic", topic=topic))
    assert score.missing == [], score
    assert score.wrongly_included == [], score
