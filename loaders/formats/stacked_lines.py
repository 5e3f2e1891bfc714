"""Rows whose cells stack one item a line, read as one row per line.

A plan kept in a spreadsheet often gives each 施策 one row and stacks its projects in
multi-line cells, the lines matched across the columns by their place: 「A事業⏎B事業」 beside
「総務課⏎総務課」 beside 「○,○○○⏎○○○」. Joined with spaces, a cell reads as one long name
over one run of figures, and every line loses the figures beside it. The figures show the
stacking: cells of figures alone (or dashes for none), one to a line, as many lines in every
such cell of the row. Each text cell with that many lines stacks its items the same way and
is read a line a row; a cell of another count, a bulleted list (「・…」 items of their own), or
a level's code over its name (「1-1⏎防災の推進」) stays whole on the row's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a figure, a signed or bracketed figure, or a dash for none
_FIGURE = re.compile(r"^[△▲\-−－]?[0-9０-９][0-9０-９,，.．]*[%％]?$|^[-－―ー‐−]$")
_BULLET = re.compile(r"^[・●○◆◇■□※\-－]")
# 「1-1」, 「基本目標1」: a code (or a level's label) over the name under it
_CODE_LINE = re.compile(r"^(?:[^\s0-9０-９]{0,6})?[0-9０-９]+(?:[-－‐][0-9０-９]+)*$")


def _lines(cell: str) -> list[str]:
    return [line.strip() for line in cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _stack_count(row: Sequence[str]) -> int | None:
    """The lines each figure cell of `row` stacks, when all agree and are two or more."""
    counts = set()
    for cell in row:
        lines = _lines(cell)
        if len(lines) >= 2 and all(_FIGURE.match(line) for line in lines):
            counts.add(len(lines))
        elif (
            len(lines) >= 2
            and any(_FIGURE.match(line) for line in lines)
            and all(_FIGURE.match(line) or not line for line in lines)
        ):
            return None  # a figure cell with a blank line: no stack of matched lines
    return counts.pop() if len(counts) == 1 else None


def _stacked_text(cell: str, count: int) -> bool:
    lines = _lines(cell)
    return (
        len(lines) == count
        and all(lines)
        and not any(_BULLET.match(line) for line in lines)
        and not _CODE_LINE.match(lines[0])
    )


def unstacked(rows: Sequence[Sequence[str]]) -> list[tuple[int, list[str]]]:
    """Each row as it stands, or as one row per stacked line (see the module); each with the
    index of the row it comes from."""
    out: list[tuple[int, list[str]]] = []
    for index, row in enumerate(rows):
        count = _stack_count(row)
        texts = [k for k, cell in enumerate(row) if count and _stacked_text(cell, count)]
        figures = [k for k, cell in enumerate(row)
                   if count and all(_FIGURE.match(x) for x in _lines(cell))
                   and len(_lines(cell)) == count]  # fmt: skip
        if (
            count is None
            or not texts
            or not any(not all(_FIGURE.match(x) for x in _lines(row[k])) for k in texts)
        ):
            out.append((index, list(row)))
            continue
        split = set(texts) | set(figures)
        for line in range(count):
            out.append((index, [
                _lines(cell)[line] if k in split else (cell if line == 0 else "")
                for k, cell in enumerate(row)
            ]))  # fmt: skip
    return out
