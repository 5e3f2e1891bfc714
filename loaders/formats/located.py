"""Text rendered from a paged or gridded source, with a map from offsets back to the source.

A PDF page or a spreadsheet row becomes lines of the plain-text form every parser reads
(tables as tab-separated rows), so facts keep `Span`s into one string as for .txt and .html.
The map lets the graph say where a quoted passage sits in the original file: the page of a
PDF, the sheet and cell range of a workbook.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from loaders.text.column_letters import column_letter


@dataclass(frozen=True)
class Location:
    """Where a passage of the rendered text comes from in the original file."""

    page: int | None = None  # 1-based PDF page
    sheet: str | None = None  # workbook sheet name
    cell_range: str | None = None  # A1-style range ("B3" or "B3:H4")
    path: str | None = None  # a data file's JSON path, XML element path or calendar event


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    page: int | None
    sheet: str | None
    cells: tuple[int, int, int, int] | None  # min row, min col, max row, max col (1-based)
    path: str | None = None


def a1_range(cells: tuple[int, int, int, int]) -> str:
    r0, c0, r1, c1 = cells
    first = f"{column_letter(c0)}{r0}"
    return first if (r0, c0) == (r1, c1) else f"{first}:{column_letter(c1)}{r1}"


@dataclass
class SourceMap:
    """Offsets of the rendered text → page, or sheet and cells, or a data file's path."""

    pieces: list[_Piece] = field(default_factory=list)

    def add(
        self,
        start: int,
        end: int,
        *,
        page: int | None = None,
        sheet: str | None = None,
        cells: tuple[int, int, int, int] | None = None,
        path: str | None = None,
    ) -> None:
        if end > start:
            self.pieces.append(_Piece(start, end, page, sheet, cells, path))

    def locate(self, start: int, end: int) -> Location | None:
        """The source of text[start:end]: its first page, or its sheet and the range of the
        cells it covers; None when the passage lies outside every mapped piece."""
        starts = [p.start for p in self.pieces]
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        hit: list[_Piece] = []
        for piece in self.pieces[i:]:
            if piece.start >= max(end, start + 1):
                break
            if piece.end > start:
                hit.append(piece)
        if not hit:
            return None
        first = hit[0]
        boxes = [p.cells for p in hit if p.cells is not None and p.sheet == first.sheet]
        cell_range = None
        if boxes:
            cell_range = a1_range((
                min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes),
            ))  # fmt: skip
        return Location(page=first.page, sheet=first.sheet, cell_range=cell_range,
                        path=first.path)


class TextBuilder:
    """Appends lines and cells to the rendered text while recording where each came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.map = SourceMap()

    def write(self, text: str, **where: object) -> None:
        self.map.add(self.length, self.length + len(text), **where)  # type: ignore[arg-type]
        self.parts.append(text)
        self.length += len(text)

    def line(self, text: str, **where: object) -> None:
        self.write(text, **where)
        self.write("\n")

    def row(self, cells: list[tuple[str, dict[str, object]]]) -> None:
        """One table row: cells separated by tabs, each cell mapped on its own."""
        for i, (text, where) in enumerate(cells):
            if i:
                self.write("\t")
            self.write(text, **where)
        self.write("\n")

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class SourceText:
    """A document's text as every parser reads it, and (for PDFs and sheets) its map."""

    text: str
    map: SourceMap | None = None
