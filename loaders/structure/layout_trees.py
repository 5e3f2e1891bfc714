"""A tree of levels printed a column per level, as `pdftotext -layout` leaves it.

A plan's 施策体系 page often draws its system as a table of four columns (基本目標 | 政策 |
施策 | 主な取組) under a ruled header; each level's name wraps inside its own column, a
broader level's cell spans the rows of the finer levels beside it, and blank lines set the
groups apart. The text layer keeps the columns only as the places the words are printed
at, and a column left empty on most lines (the 基本目標 printed once per goal) throws the
space-table reader's alignment off.

The header gives the columns: labels of the policy system's fields printed apart by wide
gaps, a drawn rule under them. Each line of the body is a row; each run of words on it
(words apart by two spaces or more) falls in the column whose label starts nearest at or
before it, measured in printed places (a full-width letter takes two). A blank line is an
empty row (it ends the wrapped names above it); the table ends at a page's number, a line
printed from the margin, or a second blank line in a row. Only a tree whose first column is
left empty on some lines is read so; the space-table reader reads the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.structure.drawn_trees import STROKES
from loaders.structure.tables import printed_width
from loaders.text.normalize import Line

_RUN = re.compile(r"\S+(?: \S+)*")  # words apart by single spaces: one cell's text
_LABEL_MAX = 8
_MIN_COLUMNS = 3
_PAGE_NUMBER = re.compile(r"^\s*[－\-−―]\s*[0-9]{1,4}\s*[－\-−―]\s*$")
_TOLERANCE = 2  # places a column's text may start before its label (centred labels)
_RULE = re.compile(r"^\s*[─━]{10,}\s*$")  # the rule drawn under the header


def layout_tree_end(lines: Sequence[Line], i: int) -> int:
    """The end of a layout tree whose header is line `i`, else `i`."""
    columns = _header_columns(lines[i])
    if columns is None or i + 1 >= len(lines) or not is_header_rule(lines[i + 1].text):
        return i
    end = i + 2
    blanks = 0
    while end < len(lines):
        text = lines[end].text
        if not text.strip():
            blanks += 1
            if blanks > 1:
                break
        elif _PAGE_NUMBER.match(text) or not text[:1].isspace():
            break
        else:
            blanks = 0
        end += 1
    while end > i + 2 and not lines[end - 1].text.strip():
        end -= 1
    body = [line.text for line in lines[i + 2 : end]]
    if any(ch in STROKES for text in body for ch in text):
        return i  # 「Ⅰ 名称 ─ Ⅰ-1 名称」: a tree drawn with strokes, read as one
    first = columns[1][1] - _TOLERANCE  # where the second column starts
    sparse = any(
        text.strip() and printed_width(text[: len(text) - len(text.lstrip())]) >= first
        for text in body
    )  # a line whose first column is left empty: what throws a space table's columns off
    return end if end > i + 2 and sparse else i


def is_header_rule(text: str) -> bool:
    """A plain rule of box lines (────), as drawn under a table's header."""
    return bool(_RULE.match(text))


def layout_tree(lines: Sequence[Line]) -> Table:
    """The table `layout_tree_end` found: a row per line of the body, blank ones empty."""
    header = lines[0]
    columns = _header_columns(header) or []
    labels = [label for label, _ in columns]
    starts = [place for _, place in columns]
    header_cells = [_run_cell(header, m) for m in _RUN.finditer(header.text)]
    rows: list[list[Cell]] = []
    for line in lines[2:]:
        row = [Cell("", line.start, line.start) for _ in columns]
        for match in _RUN.finditer(line.text):
            place = printed_width(line.text[: match.start()])
            at = max((k for k, s in enumerate(starts) if s - _TOLERANCE <= place), default=0)
            cell = _run_cell(line, match)
            if row[at].text:  # a second run in one column: one cell, its words joined
                cell = Cell(f"{row[at].text} {cell.text}", row[at].start, cell.end)
            row[at] = cell
        rows.append(row)
    return Table(labels, rows, header_cells)


def _header_columns(line: Line) -> list[tuple[str, int]] | None:
    """The labels of a layout tree's header and the place each starts at, else None."""
    text = line.text
    if "  " not in text or len(text.strip()) > 160:
        return None
    runs = list(_RUN.finditer(text))
    if len(runs) < _MIN_COLUMNS or any(
        len(m.group()) > _LABEL_MAX or " " in m.group() for m in runs
    ):
        return None  # a label a column: two labels a space apart are a space table's
    fields = [field_of(m.group(), exact=True) or field_of(m.group()) for m in runs]
    if sum(f == "policy" for f in fields) < 2 or any(f is None for f in fields):
        return None  # 「基本目標 政策 施策 主な取組」: the levels' labels, and fields beside them
    return [(m.group(), printed_width(text[: m.start()])) for m in runs]


def _run_cell(line: Line, match: re.Match[str]) -> Cell:
    return Cell(match.group(), line.start + match.start(), line.start + match.end())
