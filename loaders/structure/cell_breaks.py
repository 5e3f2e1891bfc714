"""Tab tables whose cells a word processor broke at each cell's width.

Word's "save as text" with line breaks inserted writes a table a row per line, cells apart by
tabs, but breaks every cell's text where it wrapped on the page: a row comes out over several
lines, each line after the first going on with the cell the line before stopped in (no tab
before it) and then the next cells (「１⇥架空税の収納率向上⇥架空部」 over 「架空課⇥Ｂ⇥Ａ⇥架空の決
済の」 over 「利用が拡大した。」). The header breaks the same way (「評価」 over 「Ｒ６」).
Read as lines, the rows' ends start new rows and the table stops at the first line without a
tab. The rows show themselves by their numbers (1, 2, 3 …, the first cell of a line); the
lines from one number to the next are one row, each line's first piece the rest of the cell
before, and the lines above the first number the header, broken so too. Taken only when
every row so joined has the header's number of cells.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.structure.column_runs import NOTE_LINE
from loaders.structure.tables import joined_broken_cells, table_of, word_figure
from loaders.text.normalize import Line

_ROW_NUMBER = re.compile(r"^[0-9]{1,3}$")
_MAX_HEADER_LINES = 4
_MIN_ROWS = 2
_MIN_CELLS = 3


def _pieces(line: Line) -> list[Cell]:
    cells, at = [], 0
    for piece in line.text.split("\t"):
        start = line.start + at + (len(piece) - len(piece.lstrip()))
        text = piece.strip()
        cells.append(Cell(text, start, start + len(text)))
        at += len(piece) + 1
    return cells


def _joined(lines: Sequence[Line]) -> list[Cell]:
    """One row from its lines: each line's first piece the rest of the cell before."""
    return joined_broken_cells([_pieces(line) for line in lines])


def _number(line: Line) -> int | None:
    first = line.text.split("\t", 1)[0].strip()
    return int(first) if "\t" in line.text and _ROW_NUMBER.match(first) else None


def cell_broken_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table whose header opens at `lines[i]` and the line after it, else None."""
    if "\t" not in lines[i].text or _number(lines[i]) is not None:
        return None
    end = i
    while end < len(lines) and lines[end].text.strip():
        end += 1  # the table runs to the blank line after it
    starts = [k for k in range(i + 1, end) if _number(lines[k]) is not None]
    if not starts:
        return _counted_rows(lines, i, end)
    if starts[0] - i > _MAX_HEADER_LINES:
        return None
    if len(starts) < _MIN_ROWS and (starts[0] - i < 2 or end - starts[0] < 2):
        return None  # one row: only where both it and the header are broken
    numbers = [_number(lines[k]) for k in starts]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers) if a and b):
        return None
    if all(starts[k + 1] - starts[k] == 1 for k in range(len(starts) - 1)) and starts[0] == i + 1:
        return None  # a row a line: a tab table as any other
    header = _joined(lines[i : starts[0]])
    width = len(header)
    if width < _MIN_CELLS or not all(c.text for c in header):
        return None
    rows = [_joined(lines[a:b]) for a, b in zip(starts, [*starts[1:], end], strict=True)]
    if any(len(row) != width for row in rows):
        return None
    return end, table_of(header, rows)


def _counted_rows(lines: Sequence[Line], i: int, end: int) -> tuple[int, Table] | None:
    """Rows with no numbers, under a header of one line: a row is closed by its cell count
    reaching the header's, so only where every row ends in a figure, which no line below
    can go on with (「指標名」 over 「（％）⇥○○.○⇥…⇥○○.○」)."""
    # 「※…」 under the table, wrapped or not: a note, no row
    end = next((k for k in range(i + 1, end) if NOTE_LINE.match(lines[k].text.strip())), end)
    header = _pieces(lines[i])
    width = len(header)
    if width < _MIN_CELLS or not all(c.text for c in header) or end - i < _MIN_ROWS + 2:
        return None
    rows, first = [], i + 1
    for k in range(i + 1, end):
        row = _joined(lines[first : k + 1])
        if len(row) > width:
            return None
        if len(row) == width:
            if not word_figure(row[-1].text):
                return None  # (a figure closing a row: nothing to carry on a line below)
            rows.append(row)
            first = k + 1
    if first != end or len(rows) < _MIN_ROWS or len(rows) == end - i - 1:
        return None  # a row left open, or a row a line: a tab table as any other
    return end, table_of(header, rows)
