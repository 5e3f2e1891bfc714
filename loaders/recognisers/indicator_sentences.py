"""Indicators written as sentences: 「参加者数は令和4年度の1,200人から令和5年度は1,350人と
なり、令和8年度に2,000人を目指します。」

The sentence's subject (before は/が) names the indicator; each value is paired with the year
printed before it in the same sentence, and the word written right after it says its kind
(`mkf:sentenceCue` in ontology/fields.ttl: から → baseline, となり → actual, を目指 → target).
A sentence counts only when it gives at least two dated values, one of them with a cue —
a lone number in prose is a fact about something, not an indicator series. Amounts of
money are budgets, not indicators, and are left to the budget and project recognisers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import sentence_cues
from loaders.structure import StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.quantities import find_quantities

_SENTENCE = re.compile(r"[^。\n]+")
_SUBJECT = re.compile(
    r"^\s*(?:また|さらに|なお|まず)?[、,]?\s*(?P<name>[^、,。「」]{2,40}?)(?:は|が)"
)
_CUE_WINDOW = 8
_KINDS: dict[str, ObservationKind] = {
    "baseline": "baseline", "actual": "actual", "target": "target", "estimate": "estimate",
}  # fmt: skip


def sentence_observations(doc: StructuredDocument) -> Iterator[Observation]:
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for sentence in _SENTENCE.finditer(doc.folded, block.start, block.end):
            yield from _read(doc, sentence.start(), sentence.group())


def _read(doc: StructuredDocument, offset: int, text: str) -> Iterator[Observation]:
    subject = _SUBJECT.match(text)
    if subject is None:
        return
    name = subject.group("name").strip()
    rest_start = subject.end()
    if year_mentions(name) or any(True for _ in find_quantities(name)):
        return
    years = [m for m in year_mentions(text) if m.start >= rest_start]
    values = [(s, e, q) for s, e, q in find_quantities(text) if s >= rest_start]
    cues = sentence_cues()
    found: list[tuple[int, int, int, ObservationKind, float | int, str | None]] = []
    cued = 0
    for start, end, quantity in values:
        if quantity.unit and quantity.unit.endswith("円"):
            return  # money: a budget sentence
        before = [m for m in years if m.end <= start]
        if not before:
            continue
        year = before[-1]
        if found and year.start < found[-1][1]:
            continue  # no new year since the last value: a second figure of the same year
        kind = _cue(text[end : end + _CUE_WINDOW], cues)
        if kind is not None:
            cued += 1
        found.append((year.year, end, start, kind or "actual", quantity.value, quantity.unit))
    if len(found) < 2 or not cued:
        return
    for year, end, start, kind, value, unit in found:
        yield Observation(
            indicator=name,
            fiscal_year=year,
            kind=kind,
            value=value,
            unit=unit,
            evidence={
                "": doc.span(offset, offset + len(text)),
                "indicator": doc.span(offset + subject.start("name"), offset + subject.end("name")),
                "value": doc.span(offset + start, offset + end),
            },
        )


def _cue(after: str, cues: dict[str, str]) -> ObservationKind | None:
    for cue in sorted(cues, key=len, reverse=True):
        if after.lstrip().startswith(cue):
            return _KINDS.get(cues[cue])
    return None
