"""Adobe PDF Extract's `structuredData.json`: a PDF's content as a flat list of elements,
each placed in the document's tag tree by its `Path` (「//Document/H2[2]」,
「//Document/Table[3]/TR[5]/TD[2]/P」), table cells carrying their grid place and spans in
`attributes` (RowIndex, ColIndex, RowSpan, ColSpan).

Printed key by key, every cell is a record of coordinates and fonts, its words in a child
element's `Text`: the table is gone. Read as the PDF shows it: headings, paragraphs and list
entries in order, and each table rebuilt from its cells on their grid (a spanning header cell
spanning again), as an HTML page the structure reader reads like any other.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_MAX_ELEMENTS = 200_000
_STEP = re.compile(r"(?P<tag>[A-Za-z]+\d*)(?:\[(?P<n>\d+)\])?")
_CELL_TAGS = ("TD", "TH")
_HEADING = re.compile(r"H(?P<level>[1-6])$")


def is_pdf_extract(text: str) -> bool:
    head = text.lstrip("\ufeff")[:5000]
    return '"elements"' in head and '"//Document' in head


@dataclass
class _Cell:
    row: int
    column: int
    rows: int = 1
    columns: int = 1
    header: bool = False
    words: list[str] = field(default_factory=list)


@dataclass
class _Table:
    cells: dict[str, _Cell] = field(default_factory=dict)


def _steps(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _span(attributes: dict[str, Any], key: str) -> int:
    try:
        return max(1, int(attributes.get(key) or 1))
    except (TypeError, ValueError):
        return 1


def render_pdf_extract(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    elements = data.get("elements") if isinstance(data, dict) else None
    if not isinstance(elements, list) or len(elements) > _MAX_ELEMENTS:
        raise DocumentError(file, "a PDF Extract file holds a list of elements")
    parts: list[tuple[str, Any]] = []  # ("h1", text) / ("p", text) / ("li", text) / ("table", key)
    tables: dict[str, _Table] = {}
    for element in elements:
        if not isinstance(element, dict) or not isinstance(element.get("Path"), str):
            continue
        steps = _steps(element["Path"])
        at = next((k for k, s in enumerate(steps) if s.startswith("Table")), None)
        words = " ".join(str(element.get("Text") or "").split())
        if at is not None:
            key = "/".join(steps[: at + 1])
            if key not in tables:
                tables[key] = _Table()
                parts.append(("table", key))
            _table_part(tables[key], steps, at, element, words)
            continue
        if not words:
            continue
        tag = (_STEP.match(steps[-1]).group("tag") if steps else "") or "P"  # type: ignore[union-attr]
        if tag in ("Lbl", "LBody", "LI") and parts and parts[-1][0] == "li" and tag == "LBody":
            parts[-1] = ("li", f"{parts[-1][1]} {words}")
        elif tag in ("Lbl", "LBody", "LI"):
            parts.append(("li", words))
        elif (heading := _HEADING.match(tag)) is not None or tag == "Title":
            parts.append((f"h{heading.group('level') if heading else 1}", words))
        else:
            parts.append(("p", words))
    body = "".join(
        _table_html(tables[value]) if kind == "table" else f"<{kind}>{html.escape(value)}</{kind}>"
        for kind, value in parts
    )
    return f"<html><body><main>{body}</main></body></html>"


def _table_part(
    table: _Table, steps: list[str], at: int, element: dict[str, Any], words: str
) -> None:
    """A cell of the table (its place and spans), or the words of a cell's paragraph."""
    cell_at = next((k for k in range(at + 1, len(steps))
                    if steps[k].startswith(_CELL_TAGS)), None)  # fmt: skip
    if cell_at is None:
        return
    key = "/".join(steps[: cell_at + 1])
    attributes = element.get("attributes") if isinstance(element.get("attributes"), dict) else {}
    if cell_at == len(steps) - 1 and "RowIndex" in attributes:
        try:
            row, column = int(attributes["RowIndex"]), int(attributes["ColIndex"])
        except (KeyError, TypeError, ValueError):
            return
        cell = table.cells.setdefault(key, _Cell(row, column))
        cell.row, cell.column = row, column
        cell.rows, cell.columns = _span(attributes, "RowSpan"), _span(attributes, "ColSpan")
        cell.header = steps[cell_at].startswith("TH")
    if words:
        table.cells.setdefault(key, _Cell(-1, -1)).words.append(words)


def _table_html(table: _Table) -> str:
    """The cells on their grid, row by row, each with its spans."""
    placed = sorted(
        (c for c in table.cells.values() if c.row >= 0), key=lambda c: (c.row, c.column)
    )
    rows: dict[int, list[_Cell]] = {}
    for cell in placed:
        rows.setdefault(cell.row, []).append(cell)
    out = []
    for row in sorted(rows):
        cells = []
        for cell in rows[row]:
            tag = "th" if cell.header else "td"
            spans = (f' rowspan="{cell.rows}"' if cell.rows > 1 else "") + (
                f' colspan="{cell.columns}"' if cell.columns > 1 else ""
            )
            cells.append(f"<{tag}{spans}>{html.escape(' '.join(cell.words))}</{tag}>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>{''.join(out)}</table>"
