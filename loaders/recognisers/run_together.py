"""Table rows whose cells PDF extraction ran together, with no space between them.

A table of yearly amounts copied out of a PDF may lose every gap between its cells:
「事業名所管課R6R7R8」 over 「X改修事業みどり課1.523.0―」, or
「区分R4決算R5予算」 over 「事業費12,3456,789,000」. The header still reads: labels,
then fiscal years one after another (each perhaps with the stage of its amount, 決算/予算).
The figures still split, because each is written one way: grouped by commas in threes
(12,345), or with as many decimals as the others (23.0), or a dash for none; so a row
is read only when its figures split into exactly one per year. A row's head is what
stands before its figures: a project's name and its unit (「…事業みどり課」), or a label
(事業費) when the project is the record's the table stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.text.amounts import is_budget_stage_word
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import fold_width

_DASH = "-‐－―—ー−"
_DASHES = re.escape(_DASH)
_RUN = re.compile(rf"[0-9,.{_DASHES}]+$")  # the figures closing a row
_MAX_HEAD = 60
_YEAR_MARK = re.compile(r"[RＲHＨ][0-9０-９]|年度")  # cheap: two years at least, before any reading


@dataclass(frozen=True)
class YearHeader:
    head: str  # the labels before the years (「事業名所管課」, 「区分」)
    years: list[int]
    spans: list[tuple[int, int]]  # each year's offsets in the line's text


@dataclass(frozen=True)
class Figure:
    start: int  # offsets in the row's text
    end: int
    text: str  # 「12,345」, 「1.5」, or a dash


def year_header(text: str) -> YearHeader | None:
    """「事業名所管課R6R7R8」: labels, then two or more fiscal years run together to the
    line's end, each perhaps followed by a word naming its amount's stage (決算, 予算, 見込);
    None for any other line (a year followed by 目標 or 実績 heads no amounts)."""
    if len(text) > _MAX_HEAD or len(_YEAR_MARK.findall(text)) < 2:
        return None
    lead = len(text) - len(text.lstrip())
    line = fold_width(text[lead:].rstrip(), keep_length=True)
    if len(line) > _MAX_HEAD or " " in line or "\u3000" in line:
        return None
    mentions = [m for m in year_mentions(line) if m.kind == "fiscal"]
    if len(mentions) < 2 or mentions[0].start == 0:
        return None
    at = mentions[0].start
    for k, mention in enumerate(mentions):
        if mention.start != at:
            return None
        at = mention.end
        following = mentions[k + 1].start if k + 1 < len(mentions) else len(line)
        if at < following:
            if is_budget_stage_word(line, at) != following:
                return None
            at = following
    spans = [(lead + m.start, lead + m.end) for m in mentions]
    return YearHeader(line[: mentions[0].start], [m.year for m in mentions], spans)


def figures(text: str, count: int) -> tuple[str, list[Figure]] | None:
    """The head of a row and its `count` figures run together at its end; None unless the
    figures split into exactly `count` one way."""
    line = fold_width(text.rstrip(), keep_length=True)
    run = _RUN.search(line)
    if run is None or run.start() == 0:
        return None
    for decimals in (0, 1, 2):
        found = _split(line, run.start(), decimals)
        if found is not None and len(found) == count:
            return line[: run.start()], found
    return None


def _split(line: str, at: int, decimals: int) -> list[Figure] | None:
    fraction = rf"\.[0-9]{{{decimals}}}" if decimals else ""
    plain = rf"|[0-9]+{fraction}" if decimals else ""  # 「4.2」; bare integers never split
    token = re.compile(rf"[{_DASHES}]|[0-9]{{1,3}}(?:,[0-9]{{3}})+{fraction}{plain}")
    found: list[Figure] = []
    while at < len(line):
        match = token.match(line, at)
        if match is None:
            return None
        found.append(Figure(match.start(), match.end(), match.group()))
        at = match.end()
    return found


def is_dash(figure: Figure) -> bool:
    return figure.text in _DASH
