"""A sentence giving the staff label's count year by year: 「4月1日現在の職員数は、令和4年度が
80人、令和5年度が82人である。」.

An answer in a council newsletter (or any prose) states the staff of the body, or of the unit
named before the label, as the label, the topic particle は, then pairs of a year and its count
joined by 「、」 or 「と」. Read by loaders/recognisers/staff.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.text.fiscal_year import year_mentions

_TOPIC = re.compile(r"\s*は\s*[、,]?\s*")
_COUNT = re.compile(r"\s*(?:が|は|で|:|：)?\s*(?P<n>[0-9][0-9,]*)\s*[人名]")
_JOIN = re.compile(r"\s*(?:[、,]|と)\s*")
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


def year_counts(text: str) -> Iterator[YearCount]:
    """Every 「<職員数>は、<年度>が<N>人、<年度>が<N>人」 of `text`."""
    labels = [x for x in sorted(labels_of("staff"), key=len, reverse=True) if len(x) >= 3]
    for sentence in re.finditer(r"[^。]+", text):
        body = sentence.group()
        for label in labels:
            at = body.find(label)
            if at < 0:
                continue
            topic = _TOPIC.match(body, at + len(label))
            if topic is None or topic.end() == at + len(label):
                break
            pairs = _pairs(body, topic.end())
            if len(pairs) >= _MIN_PAIRS:
                unit = _UNIT.search(label_key(body[:at]))
                named = unit.group("unit") if unit and unit_kind(unit.group("unit")) else None
                base = sentence.start()
                for year, n, a, b, start in pairs:
                    yield YearCount(named, year, n, base + start, base + a, base + b)
            break


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
