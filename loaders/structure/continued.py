"""A drawn table continued under a sub-heading without its header row: a report prints the
header once (│No.│取組項目│…│評価│) and, under each following sub-heading, a box of rows only
(│ 7 │窓口の統合│…│○│), its bars where the first table's bars stand. Read alone, such a
box takes its first data row for a header (or, with one row, is no table at all); read as a
continuation it takes the header of the table it continues."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.structure.tables import (
    _FIGURE,
    _joined,
    _table,
    _wrapped_rows,
    box_groups,
)
from loaders.text.normalize import Line

_BARS = "│┃║"


def _printed_width(text: str) -> int:
    """Printed width: a wide (全角) or ambiguous non-Latin character takes two places."""
    return sum(
        2 if unicodedata.east_asian_width(ch) in "WF"
        or (unicodedata.east_asian_width(ch) == "A" and ord(ch) >= 0x2000)
        else 1
        for ch in text
    )


def bar_columns(raw: str) -> tuple[int, ...]:
    """The printed columns at which a drawn row's bars stand: two boxes drawn for one table
    put them at the same places whatever their cells hold."""
    columns, at = [], 0
    for ch in raw.rstrip():
        if ch in _BARS:
            columns.append(at)
        at += _printed_width(ch)
    return tuple(columns)


def first_row_columns(raws: Sequence[str]) -> tuple[int, ...]:
    """The bar columns of a box's first row of cells (its rules skipped)."""
    for raw in raws:
        if raw.lstrip()[:1] in _BARS:
            return bar_columns(raw)
    return ()


def continued_box_table(
    lines: Sequence[Line], raws: Sequence[str], previous: Table, previous_columns: tuple[int, ...]
) -> Table | None:
    """`lines` (a box, `raws` as printed) read as rows under `previous`'s header, when its
    bars stand where the previous box's do and its first row is data, not a header: a figure
    under a column whose label is no figure. None otherwise."""
    if len(previous_columns) < 3 or first_row_columns(raws) != previous_columns:
        return None
    groups, _ = box_groups(lines)
    header = previous.header_cells
    if not groups or len(groups[0][0]) != len(header) or not _is_data(groups[0][0], header):
        return None
    # a figure never wraps onto a second figure in the column where the row's first line has one
    rows = [_joined(part) for g in groups for part in _wrapped_rows(g, against_first=True)]
    return _table(header, rows)


def _is_data(row: Sequence[Cell], header: Sequence[Cell]) -> bool:
    return any(
        _FIGURE.match(cell.text.strip()) and not _FIGURE.match(label.text.strip())
        for cell, label in zip(row, header, strict=False)
    )
