"""Units listed with codes (「組織ID | 組織名 | 上位組織ID」): an open-data list of a body's
units sorted by code, whose hierarchy is printed only as each row's parent code. The parent
of a row's unit is the unit of the row whose own code that is."""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.structure import Cell, Table


def parent_cells(table: Table, name_column: int) -> dict[tuple[int, int], Cell]:
    """The cell naming each row's parent unit, by the (start, end) of the row's name cell;
    empty unless the table has both a code column and a parent-code column."""
    header = table.header
    own = next((k for k, h in enumerate(header) if field_of(h, exact=True) == "unitCode"), None)
    up = next((k for k, h in enumerate(header)
               if field_of(h, exact=True) == "parentUnitCode"), None)  # fmt: skip
    if own is None or up is None or name_column in (own, up):
        return {}
    by_code: dict[str, Cell] = {}
    for row in table.rows:
        if max(own, name_column) < len(row) and row[own].text.strip():
            by_code[row[own].text.strip()] = row[name_column]
    parents: dict[tuple[int, int], Cell] = {}
    for row in table.rows:
        if max(up, name_column) >= len(row):
            continue
        parent = by_code.get(row[up].text.strip())
        if parent is not None and parent.text.strip():
            name = row[name_column]
            parents[(name.start, name.end)] = parent
    return parents
