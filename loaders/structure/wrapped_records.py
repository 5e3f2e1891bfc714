"""Rows of a numbered table whose cells wrapped onto the rows under them, joined back.

A PDF table converted to a sheet (Acrobat's 「スプレッドシートに書き出し」, then CSV) keeps each
line of a wrapped cell as a row of its own: 「1 | 4-1 子育て支 | ファミリー・サポ | …」 over
「| 援の充実 | ート・センター事 | …」 over 「| | 業 | …」. The record is the numbered row; a row
under it with no number, whose filled cells all sit under words of that row (never under
its figures, never where it is blank), holds the rest of those words. Each such row's text
is joined onto the cell above it, as the printed cell reads.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table

_NUMBER = re.compile(r"^\d{1,4}$")
_FIGURE = re.compile(r"^[△▲\-−－+]?[\d,，.．]+\s*[%％]?$")
_CODE = re.compile(r"^[0-9０-９Ⅰ-Ⅻ]+(?:[-－‐−][0-9０-９()（）]+)+$")  # 「3-1」, 「Ⅱ-(2)」
_MIN_RECORDS = 3  # numbered rows, for the first column to be a column of record numbers
_MIN_WRAPPED = 2  # rows joined, for the table to be read so (one, of a name's last words)
_MAX_PIECE = 16  # characters of a cell's wrapped rest: a narrow column's line


def _continues(record: list[Cell], row: list[Cell]) -> bool:
    """Whether `row` holds only the wrapped rest of `record`'s words."""
    if not row or row[0].text.strip():
        return False
    filled = [(k, c) for k, c in enumerate(row) if c.text.strip()]
    if not filled:
        return False
    for k, cell in filled:
        if k >= len(record) or len(cell.text.strip()) > _MAX_PIECE:
            return False  # a line of its own (a name under a row of codes), no cell's rest
        above = record[k].text.strip()
        if not above or _FIGURE.match(above) or field_of(above, exact=True) is not None:
            return False  # under a figure, a blank or a label (「政策目標」): no wrapped word
        if _CODE.match(above) and _CODE.match(cell.text.strip()):
            return False  # 「3-2」 under 「3-1」: the column's next code, a row of its own
    return True


_WORD_REST = re.compile(r"^[^\s0-9０-９(（【［〔「※＊*・]{1,8}$")


def _word_rest(text: str) -> bool:
    """「補助事業」 under 「架空設備設置」: a few words, no figure, note or bracket —
    the rest of a name even as the table's one wrapped row."""
    return bool(_WORD_REST.match(text)) and field_of(text, exact=True) is None


def _lower_header_row(table: Table) -> Table:
    """「令和6年度 | 令和7年度」 over 「決算額（千円） | 予算額（千円）」: a first row with no
    number, words only, under the labels — the header's second line, joined onto its labels
    (and dropped where a page break prints it again among the rows)."""
    first = table.rows[0] if table.rows else []
    filled = [(k, c.text.strip()) for k, c in enumerate(first) if c.text.strip()]
    if (
        not first or first[0].text.strip() or len(filled) < _MIN_WRAPPED
        or any(_FIGURE.match(t) or k >= len(table.header) for k, t in filled)
    ):  # fmt: skip
        return table
    header = list(table.header)
    for k, text in filled:
        header[k] = f"{header[k]} {text}".strip()
    lower = [c.text for c in first]
    rows = [r for r in table.rows[1:] if [c.text for c in r] != lower]
    return Table(header=header, rows=rows, header_cells=table.header_cells)


def joined_wrapped_records(table: Table) -> Table:
    """`table` with each numbered row's wrapped rows joined onto it (see the module)."""
    numbered = [r for r in table.rows if r and _NUMBER.match(r[0].text.strip())]
    if len(numbered) < _MIN_RECORDS:
        return table
    table = _lower_header_row(table)
    rows: list[list[Cell]] = []
    pieces: list[str] = []
    record: list[Cell] | None = None
    wrapped = 0
    for row in table.rows:
        if record is not None and _continues(record, row):
            for k, cell in enumerate(row):
                text = cell.text.strip()
                if text:
                    above = record[k]
                    record[k] = Cell(above.text + text, above.start, cell.end)
                    pieces.append(text)
            wrapped += 1
            continue
        copy = list(row)
        rows.append(copy)
        record = copy if copy and _NUMBER.match(copy[0].text.strip()) else None
    if wrapped < _MIN_WRAPPED and not (wrapped == 1 and all(map(_word_rest, pieces))):
        return table
    return Table(header=table.header, rows=rows, header_cells=table.header_cells)
