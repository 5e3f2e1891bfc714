"""How search reads Japanese text: words as SudachiPy normalised forms, plus character bigrams.

Words come from the same tokenizer and keys as topic tagging (`loaders.topics.match_tokens`),
so a query spelled コミュニティー finds コミュニティ, ＤＶ finds DV and 子ども finds 子供.
Character bigrams of the NFKC text back the words up where the dictionary splits a rare
compound differently in a query and in a document.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from loaders.topics import MatchToken, match_tokens, normalize_text

# Particles and auxiliary verbs say nothing about what a text is about.
FUNCTION_POS = {"助詞", "助動詞"}


def fold(text: str) -> str:
    """The form bigrams are taken from: NFKC, case folded."""
    return normalize_text(text).casefold()


def content_tokens(text: str) -> list[MatchToken]:
    return [t for t in match_tokens(text) if t.pos not in FUNCTION_POS]


def bigrams(text: str) -> list[str]:
    """Character bigrams of each run of letters (a one-letter run counts as itself)."""
    result: list[str] = []
    run: list[str] = []
    for ch in [*fold(text), " "]:
        if unicodedata.category(ch)[0] in "LN":
            run.append(ch)
            continue
        if len(run) == 1:
            result.append(run[0])
        result.extend(run[i] + run[i + 1] for i in range(len(run) - 1))
        run = []
    return result


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query: its key, as typed (normalised), and its bigrams."""

    key: str
    surface: str
    bigrams: tuple[str, ...]


def query_terms(query: str) -> list[QueryTerm]:
    """The distinct content words of a query, in order."""
    seen: set[str] = set()
    terms: list[QueryTerm] = []
    for token in content_tokens(query):
        if token.key in seen:
            continue
        seen.add(token.key)
        grams = tuple(dict.fromkeys(bigrams(token.surface)))
        terms.append(QueryTerm(token.key, token.surface, grams))
    return terms


@dataclass
class AnalyzedText:
    """A text ready for indexing: its normalised form, tokens, word and bigram counts."""

    normalized: str
    tokens: list[MatchToken]
    words: Counter[str]
    bigrams: Counter[str]


def analyze(text: str) -> AnalyzedText:
    tokens = content_tokens(text)
    return AnalyzedText(
        normalize_text(text), tokens, Counter(t.key for t in tokens), Counter(bigrams(text))
    )
