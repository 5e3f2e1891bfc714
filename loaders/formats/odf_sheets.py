"""OpenDocument spreadsheets (.ods, and the flat single-file .fods LibreOffice saves) →
the tab-separated rows a workbook renders to, with the sheet and cells of every value.

A town that keeps its figures in LibreOffice publishes the sheet as it is. The table model
is small (rows of cells, repeats, spans, covered cells), so it is read here with the XML
parser every data file goes through (defusedxml: no entity expansion), rather than by a
second spreadsheet library; the grid then goes the way of an .xlsx sheet
(`spreadsheet._write_grid`), merged header bands folded the same way.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element

from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.spreadsheet import Box, Grid, _require_rows, _two_line_headers, _write_grid
from loaders.formats.xml_data import parse_xml
from loaders.text.errors import DocumentError

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SPREADSHEET_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
# A repeat count beyond this is a sheet's empty tail (LibreOffice writes 1,048,576 rows), not
# data: the last such run is dropped, a shorter run of blanks kept as the blanks it is
_REPEAT_MAX = 200


def _t(name: str) -> str:
    return f"{{{_TABLE}}}{name}"


def is_flat_spreadsheet(text: str) -> bool:
    """A flat OpenDocument file (one XML document) holding a spreadsheet."""
    head = text[:4000]
    return "office:document" in head and SPREADSHEET_MIMETYPE in head


def _cell_text(cell: Element) -> str:
    """The text a cell shows: its paragraphs, one line each joined by spaces as a TSV export
    writes a cell's line breaks."""
    lines = []
    for paragraph in cell.iter(f"{{{_TEXT}}}p"):
        line = "".join(paragraph.itertext()).replace("\t", " ").strip()
        if line:
            lines.append(line)
    return " ".join(lines)


def _count(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(_t(attribute), "1")))
    except ValueError:
        return 1


def _sheet_grid(table: Element) -> tuple[Grid, list[Box]]:
    grid: Grid = []
    merges: list[Box] = []
    covered: dict[tuple[int, int], Box] = {}
    rows = [r for r in table.iter(_t("table-row"))]
    for row in rows:
        repeat = _count(row, "number-rows-repeated")
        cells = [c for c in row if c.tag in (_t("table-cell"), _t("covered-table-cell"))]
        empty = not any(_cell_text(c) for c in cells)
        if empty and repeat > _REPEAT_MAX:
            continue  # the sheet's unused tail
        for _ in range(min(repeat, _REPEAT_MAX)):
            r = len(grid) + 1
            line: list[tuple[str, Box]] = []
            for cell in cells:
                text = _cell_text(cell) if cell.tag == _t("table-cell") else ""
                wide = _count(cell, "number-columns-spanned")
                tall = _count(cell, "number-rows-spanned")
                for _ in range(min(_count(cell, "number-columns-repeated"), _REPEAT_MAX)):
                    c = len(line) + 1
                    if wide > 1 or tall > 1:
                        box = (r, c, r + tall - 1, c + wide - 1)
                        merges.append(box)
                        for rr in range(r, r + tall):
                            for cc in range(c, c + wide):
                                covered[(rr, cc)] = box
                    box = covered.get((r, c), (r, c, r, c))
                    line.append((text if (box[0], box[1]) == (r, c) else "", box))
            grid.append(line)
    while grid and not any(text for text, _ in grid[-1]):
        grid.pop()
    return grid, merges


def _render(root: Element, file: str) -> SourceText:
    body = root.find(f"{{{_OFFICE}}}body")
    sheet_parent = body.find(f"{{{_OFFICE}}}spreadsheet") if body is not None else None
    if sheet_parent is None:
        raise DocumentError(file, "not an OpenDocument spreadsheet: no office:spreadsheet body")
    out = TextBuilder()
    grids = []
    for i, table in enumerate(sheet_parent.findall(_t("table"))):
        if i:
            out.write("\n")
        grid, merges = _sheet_grid(table)
        grids.append(grid)
        _write_grid(_two_line_headers(grid, merges), out, table.get(_t("name")))
    _require_rows([row for grid in grids for row in grid], file)
    return SourceText(out.text(), out.map)


def render_flat_spreadsheet(text: str, file: str) -> SourceText:
    """Every sheet of a flat OpenDocument spreadsheet (.fods), in order."""
    return _render(parse_xml(text, file), file)


def read_ods(path: Path) -> SourceText:
    """Every sheet of an .ods workbook (a zip holding content.xml), in order."""
    file = path.name
    try:
        with zipfile.ZipFile(path) as book:
            content = book.read("content.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError) as error:
        raise DocumentError(
            file, f"not a readable .ods workbook ({type(error).__name__}: {error})"
        ) from error
    return _render(parse_xml(content, file), file)
