"""Corpus documents and synthetic samples, parsed once per test session."""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from loaders.facts import DocumentFacts
from loaders.parse import parse_document
from loaders.text.document_text import read_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_CITY = {"municipality_code": "999991", "municipality": "青葉台市", "prefecture": "架空県"}


@cache
def manifest() -> dict[str, dict[str, str]]:
    with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


@cache
def corpus_text(file: str) -> str:
    return read_document(CORPUS / file)


@cache
def corpus_facts(file: str) -> DocumentFacts:
    row = manifest()[file]
    return parse_document(
        corpus_text(file),
        file=file,
        municipality_code=row["municipality_code"],
        municipality=row["municipality"],
        prefecture=row["prefecture"] or None,
    )


@cache
def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@cache
def sample_facts(name: str) -> DocumentFacts:
    return parse_document(sample_text(name), file=name, **SAMPLE_CITY)


@pytest.fixture
def corpus() -> Callable[[str], DocumentFacts]:
    return corpus_facts


@pytest.fixture
def sample() -> Callable[[str], DocumentFacts]:
    return sample_facts


@pytest.fixture
def corpus_source() -> Callable[[str], str]:
    return corpus_text


@pytest.fixture
def sample_source() -> Callable[[str], str]:
    return sample_text
