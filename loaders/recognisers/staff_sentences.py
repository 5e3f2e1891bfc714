"""A sentence giving the staff label's count year by year: 「4月1日現在の職員数は、令和4年度が
80人、令和5年度が82人である。」.

An answer in a council newsletter (or any prose) states the staff of the body, or of the unit
named before the label, as the label, the topic particle は, then pairs of a year and its count
joined by 「、」, 「と」 or 「から」; a day the count was taken may say so (「令和3年4月1日現在で
512人」, 「…現在の505人から」). Minutes and speeches wrap such a sentence over lines, so it
is read on a block joined with the unmarked lines that carry it on (`wrapped_lines`). Read by
loaders/recognisers/staff.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.field_vocabulary import labels_of, sentence_cues
from loaders.genres.units import unit_kind
from loaders.text.fiscal_year import year_mentions

_TOPIC = re.compile(r"\s*は\s*[、,]?\s*")
_COUNT = re.compile(r"\s*(?:現在)?\s*(?:が|は|で|の|:|：)?\s*(?P<n>[0-9][0-9,]*)\s*[人名]")
_JOIN = re.compile(r"\s*(?:[、,]|と|から)\s*")
_OBJECT = re.compile(r"\s*を\s*[、,]?\s*")  # 「架空局の職員を…から…に増員」
_ANY_COUNT = re.compile(r"(?<![0-9,])(?P<n>[0-9][0-9,]*)\s*[人名]")
_CHANGE = re.compile(r"\s*(?:増|減)")  # 「2人増員」「5人減の」: a change by, no count
_LOOSE_REACH = 40  # characters from a year to its count in a speech's sentence
_UNIT = re.compile(r"(?P<unit>[一-龥々ァ-ヴー]{2,20})の$")
_MIN_PAIRS = 2


@dataclass(frozen=True)
class YearCount:
    """A year's count in a sentence; `unit` the unit named before the label, if any."""

    unit: str | None
    year: int
    count: int
    start: int
    count_start: int
    count_end: int
    label_start: int = 0  # where the staff label opening the sentence's pairs stands


def year_counts(text: str) -> Iterator[YearCount]:
    """Every 「<職員数>は、<年度>が<N>人、<年度>が<N>人」 of `text`; and every 「<課>の職員数は、
    令和4年度は20人でしたが、令和5年度は…3人増員し、23人の体制」 (`_loose_pairs`)."""
    labels = [x for x in sorted(labels_of("staff"), key=len, reverse=True) if len(x) >= 3]
    for sentence in re.finditer(r"[^。]+", text):
        body = sentence.group()
        for label in [*labels, *_unit_labels(body)]:
            at = body.find(label)
            if at < 0:
                continue
            after = at + len(label)
            if (noted := _LABEL_NOTE.match(body, after)) is not None:
                after = noted.end()  # 「職員数（予算定数）は」: what the count counts, in brackets
            topic = _TOPIC.match(body, after) or _OBJECT.match(body, after)
            if topic is None or topic.end() == after:
                break
            pairs = _pairs(body, topic.end())
            if not pairs and _TOPIC.match(body, after):
                pairs = _dated_pairs(body, at, topic.end())
            if len(pairs) < _MIN_PAIRS and _UNIT.search(body[:at].rstrip()):
                pairs = _loose_pairs(body, topic.end())  # a unit's counts told in a speech
            if len(pairs) >= _MIN_PAIRS or (pairs and pairs[0][4] < at):
                unit = _UNIT.search(body[:at].rstrip())
                named = unit.group("unit") if unit and unit_kind(unit.group("unit")) else None
                base = sentence.start()
                for year, n, a, b, start in pairs:
                    yield YearCount(named, year, n, base + start, base + a, base + b, base + at)
            break


_BOUND = re.compile(r"\s*(?:以内|以下|以上|程度|前後)")  # 「650人以内」: a bound, no count
_LABEL_NOTE = re.compile(r"\s*[(（][^()（）]{1,20}[)）]")
_BRACKETED_COUNT = re.compile(
    r"\s*[(（]\s*(?P<cue>[^()（）0-9]{1,6}?)\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*[)）]"
)


def _dated_pairs(body: str, at: int, start: int) -> list[tuple[int, int, int, int, int]]:
    """「令和8年度の職員数は、○○,○○○人（前年度○○,○○○人）です」: the year printed before the
    label and the count after it; a bracket after the count giving the year before's (by a
    cue of `mkf:previousYear`) counts that year."""
    mentions = [m for m in year_mentions(body[:at]) if m.kind != "bare"]
    if not mentions or body[mentions[-1].end : at].strip() != "の":
        return []  # 「令和8年度の」 right before the label: the year its count is of
    year = mentions[-1]
    count = _COUNT.match(body, start)
    if count is None or _CHANGE.match(body, count.end()) or _BOUND.match(body, count.end()):
        return []
    aims = _aims()
    if any(aim in body[count.end() :] for aim in aims):
        return []  # 「…の職員数は600人とする目標」: an aim, no count
    found = [(year.year, int(count.group("n").replace(",", "")), count.start("n"),
              count.end("n"), year.start)]  # fmt: skip
    bracket = _BRACKETED_COUNT.match(body, count.end())
    if bracket is not None and sentence_cues().get(bracket.group("cue")) == "previousYear":
        n = int(bracket.group("n").replace(",", ""))
        found.append((year.year - 1, n, bracket.start("n"), bracket.end("n"), year.start))
    return found


def _unit_labels(body: str) -> list[str]:
    """「架空局の職員を」: a short staff label (職員), read only after a unit's name."""
    return [
        x
        for x in labels_of("staff")
        if len(x) < 3
        and (m := re.search(rf"(?P<unit>[一-龥々ァ-ヴー]{{2,20}})の{re.escape(x)}", body))
        and unit_kind(m.group("unit"))
    ]


@cache
def _aims() -> tuple[str, ...]:
    """The labels of targets and estimates: a count said with one is an aim, no count."""
    return tuple(x for f in ("target", "estimate") for x in labels_of(f))


def _loose_pairs(body: str, at: int) -> list[tuple[int, int, int, int, int]]:
    """Each year from `at` on with the first count after it (before the next year, within
    `_LOOSE_REACH`) that is no change (「2人増員」, 「5人減」) and no aim (「…600人とする目標」)."""
    aims = _aims()
    mentions = [m for m in year_mentions(body[at:]) if m.kind != "bare"]
    found: list[tuple[int, int, int, int, int]] = []
    for k, mention in enumerate(mentions):
        start = at + mention.end
        stop = at + mentions[k + 1].start if k + 1 < len(mentions) else len(body)
        stop = min(stop, start + _LOOSE_REACH)
        for count in _ANY_COUNT.finditer(body, start, stop):
            if _CHANGE.match(body, count.end()):
                continue
            if not any(aim in body[count.end() : stop] for aim in aims):
                n = int(count.group("n").replace(",", ""))
                year_at = at + mention.start
                found.append((mention.year, n, count.start("n"), count.end("n"), year_at))
            break
    return found


def _pairs(body: str, at: int) -> list[tuple[int, int, int, int, int]]:
    """(year, count, count start, count end, year start) of the pairs from `at` on."""
    found: list[tuple[int, int, int, int, int]] = []
    while True:
        mentions = year_mentions(body[at:])
        if not mentions or mentions[0].start != 0 or mentions[0].kind == "bare":
            return found
        mention = mentions[0]
        count = _COUNT.match(body, at + mention.end)
        if count is None:
            return found
        n = int(count.group("n").replace(",", ""))
        found.append((mention.year, n, count.start("n"), count.end("n"), at))
        join = _JOIN.match(body, count.end())
        if join is None or join.end() == count.end():
            return found
        at = join.end()

