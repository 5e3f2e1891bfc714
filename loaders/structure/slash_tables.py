"""Tables printed with slashes between cells: a Word or mail text whose tables were
flattened to one record a line, 「事業名／予算額／担当課」 over 「A事業／（金額）／B課」.

A run of lines, each cut by slashes into the same number of cells (none empty), under a
first line of short labels whose first (the rows' names) holds no figure, is a table: the
first line its header, the others its rows (a rule of dashes under the header is none).
Three lines at least for two columns; a header and one row when the records have three
cells or more. A slash inside a sentence
(「A／B の3段階」), a date (2025/4/1) or a list of alternatives on one line makes no such
run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.structure.tables import cell_between, is_space_rule, table_of
from loaders.text.normalize import Line

_MIN_LINES = 3  # a header and two rows, or one row of three cells or more
_WIDE_RECORD = 3
_LABEL_MAX = 20  # a column's label is a word or two, never a sentence
_FIGURE = re.compile(r"[0-9]")
_VALUE = re.compile(r"^[-▲△+]?[0-9]")  # 「（数）㎡」「（数）人」: a value, never a column's label
_LIST_MARK = re.compile(r"^\s*(?:[-*+・•●○■□◆◇]|[0-9]+[.)])\s")


def _slash_cells(line: Line) -> list[Cell] | None:
    text = line.text
    if "/" not in text or "//" in text or _LIST_MARK.match(text):
        return None
    cells: list[Cell] = []
    pos = 0
    for piece in text.split("/"):
        cells.append(cell_between(line, pos, pos + len(piece)))
        pos += len(piece) + 1
    return cells if all(c.text for c in cells) else None


def slash_rows_end(lines: Sequence[Line], i: int) -> int:
    """The end of a slash-separated table starting at line `i`, or `i` when none does."""
    header = _slash_cells(lines[i]) if i < len(lines) else None
    if (
        header is None
        or _FIGURE.search(header[0].text)
        or any(len(c.text) > _LABEL_MAX or _VALUE.match(c.text) for c in header)
    ):
        return i
    j = i + 1
    if j < len(lines) and is_space_rule(lines[j].text):  # 「－－－－」 under the header
        j += 1
    while j < len(lines):
        row = _slash_cells(lines[j])
        if row is None or len(row) != len(header):
            break
        j += 1
    enough = _MIN_LINES - 1 if len(header) >= _WIDE_RECORD else _MIN_LINES
    return j if j - i >= enough else i


def slash_table(lines: Sequence[Line]) -> Table:
    """The table of a run of lines `slash_rows_end` found: the first line its header."""
    rows = [cells for line in lines if (cells := _slash_cells(line)) is not None]
    return table_of(rows[0], rows[1:])
