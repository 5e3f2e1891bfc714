"""A staff table that lists each unit's parts in repeated column pairs.

「課 | 職員数(R8.4.1) | 職員数(R7.4.1) | 係1 | 人数 | 係2 | 人数 | 係3 | 人数」: beside each 課's
own counts, its 係 one pair of columns each, a part's name then its count. The pairs are no
columns of the row's unit: each gives a part and its count, and the table without them reads
as any table of units and their counts.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.field_vocabulary import field_of, label_key
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table

_MIN_PAIRS = 2  # a pair printed once is a column of parts, not a repeated group
_COUNT = re.compile(r"^[0-9]{1,4}\s*[人名]?$")


def part_pairs(table: Table) -> list[tuple[int, int]]:
    """The (name, count) column pairs of `table`: columns of unit names, each followed by a
    column of counts, the count columns all labelled alike (「人数」) and the name columns by
    no field of the vocabulary (「係1」); two pairs or more, else none."""
    pairs: list[tuple[int, int]] = []
    for k in range(1, len(table.header)):
        if field_of(table.header[k - 1]) or not table.header[k].strip():
            continue
        names = [r[k - 1].text for r in table.rows if k - 1 < len(r) and r[k - 1].text.strip()]
        counts = [r[k].text for r in table.rows if k < len(r) and r[k].text.strip()]
        units = sum(1 for text in names if unit_kind(label_key(text)) is not None)
        if not names or units * 2 <= len(names) or len(counts) != len(names):
            continue
        if all(_COUNT.match(text) for text in counts):
            pairs.append((k - 1, k))
    # 「人数」 each time: one repeated group of columns (「課 | 職員数」 before it is a pair
    # of the rows' own)
    labels = Counter(label_key(table.header[k]) for _, k in pairs)
    label, times = labels.most_common(1)[0] if labels else ("", 0)
    if times < _MIN_PAIRS:
        return []
    return [(a, k) for a, k in pairs if label_key(table.header[k]) == label]


def without_columns(table: Table, columns: set[int]) -> Table:
    """`table` with `columns` left out (header and rows alike)."""
    keep = [k for k in range(len(table.header)) if k not in columns]
    rows = [[row[k] for k in keep if k < len(row)] for row in table.rows]
    cells = [table.header_cells[k] for k in keep if k < len(table.header_cells)]
    return Table(header=[table.header[k] for k in keep], rows=rows, header_cells=cells)


def pair_counts(table: Table, pairs: list[tuple[int, int]]) -> list[tuple[Cell, Cell]]:
    """Each part's name cell and count cell, row by row."""
    found: list[tuple[Cell, Cell]] = []
    for row in table.rows:
        for name, count in pairs:
            if count < len(row) and row[name].text.strip() and row[count].text.strip():
                found.append((row[name], row[count]))
    return found
