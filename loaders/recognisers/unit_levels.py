"""A table that prints each unit's depth in a column of its own: 「階層 | 組織名」 over
「1 | 架空部」「2 | 架空課」「3 | 架空係」 (an organisation table exported with no parent
column, its hierarchy only in the level numbers).

The level column is labelled as a level (`mkf:unitLevel` in ontology/fields.ttl) and holds
one-digit numbers only; a row's unit belongs to the nearest row above it printed one level
up. A row with no level (a note, a total) closes the hierarchy.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure import Table

_LEVEL = re.compile(r"^[0-9]$")


def level_column(table: Table) -> int | None:
    """The column labelled as a unit's level whose filled cells are all one-digit numbers."""
    for index, label in enumerate(table.header):
        if field_of(label, exact=True) != "unitLevel":
            continue
        cells = [r[index].text.strip() for r in table.rows if index < len(r)]
        filled = [c for c in cells if c]
        if len(filled) >= 2 and all(_LEVEL.match(c) for c in filled):
            return index
    return None


def level_holders(table: Table) -> dict[int, int]:
    """Row index → the index of the row above that holds it (printed one level up)."""
    column = level_column(table)
    if column is None:
        return {}
    holders: dict[int, int] = {}
    open_rows: list[tuple[int, int]] = []  # (level, row) of the rows that may hold the next
    for at, row in enumerate(table.rows):
        text = row[column].text.strip() if column < len(row) else ""
        if not _LEVEL.match(text):
            open_rows = []
            continue
        level = int(text)
        while open_rows and open_rows[-1][0] >= level:
            open_rows.pop()
        if open_rows and open_rows[-1][0] == level - 1:
            holders[at] = open_rows[-1][1]
        open_rows.append((level, at))
    return holders
