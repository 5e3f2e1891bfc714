"""A table whose header came out a label a line, over rows of a name and its figures.

A PDF's text layer (pdftotext without -layout, a viewer's copy) often gives a ruled table's
header one cell at a time, a label too wide for its cell broken over two lines (「令和７年度」
/ 「当初予算額」), then each row on a line of its own, the name and figures apart by single
spaces (「一般会計 769,336 752,887 16,449 2.2」). Read line by line, the labels are headings
and the rows paragraphs, and no recogniser sees a table.

The rows show the layout: two or more lines of a name then the same number of figures. The
header is the run of short label lines right above them, as many as the rows have cells once
a year's line and the label under it (「令和７年度」 / 「当初予算額」) are read as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import Line

_LABEL_MAX = 12  # characters of a label's line
_MAX_LABELS = 16
_MIN_ROWS = 2
_MIN_FIGURES = 2
_FIGURE = re.compile(r"^[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$|^[-−－―]$")
_UNIT_NOTE = re.compile(r"^[(（].*単位.*[)）]$")


def _figure(word: str) -> bool:
    return bool(_FIGURE.match(word))


def _label_line(line: Line) -> bool:
    """A short line of one label: no figure, no gap inside (a letter-spaced label allowed)."""
    text = line.text.strip()
    if not text or len(text) > _LABEL_MAX or _figure(text) or _UNIT_NOTE.match(text):
        return False
    words = text.split()
    return len(words) == 1 or all(len(w) == 1 for w in words)  # 「増 減」: letter-spaced


def _row(line: Line) -> tuple[Cell, list[Cell]] | None:
    """(the name, the figures) of a line that is a name followed by figures only."""
    text = line.text.rstrip()
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    figures = 0
    while figures < len(words) and _figure(words[len(words) - 1 - figures][0]):
        figures += 1
    if figures < _MIN_FIGURES or figures == len(words) or "。" in text:
        return None
    named = words[: len(words) - figures]
    if any(_figure(word) for word, _ in named):
        return None
    start, end = named[0][1], named[-1][1] + len(named[-1][0])
    name = Cell("".join(word for word, _ in named), line.start + start, line.start + end)
    cells = [Cell(w, line.start + at, line.start + at + len(w)) for w, at in words[-figures:]]
    return name, cells


def _year(text: str) -> bool:
    return bool(year_mentions(text)) and len(text) <= len("令和10年度")


def _header(labels: Sequence[Line], width: int) -> list[Cell] | None:
    """The label lines as `width` cells: a year's line joined with the label line under it
    (「令和７年度」 / 「当初予算額」) where there are more lines than cells."""
    cells = [
        Cell(" ".join(line.text.split()).replace(" ", ""), line.start, line.end) for line in labels
    ]
    k = 0
    while len(cells) > width and k + 1 < len(cells):
        if _year(cells[k].text) and not _year(cells[k + 1].text):
            joined = Cell(cells[k].text + cells[k + 1].text, cells[k].start, cells[k + 1].end)
            cells[k : k + 2] = [joined]
        k += 1
    return cells if len(cells) == width else None


def stacked_header_table(lines: Sequence[Line], i: int) -> tuple[int, int, Table] | None:
    """The table whose header's first label is line `i`, as (the line its rows start at,
    the line after it, the table); None when the lines from `i` make no such table."""
    if not _label_line(lines[i]) or (i > 0 and _label_line(lines[i - 1])):
        return None
    j = i
    while j < len(lines) and j - i < _MAX_LABELS and _label_line(lines[j]):
        j += 1
    rows: list[tuple[Cell, list[Cell]]] = []
    k = j
    while k < len(lines) and (row := _row(lines[k])) is not None:
        if rows and len(row[1]) != len(rows[0][1]):
            break
        rows.append(row)
        k += 1
    if len(rows) < _MIN_ROWS:
        return None
    header = _header(lines[i:j], 1 + len(rows[0][1]))
    if header is None or not any(year_mentions(c.text) for c in header[1:]):
        return None  # a column per year is what makes the figures a table's
    body = [[name, *figures] for name, figures in rows]
    return j, k, Table(header=[c.text for c in header], rows=body, header_cells=header)
