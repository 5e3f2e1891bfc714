"""A count of people printed with its label inside a table's cell: 「計6人」 in a staff
column, 「B係・C係 / 職員 9人」 in a row that names a unit. The word before the count
(a staff or total label of the field vocabulary) says what the figure is, whatever the
column's own label: a form that packs a unit's parts and its staff into one cell still
counts the unit the row names."""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of, label_key
from loaders.structure.blocks import Cell, Table

# 「職員 9人」「計6人」: a short label, then the count; the label opens the cell or follows a
# separator (「… / 職員 9人」)
_LABELLED = re.compile(
    r"(?:^|(?<=[/／|｜、,\s]))(?P<label>[^\s/／|｜、,0-9()（）]{1,6}?)\s*(?P<n>[0-9][0-9,]*)\s*[人名]"
    r"(?=\s*(?:$|[(（/／|｜、,]))"
)
_FIELDS = ("staff", "total")


def labelled_count(text: str) -> int | None:
    """The one count of people a cell prints after a staff or total label, else None (none,
    or several: a breakdown of posts is no count of a unit)."""
    found = [
        m for m in _LABELLED.finditer(text)
        if field_of(label_key(m.group("label")), exact=True) in _FIELDS
    ]  # fmt: skip
    return int(found[0].group("n").replace(",", "")) if len(found) == 1 else None


def labelled_rows(table: Table, staff_columns: list[int]) -> list[tuple[Cell, Cell, int]]:
    """(the row's name cell, the cell of its count, the count) for each row of a table with
    no staff column whose other cells hold one labelled count (「A課 | B係・C係 / 職員
    9人」)."""
    if staff_columns:
        return []
    rows = []
    for row in table.rows:
        if len(row) < 2 or not row[0].text.strip():
            continue
        counts = [(cell, n) for cell in row[1:] if (n := labelled_count(cell.text)) is not None]
        if len(counts) == 1:
            rows.append((row[0], *counts[0]))
    return rows
