"""Tables a word processor turned into comma-separated lines, read as tab-separated rows.

Word's 「表の解除」 with commas as the separator leaves each row of a table as one line of
comma-separated cells inside the running text of a meeting pack or report (「課名,令和８年度,
令和７年度,増減」 over 「区政推進課,186420,174850,11570」). Japanese prose separates with 、 and
，, so lines of ASCII commas with the same number of cells, one after another, are such a
table; they are given tabs instead, as a sheet's rows would be, and read as a table.
"""

from __future__ import annotations

import csv
import re

_MIN_CELLS = 3
_MIN_ROWS = 2
_MAX_CELL = 80  # a cell of a table, never a paragraph
# 「一般会計　○,○○○,○○○　　○,○○○,○○○」: a figure's thousands commas in a space-aligned row
_SPACE_GAP = re.compile(r"[ \u3000]{2,}")
# 「○,○○○億○,○○○万円」: a figure's thousands comma (a sheet quotes such a cell; unquoted, the
# line is prose or a figure line, no row)
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _cells(line: str) -> list[str] | None:
    """The cells of `line` when it reads as a row of comma-separated cells, else None."""
    if "," not in line or "\t" in line or _SPACE_GAP.search(line.strip()):
        return None
    if _THOUSANDS.search(re.sub(r'"[^"]*"', "", line)):
        return None
    cells = next(csv.reader([line]))
    if len(cells) < _MIN_CELLS or any(len(c) > _MAX_CELL for c in cells):
        return None
    return cells


def tabbed_comma_rows(text: str) -> str:
    """`text` with each run of comma-separated rows (see the module) written with tabs."""
    if "," not in text:
        return text
    lines = text.split("\n")
    parsed = [_cells(line) for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        cells = parsed[k]
        if cells is None:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (row := parsed[end]) is not None and len(row) == len(cells):
            end += 1
        run = parsed[k:end]
        if end - k >= _MIN_ROWS and any(_WORD.search(c) for row in run if row for c in row):
            for at in range(k, end):
                out[at] = "\t".join(c.strip() for c in parsed[at] or [])
        k = end
    return "\n".join(out)
