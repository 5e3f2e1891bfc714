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

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
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
    """(the name, the cells after it) of a line that is a name followed by figures, and
    maybe a word after them (「X事業 ○,○○○ ○,○○○ A課」: the unit in charge)."""
    text = line.text.rstrip()
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    trailing = 1 if len(words) > 1 and not _figure(words[-1][0]) else 0
    figures = 0
    while figures < len(words) - trailing and _figure(words[-1 - trailing - figures][0]):
        figures += 1
    if figures < _MIN_FIGURES or figures + trailing == len(words) or "。" in text:
        return None
    named = words[: len(words) - figures - trailing]
    if any(_figure(word) for word, _ in named):
        return None
    start, end = named[0][1], named[-1][1] + len(named[-1][0])
    name = Cell("".join(word for word, _ in named), line.start + start, line.start + end)
    after = words[len(words) - figures - trailing :]
    cells = [Cell(w, line.start + at, line.start + at + len(w)) for w, at in after]
    return name, cells


def _year(text: str) -> bool:
    return bool(year_mentions(text)) and len(text) <= len("令和10年度")


_MARKER = re.compile(r"^[(（][A-Za-zＡ-Ｚａ-ｚ][)）](?:[-－−+＋][(（][A-Za-zＡ-Ｚａ-ｚ][)）])*$")
_TAIL_MAX = 10  # characters of a name's wrapped rest on a line of its own


def _header(labels: Sequence[Line], width: int) -> list[Cell] | None:
    """The label lines as `width` cells: a year's line joined with the label line under it
    (「令和７年度」 / 「当初予算額」) where there are more lines than cells, and a column's
    marker (「(A)」, 「(A)-(B)」) with the label over it."""
    cells = [
        Cell(" ".join(line.text.split()).replace(" ", ""), line.start, line.end) for line in labels
    ]
    k = 1
    while len(cells) > width and k < len(cells):
        if _MARKER.match(cells[k].text):
            above = cells[k - 1]
            cells[k - 1 : k + 1] = [Cell(above.text + cells[k].text, above.start, cells[k].end)]
        else:
            k += 1
    k = 0
    while len(cells) > width and k + 1 < len(cells):
        if _year(cells[k].text) and not _year(cells[k + 1].text):
            joined = Cell(cells[k].text + cells[k + 1].text, cells[k].start, cells[k + 1].end)
            cells[k : k + 2] = [joined]
        k += 1
    return cells if len(cells) == width else None


def _filled(lines: Sequence[Line], k: int) -> int:
    """The first line from `k` that is not blank (a PDF extractor's gap between text boxes)."""
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    return k


def _group_row(line: Line, width: int) -> list[Cell] | None:
    """「特別会計」 (or a unit, 「○○局」) alone between rows: a known label or a unit
    grouping the rows under it."""
    text = " ".join(line.text.split())
    key = text.replace(" ", "")
    if not _label_line(line) or (field_of(key, exact=True) is None and unit_kind(key) is None):
        return None
    at = line.start + line.text.index(text[0])
    return [Cell(text, at, at + len(text))] + [Cell("", line.end, line.end)] * (width - 1)


def _unit_group(line: Line) -> bool:
    """A unit's name alone (「○○局」), no column's label (「担当課」)."""
    key = line.text.replace(" ", "").strip()
    return unit_kind(key) is not None and field_of(key, exact=True) is None


def _name_tail(line: Line) -> bool:
    """「○○事業」 alone after a row: the rest of its name, wrapped in its cell."""
    text = line.text.strip()
    return _label_line(line) and len(text) <= _TAIL_MAX and " " not in text


def stacked_header_table(lines: Sequence[Line], i: int) -> tuple[int, int, Table] | None:
    """The table whose header's first label is line `i`, as (the line its rows start at,
    the line after it, the table); None when the lines from `i` make no such table."""
    if not _label_line(lines[i]) or (i > 0 and _label_line(lines[i - 1])):
        return None
    labels: list[Line] = []
    j = i
    while j < len(lines) and len(labels) < _MAX_LABELS and _label_line(lines[j]):
        nxt = _filled(lines, j + 1)
        if labels and _unit_group(lines[j]) and nxt < len(lines) and _row(lines[nxt]):
            break  # 「○○局」 over the first row: a group row, the labels are over
        labels.append(lines[j])
        j = nxt
    body: list[list[Cell]] = []
    width: int | None = None
    k = j
    end = j
    if k < len(lines) and _unit_group(lines[k]):
        first = _filled(lines, k + 1)  # 「○○局」 over the first row: its group
        if first < len(lines) and (row := _row(lines[first])) is not None:
            width = 1 + len(row[1])
    while k < len(lines):
        row = _row(lines[k])
        if row is not None:
            if width is not None and len(row[1]) + 1 != width:
                break
            width = 1 + len(row[1])
            body.append([row[0], *row[1]])
        elif width is None:
            break
        elif (group := _group_row(lines[k], width)) is not None:
            nxt = _filled(lines, k + 1)
            if nxt >= len(lines) or _row(lines[nxt]) is None:
                break
            body.append(group)
        elif _name_tail(lines[k]) and body and any(c.text for c in body[-1][1:]):
            name = body[-1][0]
            tail = lines[k].text.strip()
            body[-1][0] = Cell(name.text + tail, name.start, lines[k].start + len(tail))
        else:
            break
        end = k + 1
        k = _filled(lines, k + 1)
    rows = [row for row in body if any(c.text for c in row[1:])]
    if len(rows) < _MIN_ROWS or width is None:
        return None
    header = _header(labels, width)
    if header is None or not any(year_mentions(c.text) for c in header[1:]):
        return None  # a column per year is what makes the figures a table's
    return j, end, Table(header=[c.text for c in header], rows=body, header_cells=header)
