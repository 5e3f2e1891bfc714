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
