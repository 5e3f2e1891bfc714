"""A count of people in brackets with its own year or day: 「A課（令和8年度 9人）」 after a
unit, 「…職員数は61人です（令和8年4月1日現在は58人）」 after a stated count. The bracket
dates the count it holds, whatever year the sentence reports: it is the unit's (or the
stated count's owner's) staff of that year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.text.fiscal_year import year_mentions

# the bracket, right after a unit's name or a count (a few joining words between)
_BRACKET = re.compile(r"\s*(?:です|であり|で|となり)?[、,]?\s*[(（](?P<inner>[^()（）]{2,30})[)）]")
# what follows the year or day in the bracket: 「現在は」「時点で」, then the count
_COUNT = re.compile(r"\s*(?:現在|時点)?\s*(?:は|で|:|：)?\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*$")
# 「A課（令和8年度 9人）」: a unit's name, then its dated count
_UNIT = re.compile(r"(?:^|(?<=[、。,\s(（「の]))(?P<unit>[^\s、。,()（）「」0-9]{2,30}?)(?=[(（])")


@dataclass(frozen=True)
class DatedCount:
    year: int
    count: int
    start: int  # the bracket's span and the count's, as offsets into the text given
    end: int
    count_start: int
    count_end: int


def dated_count(text: str, at: int) -> DatedCount | None:
    """The count a bracket right after `at` holds with one year or day before it and nothing
    else (「（令和8年4月1日現在は58人）」), else None."""
    match = _BRACKET.match(text, at)
    if match is None:
        return None
    inner = match.group("inner")
    mentions = year_mentions(inner)
    if len(mentions) != 1 or inner[: mentions[0].start].strip():
        return None
    count = _COUNT.match(inner, mentions[0].end)
    if count is None:
        return None
    offset = match.start("inner")
    return DatedCount(mentions[0].year, int(count.group("n").replace(",", "")), match.start(),
                      match.end(), offset + count.start("n"), offset + count.end("n"))  # fmt: skip


def unit_dated_counts(text: str) -> Iterator[tuple[str, int, DatedCount]]:
    """(the name before the bracket, where it starts, the dated count) for each 「A課（令和8年度
    9人）」 in `text`; the caller decides whether the name is a unit."""
    for match in _UNIT.finditer(text):
        found = dated_count(text, match.end())
        if found is not None and found.start == match.end():
            yield match.group("unit"), match.start("unit"), found
