"""A staff directory (職員録) prints a line per unit and no header: 「総務課　１６人　課長 …　内線
2110」, then its sections 「人事係　（６）　係長 …」. The table reader takes the first line
for a header, so no column is labelled the count; here the first line is read as a row too.

A table is such a list when its first line and most of its rows open with a unit's name and
one column holds a count on most of them: 「16人」, or 「(6)」 where a legend says what the
brackets hold (「（　）内の数字は係の職員数です」)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.field_vocabulary import label_key
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table

_COUNT = re.compile(r"^\s*(?P<n>[0-9][0-9,]*)\s*[人名]\s*$")
_BRACKETED = re.compile(r"^\s*[(（]\s*(?P<n>[0-9][0-9,]*)\s*[人名]?\s*[)）]\s*$")
_MOST = 0.8  # of the rows that name a unit and print a count in the column
_BULLETS = "・•●○◎■□◆◇▪"  # 「■会計課」: a section's mark, no part of its name


def _unit(cell: Cell) -> str | None:
    name = label_key(cell.text).lstrip(_BULLETS)
    return name if unit_kind(name) is not None else None


def _count(text: str, bracketed: bool) -> int | None:
    match = _COUNT.match(text) or (_BRACKETED.match(text) if bracketed else None)
    return int(match.group("n").replace(",", "")) if match else None


def directory_counts(table: Table, *, bracketed: bool) -> Iterator[tuple[Cell, Cell, int]]:
    """(unit, count cell, count) for each row of a header-less directory table, its first
    line included; nothing when `table` is no such list. `bracketed`: a legend says a bare
    count in brackets is a unit's staff."""
    if not any(label.strip() for label in table.header):
        rows = list(table.rows)  # the structure reader gave the first line back as a row
    else:
        rows = [table.header_cells, *table.rows] if table.header_cells else []
    if len(rows) < 2 or not rows[0] or _unit(rows[0][0]) is None:
        return
    width = max(len(r) for r in rows)
    for k in range(1, width):
        counted = [
            (row[0], row[k], n)
            for row in rows
            if k < len(row)
            and _unit(row[0]) is not None
            and (n := _count(row[k].text, bracketed)) is not None
        ]
        if _count(rows[0][k].text if k < len(rows[0]) else "", bracketed) is None:
            continue  # the first line's count: no header's label over the column
        if len(counted) >= _MOST * len(rows):
            yield from counted
            return
