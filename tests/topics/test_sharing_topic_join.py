"""initiatives_sharing_topic.rq reads each side of a pair once per theme (two sub-selects
joined, issue 10) instead of looking side y up again for every initiative of side x: the
rows must be those of the single-group form it replaced, for every way it is bound."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from loaders.resources import queries_dir
from service.store import EmbeddedStore

REFERENCE = Path(__file__).parent / "data" / "initiatives_sharing_topic_one_group.rq"
BINDINGS: list[dict[str, str]] = [
    {},
    {"topic": "地域コミュニティ"},
    {"lg_code": "141305"},
    {"topic": "地域コミュニティ", "lg_code": "151009"},
    {"topic": "no such theme"},
]


def rows(store: EmbeddedStore, text: str, bindings: dict[str, str]) -> list[dict[str, Any]]:
    return list(store.select(text, bindings=bindings or None))


@pytest.mark.parametrize("bindings", BINDINGS, ids=lambda b: ",".join(b) or "unbound")
def test_rows_are_those_of_the_single_group_form(
    corpus_store: EmbeddedStore, bindings: dict[str, str]
) -> None:
    query = (queries_dir() / "initiatives_sharing_topic.rq").read_text(encoding="utf-8")
    expected = rows(corpus_store, REFERENCE.read_text(encoding="utf-8"), bindings)
    assert rows(corpus_store, query, bindings) == expected  # same rows, same order
    if not bindings:
        assert expected  # the bundled corpus has pairs to compare


def test_without_lateral_the_rows_are_the_same(corpus_store: EmbeddedStore) -> None:
    """An engine without LATERAL runs the per-theme block as a plain group: the filters after
    it give the same rows (slower), as the README promises for every LATERAL in queries/."""
    query = (queries_dir() / "initiatives_sharing_topic.rq").read_text(encoding="utf-8")
    plain = re.sub(r"LATERAL \{\n    SELECT", "{\n    SELECT", query)
    assert plain != query
    for bindings in BINDINGS:
        assert rows(corpus_store, plain, bindings) == rows(corpus_store, query, bindings)
