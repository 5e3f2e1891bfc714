"""Topic tagging: link initiatives, projects, policy codes and indicators to thesaurus themes.

Cities word one theme differently (地域コミュニティ, コミュニティー, 町内会・自治会, コミ協), so
matching compares SudachiPy *normalised forms* of whole tokens, never substrings: コミュニティ
meets コミュニティー, but コミュニケーション never meets コミュニティ and 地域 alone never
meets 地域コミュニティ.  A label matches only as a complete token sequence, and where labels
overlap the longest one wins (コミュニティ交通 is transport, not community).

An item's own words weigh most (name > description); its context — the labels of its policy
codes, its parent initiative, the issue a project serves, the initiative an indicator
measures — weighs less, and a score threshold keeps stray mentions out.  Every tag keeps the
words that matched, so a reader can see why an item was tagged.

The thesaurus is data (`ontology/topics.ttl`); nothing here knows any city's wording.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SKOS
from sudachipy import Dictionary, SplitMode, Tokenizer

from loaders.facts import DocumentFacts, Initiative, Observation, PolicyCode, Project
from loaders.resources import ontology_dir
from loaders.text.names import sudachi_chunks

TOPIC_NAMESPACE = "https://w3id.org/machikg/topic/"

# Evidence weights per place a label was found (docs in module docstring).
NAME_WEIGHT = 0.9  # each label found in the item's own name
DESCRIPTION_FIRST = 0.3  # one mention in a description is not enough on its own …
DESCRIPTION_MORE = 0.25  # … a second one is
DESCRIPTION_CAP = 0.8
# A parent initiative alone is not enough (0.45 < THRESHOLD): parents are broad groupings.
CONTEXT_WEIGHTS = {"policy_code": 0.6, "related": 0.6, "parent": 0.45}
RELATED_CODE_WEIGHT = 0.5  # the codes of the initiative a project serves (one step further)
THRESHOLD = 0.5
_EPSILON = 1e-9

MATCHED_IN_ORDER = ("self", "policy_code", "related", "parent")

# Sudachi token classes that carry no word: they neither match nor separate labels, so
# 「町内会・自治会」 and 「町内会 自治会」 read alike.
_SKIPPED_POS = {"補助記号", "空白"}


class ThesaurusError(ValueError):
    """The thesaurus file is missing or malformed; says which file and what is wrong."""


# ------------------------------------------------------------------ tokens ---------------


@dataclass(frozen=True)
class MatchToken:
    """A word of NFKC-normalised text: offsets into that text, surface, comparison key and
    Sudachi's part of speech (first level: 名詞, 助詞 …)."""

    start: int
    end: int
    surface: str
    key: str
    pos: str


_lock = threading.Lock()  # one Sudachi tokenizer must not be used by two threads at once


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    # Mode A (shortest units): a label and a text split the same compound the same way,
    # so 地域防災力 contains the label 防災 as a token.
    return Dictionary(dict="core").tokenizer(mode=SplitMode.A)


def normalize_text(text: str) -> str:
    """NFKC: full-width ＤＶ and half-width ｺﾐｭﾆﾃｨ become DV and コミュニティ."""
    return unicodedata.normalize("NFKC", text)


def token_key(normalized_form: str) -> str:
    """Comparison key of one token: case folded, a katakana word's final long mark dropped.

    Sudachi already unifies most variants (子ども/子供, コミュニティ/コミュニティー); the
    long-mark rule covers katakana words Sudachi does not know (JIS spelling variants).
    """
    key = normalized_form.casefold()
    if len(key) > 2 and key.endswith("ー") and all("\u30a0" <= c <= "\u30ff" for c in key):
        key = key[:-1]
    return key


def match_tokens(text: str) -> list[MatchToken]:
    """The words of `normalize_text(text)` with their keys (symbols and spaces dropped)."""
    normalized = normalize_text(text)
    result: list[MatchToken] = []
    tokenizer = _tokenizer()
    with _lock:
        for offset, chunk in sudachi_chunks(normalized):
            for m in tokenizer.tokenize(chunk):
                pos = m.part_of_speech()[0]
                if pos in _SKIPPED_POS or not m.surface().strip():
                    continue
                result.append(
                    MatchToken(offset + m.begin(), offset + m.end(), m.surface(),
                               token_key(m.normalized_form()), pos)
                )  # fmt: skip
    return result


@lru_cache(maxsize=65536)
def token_keys(text: str) -> tuple[str, ...]:
    """Just the keys of `match_tokens(text)`; cached, since labels repeat a lot."""
    return tuple(t.key for t in match_tokens(text))


# ------------------------------------------------------------------ thesaurus ------------


@dataclass(frozen=True)
class Concept:
    iri: str
    pref_label_ja: str
    pref_label_en: str
    labels: tuple[str, ...]  # every ja/en pref and alt label
    broader: tuple[str, ...]


@dataclass(frozen=True)
class LabelMatch:
    """A thesaurus label found in text: token span [first, last), concept and printed words."""

    first: int
    last: int
    concept: str
    label: str
    surface: str


@dataclass
class Thesaurus:
    """The SKOS topic scheme, indexed by the token keys of its labels."""

    concepts: dict[str, Concept]
    _by_first_key: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Thesaurus:
        """The thesaurus from `ontology/topics.ttl` (or `path`), parsed once and cached."""
        return _load_cached(str(path or ontology_dir() / "topics.ttl"))

    @classmethod
    def from_graph(cls, graph: Graph, *, source: str = "<graph>") -> Thesaurus:
        concepts: dict[str, Concept] = {}
        for subject in sorted(set(graph.subjects(RDF.type, SKOS.Concept)), key=str):
            iri = str(subject)
            pref = {lit.language: str(lit) for lit in graph.objects(subject, SKOS.prefLabel)}
            if "ja" not in pref or "en" not in pref:
                raise ThesaurusError(f"{source}: concept <{iri}> needs a ja and an en prefLabel")
            alts = [str(lit) for lit in graph.objects(subject, SKOS.altLabel)]
            labels = tuple(dict.fromkeys([pref["ja"], pref["en"], *sorted(alts)]))
            broader = tuple(sorted(str(b) for b in graph.objects(subject, SKOS.broader)))
            concepts[iri] = Concept(iri, pref["ja"], pref["en"], labels, broader)
        if not concepts:
            raise ThesaurusError(f"{source}: no skos:Concept found")
        index: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        for concept in concepts.values():
            for label in concept.labels:
                keys = token_keys(label)
                if keys:
                    index[keys[0]].append((keys, concept.iri, label))
        for entries in index.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1]))  # longest first
        return cls(concepts, dict(index))

    def find(self, tokens: list[MatchToken], text: str | None = None) -> list[LabelMatch]:
        """Leftmost-longest, non-overlapping label matches in a token sequence.

        `text` is the normalised text the tokens' offsets point into; with it a match's
        surface keeps the symbols between its words (町内会・自治会).
        """
        keys = [t.key for t in tokens]
        found: list[LabelMatch] = []
        i = 0
        while i < len(keys):
            best: list[tuple[tuple[str, ...], str, str]] = []
            for entry in self._by_first_key.get(keys[i], ()):
                seq = entry[0]
                if best and len(seq) < len(best[0][0]):
                    break
                if tuple(keys[i : i + len(seq)]) == seq:
                    best.append(entry)
            if not best:
                i += 1
                continue
            last = i + len(best[0][0])
            if text is None:
                surface = "".join(t.surface for t in tokens[i:last])
            else:
                surface = text[tokens[i].start : tokens[last - 1].end]
            seen: set[str] = set()
            for _, concept, label in best:
                if concept not in seen:  # one label spelling per concept and place
                    seen.add(concept)
                    found.append(LabelMatch(i, last, concept, label, surface))
            i = last
        return found

    def find_in_text(self, text: str) -> list[LabelMatch]:
        return self.find(match_tokens(text), normalize_text(text))

    def concepts_named(self, text: str) -> list[str]:
        """Concepts one of whose labels is exactly `text` (compared by token keys)."""
        keys = token_keys(text)
        if not keys:
            return []
        return sorted({c for seq, c, _ in self._by_first_key.get(keys[0], ()) if seq == keys})

    def narrower_closure(self, iri: str) -> set[str]:
        """`iri` and every concept below it (skos:broader*, inverted)."""
        children: dict[str, set[str]] = defaultdict(set)
        for concept in self.concepts.values():
            for parent in concept.broader:
                children[parent].add(concept.iri)
        result, todo = set(), [iri]
        while todo:
            current = todo.pop()
            if current not in result:
                result.add(current)
                todo.extend(children[current])
        return result


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Thesaurus:
    file = Path(path)
    if not file.is_file():
        raise ThesaurusError(f"{path}: topic thesaurus not found")
    try:
        graph = Graph().parse(file, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise ThesaurusError(f"{path}: not valid Turtle: {exc}") from exc
    return Thesaurus.from_graph(graph, source=path)


# ------------------------------------------------------------------ tagging --------------


@dataclass
class TopicTag:
    """One item's link to one topic, with the words that justify it.

    `target` is the fact object (Initiative, Project, PolicyCode) or, for an indicator,
    its name (str).  `matched_in` says where the strongest evidence was found:
    self, policy_code, parent or related.
    """

    target: object
    topic: str
    score: float
    matched_terms: list[str]
    matched_in: str


@dataclass
class _Evidence:
    """Label matches of one concept for one item, grouped by where they were found."""

    name: int = 0
    description: int = 0
    context: dict[str, float] = field(default_factory=dict)  # place → best weight
    terms: list[str] = field(default_factory=list)

    def source_scores(self) -> dict[str, float]:
        scores: dict[str, float] = {}
        own = 0.0
        if self.name:
            own = 1 - (1 - NAME_WEIGHT) ** self.name
        if self.description:
            extra = DESCRIPTION_MORE * (self.description - 1)
            desc = min(DESCRIPTION_CAP, DESCRIPTION_FIRST + extra)
            own = 1 - (1 - own) * (1 - desc)
        if own:
            scores["self"] = own
        scores.update(self.context)
        return scores


@dataclass
class _Text:
    text: str
    place: str  # "name", "description" or a context place
    weight: float = 0.0


class _Tagger:
    def __init__(self, facts: DocumentFacts, thesaurus: Thesaurus) -> None:
        self.thesaurus = thesaurus
        self.code_labels: dict[str, list[str]] = defaultdict(list)
        for code in facts.policy_codes:
            if code.label:
                self.code_labels[code.printed].append(code.label)
        self.initiatives: dict[str, Initiative] = {}
        for initiative in facts.initiatives:
            self.initiatives.setdefault(initiative.name, initiative)

    def codes_text(self, printed: Iterable[str], weight: float) -> list[_Text]:
        texts = []
        for code in printed:
            for label in self.code_labels.get(code, []):
                texts.append(_Text(label, "policy_code", weight))
        return texts

    def initiative_texts(self, item: Initiative) -> list[_Text]:
        texts = [_Text(item.name, "name"), _Text(item.description or "", "description")]
        texts += self.codes_text(item.policy_codes, CONTEXT_WEIGHTS["policy_code"])
        if item.parent:
            texts.append(_Text(item.parent, "parent", CONTEXT_WEIGHTS["parent"]))
        return texts

    def project_texts(self, item: Project) -> list[_Text]:
        texts = [
            _Text(item.name, "name"),
            _Text(item.description or "", "description"),
            _Text(item.goal or "", "description"),
        ]
        if item.related_initiative:
            texts.append(_Text(item.related_initiative, "related", CONTEXT_WEIGHTS["related"]))
            related = self.initiatives.get(item.related_initiative)
            if related is not None:
                texts += self.codes_text(related.policy_codes, RELATED_CODE_WEIGHT)
        return texts

    def code_texts(self, item: PolicyCode, by_normalized: dict[str, PolicyCode]) -> list[_Text]:
        texts = [_Text(item.label or "", "name")]
        parent_key = item.normalized.rsplit("-", 1)[0] if "-" in item.normalized else None
        parent = by_normalized.get(parent_key) if parent_key else None
        if parent is not None and parent.label:
            texts.append(_Text(parent.label, "parent", CONTEXT_WEIGHTS["parent"]))
        return texts

    def indicator_texts(self, name: str, subject: str | None) -> list[_Text]:
        texts = [_Text(name, "name")]
        if subject:
            texts.append(_Text(subject, "related", CONTEXT_WEIGHTS["related"]))
        return texts

    def tags(self, target: object, texts: list[_Text]) -> list[TopicTag]:
        evidence: dict[str, _Evidence] = defaultdict(_Evidence)
        for text in texts:
            if not text.text.strip():
                continue
            matches = self.thesaurus.find_in_text(text.text)
            # A context naming several themes (「防犯、防災」) vouches less for each of them.
            share = text.weight / max(1, len({m.concept for m in matches}))
            for match in matches:
                ev = evidence[match.concept]
                ev.terms.append(match.surface)
                if text.place == "name":
                    ev.name += 1
                elif text.place == "description":
                    ev.description += 1
                else:
                    ev.context[text.place] = max(ev.context.get(text.place, 0.0), share)
        result = []
        for concept, ev in evidence.items():
            sources = ev.source_scores()
            remaining = 1.0
            for score in sources.values():
                remaining *= 1 - score
            total = 1 - remaining
            if total + _EPSILON < THRESHOLD:
                continue
            strongest = max(sources, key=lambda s: (sources[s], -MATCHED_IN_ORDER.index(s)))
            result.append(
                TopicTag(target, concept, round(total, 3), list(dict.fromkeys(ev.terms)),
                         strongest)
            )  # fmt: skip
        result.sort(key=lambda t: (-t.score, t.topic))
        return result


def tag_document(facts: DocumentFacts, thesaurus: Thesaurus | None = None) -> list[TopicTag]:
    """Topic tags for every initiative, project, policy code and indicator of a document.

    At most one tag per (item, topic); indicators are identified by name (several
    observations share one indicator).
    """
    thesaurus = thesaurus or Thesaurus.load()
    tagger = _Tagger(facts, thesaurus)
    tags: list[TopicTag] = []
    by_normalized = {code.normalized: code for code in facts.policy_codes}
    for code in facts.policy_codes:
        tags += tagger.tags(code, tagger.code_texts(code, by_normalized))
    for initiative in facts.initiatives:
        tags += tagger.tags(initiative, tagger.initiative_texts(initiative))
    for project in facts.projects:
        tags += tagger.tags(project, tagger.project_texts(project))
    for name, subject in _indicators(facts.observations).items():
        tags += tagger.tags(name, tagger.indicator_texts(name, subject))
    return tags


def _indicators(observations: list[Observation]) -> dict[str, str | None]:
    """Indicator name → the initiative it measures (the first observation that says so)."""
    result: dict[str, str | None] = {}
    for obs in observations:
        if result.get(obs.indicator) is None:
            result[obs.indicator] = obs.subject
    return result
