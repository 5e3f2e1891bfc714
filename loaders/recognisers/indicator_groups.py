"""Wide rows that hold several indicators side by side, each a run of its own columns.

An evaluation system exporting one row per 事業 prints each of its indicators as a run of
columns — 「成果指標1 | 単位 | 目標値(R8) | 実績値(R8) | 成果指標2 | 単位 | 目標値(R8) | …」 —
so a table reader taking the first indicator column for the row's name would give the
second indicator's values to the first. Each run is cut out here as a table of its own
(the indicator's name column and the value columns after it, up to the next name column
or the first column that is no part of an indicator), which the ordinary table reader
then reads.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure import Cell, Table
from loaders.text.fiscal_year import year_mentions

# the columns that may follow an indicator's name within its run
_RUN_FIELDS = frozenset({"unit", "baseline", "target", "actual", "estimate"})


def indicator_runs(table: Table) -> list[Table]:
    """One table per indicator run of `table` (its header and the run's cells of every
    row); [] unless the header holds two or more runs, each with a value column."""
    header = table.header
    starts = [k for k, label in enumerate(header) if field_of(label) == "indicator"]
    if len(starts) < 2:
        return []
    runs: list[list[int]] = []
    for start in starts:
        run = [start]
        for k in range(start + 1, len(header)):
            if k in starts or field_of(header[k]) not in _RUN_FIELDS:
                break
            run.append(k)
        if not any(field_of(header[k]) != "unit" for k in run[1:]):
            return []  # a name column with no value of its own: not a run
        runs.append(run)
    return [
        Table(
            header=[header[k] for k in run],
            rows=[[row[k] for k in run if k < len(row)] for row in table.rows],
        )
        for run in runs
    ]


_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,.]*")
_KIND_FIELDS = frozenset({"baseline", "target", "actual", "estimate"})


def transposed_records(table: Table) -> Table | None:
    """A card laid out sideways, one record per column under labels down the first column
    (「成果指標 | ○○率 | ○○数」 over 「基準値(R5) | 72.4 | 8.9」): the table turned so each
    record is a row under those labels; None unless one row of the first column labels the
    indicators and another a kind of value."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    if len(rows) < 2 or any(not row for row in rows):
        return None
    fields = [field_of(row[0].text) for row in rows]
    if fields.count("indicator") != 1 or not any(f in _KIND_FIELDS for f in fields):
        return None
    names = [c.text for c in rows[fields.index("indicator")][1:] if c.text]
    if not names or any(year_mentions(n) or _FIGURE.fullmatch(n) for n in names):
        return None  # 「指標 | R4 | R5」 over 「目標 | …」: years across, no records
    width = max(len(row) for row in rows)
    if width < 2:
        return None
    blank = Cell("", rows[0][0].end, rows[0][0].end)
    return Table(
        header=[row[0].text for row in rows],
        rows=[[row[k] if k < len(row) else blank for row in rows] for k in range(1, width)],
    )


_NAMED_VALUE = re.compile(r"(?P<name>\S.*?\S)\s+(?P<value>[▲△-]?[0-9][0-9,.]*\S{0,4})")


def named_values(table: Table) -> Table | None:
    """A column labelled as the indicators' values of a kind (「指標の実績(令和6年度)」)
    whose cells print each indicator's name and then its value (「○○率 61.9%」): that
    column as a table of names and values under the column's label; None for any other."""
    for column, label in enumerate(table.header):
        head, of, tail = label.rpartition("の")
        if not of or field_of(head) != "indicator" or field_of(tail) not in _KIND_FIELDS:
            continue
        cells = [row[column] for row in table.rows if column < len(row) and row[column].text]
        matches = [_NAMED_VALUE.fullmatch(cell.text) for cell in cells]
        if not cells or not all(matches):
            continue
        rows = []
        for cell, match in zip(cells, matches, strict=True):
            assert match is not None
            name = Cell(match.group("name"), cell.start, cell.start + match.end("name"))
            value = Cell(match.group("value"), cell.start + match.start("value"),
                         cell.start + match.end("value"))  # fmt: skip
            rows.append([name, value])
        return Table(header=[head, label], rows=rows)
    return None
