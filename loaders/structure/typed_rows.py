"""A list export whose rows are of several kinds, a column saying which (「区分」).

A SharePoint or kintone list holding a whole operating policy exports every item as one
row of one wide sheet: 「局の体制」 rows fill the staff columns, 「局の予算」 rows the amount
columns, 「成果指標」 rows the current and target value columns, each leaving the others
blank. Read as one table, each kind's columns sit among the others' blanks and no caption
says what a block of rows is. A column naming each row's kind in runs of rows splits the
table into one part per run: the kind as the part's caption, and only the columns its rows
fill.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from loaders.field_vocabulary import caption_cues, label_key
from loaders.structure.blocks import Cell, Table

_MIN_KINDS = 3  # kinds of rows, for a column to type them
_MIN_RUN = 2  # rows of one kind together, on average
_MAX_KIND = 12  # characters of a kind's name: a word, not a cell's text
_MIN_OWN_COLUMNS = 3  # columns one kind fills and another leaves blank


@dataclass(frozen=True)
class TypedPart:
    kind: str
    cell: Cell  # the first row's kind cell: where the caption stands
    table: Table


def _kind_column(table: Table) -> int | None:
    cues = caption_cues("rowCategory")
    for k, label in enumerate(table.header):
        if label_key(label) not in cues:
            continue
        values = [r[k].text.strip() for r in table.rows if k < len(r)]
        if not values or any(not v or len(v) > _MAX_KIND for v in values):
            continue
        runs = 1 + sum(1 for a, b in itertools.pairwise(values) if a != b)
        kinds = set(values)
        if len(kinds) >= _MIN_KINDS and runs == len(kinds) and len(values) >= _MIN_RUN * runs:
            return k  # each kind in one run of rows
    return None


def typed_parts(table: Table) -> list[TypedPart] | None:
    """The table's parts, one per kind of row (see the module); None for any other table."""
    column = _kind_column(table)
    if column is None or len(table.header_cells) != len(table.header):
        return None
    parts: list[TypedPart] = []
    shapes: list[set[int]] = []
    start = 0
    rows = table.rows
    while start < len(rows):
        kind = rows[start][column].text.strip()
        end = start
        while end < len(rows) and rows[end][column].text.strip() == kind:
            end += 1
        run = rows[start:end]
        keep = [k for k in range(len(table.header)) if k != column
                and any(k < len(r) and r[k].text.strip() for r in run)]  # fmt: skip
        part = Table(
            header=[table.header[k] for k in keep],
            rows=[[_cell(r, k) for k in keep] for r in run],
            header_cells=[table.header_cells[k] for k in keep],
        )
        parts.append(TypedPart(kind, run[0][column], part))
        # the columns most of the run's rows fill: the kind's own shape
        shapes.append({k for k in keep if sum(1 for r in run if k < len(r) and r[k].text.strip())
                       * 2 >= len(run)})  # fmt: skip
        start = end
    # each kind fills columns of its own (「区分」 over rows of one shape, a note filled in
    # here and there, types nothing)
    differ = any(len(a ^ b) >= _MIN_OWN_COLUMNS for a, b in itertools.combinations(shapes, 2))
    return parts if differ else None


def _cell(row: list[Cell], k: int) -> Cell:
    return row[k] if k < len(row) else Cell("", row[-1].end, row[-1].end)
