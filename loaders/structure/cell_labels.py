"""Cells that repeat their column's label before the value (an accessible page's hidden text).

A page written for screen readers prints, in each cell, the column's label in text that only
a screen reader speaks (「<span class="visually-hidden">担当課：</span>X課」), so that a
cell read alone still says what it is; a grade drawn as an icon exists only there
(「令和7年度：評価Ａ」 under 「令和7年度 評価」). Extracted as text, every cell opens with
its column's label. The label is taken off where most cells of the column print it, leaving
the value (Ｂ, X課, the row's number). The label is said as a label: a colon after it (or
in it, 「令和7年度：評価」), or the number word before a row's number (「No.1」).
"""

from __future__ import annotations

import re

from loaders.structure.blocks import Cell, Table

_JOINERS = re.compile(r"[\s:：]")
_COLON = re.compile(r"[:：]")
_NUMBER_WORD = re.compile(r"^(?:No\.?|NO\.?|№|番号)$")
_MIN_ROWS = 2
_MIN_LABEL = 2  # a one-character label (課) may open a value as a word of it (課長)


def number_label(text: str) -> bool:
    """「No.」「番号」: the label of a column of row numbers."""
    return bool(_NUMBER_WORD.match(text))


def _bare(text: str) -> str:
    return _JOINERS.sub("", text)


def _value_after(label: str, cell: Cell, folded: str) -> Cell | None:
    """`cell` without `label` before its value, or None when it does not open with it."""
    if len(label) < _MIN_LABEL or not _bare(cell.text).startswith(label):
        return None
    taken, at = 0, 0
    while taken < len(label) and at < len(cell.text):
        if not _JOINERS.match(cell.text[at]):
            taken += 1
        at += 1
    value = cell.text[at:].lstrip(" :：\u3000")
    said = _COLON.search(cell.text[: at + 1]) or _NUMBER_WORD.match(label)
    if not value or not said:
        return None  # the label alone (a header row again), or a level word (基本目標1)
    start = folded.find(value, cell.start, cell.end)
    return Cell(value, start, start + len(value)) if start >= 0 else None


def without_cell_labels(table: Table, folded: str) -> Table:
    """`table` with each column's label taken off the cells that repeat it, where most do."""
    if len(table.rows) < _MIN_ROWS:
        return table
    rows = [list(row) for row in table.rows]
    changed = False
    for index, header in enumerate(table.header):
        label = _bare(header)
        cells = [row[index] for row in rows if index < len(row) and row[index].text]
        values = [_value_after(label, cell, folded) for cell in cells]
        if not cells or sum(v is not None for v in values) * 2 <= len(cells):
            continue
        for row in rows:
            if index < len(row) and (value := _value_after(label, row[index], folded)):
                row[index] = value
                changed = True
    if not changed:
        return table
    return Table(header=table.header, rows=rows, header_cells=table.header_cells)
