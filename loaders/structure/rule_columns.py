"""A table whose columns the rule under its header draws, a run of dashes per column.

A database shell prints a query's result (sqlcmd, psql, mysql without borders) — and a
reStructuredText simple table is written — as a header line, a rule of dash groups set
apart by single spaces (「------- ------------ ----」), then the rows, each cell padded to
its group's width. The widths count characters, not printed places (a wide character is
padded as one), and a cell filled to its width leaves one space before the next
(「0601-01 ごみ減量事業」): no run of spaces sets the columns apart, the rule does. A shell's
NULL is an empty cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import Line

_RULE = re.compile(r"^[ \t]*[-=]{2,}(?: [-=]{2,})+[ \t]*$")
_NULL = "NULL"
_MIN_COLUMNS = 3
_MIN_ROWS = 1


def _groups(rule: str) -> list[int]:
    """Where each of the rule's dash groups starts (in characters)."""
    return [m.start() for m in re.finditer(r"[-=]+", rule)]


def _cells(line: Line, starts: list[int]) -> list[Cell] | None:
    """The line's cells between the groups' starts; None when a word runs across a start
    (the line is no row of the table)."""
    text = line.text
    cells: list[Cell] = []
    for k, start in enumerate(starts):
        if start > 0 and start < len(text) and not text[start - 1].isspace():
            return None
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        piece = text[start:end] if start < len(text) else ""
        value = piece.strip()
        at = line.start + start + (len(piece) - len(piece.lstrip()))
        if value == _NULL:
            value = ""
        cells.append(Cell(value, at, at + len(value)))
    return cells


def rule_columns_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """From header line `i` over its rule, the table to the first blank line: (the line
    after it, the table); None when line `i` heads no such table."""
    if i + 2 >= len(lines) or not _RULE.match(lines[i + 1].text):
        return None
    starts = _groups(lines[i + 1].text)
    if len(starts) < _MIN_COLUMNS:
        return None
    header = _cells(lines[i], starts)
    if header is None or sum(bool(c.text) for c in header) < _MIN_COLUMNS:
        return None
    rows: list[list[Cell]] = []
    j = i + 2
    while j < len(lines) and lines[j].text.strip():
        row = _cells(lines[j], starts)
        if row is None:
            break
        rows.append(row)
        j += 1
    if len(rows) < _MIN_ROWS:
        return None
    return j, Table(header=[c.text for c in header], rows=rows, header_cells=header)
