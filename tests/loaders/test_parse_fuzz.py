"""Fuzzing the loaders (issue 11): any text at all either parses, every fact's evidence span
quoting the text at its offsets, or is refused with a DocumentError — never another
exception."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.facts import Span
from loaders.parse import parse_document
from loaders.text.errors import DocumentError

CITY = {"municipality_code": "999991", "municipality": "青葉台市", "prefecture": None}
# words the genre parsers look for, so that arbitrary text also reaches them
STRUCTURE = st.sampled_from([
    "組織構成", "課題1", "主な事業", "予算", "担当課", "千円", "億円", "平成29年度", "令和5年度",
    "政策目標(5)", "施策目標(2)", "基本施策", "IV-2-(1)", "4-1-2", "取組", "指標", "評価",
    "行政改革プラン", "部局運営方針", "\t", "\n", "・", "•", "(", ")", "【", "】", "１２３",
])  # fmt: skip
ANY_TEXT = st.lists(st.text(max_size=40) | STRUCTURE, max_size=60).map("".join)


def spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from spans(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from spans(getattr(value, f.name))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_parses_with_spans_into_it_or_is_a_document_error(text: str) -> None:
    try:
        facts = parse_document(text, file="fuzz.txt", **CITY)
    except DocumentError:
        return
    assert facts.reading_errors == []  # no recogniser failed on it (each is caught on its own)
    for span in spans(facts):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
