"""Rows filed under another row of their table by its name, given that row's unit in charge.

A task tracker's export (Asana, Backlog, Redmine) lists sub-tasks as rows of their own whose
parent is named in a column (「Parent task」 | 「親タスク」): a project's row names its
担当課, and its yearly sub-tasks under it hold the year and the cost but leave the unit blank,
as the tracker keeps it on the parent only. Read row by row, each cost stands with no unit.
Here a column whose cells each name an earlier row of the table (by that row's text in
another column) files its rows under those rows, and a child row's blank unit cells
(`mkf:department`, `mkf:division`) take the parent's.
"""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Block, Cell, Table

_UNIT_FIELDS = ("department", "division")
_MIN_CHILDREN = 2


def _parent_column(table: Table) -> tuple[int, int] | None:
    """(parent column, name column): the column whose filled cells all name an earlier row
    by its cell in the name column, that row's own parent cell blank; else None."""
    width = len(table.header)
    named = [{row[c].text.strip(): k for k, row in enumerate(table.rows)
              if c < len(row) and row[c].text.strip()} for c in range(width)]  # fmt: skip
    for parent in range(width):
        cells = [(k, row[parent].text.strip()) for k, row in enumerate(table.rows)
                 if parent < len(row) and row[parent].text.strip()]  # fmt: skip
        if len(cells) < _MIN_CHILDREN:
            continue
        for name in range(width):
            if name != parent and all(named[name].get(text, k) < k for k, text in cells):
                return parent, name
    return None


def inherit_parent_units(blocks: list[Block]) -> None:
    """Give each child row of a table its parent row's unit cells where its own are blank."""
    for block in blocks:
        table = block.table
        if block.kind != "table" or table is None:
            continue
        units = [k for k, label in enumerate(table.header)
                 if field_of(label, exact=True) in _UNIT_FIELDS]  # fmt: skip
        if not units or (found := _parent_column(table)) is None:
            continue
        parent, name = found
        by_name = {row[name].text.strip(): row for row in table.rows if name < len(row)}
        rows: list[list[Cell]] = []
        for row in table.rows:
            above = by_name.get(row[parent].text.strip()) if parent < len(row) else None
            if above is None:
                rows.append(row)
                continue
            row = [*row, *(Cell("", row[-1].end, row[-1].end)
                           for _ in range(len(table.header) - len(row)))]  # fmt: skip
            for k in units:
                if not row[k].text.strip() and k < len(above) and above[k].text.strip():
                    row[k] = above[k]
            rows.append(row)
        block.table = Table(header=table.header, rows=rows, header_cells=table.header_cells)
