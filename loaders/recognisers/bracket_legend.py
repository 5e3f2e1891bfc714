"""A legend saying what the bracketed figures of a list hold: 「（　）内は前年度」.

A list of figures often prints a second year's figure in brackets after each one and says
so once, above the list: 「（　）内は前年度」, 「※（　）内は翌年4月1日の計画」, 「かっこ内は
令和5年度当初予算額」. The legend's year (or the year before the one the page reports, for
「前年度」) dates every bracketed figure of the list; the bracket alone says nothing. The
legend may leave out 内 (「（　）は令和7年4月1日現在」); so written, a note on one entry's
bracket (「A課の（　）は旧B課の人数」) names no year and is passed over.
"""

from __future__ import annotations

import re
from typing import Literal

from loaders.field_vocabulary import cues_of, label_key, labels_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.fiscal_year import year_mentions

_LEGEND = re.compile(
    r"(?:[(（]\s*[)）]|かっこ|括弧|カッコ)\s*(?P<inside>内\s*)?(?:は|の数字?は)\s*(?P<what>[^。]*)"
)
_REACH = 8  # the legend stands over the list's first lines, or beside its lead-in
_NOTES_UNDER = 3  # ※ lines under a table


YEAR_BEFORE = "year before"  # a legend's 「前年度」: the year before the page's, whatever it is


def legend_reading(
    doc: StructuredDocument, block: Block, *, reach: int = _REACH
) -> int | Literal["year before"] | None:
    """What the legend over `block` (within `reach` lines above it, or in it) says the
    bracketed figures are of: one year it names, `YEAR_BEFORE`, or None (no legend, or
    one naming no single year)."""
    for before in reversed(doc.blocks[max(0, block.index - reach) : block.index + 1]):
        match = _LEGEND.search(doc.folded[before.start : before.end])
        if match is None:
            continue
        what = match.group("what")
        years = {m.year for m in year_mentions(what)}
        if len(years) == 1:
            return years.pop()
        if not years and any(cue in what for cue in cues_of("previousYear")):
            return YEAR_BEFORE
        if match.group("inside") is None:
            continue  # 「A課の（ ）は旧B課の人数」: a note on one entry's bracket, no legend
        return None
    return None


def legend_spans(text: str) -> list[tuple[int, int]]:
    """Where a text's legends stand (「（　）内は令和7年4月1日現在」): a date inside one dates
    the bracketed figures, not the others."""
    return [m.span() for m in _LEGEND.finditer(text)]


def legend_under(doc: StructuredDocument, block: Block, year: int | None) -> int | None:
    """The year a legend among the notes right under a table (「※…。（　）内は令和7年4月1日
    現在。」) gives its bracketed figures."""
    for after in doc.blocks[block.index + 1 : block.index + 1 + _NOTES_UNDER]:
        text = doc.folded[after.start : after.end]
        if not (after.mark == "※" or text.lstrip().startswith(("※", "注", "(注"))):
            break
        if _LEGEND.search(text) is not None:
            return legend_year(doc, after, year, reach=0)
    return None


def legend_year(
    doc: StructuredDocument, block: Block, year: int | None, *, reach: int = _REACH
) -> int | None:
    """The year the legend over `block` gives the bracketed figures (`legend_reading`);
    `year` is the page's year, the one a 「前年度」 legend counts back from."""
    reading = legend_reading(doc, block, reach=reach)
    if reading == YEAR_BEFORE:
        return year - 1 if year is not None else None
    return reading


def legend_counts_staff(doc: StructuredDocument) -> bool:
    """Whether the document says its bracketed figures are staff counts (「（　）内は職員数」,
    below a chart as often as above it)."""
    staff = [label_key(x) for x in labels_of("staff") if len(label_key(x)) >= 2]
    for block in doc.blocks:
        match = _LEGEND.search(doc.folded[block.start : block.end])
        if match is not None and any(word in label_key(match.group("what")) for word in staff):
            return True
    return False
