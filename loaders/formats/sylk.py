"""Excel's SYLK save (.slk, 「SYLK (シンボリック リンク)」): one record a line, each cell a
`C;Y<row>;X<column>;K<value>` record (the row, and the column, carried over from the record
before when left out). Read as the sheet it saves: its rows, as a CSV of them is read."""

from __future__ import annotations

import re

from loaders.formats.located import SourceText
from loaders.formats.spreadsheet import render_rows
from loaders.text.errors import DocumentError

_SIGNATURE = re.compile(r"^ID;P")
# an escape inside a string: 「ESC :」 breaks the cell's line (Alt+Enter); 「ESC N…」 and the
# like compose an accented letter, which a Japanese sheet does not use
_LINE_BREAK = "\x1b :"
_ESCAPE = re.compile(r"\x1b.?.?")
_MAX_CELLS = 200_000


def is_sylk(text: str) -> bool:
    return bool(_SIGNATURE.match(text.lstrip("\ufeff")))


def render_sylk(text: str, file: str) -> SourceText:
    """The sheet's rows, as read from its cell records."""
    cells: dict[tuple[int, int], str] = {}
    row = column = 1
    for line in text.splitlines():
        if not line.startswith("C;"):
            if line.startswith("F;"):  # a format record may set the current cell too
                row, column = _position(line, row, column)
            continue
        row, column = _position(line, row, column)
        value = _value(line)
        if value is not None:
            cells[(row, column)] = value
        if len(cells) > _MAX_CELLS:
            raise DocumentError(file, f"too many cells in the SYLK sheet (over {_MAX_CELLS})")
    if not cells:
        raise DocumentError(file, "empty SYLK sheet: no cell records (C;Y…;X…;K…)")
    rows = max(r for r, _ in cells)
    columns = max(c for _, c in cells)
    grid = [[cells.get((r, c), "") for c in range(1, columns + 1)] for r in range(1, rows + 1)]
    return render_rows(grid, file)


def _fields(line: str) -> list[str]:
    """A record's fields: apart by 「;」, a doubled 「;;」 being a semicolon of the text."""
    return [f.replace("\0", ";") for f in line.replace(";;", "\0").split(";")[1:]]


def _position(line: str, row: int, column: int) -> tuple[int, int]:
    for field in _fields(line):
        if field[:1] == "Y" and field[1:].isdigit():
            row = int(field[1:])
        elif field[:1] == "X" and field[1:].isdigit():
            column = int(field[1:])
    return row, column


def _value(line: str) -> str | None:
    """A cell record's value (K): a quoted text or a number as the sheet stored it."""
    value = next((f[1:] for f in _fields(line) if f[:1] == "K"), None)
    if value is None:
        return None
    if value.startswith('"'):
        value = value[1:-1] if value.endswith('"') and len(value) > 1 else value[1:]
    return _ESCAPE.sub("", value.replace(_LINE_BREAK, "")).strip()
