"""A column of two levels of units drawn as a tree: 「区政推進課」 over 「└ 総務係」.

A page lists each 課 on a row of its own and its 係 on the rows under it, the 係 marked by a
branch stroke (└, ├) in the same cell, as a tree is drawn. Read as one column, a 係 is a
unit with a stroke before its name and no parent. Here the column is two: the rows without a
stroke keep their cell in the first, the branch rows move theirs, stroke dropped, to a column
after it (the 課 printed once over the rows of its 係, as a merged cell is). A header joining
the two levels' words (「課・係」) gives each column its word.
"""

from __future__ import annotations

import re

from loaders.structure.blocks import Cell, Table

_BRANCH = re.compile(r"^[└├┗┣]\s*[─━]?\s*")
_MIN_BRANCHES = 2


def branch_columns(table: Table) -> Table:
    """The table with its first column of branch-marked rows split in two, else as it is."""
    if not table.rows or not table.header:
        return table
    marked = [bool(row and _BRANCH.match(row[0].text)) for row in table.rows]
    if sum(marked) < _MIN_BRANCHES or marked[0] or all(marked):
        return table
    rows: list[list[Cell]] = []
    for row, branch in zip(table.rows, marked, strict=True):
        first = row[0]
        if branch:
            lead = _BRANCH.match(first.text)
            assert lead is not None
            child = Cell(first.text[lead.end() :], first.start + lead.end(), first.end)
            rows.append([Cell("", first.start, first.start), child, *row[1:]])
        else:
            rows.append([first, Cell("", first.end, first.end), *row[1:]])
    upper, _, lower = table.header[0].partition("・")
    labels = [upper, lower] if lower else [table.header[0], ""]
    header_cells = table.header_cells
    if header_cells:
        head = header_cells[0]
        header_cells = [head, Cell("", head.end, head.end), *header_cells[1:]]
    return Table(header=[*labels, *table.header[1:]], rows=rows, header_cells=header_cells)
