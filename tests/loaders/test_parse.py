"""parse_document as a whole: evidence points into the given text, bad arguments are named,
and damaged documents yield fewer facts instead of errors."""

from __future__ import annotations

import csv
import dataclasses
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.facts import DocumentFacts, Span
from loaders.parse import parse_document
from loaders.text.errors import DocumentError

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as manifest:
    CORPUS_FILES = sorted(row["file"] for row in csv.DictReader(manifest))
SAMPLE_CITY = {"municipality_code": "999991", "municipality": "青葉台市", "prefecture": None}
SAMPLES = [
    "fukushi-profile.txt",
    "kenko-policy-sheet.txt",
    "shimin-tabs.txt",
    "toshi-inline-labels.txt",
    "kihonshisaku-page.txt",
    "reform-sheet.txt",
    "reform-chapter.txt",
]


def _spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name != "text":
                yield from _spans(getattr(value, f.name))


def _parse(text: str) -> DocumentFacts:
    return parse_document(text, file="damaged.txt", **SAMPLE_CITY)


@pytest.mark.parametrize("file", CORPUS_FILES)
def test_every_corpus_span_quotes_the_text_at_its_offsets(
    corpus: Callable[[str], DocumentFacts], file: str
) -> None:
    facts = corpus(file)
    spans = list(_spans(facts))
    assert spans
    assert all(facts.text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize("file", SAMPLES)
def test_every_sample_span_is_non_empty_and_inside_the_text(
    sample_source: Callable[[str], str], file: str
) -> None:
    facts = _parse(sample_source(file))
    assert all(0 <= s.start < s.end <= len(facts.text) for s in _spans(facts))


def test_text_with_full_width_brackets_keeps_offsets() -> None:
    text = (
        "令和3年度 福祉部の運営方針\n\n【基本姿勢】\n\n福祉を進めます。\n\n"
        "市立ひかり会館（愛称：ひかり）を使います。\n"
    )
    facts = _parse(text)
    facility = next(f for f in facts.facilities if f.name == "市立ひかり会館")
    assert text[facility.evidence[""].start : facility.evidence[""].end] == "市立ひかり会館"


def test_non_text_argument_is_a_named_error() -> None:
    with pytest.raises(DocumentError, match=r"bad\.txt: text must be str"):
        parse_document(b"bytes", file="bad.txt", **SAMPLE_CITY)  # type: ignore[arg-type]


def test_malformed_municipality_code_is_a_named_error() -> None:
    with pytest.raises(DocumentError, match="municipality code must be 6 digits"):
        parse_document(
            "x", file="a.txt", municipality_code="12", municipality="市", prefecture=None
        )


def test_truncated_organization_table_yields_fewer_facts(
    corpus_source: Callable[[str], str],
) -> None:
    text = corpus_source("kashiwa-chiikizukuri-2017.txt")
    cut = text[: text.index("地域支援課 15")]
    facts = _parse(cut)
    assert [s.organization for s in facts.staff] == ["協働推進課"]
    assert facts.projects == []


def test_truncated_sheet_keeps_what_was_complete(corpus_source: Callable[[str], str]) -> None:
    text = corpus_source("niigata-gyoseikaikaku-26.txt")
    cut = text[: text.index("指標\t") + 20]
    facts = _parse(cut)
    assert facts.evaluations == []
    assert {o.value for o in facts.observations} <= {37, 42, 43}


@pytest.mark.parametrize("file", [*CORPUS_FILES, *SAMPLES])
def test_lines_removed_at_random_never_crash(
    corpus_source: Callable[[str], str], sample_source: Callable[[str], str], file: str
) -> None:
    text = corpus_source(file) if file in CORPUS_FILES else sample_source(file)
    lines = text.split("\n")
    chooser = random.Random(file)
    for _ in range(25):
        kept = [line for line in lines if chooser.random() > 0.3]
        assert isinstance(_parse("\n".join(kept)), DocumentFacts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "組織構成",
                "職・課名 常勤 合計",
                "課題1 ",
                "課題内容",
                "平成29年度の主な事業",
                "  • 予算",
                "    1,000円",
                "  • 担当課",
                "【重点課題】",
                "1\t政策目標\t(5)\t施策目標",
                "\t内容(事業名、予算等)\t所管室・課",
                "ア\t\t",
                "年度評価\t\t平成27年度",
                "\t評価\t\tC",
                "指標\t数\t1(見込み)",
                "基本施策 IV-2-(1) ",
                "(1)",
                "取組 ",
                "取組事項\t取組の概要",
                "お問い合わせ先",
                "",
            ]
        )
        | st.text(max_size=30),
        max_size=30,
    )
)
def test_fragments_of_every_layout_never_crash(lines: list[str]) -> None:
    assert isinstance(_parse("\n".join(lines)), DocumentFacts)
