"""Excel's DIF save (.dif, 「DIF (Data Interchange Format)」): a header of sections
(TABLE, VECTORS, TUPLES, DATA), then the sheet one value at a time, two lines each — a
type line 「kind,number」 and a value line. 「-1,0」 over 「BOT」 begins a row and 「-1,0」
over 「EOD」 ends the data; 「0,number」 over 「V」 is a number, 「1,0」 over 「"text"」 a
text. Read as the sheet it saves: its rows, as a CSV of them is read."""

from __future__ import annotations

import re

from loaders.formats.located import SourceText
from loaders.formats.spreadsheet import render_rows
from loaders.text.errors import DocumentError

_SIGNATURE = re.compile(r"^TABLE\r?\n0,1\r?\n")
_MAX_CELLS = 200_000


def is_dif(text: str) -> bool:
    return bool(_SIGNATURE.match(text.lstrip("\ufeff"))) and "\nDATA" in text


def render_dif(text: str, file: str) -> SourceText:
    """The sheet's rows, as read from its value pairs after DATA."""
    lines = text.lstrip("\ufeff").splitlines()
    try:
        at = lines.index("DATA") + 3  # 「DATA」, 「0,0」, 「""」
    except ValueError as error:
        raise DocumentError(file, "DIF file without a DATA section") from error
    rows: list[list[str]] = []
    cells = 0
    while at + 1 < len(lines):
        kind, _, number = lines[at].partition(",")
        value = lines[at + 1]
        at += 2
        if kind == "-1":
            if value.strip() == "EOD":
                break
            if value.strip() == "BOT":
                rows.append([])
            continue
        if not rows:
            raise DocumentError(file, f"DIF value before the first row (line {at - 1})")
        if kind == "0":  # a number: its value on the type line, 「V」 (or an error) below
            rows[-1].append(_number(number) if value.strip() == "V" else "")
        elif kind == "1":
            rows[-1].append(_text(value))
        else:
            raise DocumentError(file, f"not a DIF value type {kind!r} (line {at - 1})")
        cells += 1
        if cells > _MAX_CELLS:
            raise DocumentError(file, f"too many cells in the DIF sheet (over {_MAX_CELLS})")
    if not rows:
        raise DocumentError(file, "empty DIF sheet: no rows (BOT)")
    width = max(len(r) for r in rows)
    return render_rows([r + [""] * (width - len(r)) for r in rows], file)


def _number(printed: str) -> str:
    """「1.2345E+08」 and 「123450000」 as the sheet showed them: the number, without an
    exponent or a trailing 「.0」."""
    try:
        value = float(printed)
    except ValueError:
        return printed.strip()
    return str(int(value)) if value.is_integer() else repr(value)


def _text(printed: str) -> str:
    """A text value, its quotes off (a quote inside doubled)."""
    value = printed.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        value = value[1:-1].replace('""', '"')
    return value.strip()
