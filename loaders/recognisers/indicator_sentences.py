"""Indicators written as sentences: 「参加者数は令和4年度の1,200人から令和5年度は1,357人と
なり、令和8年度に2,000人を目指します。」

The sentence's subject (before は/が) names the indicator; each value is paired with the year
printed before it in the same sentence, and the word written right after it says its kind
(`mkf:sentenceCue` in ontology/fields.ttl: から → baseline, となり → actual, を目指 → target).
A starting point is a baseline only in a sentence that also sets a target; a sentence that
only reports a change (「…の1,200人から…1,357人へと増加しています」) gives two actuals.
A sentence counts only when it gives at least two dated values, one of them with a cue —
a lone number in prose is a fact about something, not an indicator series. Amounts of
money are budgets, not indicators, and are left to the budget and project recognisers.

A series written with arrows, 「満足度が46.6パーセント⇒48.7パーセント(平成24年⇒平成26年)」, pairs
each value with the year in the same place of the bracketed year series after it (「(同)」:
the years of the series before); a year after the document's own is a target, else an
actual. A lone share (「占める割合3.9パーセント」) is no series and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, labels_of, sentence_cues
from loaders.structure import StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.quantities import as_printed, find_quantities

_SENTENCE = re.compile(r"[^。\n]+")
_SUBJECT = re.compile(
    r"^[\s・•]*(?:また|さらに|なお|まず)?[、,]?\s*(?P<name>[^、,。「」]{2,40}?)(?:は|が)"
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
        kind = _cue(text[end : end + _CUE_WINDOW], cues) or _labelled(text[:start])
        if kind is not None:
            cued += 1
        value, unit = as_printed(quantity)
        found.append((year.year, end, start, kind or "actual", value, unit))
    if len(found) < 2 or not cued:
        return
    aimed = any(kind == "target" for *_, kind, _, _ in found)
    for year, end, start, kind, value, unit in found:
        if kind == "baseline" and not aimed:
            kind = "actual"  # a change over past years: where it started is a year's actual
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


_LABEL_END = re.compile(r"[\s(（:：]*$")


def _labelled(before: str) -> ObservationKind | None:
    """「令和12年度の目標(693トン)」: a value set right after its kind's label."""
    head = before[: _LABEL_END.search(before).start()]  # type: ignore[union-attr]
    if len(head) == len(before):
        return None  # the label must be set off: 「目標(」, 「目標：」
    for kind in _KINDS:
        if any(head.endswith(label) for label in labels_of(kind)):
            return _KINDS[kind]
    return None


def _cue(after: str, cues: dict[str, str]) -> ObservationKind | None:
    for cue in sorted(cues, key=len, reverse=True):
        if after.lstrip().startswith(cue):
            return _KINDS.get(cues[cue])
    return None


_ARROW = r"\s*[⇒→➡]\s*"
_NUMBER = r"[0-9]+(?:[.,][0-9]+)*"
# any short unit word (パーセント, 人, 件, トン): the series' shape, not its unit, makes it one
_VALUE_UNIT = r"(?:パーセント|ポイント|[%％㎡㎥㎞]|[^\W\d_]{1,4})?"
_VALUE = rf"{_NUMBER}{_VALUE_UNIT}"
_SERIES = re.compile(
    rf"(?P<name>[^、。,\n(（]{{2,60}}?)(?:が|は)\s*"
    rf"(?P<values>{_VALUE}(?:{_ARROW}{_VALUE})+)\s*"
    r"[(（](?P<years>[^()（）]{1,40})[)）]"
)
_ONE_VALUE = re.compile(rf"(?P<number>{_NUMBER})(?P<unit>{_VALUE_UNIT})")
_NAME_LEAD = re.compile(r"^[\s・]*(?:また|さらに|なお)?[、,]?\s*")


def arrow_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """The values of every 「X が a⇒b (year⇒year)」 series in the document's running text."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        previous: list[int] = []
        for found in _SERIES.finditer(doc.folded, block.start, block.end):
            years = _series_years(found.group("years"), previous)
            if years is None:
                continue
            previous = years
            values = list(
                _ONE_VALUE.finditer(doc.folded, found.start("values"), found.end("values"))
            )
            lead = _NAME_LEAD.match(found.group("name"))
            name_start = found.start("name") + (lead.end() if lead else 0)
            name = doc.folded[name_start : found.end("name")].strip()
            if len(values) != len(years) or not name:
                continue
            for value, year in zip(values, years, strict=True):
                kind: ObservationKind = (
                    "target" if context is not None and year > context else "actual"
                )
                number = value.group("number").replace(",", "")
                yield Observation(
                    indicator=name,
                    fiscal_year=year,
                    kind=kind,
                    value=float(number) if "." in number else int(number),
                    unit=value.group("unit") or None,
                    evidence={
                        "": doc.span(found.start(), found.end()),
                        "indicator": doc.span(name_start, found.end("name")),
                        "value": doc.span(value.start(), value.end()),
                        "fiscal_year": doc.span(found.start("years"), found.end("years")),
                    },
                )


def _series_years(printed: str, previous: list[int]) -> list[int] | None:
    """The years of a bracketed series 「平成24年⇒平成26年」; 「同」 repeats the last ones."""
    if field_of(printed, exact=True) == "same":
        return previous or None
    years: list[int] = []
    for part in re.split(_ARROW, printed):
        mentions = year_mentions(part)
        if len(mentions) != 1 or part.strip() != part.strip()[: mentions[0].end].strip():
            return None
        years.append(mentions[0].year)
    return years
