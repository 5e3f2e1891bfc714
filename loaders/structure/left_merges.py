"""Rows of a tab table saved with its merged cells left out.

A browser's text save (IE mode, some CMS exports) prints a cell that spans rows only on its
first row: the rows under it come out with fewer cells, each shifted left (「○○課⇥
○○係⇥○○⇥○○⇥+○」 under 「部⇥課⇥主な係⇥令和8年度⇥令和7年度⇥増減」). Read by place, the 課
lands under 部 and the counts under the wrong years. The full rows show where the figures
stand, at the end of the row; a short row ending in as many figures is padded at its start,
so its figures stand under their years and its words under the columns before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell

_FIGURE = re.compile(r"^(?:[△▲+\-−±]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?|[±]0|[-−－―])$")
_MIN_FULL = 1  # full rows that show the figure columns
_TOTAL = re.compile(r"^\S{0,6}計$")  # 「部計」「○○局計」「合計」


def _trailing_figures(row: Sequence[Cell]) -> int:
    n = 0
    while n < len(row) and _FIGURE.match(row[len(row) - 1 - n].text.strip()):
        n += 1
    return n


def right_aligned(rows: list[list[Cell]], width: int) -> list[list[Cell]]:
    """`rows` with each short row that ends in the full rows' count of figures padded at its
    start to `width` cells."""
    full = [r for r in rows if len(r) == width]
    counts = {_trailing_figures(r) for r in full}
    if len(full) < _MIN_FULL or len(counts) != 1:
        return rows
    figures = counts.pop()
    if figures == 0 or figures >= width - 1:
        return rows
    kinds = _column_kinds(full, width)
    aligned: list[list[Cell]] = []
    for row in rows:
        if (
            1 < len(row) < width
            and len(row) > figures
            and _trailing_figures(row) == figures
            and not _fits(row, kinds, 0)  # a row cut short at its end stands as it is
            and _fits(row, kinds, width - len(row))
        ):
            words = row[: len(row) - figures]
            pad = [Cell("", row[0].start, row[0].start)] * (width - len(row))
            if len(words) == 1 and _TOTAL.match(words[0].text.strip()):
                # 「部計」 alone: the total of the group the merged first column spans, in
                # the column after it (where a unit's name stands), not under the last word
                row = [pad[0], words[0], *pad[1:], *row[1:]]
            else:
                row = [*pad, *row]
        aligned.append(row)
    return aligned


def _figure(cell: Cell) -> bool:
    return bool(_FIGURE.match(cell.text.strip()))


def _column_kinds(full: Sequence[Sequence[Cell]], width: int) -> list[str]:
    """Per column, what the full rows hold: "figure", "text", or "mixed" (or nothing)."""
    kinds = []
    for j in range(width):
        cells = [r[j] for r in full if r[j].text.strip()]
        figures = sum(_figure(c) for c in cells)
        kinds.append("figure" if cells and figures == len(cells) else
                     "text" if figures == 0 else "mixed")  # fmt: skip
    return kinds


def _fits(row: Sequence[Cell], kinds: Sequence[str], offset: int) -> bool:
    """Whether `row` set from column `offset` puts figures under figures, words under words."""
    for k, cell in enumerate(row):
        kind = kinds[offset + k]
        if cell.text.strip() and kind != "mixed" and (kind == "figure") != _figure(cell):
            return False
    return True
