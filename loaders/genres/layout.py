"""A document's lines, table cells and words, each with its offsets into the text.

Parsers match on a width-folded view of the text (so "（" and "(" are one pattern) but must
quote evidence from the exact text they were given. `Page` keeps the two side by side: the
folded view has the same length, so every offset found in it is valid in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.facts import Span
from loaders.text.normalize import Line, fold_width, lines_with_offsets

_WORD = re.compile(r"\S+")
_CELL_GAP = re.compile(r"\t|\s{2,}")
# A line that starts a list item: the marks genre layouts print before items and fields.
BULLET_LINE = re.compile(r"^\s*[•・●○◆■□▪]")


@dataclass(frozen=True)
class Cell:
    """A piece of a line (table cell, word) with its offsets; text is folded and trimmed."""

    text: str
    start: int
    end: int


@dataclass
class Page:
    """The text given to a parser, its folded view, and its lines (texts folded)."""

    text: str
    folded: str = field(init=False)
    lines: list[Line] = field(init=False)

    def __post_init__(self) -> None:
        self.folded = fold_width(self.text, keep_length=True)
        self.lines = lines_with_offsets(self.folded)

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        return Span(start, end, self.text[start:end])

    def trimmed_span(self, start: int, end: int) -> Span:
        return self.span(*self._trim(start, end))

    def line_span(self, line: Line) -> Span:
        return self.trimmed_span(line.start, line.end)

    def lines_span(self, first: Line, last: Line) -> Span:
        return self.trimmed_span(first.start, last.end)

    def cell_span(self, cell: Cell) -> Span:
        return self.span(cell.start, cell.end)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.folded[start].isspace():
            start += 1
        while end > start and self.folded[end - 1].isspace():
            end -= 1
        return start, end

    def cell(self, start: int, end: int) -> Cell:
        start, end = self._trim(start, end)
        return Cell(self.folded[start:end], start, end)

    def tab_cells(self, line: Line) -> list[Cell]:
        """Cells of a tab-separated row, empty cells kept so column indices stay aligned."""
        cells: list[Cell] = []
        start = line.start
        for piece in line.text.split("\t"):
            cells.append(self.cell(start, start + len(piece)))
            start += len(piece) + 1
        return cells

    def table_cells(self, line: Line) -> list[Cell]:
        """Cells split on tabs (empty kept), markdown pipes, or runs of two or more spaces."""
        if "\t" in line.text:
            return self.tab_cells(line)
        if line.text.strip().startswith("|"):
            found = []
            start = line.start
            for piece in line.text.split("|"):
                found.append(self.cell(start, start + len(piece)))
                start += len(piece) + 1
            return [c for c in found if c.text]
        found = []
        pos = 0
        for gap in _CELL_GAP.finditer(line.text):
            found.append(self.cell(line.start + pos, line.start + gap.start()))
            pos = gap.end()
        found.append(self.cell(line.start + pos, line.end))
        return [c for c in found if c.text]

    def words(self, line: Line) -> list[Cell]:
        """White-space separated words of a line (tables printed with single spaces)."""
        return [
            Cell(m.group(), line.start + m.start(), line.start + m.end())
            for m in _WORD.finditer(line.text)
        ]


def is_blank(line: Line) -> bool:
    return not line.text.strip()


def indent(line: Line) -> int:
    """Number of leading white-space characters (nested bullet values are indented)."""
    return len(line.text) - len(line.text.lstrip())
