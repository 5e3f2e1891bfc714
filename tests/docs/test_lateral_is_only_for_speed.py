"""The README says `LATERAL { OPTIONAL { … } }` in `queries/` is there for the planner only:
written as a plain `OPTIONAL { … }` (for an engine without SPARQL 1.2's LATERAL) the query
gives the same rows. This keeps that sentence true, on the bundled corpus."""

from __future__ import annotations

import re
from typing import Any

import pytest

from service.store import EmbeddedStore
from tests.conftest import queries_dir

# A query whose rows need a parameter gets one, so that there is something to compare.
EXAMPLE_BINDINGS = {"search": {"q": "地域"}, "topic_explained": {"topic": "地域コミュニティ"}}
LATERAL_OPTIONAL = re.compile(r"LATERAL\s*\{\s*(?=OPTIONAL\b)")


def closing_brace(text: str, opening: int) -> int:
    """Index of the `}` that closes the `{` at `opening`."""
    depth = 0
    for i in range(opening, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced braces")


def without_lateral(text: str) -> str:
    """`LATERAL { OPTIONAL { … } }` → `OPTIONAL { … }`, for blocks holding one OPTIONAL only."""
    start = 0
    while match := LATERAL_OPTIONAL.search(text, start):
        outer_close = closing_brace(text, text.index("{", match.start()))
        inner_close = closing_brace(text, text.index("{", match.end()))
        if text[inner_close + 1 : outer_close].strip():  # more than one OPTIONAL: kept
            start = match.end()
            continue
        text = text[: match.start()] + text[match.end() : inner_close + 1] + text[outer_close + 1 :]
        start = match.start()
    return text


def lateral_queries() -> list[str]:
    """The queries with a LATERAL block holding one OPTIONAL."""
    return sorted(
        p.stem
        for p in queries_dir().glob("*.rq")
        if without_lateral(text := p.read_text("utf-8")) != text
    )


def rows(store: EmbeddedStore, text: str, **bindings: str) -> list[tuple[Any, ...]]:
    return sorted(
        tuple(sorted((k, str(v)) for k, v in row.items()))
        for row in store.select(text, bindings=bindings or None)
    )


def test_some_query_uses_lateral_optional() -> None:
    assert lateral_queries()


@pytest.mark.parametrize("name", lateral_queries())
def test_lateral_optional_as_a_plain_optional_gives_the_same_rows(
    corpus_store: EmbeddedStore, name: str
) -> None:
    text = (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    plain = without_lateral(text)
    assert plain != text
    bindings = EXAMPLE_BINDINGS.get(name, {})
    expected = rows(corpus_store, text, **bindings)
    assert expected, "no rows on the bundled corpus: the comparison would prove nothing"
    assert rows(corpus_store, plain, **bindings) == expected
