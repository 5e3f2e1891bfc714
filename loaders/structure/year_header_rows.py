"""A sheet's two-line header saved as two rows.

「事業費」 merged over four columns is saved in its first cell only, the years under it on
the next row (「| | 令和8年度 | 令和9年度 | 令和10年度 | 3か年計」). That row is no record: each
of its labels joins the header under the label spanning it (「事業費 令和9年度」), so the
figures below stand under their years.
"""

from __future__ import annotations

import re

from loaders.structure.blocks import Table

# 「令和8年度」, 「R9」, 「2027年度」 alone; 「3か年計」「合計」 closing the years
_YEAR = re.compile(
    r"^(?:(?:令和|平成|R|H)\s*(?:元|[0-9]{1,2})\s*(?:年度?)?|(?:19|20)[0-9]{2}\s*年度?"
    r"|(?:元|[0-9]{1,2})\s*年度)$"
)
_TOTAL = re.compile(r"^\S{0,5}計$")
_MIN_YEARS = 2


def joined_year_row(table: Table) -> Table:
    """`table` with a first row of year labels joined onto the header, else `table`."""
    if not table.rows:
        return table
    filled = [(k, c.text.strip()) for k, c in enumerate(table.rows[0]) if c.text.strip()]
    years = [t for _, t in filled if _YEAR.match(t)]
    if len(years) < _MIN_YEARS or not all(_YEAR.match(t) or _TOTAL.match(t) for _, t in filled):
        return table
    printed, header = table.header, list(table.header)
    if any(k >= len(header) for k, _ in filled):
        return table
    for k, text in filled:
        spanning = next((printed[j].strip() for j in range(k, -1, -1) if printed[j].strip()), "")
        if not spanning or _YEAR.match(spanning):
            return table  # the years under no label, or a header of years already
        header[k] = f"{spanning} {text}"
    return Table(header=header, rows=table.rows[1:], header_cells=table.header_cells)
