"""Table rows the structure reader took for headings and list items.

A plan's table of 施策 and their indicators, printed as a tree grid (each row led by its
level's code, 「Ⅰ-1-(1)」, with 主な取組 listed under it), reaches the structure reader as a
line of tab-separated labels (「施策体系 | 担当課 | 成果指標 | 現状値 | 目標値」) and then
headings and items whose text is tab-separated cells of the same count, the entries under
each row in between. When the labels name the indicator field, the lines with as many
cells as the labels are that table's rows; the indicator reader reads them as a table.
"""

from __future__ import annotations

from collections.abc import Iterator

from loaders.field_vocabulary import field_of
from loaders.structure import Cell, StructuredDocument, Table

_MIN_COLUMNS = 3
_MIN_ROWS = 2
_GAP = 4  # lines of entries under one row before the table is taken to have ended


def tabbed_tables(doc: StructuredDocument) -> Iterator[Table]:
    """Each header line of tab-separated labels naming the indicator field, with the rows
    of as many cells that follow it (lines of no tab between them are passed over)."""
    for block in doc.blocks:
        if block.kind not in ("heading", "paragraph") or block.table is not None:
            continue
        labels = doc.folded[block.start : block.end].split("\t")
        if len(labels) < _MIN_COLUMNS or not any(
            field_of(label.strip()) == "indicator" for label in labels
        ):
            continue
        rows: list[list[Cell]] = []
        gap = 0
        for other in doc.blocks[block.index + 1 :]:
            line = doc.folded[other.start : other.end]
            if other.kind == "table" or gap > _GAP:
                break
            if "\t" not in line:
                gap += 1
                continue
            cells = _cells(line, other.start)
            if len(cells) != len(labels):
                break
            rows.append(cells)
            gap = 0
        if len(rows) >= _MIN_ROWS:
            yield Table(header=[label.strip() for label in labels], rows=rows)


def _cells(line: str, start: int) -> list[Cell]:
    cells: list[Cell] = []
    at = 0
    for piece in line.split("\t"):
        text = piece.strip()
        offset = start + at + (piece.find(text) if text else 0)
        cells.append(Cell(text, offset, offset + len(text)))
        at += len(piece) + 1
    return cells
