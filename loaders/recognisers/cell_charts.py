"""An org chart drawn in a sheet's cells (Excel 「方眼紙」 saved as CSV): each box's text in
one cell, the boxes of a unit's parts stacked under it in the same column band. The borders
that joined the boxes are lost; the columns are what is left of them."""

from __future__ import annotations

import re

from loaders.genres.units import unit_kind
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell

# 「○○係（○）」「○○課」「（○○）」「区長」: what a box of a drawn chart holds
_BOX = re.compile(r"^(?P<unit>[^\s()（）0-9]{2,30}?)?\s*(?:[(（]\s*[0-9,]+\s*[人名]?\s*[)）])?$")
_RANK = {"department": 0, "facility_unit": 1, "division": 2, "section": 3}
_MIN_PAIRS = 2
_POST_LINE = 8  # 「区長」「副区長」: a post's box come out as a line of its own


def cell_chart_parents(doc: StructuredDocument) -> list[tuple[str, str]]:
    """(unit, parent) of every box of a drawn chart under the band of a broader unit's box (a
    課 over its 係, a センター over its 課): a box's band runs from its cell to the next box of
    its row, since the box's text stands in its top-left cell only. A post's box
    (「センター長（○）」) is no unit and heads no band."""
    found: list[tuple[str, str]] = []
    for run in _chart_runs(doc):
        if not _drawn(run):
            continue
        pairs: list[tuple[str, str]] = []
        above: list[list[tuple[int, str]]] = []  # each earlier row's units by column
        for row in run:
            units = [(k, name) for k, cell in enumerate(row)
                     if (name := _box_unit(doc, cell)) is not None]  # fmt: skip
            for k, name in units:
                if (parent := _band_parent(above, k, name)) is not None:
                    pairs.append((name, parent))
            if units:
                above.append(units)
        if len(pairs) >= _MIN_PAIRS:
            found.extend(pairs)
    return found


def _band_parent(above: list[list[tuple[int, str]]], column: int, name: str) -> str | None:
    """The nearest broader unit above whose band holds `column`."""
    for units in reversed(above):
        heads = [unit for k, unit in units if k <= column]
        if heads and _broader(heads[-1], name):
            return heads[-1]
    return None


def _chart_runs(doc: StructuredDocument) -> list[list[list[Cell]]]:
    """The rows of each run of tables whose every filled cell is a box, with at most a post's
    short line between them."""
    runs: list[list[list[Cell]]] = []
    current: list[list[Cell]] = []
    for block in doc.blocks:
        table = block.table if block.kind == "table" else None
        if table is not None:
            rows = [table.header_cells, *table.rows] if table.header_cells else table.rows
            if all(_is_box(doc, cell) for row in rows for cell in row):
                current.extend(rows)
                continue
        else:
            line = doc.folded[block.start : block.end].strip()
            if len(line) <= _POST_LINE and not any(ch.isdigit() for ch in line):
                continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


_MIN_WIDTH = 8  # columns of a sheet a chart is drawn over, at the least
_MIN_BLANK = 0.6  # share of a drawn chart's cells left blank between and around its boxes


def _drawn(rows: list[list[Cell]]) -> bool:
    """Boxes set far apart over a sheet's grid of narrow columns, most cells blank around
    them: a drawn chart, where a table of units (a 新旧 comparison, a list of 部 and 課)
    fills its few columns row by row."""
    cells = [cell for row in rows for cell in row]
    width = max((len(row) for row in rows), default=0)
    blank = sum(1 for cell in cells if not cell.text.strip())
    return width >= _MIN_WIDTH and bool(cells) and blank >= _MIN_BLANK * len(cells)


def _is_box(doc: StructuredDocument, cell: Cell) -> bool:
    text = doc.folded[cell.start : cell.end].strip()
    return not text or _BOX.match(text) is not None


def _box_unit(doc: StructuredDocument, cell: Cell) -> str | None:
    match = _BOX.match(doc.folded[cell.start : cell.end].strip())
    name = match.group("unit") if match else None
    return name if name and unit_kind(name) in _RANK else None


def _broader(parent: str, child: str) -> bool:
    return _RANK[unit_kind(parent) or "section"] < _RANK[unit_kind(child) or "department"]
