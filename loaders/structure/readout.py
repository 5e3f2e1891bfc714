"""Tables read out row by row in an accessible text version, read back into tables.

A text version made for screen readers prints a table as sentences: the column labels in
one sentence (「列の見出し。課の名前、主な仕事、令和6年度の職員数。」, 「左から、会計の名前、
令和7年度の予算額です。」), then each row as 「1行目。甲課、広報、9人。」 (the cells set
apart by 、 or 。, a blank cell said as 「空欄」). Read as lines, each row is a paragraph and
no recogniser sees a table; here the header sentence and the numbered rows become one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import Line

# 「1行目。」: the row's number as the read-out prints it (a list's bullet maybe before it),
# then its cells
_ROW = re.compile(r"^\s*(?:[•・●◦*\-]\s*)?(?P<n>[0-9]+)\s*行目\s*[。.:：、]\s*")
_CELL_SEP = re.compile(r"[、。]")
_BLANK = "空欄"  # a blank cell, said aloud
_LABEL_END = re.compile(r"\s*(?:です|である)\s*$")
_MIN_COLUMNS = 2


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The [start, end) offsets within `text` of the pieces between 、 and 。 from `start`
    to `end`, white space trimmed; empty pieces dropped."""
    spans: list[tuple[int, int]] = []
    at = start
    for sep in [*_CELL_SEP.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        a, b = at, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
        at = sep.end() if sep else end
    return spans


def _row(line: Line, number: int) -> list[Cell] | None:
    found = _ROW.match(line.text)
    if found is None or int(found.group("n")) != number:
        return None
    cells = []
    for a, b in _pieces(line.text, found.end(), len(line.text)):
        text = line.text[a:b]
        cells.append(Cell("" if text == _BLANK else text, line.start + a, line.start + b))
    return cells


def _header(line: Line, width: int) -> list[Cell] | None:
    """The sentence of `line` that names `width` columns (a lead-in such as 「左から」 before
    them, 「です」 after the last, allowed)."""
    text = line.text
    for sentence in re.finditer(r"[^。]+", text):
        spans = _pieces(text, sentence.start(), sentence.end())
        if len(spans) == width + 1:
            spans = spans[1:]  # 「左から、A、B です」: the lead-in names no column
        if len(spans) != width:
            continue
        cells = []
        for a, b in spans:
            label = _LABEL_END.sub("", text[a:b])
            cells.append(Cell(label, line.start + a, line.start + a + len(label)))
        if all(c.text for c in cells):
            return cells
    return None


def readout_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table whose header sentence is line `i` and whose rows 「1行目。…」, 「2行目。…」
    follow it, with the line after its last row; None when line `i` opens no such table."""
    if i + 1 >= len(lines) or _ROW.match(lines[i].text):
        return None
    rows: list[list[Cell]] = []
    j = i + 1
    while j < len(lines) and (row := _row(lines[j], len(rows) + 1)) is not None:
        rows.append(row)
        j += 1
    if not rows:
        return None
    width = len(rows[0])
    if width < _MIN_COLUMNS or any(len(row) != width for row in rows):
        return None
    header = _header(lines[i], width)
    if header is None:
        return None
    return j, Table(header=[c.text for c in header], rows=rows, header_cells=header)


def labelled_readout_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table read out as 「1行目。課の名称、甲課。令和7年度、24人。」 from line `i` on:
    no header sentence, each cell a sentence saying its column's label, then its value (a
    sentence of no label, 「局の合計。」, fills the first column); with the line after its
    last row. None unless most rows name two cells or more (a lone row, three) and the rows
    open with the same column."""
    rows: list[list[tuple[str | None, Cell]]] = []
    j = i
    while j < len(lines) and (row := _labelled_row(lines[j], len(rows) + 1)) is not None:
        rows.append(row)
        j += 1
    if not rows:
        return None
    header: list[str] = []
    for row in rows:
        for label, _ in row:
            if label is not None and label not in header:
                header.append(label)
    named = [r for r in rows if sum(label is not None for label, _ in r) >= _MIN_COLUMNS]
    if len(header) < _MIN_COLUMNS or len(named) * 2 < len(rows):
        return None
    if len(rows) == 1 and len(header) <= _MIN_COLUMNS:
        return None  # 「1行目。名称、A。」 alone: too little to call a table
    if any(r[0][0] is not None and r[0][0] != header[0] for r in rows):
        return None  # the rows open with different columns: no one table
    table_rows: list[list[Cell]] = []
    for row in rows:
        cells = [Cell("", row[0][1].start, row[0][1].start) for _ in header]
        for k, (label, cell) in enumerate(row):
            if label is None and k == 0:
                cells[0] = cell  # 「局の合計。令和7年度、256人。」: the row's own name
            elif label is not None:
                cells[header.index(label)] = cell
        table_rows.append(cells)
    return j, Table(header=header, rows=table_rows)


def _labelled_row(line: Line, number: int) -> list[tuple[str | None, Cell]] | None:
    """「1行目。課の名称、甲課。令和7年度、24人。主な業務、A、B。」: each sentence's label
    (up to its first 、) and value (the rest, 、 kept); a sentence with no 、 is a bare cell."""
    found = _ROW.match(line.text)
    if found is None or int(found.group("n")) != number:
        return None
    cells: list[tuple[str | None, Cell]] = []
    for sentence in re.finditer(r"[^。]+", line.text[found.end() :]):
        a = found.end() + sentence.start()
        text = sentence.group()
        comma = text.find("、")
        if comma < 0:
            value = text.strip()
            if value:
                at = a + text.index(value)
                cells.append((None, Cell(value, line.start + at, line.start + at + len(value))))
            continue
        label = text[:comma].strip()
        value = text[comma + 1 :].strip()
        if not label or not value:
            return None
        at = a + comma + 1 + text[comma + 1 :].index(value)
        cells.append((label, Cell(value, line.start + at, line.start + at + len(value))))
    return cells or None
