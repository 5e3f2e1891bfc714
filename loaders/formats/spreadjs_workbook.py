"""A SpreadJS workbook saved as JSON (`.ssjson`, the web spreadsheet's 「JSON 保存」), read as
its sheets show.

A sheet's cells are an object of rows keyed by index strings, each an object of columns
(`data.dataTable["3"]["1"] = {"value": "…", "style": "数値"}`); a formula keeps its cached
value; a merged cell is one cell and a `spans` entry listed apart. Printed key by key, it
is a tree of indices and styles, no table.

Read as the sheet shows: each sheet under its name, its rows as tab-separated lines in
index order, a merged cell's value in its first cell and the cells it covers blank (as a
spreadsheet saved as text prints them), rows with nothing in them left out.
"""

from __future__ import annotations

from typing import Any

from loaders.formats.data_values import scalar_text
from loaders.formats.json_data import parse_json
from loaders.formats.located import SourceText, TextBuilder
from loaders.text.errors import DocumentError

_MAX_CELLS = 500_000


def is_spreadjs(text: str) -> bool:
    head = text.lstrip("\ufeff")[:3000]
    return '"sheets"' in text and '"dataTable"' in text and (
        '"sheetCount"' in head or '"namedStyles"' in head
    )


def _index(key: str) -> int | None:
    try:
        return int(key)
    except ValueError:
        return None


def _cell_text(cell: Any) -> str:
    if not isinstance(cell, dict):
        return ""
    value = cell.get("value")
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(scalar_text(value).replace("\t", " ").split())


def render_spreadjs(text: str, file: str) -> SourceText:
    data = parse_json(text.lstrip("\ufeff"), file)
    sheets = data.get("sheets") if isinstance(data, dict) else None
    if not isinstance(sheets, dict):
        raise DocumentError(file, "a SpreadJS workbook holds its sheets")
    out = TextBuilder()
    cells = 0
    for name, sheet in sheets.items():
        if not isinstance(sheet, dict):
            continue
        table = (sheet.get("data") or {}).get("dataTable") if isinstance(sheet.get("data"),
                                                                           dict) else None
        if not isinstance(table, dict):
            continue
        rows: dict[int, dict[int, str]] = {}
        for row_key, row in table.items():
            r = _index(str(row_key))
            if r is None or not isinstance(row, dict):
                continue
            for col_key, cell in row.items():
                c = _index(str(col_key))
                cells += 1
                if c is not None and (words := _cell_text(cell)):
                    rows.setdefault(r, {})[c] = words
        if cells > _MAX_CELLS:
            raise DocumentError(file, f"too many cells: more than {_MAX_CELLS}")
        if not rows:
            continue
        out.line(f"## {sheet.get('name') or name}", path=str(name))
        out.write("\n")
        width = max(max(row) for row in rows.values()) + 1
        for r in sorted(rows):
            row = rows[r]
            where = {"path": f"{name} {r + 1}行"}
            cells_out = [(row.get(c, ""), where) for c in range(width)]
            while cells_out and not cells_out[-1][0]:
                cells_out.pop()
            out.row(cells_out)
        out.write("\n")
    return SourceText(out.text(), out.map)
