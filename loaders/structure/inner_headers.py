"""A form laid out in one sheet, printed as one table: its small tables inside it, each under
a label row of its own, read as tables of their own.

An evaluation sheet kept in a workbook and dumped as one table (MarkItDown, a CSV save)
holds label | value rows (「事業名 | 子育て支援事業」) and, among them, small tables: 「区分 |
令和5年度決算 | 令和6年度決算 | 令和7年度予算」 over 「事業費 | 42380 | 44915 | 46200」, 「年度 |
目標値 | 実績値」 over a row a year. Inside the one table nothing says the years label the
figures under them, so no recogniser reads them. A row in the middle of such a form (its
header a title, no labels) whose cells after the first are all years or field labels, with
figures under them on the rows that follow, opens a table of its own; the form's other rows
stay under the form's title as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.field_vocabulary import caption_cues, field_of, label_key
from loaders.structure.blocks import Cell, Table
from loaders.structure.tables import table_of
from loaders.text.fiscal_year import year_mentions

_FIGURE = re.compile(r"^[▲△\-−]?[0-9][0-9,]*(?:\.[0-9]+)?\s*[%％]?$")
_MIN_LABELS = 2  # labelled columns of an inner table
_TITLE_CELLS = 2  # a form's header holds its title (and perhaps a number) at most


def _labels(row: list[Cell]) -> list[int] | None:
    """The columns an inner label row labels (after its first cell), or None when the row
    is no label row: its first cell blank or a row category (区分, 年度), every other
    filled cell a year or a field's label."""
    first = label_key(row[0].text) if row else ""
    if first and first not in caption_cues("rowCategory") and field_of(first) != "fiscalYear":
        return None
    labelled = [k for k, cell in enumerate(row[1:], start=1) if cell.text.strip()]
    if len(labelled) < _MIN_LABELS:
        return None
    for k in labelled:
        text = row[k].text.strip()
        if _FIGURE.match(text) or not (year_mentions(text) or field_of(text, exact=True)):
            return None
    return labelled


def _figures_under(row: list[Cell], columns: list[int]) -> bool:
    return (
        bool(row)
        and bool(row[0].text.strip())
        and any(k < len(row) and _FIGURE.match(row[k].text.strip()) for k in columns)
    )


def split_at_inner_headers(table: Table) -> list[Table]:
    """The form's parts in order: its rows under its own header, and each inner table under
    its label row; `[table]` when it holds none."""
    if len([label for label in table.header if label.strip()]) > _TITLE_CELLS:
        return [table]
    parts: list[Table] = []
    rows = table.rows
    start = k = 0
    while k < len(rows):
        columns = _labels(rows[k]) if k > 0 else None
        end = k + 1
        while columns and end < len(rows) and _figures_under(rows[end], columns):
            end += 1
        if columns is None or end == k + 1:
            k += 1
            continue
        if k > start:
            parts.append(replace(table, rows=rows[start:k]))
        width = max(columns) + 1
        parts.append(table_of(rows[k][:width], [r[:width] for r in rows[k + 1 : end]]))
        start = k = end
    if not parts:
        return [table]
    if start < len(rows):
        parts.append(replace(table, rows=rows[start:]))
    return parts
