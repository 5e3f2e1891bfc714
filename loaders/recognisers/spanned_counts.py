"""Counts merged over a group of rows: 「協働課 | 企画係 | 13」 / 「協働課 | 支援係 | 13」.

An organisation table lists a unit's parts (課 → 係) in a column of their own, while its
count cell is merged over all of the unit's rows: the count is the unit's, not any part's.
An HTML converter copies the merged cell into every row it spans (the same count on each
row); a spreadsheet export prints it once, on the group's first row, and leaves the rows
under it blank. Either way, every count column of the group holds one value: the group
counts its outer unit once.

Equal counts may also be a coincidence of parts of one size; a total row under the table
decides then (the sum it prints is the sum of one reading and not of the other), and with
no total a single count column of copied values is not taken for a merged cell unless every
group of three or more prints its one value on each of its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.structure.blocks import Cell, Table

_Count = Callable[[str], int | None]


def _groups(
    table: Table, outer: int, inner: int, total: Callable[[list[Cell]], bool]
) -> list[list[int]]:
    """Runs of rows (indices) under one outer unit, each row naming a part in `inner`; an
    outer cell left blank carries the one above it. A total row (「総務部 計」) is no part."""
    groups: list[list[int]] = []
    key = ""
    for index, row in enumerate(table.rows):
        if inner >= len(row) or not row[inner].text.strip() or total(row):
            key = ""
            continue
        printed = row[outer].text.strip() if outer < len(row) else ""
        if printed and printed == row[inner].text.strip():
            key = ""
            continue  # a unit spanning both unit columns: a row of its own
        if printed and printed != key:
            key = printed
            groups.append([index])
        elif key:
            groups[-1].append(index)
    return [g for g in groups if len(g) >= 2]


def _column_merged(values: Sequence[int | None]) -> tuple[bool, bool]:
    """(merged, copied) for one count column of a group: one value on every row (copied),
    or on the first row only with the rest blank."""
    first = values[0]
    if first is None or first < 0 or any(v is not None and v < 0 for v in values):
        return False, False  # a 「－」 printed on a row is that row's own (no count), not a merge
    if all(v == first for v in values):
        return True, True
    return all(v is None for v in values[1:]), False


def merged_groups(
    table: Table,
    unit_columns: Sequence[int],
    counts: Sequence[int],
    count: _Count,
    total: Callable[[list[Cell]], bool],
) -> dict[int, int]:
    """row index → the row that stands for its group: the group's first row maps to itself
    (its count is the outer unit's), the other rows of the group to that first row (their
    counts are the same merged cell, no count of their own). Rows of no merged group are
    absent. `total(row)` says whether a row is the table's total."""
    if len(unit_columns) < 2 or not counts:
        return {}

    def value(row: list[Cell], k: int) -> int | None:
        """The count of a cell; None for a blank one, -1 for printed text of no count."""
        if k >= len(row) or not row[k].text.strip():
            return None
        found = count(row[k].text)
        return -1 if found is None else found

    found: dict[int, int] = {}
    copied_only = True
    groups = _groups(table, unit_columns[0], unit_columns[-1], total)
    for group in groups:
        rows = [table.rows[i] for i in group]
        verdicts = [_column_merged([value(r, k) for r in rows]) for k in counts]
        if not all(merged for merged, _ in verdicts):
            continue
        if _summed_below(table, group, counts[0], value, total):
            continue  # 「課計 | 8」 under two parts of 4: each part's own count
        copied_only = copied_only and all(copied for _, copied in verdicts)
        for i in group:
            found[i] = group[0]
    if not found:
        return {}
    decided = _by_total(table, counts[0], found, value, total)
    if decided is not None:
        return found if decided else {}
    every = len(set(found.values())) == len(groups) >= _COINCIDENCE_MAX
    return {} if copied_only and len(counts) < 2 and not every else found


# Equal counts on the parts of one or two units may be a coincidence; on every part of three
# units or more, all groups alike, they are the units' merged cells.
_COINCIDENCE_MAX = 3


def _summed_below(
    table: Table,
    group: list[int],
    column: int,
    value: Callable[[list[Cell], int], int | None],
    total: Callable[[list[Cell]], bool],
) -> bool:
    """Whether the row right under a group is its subtotal (「課計」) printing the sum of the
    group's rows, not their one merged count: the rows count their parts each."""
    after = group[-1] + 1
    if after >= len(table.rows) or not total(table.rows[after]):
        return False
    printed = value(table.rows[after], column)
    counts = [value(table.rows[i], column) for i in group]
    if printed is None or printed < 0 or any(n is None or n < 0 for n in counts):
        return False
    return sum(n or 0 for n in counts) == printed != counts[0]


def _by_total(
    table: Table,
    column: int,
    found: dict[int, int],
    value: Callable[[list[Cell], int], int | None],
    total: Callable[[list[Cell]], bool],
) -> bool | None:
    """Whether a total row confirms the merged reading (True), the per-row reading (False),
    or neither / there is no total (None)."""
    totals = [r for r in table.rows if total(r)]
    if len(totals) != 1 or (printed := value(totals[0], column)) is None or printed < 0:
        return None
    per_row = merged = 0
    for index, row in enumerate(table.rows):
        if total(row):
            continue
        n = max(value(row, column) or 0, 0)
        per_row += n
        if found.get(index, index) == index:
            merged += n
    if merged == printed and per_row != printed:
        return True
    if per_row == printed and merged != printed:
        return False
    return None
