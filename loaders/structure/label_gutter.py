"""A sheet whose labels stand in a gutter of their own: 「所管課      A部　B課」.

A report of one sheet per measure (個票), printed to text, sets each field's label flush in a
narrow left column and its value in a column of its own to the right. A long value goes on
in that column on the lines below, and a value may itself be a small table (「数値目標」 beside
「指標名  基準値  目標」 over a row of figures) or two columns of text. Read as space-aligned
lines, neighbouring fields run into one table of mismatched rows. Here each label and the
lines its value takes are a group of their own, the value's lines cut at the value column.

A sheet is taken for one only when at least three labels align their values at one column,
some value is a small table under it and most label lines hold one value (a table whose
first column is labels has cells across every line): a form of one-line fields reads well
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from loaders.structure.paired_lines import PAGE_FOOTER
from loaders.structure.tables import split_spaces
from loaders.text.normalize import Line, printed_width

# a label: one word, no number, mark, bullet or bracket before it, then a gap of spaces
_LABEL_LINE = re.compile(
    r"^(?P<indent> *)(?P<label>[^\s0-9・●■◆◇○◎△▲×※\-－(（【［\[<＜〔「『─━]\S{1,9})"
    r"(?: {2,}(?P<value>\S.*))?$"
)
_LABEL_ALONE_MAX = 12  # a label with no value on its line (its value starts on the next)
_MIN_LABELS = 3
_TABLE_CELLS = 3
_SLACK = 1  # printed places a value may stand off its column (a half-width space)


@dataclass
class GutterGroup:
    """One label and its value: the label alone, the value's lines cut at its column."""

    line: Line  # the label's line as printed
    label: Line
    values: list[Line] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # the lines below, as printed

    @property
    def is_table(self) -> bool:
        """A value of two lines or more, the first two of two cells or more: a small table
        (a cell wrapped onto a line of its own after them)."""
        return len(self.values) >= 2 and all(len(split_spaces(v)) >= 2 for v in self.values[:2])


def _column(text: str, line: Line, offset: int) -> int:
    """The printed place of `offset` in `line` (the source text counts wide letters twice)."""
    return printed_width(text[line.start : line.start + offset])


def _cut(text: str, line: Line, column: int) -> Line | None:
    """The part of `line` from printed place `column` on, else None (nothing there)."""
    printed = 0
    for k, ch in enumerate(text[line.start : line.end]):
        if printed >= column - _SLACK:
            rest = line.text[k:]
            lead = len(rest) - len(rest.lstrip())
            body = rest.strip()
            return Line(body, line.start + k + lead, line.end, line.number) if body else None
        printed += printed_width(ch)
    return None


def gutter_groups(text: str, lines: Sequence[Line], i: int) -> tuple[int, list[GutterGroup]] | None:
    """The groups of a labels-in-a-gutter sheet opening at line `i` and the line after it."""
    first = _LABEL_LINE.match(lines[i].text)
    if first is None or first.group("value") is None:
        return None
    indent = len(first.group("indent"))
    column = _column(text, lines[i], first.start("value"))
    groups: list[GutterGroup] = []
    aligned = 0
    k = i
    end = i
    while k < len(lines):
        line = lines[k]
        body = line.text.strip()
        if not body:
            k += 1
            continue
        if PAGE_FOOTER.match(body) or "\f" in line.text:
            break
        lead = len(line.text) - len(line.text.lstrip())
        m = _LABEL_LINE.match(line.text)
        if lead == indent and m is not None:
            label = Line(
                m.group("label"),
                line.start + m.start("label"),
                line.start + m.end("label"),
                line.number,
            )
            if m.group("value") is not None:
                if abs(_column(text, line, m.start("value")) - column) > _SLACK:
                    break
                aligned += 1
                value = Line(
                    m.group("value").rstrip(), line.start + m.start("value"), line.end, line.number
                )
                groups.append(GutterGroup(line, label, [value]))
            elif len(body) <= _LABEL_ALONE_MAX and _continues(text, lines, k + 1, column):
                groups.append(GutterGroup(line, label))
            else:
                break
        elif groups and _column(text, line, lead) >= column - _SLACK:
            cut = _cut(text, line, column)
            if cut is None:
                break
            groups[-1].values.append(cut)
            groups[-1].lines.append(line)
        else:
            break
        k += 1
        end = k
    if aligned < _MIN_LABELS or not any(g.is_table for g in groups):
        return None
    wide = sum(len(split_spaces(g.line)) >= _TABLE_CELLS for g in groups)
    if 2 * wide > len(groups):
        return None  # most lines of three cells or more: a table whose first column is labels
    return end, groups


def _continues(text: str, lines: Sequence[Line], k: int, column: int) -> bool:
    """Whether line `k` is set in at the value column (a value that starts below its label)."""
    if k >= len(lines) or not lines[k].text.strip():
        return False
    lead = len(lines[k].text) - len(lines[k].text.lstrip())
    return _column(text, lines[k], lead) >= column - _SLACK
