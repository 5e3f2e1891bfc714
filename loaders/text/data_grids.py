"""A data grid a page's script drew (ag-Grid), saved from the browser: its rows as a table.

ag-Grid draws a table as blocks of `div`s: the header's labels (`ag-header-cell`, a group's
label `ag-header-group-cell` set over the columns it spans) and each row's cells
(`ag-row` with its `row-index`, `ag-cell` with its column's `col-id`), the columns pinned
to the left in a block of their own, apart from the scrolled ones. Read as it stands, the
names are one list and the figures another. Here each grid is set back as one plain table:
a column per `col-id` in the order the grid numbers them (`aria-colindex`), a group's label
before its columns' own (unless the group only sorts them: 「事業概要」 over 「担当課」), a
row per `row-index` joining its cells from every block.
"""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.field_vocabulary import field_of

_LEFT = re.compile(r"left:\s*(?P<x>-?[\d.]+)px")
_WIDTH = re.compile(r"width:\s*(?P<w>[\d.]+)px")
_MAX_ROWS = 5_000


def _text(node: LexborNode) -> str:
    return " ".join((node.text(deep=True) or "").split())


def _span(node: LexborNode) -> tuple[float, float] | None:
    style = node.attributes.get("style") or ""
    left, width = _LEFT.search(style), _WIDTH.search(style)
    if left is None or width is None:
        return None
    x = float(left.group("x"))
    return x, x + float(width.group("w"))


def _joined(group: str, label: str) -> str:
    """A column's label under its group's: the two read as one (「事業費（千円） R5決算」),
    unless the label names its field alone and the group only sorts the columns
    (「事業概要」 over 「担当課」) — a group's year or unit always stays."""
    if not group or group == label:
        return label
    if field_of(label, exact=True) is not None and not re.search(r"[0-9０-９(（]", group):
        return label
    return f"{group} {label}"


def _columns(grid: LexborNode) -> list[tuple[str, str]]:
    """(col-id, label) of each column in the grid's order, a group's label before its own."""
    found: dict[str, tuple[int, str]] = {}
    for block in grid.css(".ag-pinned-left-header, .ag-header-viewport, .ag-pinned-right-header"):
        groups = [(s, _text(g)) for g in block.css(".ag-header-group-cell")
                  if (s := _span(g)) is not None and _text(g)]  # fmt: skip
        for cell in block.css(".ag-header-cell"):
            key = cell.attributes.get("col-id")
            if not key:
                continue
            label_node = cell.css_first(".ag-header-cell-text")
            label = _text(label_node) if label_node is not None else _text(cell)
            span = _span(cell)
            over = next((text for (a, b), text in groups
                         if span is not None and a <= span[0] < b), "")  # fmt: skip
            number = cell.attributes.get("aria-colindex") or ""
            order = int(number) if number.isdigit() else len(found) + 1
            found[key] = (order, _joined(over, label))
    return [(key, label) for key, (_, label) in sorted(found.items(), key=lambda kv: kv[1][0])]


def _rows(grid: LexborNode) -> list[dict[str, str]]:
    rows: dict[int, dict[str, str]] = {}
    for row in grid.css(".ag-row"):
        index = row.attributes.get("row-index")
        if index is None or not index.lstrip("-").isdigit():
            continue
        cells = rows.setdefault(int(index), {})
        for cell in row.css(".ag-cell"):
            if key := cell.attributes.get("col-id"):
                cells[key] = _text(cell)
    return [rows[k] for k in sorted(rows)][:_MAX_ROWS]


def draw_data_grids(tree: LexborHTMLParser) -> None:
    """Each ag-Grid of the page set in its place as one plain table."""
    for grid in tree.css(".ag-root-wrapper"):
        columns = _columns(grid)
        rows = _rows(grid)
        if not columns or not rows:
            continue
        head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(row.get(key, ''))}</td>" for key, _ in columns)
            + "</tr>"
            for row in rows
        )  # fmt: skip
        table = LexborHTMLParser(f"<table><tr>{head}</tr>{body}</table>").css_first("table")
        if table is not None:
            grid.insert_before(table)
            grid.decompose()
