"""A unit's own count printed in its cell, under its name (「架空課<br>○○（○○）」 merged over
the rows of its 係, each 係 counted in the staff column): the count is the unit's, the
figure in brackets another year's as the table's legend says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import label_key
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import TRAILING_BRACKET_NOTE

# 「架空課 ○○（○○）」, 「架空センター（A課・B課） ○○（○○）」: a name (no figure in it, or
# it lists its parts' counts, 「A係 5人 B係 4人」), then its count
_COUNTED = re.compile(
    r"^(?P<name>[^\s0-9][^0-9]*?)\s+(?P<n>[0-9][0-9,]*)\s*[人名]?"
    r"(?:\s*[(（]\s*(?P<m>[0-9][0-9,]*)\s*[人名]?\s*[)）])?\s*$"
)


@dataclass(frozen=True)
class CountedUnit:
    name: Cell  # the name alone, its note in brackets dropped
    cell: Cell  # the whole cell
    count: int
    bracketed: int | None  # the figure in brackets after it


def counted_unit_cells(table: Table, columns: list[int]) -> Iterator[CountedUnit]:
    """The cells of `columns` (the table's unit columns) that hold a unit's name and its
    count, each cell once however many rows it is merged over."""
    seen: set[tuple[int, int]] = set()
    for row in table.rows:
        for column in columns:
            cell = row[column] if column < len(row) else None
            found = _COUNTED.match(cell.text) if cell is not None else None
            if cell is None or found is None or (cell.start, cell.end) in seen:
                continue
            name = TRAILING_BRACKET_NOTE.sub("", found.group("name")).strip()
            if not name or unit_kind(label_key(name)) is None:
                continue
            seen.add((cell.start, cell.end))
            at = cell.start + cell.text.find(name)
            bracketed = found.group("m")
            yield CountedUnit(
                Cell(name, at, at + len(name)),
                cell,
                int(found.group("n").replace(",", "")),
                int(bracketed.replace(",", "")) if bracketed else None,
            )
