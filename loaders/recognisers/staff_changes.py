"""Staff counts printed as a change: 「総務部 85人 → 87人」, one unit a line.

A plan to manage staff numbers often lists each unit with its count on two days, the earlier
before an arrow and the later after it. Which days they are is said once, in a caption above
the list: the two days joined by the same arrow (「令和6年4月1日 → 令和7年4月1日」) or the
two sides named (「左が令和6年、右が令和7年」). Without such a caption the years are unknown
and the lines count nothing (guessing the document's year would date one side wrongly).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.field_vocabulary import labels_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.fiscal_year import year_mentions

# 「・架空部（公営企業） 40人 → 39人（…を含む）」: a name, a count, an arrow, a count, a note
_ARROWS = ("→", "⇒", "➡", "➔", "=>", "->")
_CHANGE_LINE = re.compile(
    r"[\s・•●○◎■□◆◇▪*\-0-9.]*?(?P<unit>[^\s0-9、。,:：][^\s、。,:：]{1,30}?)\s*[:：]?\s*"
    r"(?P<a>[0-9][0-9,]*)\s*[人名]\s*(?:→|⇒|➡|➔|=>|->)\s*(?P<b>[0-9][0-9,]*)\s*[人名]"
    r"\s*(?:[(（][^()（）]*[)）])?\s*"
)
_CAPTION_REACH = 3  # blocks above the list where its caption may stand
_SIDES = ("左", "右")  # 「左が令和6年、右が令和7年」: the side each year belongs to


@dataclass(frozen=True)
class ChangeCount:
    """One side of a change line: the unit as printed, its year and count, where printed."""

    unit: str
    year: int
    count: int
    start: int  # the unit's start in the folded text
    end: int  # the end of this side's count
    count_start: int


def change_counts(doc: StructuredDocument) -> Iterator[ChangeCount]:
    """Both sides of every change line whose list has a caption of two years above it."""
    if not any(arrow in doc.folded for arrow in _ARROWS):
        return  # cheap gate: no arrow, no change line
    years: tuple[int, int] | None = None
    previous_change = False
    for block in doc.blocks:
        match = _change_line(doc, block)
        if match is None:
            previous_change = False
            continue
        if not previous_change:
            years = _caption_years(doc, block)
        previous_change = True
        if years is None:
            continue
        at = block.start
        for side, year in zip(("a", "b"), years, strict=True):
            yield ChangeCount(
                match.group("unit"), year, int(match.group(side).replace(",", "")),
                at + match.start("unit"), at + match.end(side), at + match.start(side),
            )  # fmt: skip


def _change_line(doc: StructuredDocument, block: Block) -> re.Match[str] | None:
    if block.kind == "table":
        return None
    return _CHANGE_LINE.fullmatch(doc.folded[block.start : block.end].strip())


def _caption_years(doc: StructuredDocument, first: Block) -> tuple[int, int] | None:
    """The (left, right) years a caption above the list at `first` gives, looking back over
    the list's own lines, notes and up to a few other lines, not past a heading."""
    seen = 0
    for block in reversed(doc.blocks[: first.index]):
        if _change_line(doc, block) is not None:
            continue
        text = doc.folded[block.start : block.end]
        years = _two_years(text)
        if years is not None:
            # 「令和6年 → 令和11年（目標）」: the later side is an aim, no count of staff
            return None if any(word in text for word in _aim_words()) else years
        seen += 1
        if block.kind == "heading" or seen >= _CAPTION_REACH:
            return None
    return None


@cache
def _aim_words() -> tuple[str, ...]:
    """Words of the field vocabulary saying a figure is aimed at or estimated (目標, 見込)."""
    return tuple(x for f in ("target", "estimate") for x in labels_of(f) if len(x) >= 2)


def _two_years(text: str) -> tuple[int, int] | None:
    """Two different years in a line, in the order of the sides they name (左/右), else in
    the order printed."""
    mentions = year_mentions(text)
    if len(mentions) != 2 or mentions[0].year == mentions[1].year:
        return None
    left, right = mentions
    if all(side in text for side in _SIDES):
        # the side word closest before each year says which side it is
        sides = [_side_before(text, m.start) for m in mentions]
        if sides == ["右", "左"]:
            left, right = right, left
        elif sides != ["左", "右"]:
            return None
    return left.year, right.year


def _side_before(text: str, at: int) -> str | None:
    places = {side: text.rfind(side, 0, at) for side in _SIDES}
    side, where = max(places.items(), key=lambda item: item[1])
    return side if where >= 0 else None
