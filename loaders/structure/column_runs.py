"""Tables whose text came out column by column, read back into rows.

A PDF's text layer often gives a ruled table one column at a time: the first column's label
and each of its cells on lines of their own, then the second column's label and cells, and
so on (「区分 / 一般会計 / 特別会計 / 合計 / 令和8年度 / (A) / ○,○○○ / ○,○○○ / … /
令和7年度 / …」). Each line reads as a heading or a paragraph, and no recogniser sees a
table. The layout shows itself by its figure columns: runs of figure lines, each as long
as the table has rows. Every column holds a label (one line, or two when the second is a
bracketed sub-label such as 「(A)」 or 「(A)-(B)」) and then exactly that many cells, so the
lines before, between and after the figure runs divide into columns of that height; a
line or two before the first column that do not fit (a caption) stay lines of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import Line

_MAX_CELL = 40  # characters: longer lines are text, no cells of a column
_MIN_ROWS = 2
# lines looked at from one start: a table given column by column is a page's worth at most,
# and a long run of short lines (a list) is not rescanned from each of its lines
_MAX_REGION = 240
_FIGURE = re.compile(r"^[▲△\-−+]?[0-9][0-9,]*(?:\.[0-9]+)?\s*[%％]?$")
_NO_VALUE = re.compile(r"^[-‐―—–ー−－…]$")
_SUB_LABEL = re.compile(r"^[(（]")
_WIDE_GAP = re.compile(r"\S[ \u3000]{2,}\S")
_PAGE_MARK = re.compile(r"^[-−－ー―]\s*[0-9]+\s*[-−－ー―]$")
_SENTENCE_END = re.compile(r"[。.]$")
# 「※…」「注1 …」: a note under a table, no row of it
NOTE_LINE = re.compile(r"^[※＊*]|^注[0-9]*[:：)）\s]")
_BULLET = re.compile(r"^[■□●○◆◇・▼▽★☆]")


# the fields whose labels head a table's columns, never fill its cells (「指標名」「目標値」)
_COLUMN_FIELDS = frozenset({"indicator", "baseline", "target", "actual", "initiative",
                            "project", "division", "evaluation"})  # fmt: skip


def _column_label(text: str) -> bool:
    return field_of(text, exact=True) in _COLUMN_FIELDS


def no_cell(text: str) -> bool:
    """A stripped line that holds no single cell of a table's text: cells set apart by a
    gap or a tab, a page's number, a note."""
    return (
        "\t" in text
        or bool(_WIDE_GAP.search(text))
        or bool(_PAGE_MARK.match(text))
        or bool(NOTE_LINE.match(text))
    )


def cell_line(line: Line) -> bool:
    """A short line with no gap inside: a label or one cell of a column."""
    text = line.text.strip()
    return 0 < len(text) <= _MAX_CELL and not no_cell(text) and not _SENTENCE_END.search(text)


def _figure(line: Line) -> bool:
    text = line.text.strip()
    return bool(_FIGURE.match(text) or _NO_VALUE.match(text))


def _cell(line: Line) -> Cell:
    text = line.text.strip()
    start = line.start + (len(line.text) - len(line.text.lstrip()))
    return Cell(text, start, start + len(text))


def _label(lines: Sequence[Line]) -> Cell:
    cells = [_cell(ln) for ln in lines]
    return Cell(" ".join(c.text for c in cells), cells[0].start, cells[-1].end)


def _label_height(stretch: Sequence[Line]) -> int:
    """How many lines of `stretch` (the lines before a figure run) label that run: two when
    the last is a bracketed sub-label (令和7年度 / (A)), else one."""
    return 2 if len(stretch) >= 2 and _SUB_LABEL.match(stretch[-1].text.strip()) else 1


def _text_columns(stretch: Sequence[Line], rows: int) -> list[list[Cell]] | None:
    """`stretch` as whole columns of words (a label, then `rows` cells, none a figure
    alone); None when it does not divide so."""
    if len(stretch) % (rows + 1):
        return None
    columns = []
    for k in range(0, len(stretch), rows + 1):
        part = stretch[k : k + rows + 1]
        if _figure(part[0]) or any(_BULLET.match(ln.text.strip()) for ln in part[1:]):
            return None  # (「■X事業 …」 lines under a heading: a list, no cells of a column)
        columns.append([_cell(ln) for ln in part])
    return columns


def column_table(lines: Sequence[Line], i: int) -> tuple[int, int, Table] | None:
    """The table printed column by column from line `i` on, as (the line it starts at —
    later than `i` when a caption line or two comes first —, the line after it, the
    table); None when the short lines from `i` do not make one. Only the first of a run
    of short lines opens one (a caption that does not fit is allowed for)."""
    if i > 0 and cell_line(lines[i - 1]):
        return None
    j = i
    while j < len(lines) and j - i < _MAX_REGION and cell_line(lines[j]):
        j += 1
    region = lines[i:j]
    if len(region) < 2 * (_MIN_ROWS + 1):
        return None
    runs: list[tuple[int, int]] = []  # [start, end) of each run of figure lines
    k = 0
    while k < len(region):
        if _figure(region[k]):
            start = k
            while k < len(region) and _figure(region[k]):
                k += 1
            runs.append((start, k))
        else:
            k += 1
    if not runs:
        return None
    rows = runs[0][1] - runs[0][0]
    if rows < _MIN_ROWS or any(b - a != rows for a, b in runs):
        return None
    columns: list[list[Cell]] = []
    # before the first run: a caption that does not fit, columns of words, the run's label
    before = region[: runs[0][0]]
    height = _label_height(before)
    words = len(before) - height
    lead = words % (rows + 1)
    if words < 0 or lead > 2:
        return None
    first = _text_columns(before[lead : len(before) - height], rows)
    if first is None:
        return None
    columns.extend(first)
    previous = runs[0][0]
    for a, b in runs:
        stretch = region[previous:a] if columns[-1:] and a != runs[0][0] else []
        if a != runs[0][0]:
            height = _label_height(stretch)
            if len(stretch) < height:
                return None
            between = _text_columns(stretch[: len(stretch) - height], rows)
            if between is None:
                return None
            columns.extend(between)
            label = stretch[len(stretch) - height :]
        else:
            label = before[len(before) - height :]
        columns.append([_label(label), *(_cell(ln) for ln in region[a:b])])
        previous = b
    # after the last run: whole columns of words (区分 / 新規 / 継続 …); the rest is text
    tail = region[previous:]
    count = len(tail) // (rows + 1)
    while count and _text_columns(tail[: count * (rows + 1)], rows) is None:
        count -= 1
    if count:
        columns.extend(_text_columns(tail[: count * (rows + 1)], rows) or [])
    if not any(any(not _FIGURE.match(c.text) for c in column[1:]) for column in columns):
        return None  # a table names its rows: some column holds words
    labels = [c for column in columns for c in column[1:] if _column_label(c.text)]
    if len(labels) >= _MIN_ROWS:
        return None  # 「指標名」「目標値」 among the cells: a header given row by row, misread
    end = i + previous + count * (rows + 1)
    header_cells = [column[0] for column in columns]
    body = [[column[r] for column in columns] for r in range(1, rows + 1)]
    table = Table(header=[c.text for c in header_cells], rows=body, header_cells=header_cells)
    return i + lead, end, table
