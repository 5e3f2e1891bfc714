"""Readings a sheet prints over its names (ふりがな), blanked.

A spreadsheet printed with its phonetic guide shown (Excel's ふりがなの表示) comes out of
`pdftotext -layout` with a line of katakana over each row whose names have a reading:
「      カクウソウダンジギョウ」 over 「   1  架空相談事業 …」, the
reading set over the name it reads, the reading of the unit over the unit. Read as they are,
the readings are lines of the table: a row's name gains the next row's reading. A line of
katakana words alone, each over kanji on the line under it, is such a guide when the text
holds several; it is blanked (spaces, so offsets hold), every other line unchanged.
"""

from __future__ import annotations

import re

from loaders.structure.tables import printed_width

_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
_KANJI = re.compile(r"[\u3400-\u9fff]")
_MIN_GUIDES = 2


def _guide(line: str, below: str) -> bool:
    """Each word of `line` is katakana alone, over kanji printed at its place on `below`."""
    words = list(re.finditer(r"\S+", line))
    if not words or not all(_KATAKANA_WORD.fullmatch(w.group()) for w in words):
        return False
    for word in words:
        start = printed_width(line[: word.start()])
        end = start + printed_width(word.group())
        if not _KANJI.search(_at_places(below, start, end)):
            return False
    return True


def _at_places(line: str, start: int, end: int) -> str:
    """The characters of `line` printed between two places (East Asian wide characters take
    two)."""
    out, place = [], 0
    for ch in line:
        width = printed_width(ch)
        if place + width > start and place < end:
            out.append(ch)
        place += width
        if place >= end:
            break
    return "".join(out)


def blank_ruby_lines(text: str) -> str:
    """`text` with its lines of readings blanked, when it has at least two; else `text`."""
    if not _KATAKANA_WORD.search(text):
        return text  # (the cheap check)
    lines = text.split("\n")
    guides = [
        k for k in range(len(lines) - 1)
        if lines[k].strip() and _guide(lines[k], lines[k + 1])
    ]  # fmt: skip
    if len(guides) < _MIN_GUIDES:
        return text
    for k in guides:
        lines[k] = " " * len(lines[k])
    return "\n".join(lines)
