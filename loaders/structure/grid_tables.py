"""Grid tables drawn with ASCII (pandoc's docx → Markdown, reStructuredText): rules of
「+----+----+」 between rows, a rule of 「=」 under the header, cells between 「|」 bars, a row
wrapping onto as many lines as its longest cell needs.

They are the box tables of `loaders.structure.tables` drawn with other characters, so each
line is redrawn with box-drawing characters of the same length (offsets hold) and read by
`box_table`: the header is the rows above the 「=」 rule (the first row when there is none),
and the lines between two rules are one row, its cells' pieces joined.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from loaders.structure.blocks import Table
from loaders.structure.tables import box_table, cell_between, table_of
from loaders.text.normalize import Line

_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")  # two columns at least
_ROW = re.compile(r"^\s*\|.*\|\s*$")


def is_grid_rule(text: str) -> bool:
    """「+-----+------+」 or 「+=====+======+」: a rule of a grid table."""
    return bool(_RULE.match(text))


def grid_table_end(lines: Sequence[Line], i: int) -> int:
    """The end of the grid table starting at line `i` (a rule), or `i` when none starts
    there: rules and barred rows alternating, a rule last, one row at least."""
    if i >= len(lines) or not is_grid_rule(lines[i].text):
        return i
    j, end = i + 1, i
    while j < len(lines) and (is_grid_rule(lines[j].text) or _ROW.match(lines[j].text)):
        if is_grid_rule(lines[j].text):
            end = j + 1
        j += 1
    return end if end - i >= 3 else i


def _redraw_rule(text: str, *, top: bool, bottom: bool, header: bool) -> str:
    left, joint, right = ("┌", "┬", "┐") if top else ("└", "┴", "┘") if bottom else ("├", "┼", "┤")
    plus = [k for k, ch in enumerate(text) if ch == "+"]
    out = []
    for k, ch in enumerate(text):
        if ch == "+":
            out.append(left if k == plus[0] else right if k == plus[-1] else joint)
        elif ch in "-=:":
            out.append("═" if header else "─")
        else:
            out.append(ch)
    return "".join(out)


def as_box_lines(lines: Sequence[Line]) -> list[Line]:
    """The grid's lines redrawn with box-drawing characters, offsets unchanged."""
    rules = [k for k, line in enumerate(lines) if is_grid_rule(line.text)]
    header_rule = next((k for k in rules if "=" in lines[k].text), None)
    out = []
    for k, line in enumerate(lines):
        if k in rules:
            top = k == rules[0]
            bottom = k == rules[-1]
            if header_rule is not None and k < header_rule and not top:
                # rules inside a header (none in pandoc's): no row boundary of the body
                text = _redraw_rule(line.text, top=True, bottom=False, header=False)
            else:
                text = _redraw_rule(line.text, top=top, bottom=bottom, header=k == header_rule)
        else:
            text = line.text.replace("|", "│")
        out.append(Line(text, line.start, line.end, line.number))
    return out


def grid_table(lines: Sequence[Line]) -> Table | None:
    """The table of a grid drawn in ASCII (see the module)."""
    return box_table(as_box_lines(lines))


_INNER_BAR = "│"


def _inner_bars(text: str) -> int:
    """How many 「│」 stand between a line's cells (none at its ends)."""
    body = text.strip()
    if not body or body[0] == _INNER_BAR or body[-1] == _INNER_BAR:
        return 0
    return body.count(_INNER_BAR)


def bar_rows_end(lines: Sequence[Line], i: int) -> int:
    """「実績 │ 目標」 over 「12 │ 15」: lines whose cells are set apart
    by box bars between them only (a Word form's row of a small table), as many bars on
    each; the end of their run from `i`, or `i`."""
    if i >= len(lines) or not (count := _inner_bars(lines[i].text)):
        return i
    j = i
    while j < len(lines) and _inner_bars(lines[j].text) == count:
        j += 1
    return j if j - i >= 2 else i


def bar_table(lines: Sequence[Line]) -> Table | None:
    """The table of lines `bar_rows_end` found: the first line its header."""
    rows = []
    for line in lines:
        bars = [-1, *(k for k, ch in enumerate(line.text) if ch == _INNER_BAR), len(line.text)]
        rows.append([cell_between(line, a + 1, b) for a, b in itertools.pairwise(bars)])
    if any(not c.text for c in rows[0]):
        return None
    return table_of(rows[0], rows[1:])
