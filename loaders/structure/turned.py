"""Tables printed with their years down the rows, turned to the years-across layout.

A KPI page or a statistical yearbook often prints one row per year (「基準値(令和2年度) |
31 | 205」 … 「目標値(令和8年度) | 40 | 260」 under 「年度 | ○○件数 | ○○の利用者数」), the
things measured across the top. A reader that looks for things down the rows
and years across the columns reads the table turned: one row per column of the printed
table (its label first), one column per printed year row (the row's label, kind words and
all, as the column's label). The block keeps the table as printed; a recogniser asks for
the turned one where it reads things down the rows.

A yearbook prints the era only on a column's first row (「令和 2年」 then 「3」, 「4」 …):
a bare number under it is read as a later year of that era, its cell's text completed
(令和3年) over the printed digit's offsets.

A table whose columns are kinds of value (年度 | 目標値 | 実績値) or the amounts and
counts of a field (予算額, 職員数) is read as printed: no turned table for it.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions

_MIN_YEARS = 2  # rows of years that make a time series
_MIN_COLUMNS = 1  # things measured across the top
# the columns a year row may carry besides the things measured: totals and accounts
_COUNTED = frozenset({None, "total", "account"})
_BARE = re.compile(r"^\s*([0-9]{1,2})\s*$")
_FIGURE = re.compile(r"^[▲△\-−+]?[0-9][0-9,.]*\s*[%％]?$")
_NO_VALUE = re.compile(r"^[-‐―—–ー−－…･・]+$")
# 「令和 2年」: the era and its year as the first row prints it, the suffix (年, 年度) after
_ERA_YEAR = re.compile(r"^\s*(?P<era>[^\s0-9]+)\s*(?P<year>[0-9]{1,2})\s*(?P<suffix>年度?)")


def _year_labels(cells: list[Cell]) -> list[Cell] | None:
    """The first column's cells as year labels, an era carried down to bare numbers; None
    unless every cell names one year (kind words around it allowed)."""
    labels: list[Cell] = []
    era: re.Match[str] | None = None
    last: int | None = None
    for cell in cells:
        mentions = year_mentions(cell.text)
        bare = _BARE.match(cell.text)
        if len(mentions) == 1:
            era = _ERA_YEAR.match(cell.text)
            last = int(era.group("year")) if era else None
            labels.append(cell)
        elif bare and era is not None and last is not None and int(bare.group(1)) > last:
            last = int(bare.group(1))
            text = f"{era.group('era')}{last}{era.group('suffix')}"
            labels.append(Cell(text, cell.start, cell.end))
        else:
            return None
    return labels


def years_down(table: Table) -> Table | None:
    """`table` turned when its rows are years and its columns the things measured (see
    the module); None for any other table."""
    header, rows = table.header, table.rows
    if len(rows) < _MIN_YEARS or len(header) < _MIN_COLUMNS + 1:
        return None
    if any(not row or len(row) > len(header) for row in rows):
        return None
    if year_mentions(header[0]) or any(year_mentions(label) for label in header[1:]):
        return None  # years across the top already
    things = header[1:]
    if not all(t.strip() for t in things) or len(set(things)) < len(things):
        return None
    if any(field_of(t, exact=True) not in _COUNTED for t in things):
        return None  # 年度 | 目標値 | 実績値: kinds of value, read as printed
    labels = _year_labels([row[0] for row in rows])
    if labels is None or len({c.text for c in labels}) < len(labels):
        return None
    values = [c.text for row in rows for c in row[1:] if c.text]
    figures = sum(1 for v in values if _FIGURE.match(v) or _NO_VALUE.match(v))
    if not values or 2 * figures < len(values) or not any(_FIGURE.match(v) for v in values):
        return None
    cells = table.header_cells if len(table.header_cells) == len(header) else None
    end = rows[-1][-1].end
    turned: list[list[Cell]] = []
    for k, thing in enumerate(things, start=1):
        first = cells[k] if cells else Cell(thing, rows[0][0].start, rows[0][0].start)
        turned.append([first, *(row[k] if k < len(row) else Cell("", end, end) for row in rows)])
    corner = rows[0][0].start
    return Table(
        header=["", *(c.text for c in labels)],
        rows=turned,
        header_cells=[Cell("", corner, corner), *labels],
    )
