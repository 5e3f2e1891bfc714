"""The full-text index behind `/search`, `machikg search` and the SPARQL function.

BM25F-style ranking over two fields — the resource's label (weighted up) and its body
(descriptions, goals, quoted source passages) — on SudachiPy normalised words, plus a lower
weighted BM25 over character bigrams. A hit must contain EVERY word of the query (as a word,
or failing that as its characters' bigrams), so 地域コミュニティ does not return everything
that merely says 地域. When the whole query names a thesaurus theme (防災, コミ協), resources
tagged with that theme or a narrower one are hits too, ranked up: a researcher asking for 防災
also gets 国土強靱化地域計画の策定, which never prints the word.

Built in memory from rows of `service/search/documents.rq`; rebuilding is cheap on a
municipal corpus (a second or two), so there is no on-disk format to keep in sync.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from loaders.topics import TOPIC_NAMESPACE, Thesaurus
from service.search.analysis import AnalyzedText, QueryTerm, analyze, query_terms

DOCUMENTS_QUERY_PATH = Path(__file__).with_name("documents.rq")

LABEL_WEIGHT = 3.0
BIGRAM_WEIGHT = 0.25
TOPIC_BONUS = 3.0  # added when the resource is tagged with the theme the query names
K1 = 1.2
B = 0.75
SNIPPET_RADIUS = 40
KINDS = ("initiative", "project", "policy_code", "indicator", "facility", "organization", "plan")


class SearchError(ValueError):
    """A search request that cannot be answered as asked (says which parameter and why)."""


def documents_query() -> str:
    """The SPARQL that collects searchable text (`service/search/documents.rq`)."""
    return DOCUMENTS_QUERY_PATH.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    kind: str
    municipality_code: str | None
    fiscal_year: int | None
    score: float
    snippet: str
    topics: tuple[str, ...] = ()


@dataclass
class _Document:
    iri: str
    label: str
    kind: str
    municipality_code: str | None
    fiscal_year: int | None
    topics: frozenset[str]
    label_text: AnalyzedText
    body_text: AnalyzedText
    words: Counter[str] = field(default_factory=Counter)  # field-weighted counts
    bigrams: Counter[str] = field(default_factory=Counter)
    word_length: float = 0.0
    bigram_length: float = 0.0

    def __post_init__(self) -> None:
        for source, weight in ((self.label_text, LABEL_WEIGHT), (self.body_text, 1.0)):
            for key, n in source.words.items():
                self.words[key] += n * weight
            for key, n in source.bigrams.items():
                self.bigrams[key] += n * weight
        self.word_length = sum(self.words.values())
        self.bigram_length = sum(self.bigrams.values())

    def contains(self, term: QueryTerm) -> bool:
        if term.key in self.words:
            return True
        return bool(term.bigrams) and all(b in self.bigrams for b in term.bigrams)


def _value(row: Mapping[str, object], name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class SearchIndex:
    """An in-memory BM25 index of the store's searchable resources."""

    def __init__(self, documents: list[_Document], thesaurus: Thesaurus) -> None:
        self._docs = documents
        self._thesaurus = thesaurus
        self._word_df: Counter[str] = Counter()
        self._bigram_df: Counter[str] = Counter()
        for doc in documents:
            self._word_df.update(doc.words.keys())
            self._bigram_df.update(doc.bigrams.keys())
        n = max(1, len(documents))
        self._avg_words = sum(d.word_length for d in documents) / n or 1.0
        self._avg_bigrams = sum(d.bigram_length for d in documents) / n or 1.0

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, object]], *, thesaurus: Thesaurus | None = None
    ) -> SearchIndex:
        """Rows of `documents.rq` (values as strings or python values) → an index.

        Rows without an item IRI or a kind are skipped; a fiscal year that is not an
        integer is an error naming the item.
        """
        documents: list[_Document] = []
        for row in rows:
            iri, kind = _value(row, "item"), _value(row, "kind")
            if iri is None or kind is None:
                continue
            year_text = _value(row, "fiscal_year")
            try:
                year = int(year_text) if year_text is not None else None
            except ValueError:
                raise SearchError(f"{iri}: fiscal_year {year_text!r} is not a year") from None
            label = _value(row, "label") or iri
            documents.append(
                _Document(
                    iri=iri,
                    label=label,
                    kind=kind,
                    municipality_code=_value(row, "municipality_code"),
                    fiscal_year=year,
                    topics=frozenset((_value(row, "topics") or "").split()),
                    label_text=analyze(label),
                    body_text=analyze(_value(row, "texts") or ""),
                )
            )
        return cls(documents, thesaurus or Thesaurus.load())

    def __len__(self) -> int:
        return len(self._docs)

    # -- querying ------------------------------------------------------------------------

    def resolve_topic(self, topic: str) -> set[str]:
        """A topic given as IRI, local name or label → it and its narrower concepts."""
        concepts = self._thesaurus.concepts
        if topic in concepts:
            found = [topic]
        elif TOPIC_NAMESPACE + topic in concepts:
            found = [TOPIC_NAMESPACE + topic]
        else:
            found = self._thesaurus.concepts_named(topic)
        if not found:
            raise SearchError(f"topic: no theme named {topic!r} in the thesaurus")
        result: set[str] = set()
        for iri in found:
            result |= self._thesaurus.narrower_closure(iri)
        return result

    def search(
        self,
        q: str,
        *,
        municipality: str | None = None,
        fiscal_year: int | None = None,
        kind: str | None = None,
        topic: str | None = None,
        limit: int = 20,
    ) -> list[Hit]:
        """The best `limit` resources for `q`, optionally filtered; best first.

        An empty `q` lists the resources the filters select (needs at least one filter).
        """
        return self.search_page(q, municipality=municipality, fiscal_year=fiscal_year,
                                kind=kind, topic=topic, limit=limit)[1]

    def search_page(
        self,
        q: str,
        *,
        municipality: str | None = None,
        fiscal_year: int | None = None,
        kind: str | None = None,
        topic: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[int, list[Hit]]:
        """How many resources match in all, and the `limit` of them after the best `offset`
        (a page of results: snippets are made for the page only)."""
        q = (q or "").strip()
        if offset < 0:
            raise SearchError(f"offset: must be at least 0, got {offset}")
        if limit < 1:
            raise SearchError(f"limit: must be at least 1, got {limit}")
        if kind is not None and kind not in KINDS:
            raise SearchError(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
        if not q and not (municipality or fiscal_year or kind or topic):
            raise SearchError("q: empty query (give words to search for, or a filter)")
        wanted_topics = self.resolve_topic(topic) if topic else None
        terms = query_terms(q) if q else []
        if q and not terms:
            raise SearchError(f"q: {q!r} has no words to search for")
        named: set[str] = set()
        for concept in self._thesaurus.concepts_named(q) if q else []:
            named |= self._thesaurus.narrower_closure(concept)

        scored: list[tuple[float, _Document]] = []
        for doc in self._docs:
            if municipality and doc.municipality_code != municipality:
                continue
            if fiscal_year is not None and doc.fiscal_year != fiscal_year:
                continue
            if kind and doc.kind != kind:
                continue
            if wanted_topics is not None and not (doc.topics & wanted_topics):
                continue
            topic_hit = bool(named and doc.topics & named)
            text_hit = all(doc.contains(t) for t in terms)
            if terms and not (text_hit or topic_hit):
                continue
            score = self._bm25(doc, terms) + (TOPIC_BONUS if topic_hit else 0.0)
            scored.append((round(score, 4), doc))
        scored.sort(key=lambda item: (-item[0], item[1].label, item[1].iri))
        page = scored[offset : offset + limit]
        return len(scored), [self._hit(doc, score, terms) for score, doc in page]

    def _bm25(self, doc: _Document, terms: list[QueryTerm]) -> float:
        n = len(self._docs)
        score = 0.0
        for term in terms:
            score += _bm25_term(
                doc.words.get(term.key, 0.0), self._word_df[term.key], n,
                doc.word_length / self._avg_words,
            )  # fmt: skip
            for bigram in term.bigrams:
                score += BIGRAM_WEIGHT * _bm25_term(
                    doc.bigrams.get(bigram, 0.0), self._bigram_df[bigram], n,
                    doc.bigram_length / self._avg_bigrams,
                )  # fmt: skip
        return score

    def _hit(self, doc: _Document, score: float, terms: list[QueryTerm]) -> Hit:
        return Hit(
            iri=doc.iri,
            label=doc.label,
            kind=doc.kind,
            municipality_code=doc.municipality_code,
            fiscal_year=doc.fiscal_year,
            score=score,
            snippet=_snippet(doc, terms),
            topics=tuple(sorted(doc.topics)),
        )


def _bm25_term(tf: float, df: int, n: int, relative_length: float) -> float:
    if tf <= 0 or df <= 0:
        return 0.0
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * relative_length))


def _snippet(doc: _Document, terms: list[QueryTerm]) -> str:
    """A passage of the body around the first query word, else the body's start."""
    body = doc.body_text
    keys = {t.key for t in terms}
    start = end = None
    for token in body.tokens:
        if token.key in keys:
            start, end = token.start, token.end
            break
    if start is None:
        folded = body.normalized.casefold()
        for term in terms:
            position = folded.find(term.surface.casefold())
            if position >= 0:
                start, end = position, position + len(term.surface)
                break
    text = body.normalized
    if start is None or end is None:
        passage = " ".join(text[: 2 * SNIPPET_RADIUS].split())
        return passage + ("…" if len(text) > 2 * SNIPPET_RADIUS else "")
    left = max(0, start - SNIPPET_RADIUS)
    right = min(len(text), end + SNIPPET_RADIUS)
    passage = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + passage + ("…" if right < len(text) else "")
