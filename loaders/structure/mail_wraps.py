"""A tab table's rows that a mailer wrapped at its line width.

A table pasted into a plain-text mail (Outlook, a webmail's text part) keeps its tabs, but
the mailer breaks each line at its width, a tab being a place to break: a long row comes out
as two lines, the second without a leading tab (「…\t○○課\t○○○,○○○」 over
「○○○,○○○\t○○,○○○\t○○○,○○○」). A line with no tab then ends the table, and the rows after it
are lost. The break shows itself where the two halves' cells add up to the header's and
the cells on either side of the break are figures: a break at a tab between two amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell
from loaders.text.normalize import Line

_FIGURE = re.compile(r"^[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?$")


def _cells(line: Line) -> list[str]:
    return [c.strip() for c in line.text.split("\t")]


def _broken_at_tab(first: Sequence[str], second: Sequence[str], width: int) -> bool:
    return (
        len(first) < width
        and len(second) < width
        and len(first) + len(second) == width
        and bool(_FIGURE.match(first[-1]))
        and bool(_FIGURE.match(second[0]))
    )


def wrapped_tab_region_end(lines: Sequence[Line], i: int, j: int) -> int:
    """The end of the tab table of lines `i`…`j` (each holding a tab), past the lines of no
    tab that are a wrapped row's rest and the tab lines after them."""
    width = len(_cells(lines[i]))
    while (
        j + 1 < len(lines)
        and lines[j].text.strip()
        and "\t" not in lines[j].text
        and _broken_at_tab(_cells(lines[j - 1]), _cells(lines[j]), width)
    ):
        j += 1
        while j < len(lines) and "\t" in lines[j].text:
            j += 1
    return j


def joined_at_tab(row: Sequence[Cell], after: Sequence[Cell], width: int) -> list[Cell] | None:
    """`row` and the line after it as one row of `width` cells, where a mailer broke the
    row at the tab between two figures; else None."""
    texts = [c.text for c in row]
    if not _broken_at_tab(texts, [c.text for c in after], width):
        return None
    return [*row, *after]


_GROUP_LINE_MAX = 40  # characters: a group's title, no paragraph
_MIN_LABELS = 3  # a header's labels


def grouped_tab_region_end(lines: Sequence[Line], i: int) -> int:
    """The end of a tab table from line `i` whose rows are grouped by lines of no tab (a word
    processor's table with a merged row per group, 「Ⅰ 名称」, saved as text): a header line,
    a group's line right under it, and each group line followed by rows as wide as the
    header; `i` for any other lines."""
    if "\t" not in lines[i].text or i + 1 >= len(lines) or "\t" in lines[i + 1].text:
        return i  # (the header, then a group's line right under it)
    width = len(_cells(lines[i]))
    if sum(1 for cell in _cells(lines[i]) if cell.strip()) < _MIN_LABELS:
        return i  # (「⇥⇥⇥(単位:千円)」: a note set in the last column, no header)
    j, groups = i + 1, 0
    while j < len(lines):
        text = lines[j].text
        if "\t" in text and len(_cells(lines[j])) == width:
            j += 1
            continue
        after = lines[j + 1] if j + 1 < len(lines) else None
        if (
            "\t" not in text and 0 < len(text.strip()) <= _GROUP_LINE_MAX
            and "。" not in text and after is not None and "\t" in after.text
            and len(_cells(after)) == width
        ):  # fmt: skip
            groups, j = groups + 1, j + 1
            continue
        break
    return j if groups and width >= 3 and j - i - groups >= 3 else i
