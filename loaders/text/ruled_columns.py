"""A report whose columns a rule of dashes under the header marks out (SQL*Plus, a
report writer's print file, a mainframe list): 「会計名 … 令和8年度 令和7年度」 over
「------------ ---------- ----------」, each run of dashes one column's exact width.

Read by eye, the rule says where each column is; read as text, a wrapped two-line header
and right-aligned figures under left-aligned names leave the spaces between cells no
guide. So the lines of such a table are cut at the rule's runs (by display width: a
full-width character takes two places, as it does in the fixed-width print — or one, as a
database shell such as sqlcmd pads its cells, NULL its empty value) and written
with tabs: the header lines above the rule joined into one row of labels, each row under
it a row of cells. Blank lines and the partial rules of subtotals (「****  ------ ------」)
inside the table are dropped; a value the print wrapped at its column's width goes on in
the next line's same column alone, and is joined; a line that does not keep to the
columns ends the table.
"""

from __future__ import annotations

import re
import unicodedata

_RULE = re.compile(r"^ *-{2,}(?: +-{2,})+ *$")
_SUBTOTAL_RULE = re.compile(r"^[ *=\-]*-{2,}[ *=\-]*$")  # 「**********   ------ ------」
_RUN = re.compile(r"-+")
_HEADER_LINES = 3  # lines of labels over a rule, at most


# how a print counts a character's places: a wide one two, the ambiguous ones (Ⅰ ① ○ ※)
# two as a Shift_JIS print sets them ("wide") or one ("narrow"); or every character one, as
# a database shell pads its cells (sqlcmd: "chars")
_MODES = ("wide", "narrow", "chars")
_NULL = "NULL"  # a database shell's empty value


def _width(char: str, mode: str) -> int:
    """Places a character takes in the print, counted the `mode`'s way."""
    if mode == "chars":
        return 1
    kind = unicodedata.east_asian_width(char)
    return 2 if kind in ("W", "F") or (mode == "wide" and kind == "A") else 1


def _text_width(text: str, mode: str) -> int:
    return sum(_width(char, mode) for char in text)


def _cut(line: str, spans: list[tuple[int, int]], mode: str) -> list[str] | None:
    """The line's text in each column, or None when some of it falls outside them all."""
    cells = [""] * len(spans)
    at = 0
    last: int | None = None  # the column of the character before, None after a space
    for char in line:
        column = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
        if not char.isspace():
            if column is None or last not in (None, column):
                return None  # (「7行が選択…」: words running on across a column's edge)
            cells[column] += char
            last = column
        else:
            last = None
            if column is not None and cells[column]:  # a space inside a cell's words
                cells[column] += char
        at += _width(char, mode)
    return ["" if c.strip() == _NULL else c.strip() for c in cells]


def tab_ruled_columns(text: str) -> str:
    """`text` with each dash-ruled table written as tab-separated rows."""
    if "--" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RULE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        spans = [(m.start(), m.end()) for m in _RUN.finditer(lines[i])]
        head_start = len(out)
        while (head_start > 0 and len(out) - head_start < _HEADER_LINES
               and out[head_start - 1].strip() and "\t" not in out[head_start - 1]):  # fmt: skip
            head_start -= 1
        first = next((line for line in lines[i + 1 :] if line.strip()), "")
        mode = next((m for m in _MODES if _cut(first, spans, m) is not None
                     and all(_cut(line, spans, m) is not None for line in out[head_start:])),
                    None)  # fmt: skip
        head = [_cut(line, spans, mode) for line in out[head_start:]] if mode else []
        if mode is None or not head or any(h is None for h in head):
            out.append(lines[i])  # a rule the text does not keep to: no such table
            i += 1
            continue
        labels = [" ".join(h[k] for h in head if h and h[k]) for k in range(len(spans))]
        kept, rule_at = out[head_start:], i
        del out[head_start:]
        out.append("\t".join(labels))
        i += 1
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                after = _cut(lines[i + 1], spans, mode) if i + 1 < len(lines) else None
                ahead = i + 1 < len(lines) and lines[i + 1].strip() and (
                    _SUBTOTAL_RULE.match(lines[i + 1])
                    or (after is not None and len([c for c in after if c]) >= 2)
                )  # (past a blank line, a row of one value is no row of the table)
                if not ahead:
                    break
                i += 1
                continue
            if _SUBTOTAL_RULE.match(line):
                if [(m.start(), m.end()) for m in _RUN.finditer(line)] == spans:
                    break  # the rule again: another table's
                i += 1  # a subtotal's rule under some columns only
                continue
            cells = _cut(line, spans, mode)
            if cells is None:
                if lines[i - 1].strip():  # a row overrunning its columns (a hand-aligned
                    # table): not cut by the rule; the table left as it was printed
                    del out[head_start:]
                    out.extend([*kept, lines[rule_at]])
                    i = rule_at + 1
                break
            filled = [k for k, c in enumerate(cells) if c]
            above = out[-1].split("\t") if out else []
            if len(filled) == 1 and len(above) == len(spans) and (
                _text_width(above[filled[0]], mode) >= spans[filled[0]][1] - spans[filled[0]][0] - 1
            ):  # the rest of a value wrapped at its column's width (「…推進事」 / 「業」)
                above[filled[0]] += cells[filled[0]]
                out[-1] = "\t".join(above)
            else:
                out.append("\t".join(cells))
            i += 1
    return "\n".join(out)
