"""A draw.io (diagrams.net) diagram file (.drawio, an `mxfile`): each page's shapes, read as
the page a reader sees — its texts, its tables, and its org chart as a table of boxes.

A page is an `mxGraphModel` of `mxCell`s (stored as is, or deflated and base64-encoded as
the editor saves by default): vertices with an HTML label (`value`) and a position
(`mxGeometry`), and edges joining a `source` vertex to a `target`. An org chart's boxes
hang from each other only by those edges, so each box joined by an edge is printed as a row
of `loaders.text.org_tables` (the box above an edge's other end is its parent), a box
drawn inside another (a container) hangs from it; a table shape (`shape=table`, rows of
cells) is printed as a table; every other label (titles, notes, a label holding an HTML
table) as itself, in the order the page shows them, top to bottom.
"""

from __future__ import annotations

import base64
import html
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from loaders.formats.xml_data import local_name, parse_xml
from loaders.text.errors import DocumentError
from loaders.text.org_tables import Box, label_parts, org_table_html

_SIGNATURE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:mxfile|mxGraphModel)\b")
_MAX_CELLS = 50_000
_MAX_INFLATED = 20_000_000
# an <object>'s own attributes, not data the user gave the shape
_OWN_ATTRIBUTES = {"id", "label", "placeholders", "tooltip", "link", "tags"}


def is_drawio(text: str) -> bool:
    return bool(_SIGNATURE.match(text.lstrip("\ufeff")[:2000]))


@dataclass
class _Shape:
    id: str
    value: str  # the label as HTML
    style: dict[str, str]
    parent: str
    x: float = 0.0
    y: float = 0.0
    edge: bool = False
    source: str | None = None
    target: str | None = None
    children: list[str] = field(default_factory=list)
    data: str = ""  # the properties its <object> gives it beside its label


def render_drawio(text: str, file: str) -> str:
    """The diagram's pages as one HTML page, a heading per page when there are several."""
    root = parse_xml(text, file)
    pages = [root] if local_name(root.tag) == "mxGraphModel" else [
        d for d in root if local_name(d.tag) == "diagram"
    ]  # fmt: skip
    out: list[str] = []
    for page in pages:
        model = page if local_name(page.tag) == "mxGraphModel" else _model(page, file)
        if model is None:
            continue
        if len(pages) > 1 and page.get("name"):
            out.append(f"<h2>{html.escape(page.get('name') or '')}</h2>")
        out.append(_page_html(model, file))
    if not out:
        raise DocumentError(file, "draw.io file without a diagram page")
    return f"<html><body><main>{''.join(out)}</main></body></html>"


def _model(diagram: Element, file: str) -> Element | None:
    """A page's `mxGraphModel`: its child, or its text deflated and base64-encoded."""
    for child in diagram:
        if local_name(child.tag) == "mxGraphModel":
            return child
    packed = (diagram.text or "").strip()
    if not packed:
        return None
    try:
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(base64.b64decode(packed), _MAX_INFLATED)
        if inflater.unconsumed_tail:
            raise DocumentError(file, "draw.io page too large when inflated")
        return parse_xml(unquote(raw.decode("utf-8")), file)
    except (ValueError, zlib.error, UnicodeDecodeError) as error:
        raise DocumentError(file, f"draw.io page not readable: {error}") from error


def _style(text: str) -> dict[str, str]:
    pairs = [p.split("=", 1) if "=" in p else [p, ""] for p in text.split(";") if p]
    return {k: v for k, v in pairs}


def _shapes(model: Element, file: str) -> dict[str, _Shape]:
    shapes: dict[str, _Shape] = {}
    wrapped: dict[int, Element] = {}  # a cell's <object>: its id, label and data
    for element in model.iter():
        if local_name(element.tag) in ("object", "UserObject"):
            for child in element:
                wrapped[id(child)] = element
    for cell in model.iter():
        wrapper = wrapped.get(id(cell))
        ident = wrapper.get("id") if wrapper is not None else cell.get("id")
        if local_name(cell.tag) != "mxCell" or ident is None:
            continue
        if len(shapes) >= _MAX_CELLS:
            raise DocumentError(file, f"too many shapes in a draw.io page (over {_MAX_CELLS})")
        style = _style(cell.get("style") or "")
        value = (wrapper.get("label") if wrapper is not None else cell.get("value")) or ""
        if "html" not in style or style.get("html") != "1":
            value = html.escape(value).replace("\n", "<br>")
        shape = _Shape(str(ident), value, style, cell.get("parent") or "",
                       edge=cell.get("edge") == "1", source=cell.get("source"),
                       target=cell.get("target"))  # fmt: skip
        if wrapper is not None:  # the shape's data (「係」: 「A係、B係」), as its note
            shape.data = "、".join(
                f"{k}：{v}" for k, v in wrapper.attrib.items()
                if k not in _OWN_ATTRIBUTES and v.strip()
            )
        geometry = next((g for g in cell if local_name(g.tag) == "mxGeometry"), None)
        if geometry is not None:
            shape.x, shape.y = _number(geometry.get("x")), _number(geometry.get("y"))
        shapes[shape.id] = shape
    for shape in shapes.values():
        if shape.parent in shapes:
            shapes[shape.parent].children.append(shape.id)
    return shapes


def _number(text: str | None) -> float:
    try:
        return float(text or 0)
    except ValueError:
        return 0.0


def _page_html(model: Element, file: str) -> str:
    shapes = _shapes(model, file)
    layers = {s.id for s in shapes.values() if not s.parent or s.parent not in shapes
              or not shapes[s.parent].parent}  # fmt: skip

    def origin(shape: _Shape) -> tuple[float, float]:
        """The shape's position on the page (a contained shape's is its container's plus)."""
        x, y, seen = shape.x, shape.y, {shape.id}
        while shape.parent in shapes and shape.parent not in layers and shape.parent not in seen:
            shape = shapes[shape.parent]
            seen.add(shape.id)
            x, y = x + shape.x, y + shape.y
        return y, x

    tables = {s.id for s in shapes.values() if s.style.get("shape") == "table"}
    in_table = {c for t in tables for r in shapes[t].children for c in [r, *shapes[r].children]}
    boxes = {
        s.id for s in shapes.values()
        if not s.edge and s.id not in layers and s.id not in tables and s.id not in in_table
        and "text" not in s.style and s.value.strip()
    }  # fmt: skip
    parents: dict[str, str] = {}
    for edge in (s for s in shapes.values() if s.edge):
        ends = [e for e in (edge.source, edge.target) if e in boxes]
        if len(ends) == 2 and ends[0] != ends[1]:
            upper, lower = sorted(ends, key=lambda e: origin(shapes[e]))
            parents.setdefault(lower, upper)
    for box in boxes:  # a box drawn inside another hangs from it
        container = shapes[box].parent
        if box not in parents and container in boxes:
            parents[box] = container
    tree = set(parents) | set(parents.values())
    items: list[tuple[tuple[float, float], str]] = []
    if tree:
        order = sorted(tree, key=lambda b: origin(shapes[b]))
        name = {b: label_parts(shapes[b].value)[0] for b in order}
        rows = [Box(label_parts(shapes[b].value), name.get(parents.get(b, ""), ""),
                    shapes[b].data) for b in order]  # fmt: skip
        items.append((origin(shapes[order[0]]), org_table_html(rows)))
    for shape_id in tables:
        items.append((origin(shapes[shape_id]), _table_html(shapes, shape_id)))
    for shape in shapes.values():
        if shape.id in tree or shape.id in tables or shape.id in in_table or shape.edge:
            continue
        if shape.id in layers or not shape.value.strip():
            continue
        items.append((origin(shape), f"<div>{shape.value}</div>"))
    items.sort(key=lambda item: item[0])
    return "".join(text for _, text in items)


def _table_html(shapes: dict[str, _Shape], table: str) -> str:
    """A table shape: its caption (its own label), its rows top to bottom, cells left to
    right."""
    caption = shapes[table].value
    rows = sorted((shapes[r] for r in shapes[table].children), key=lambda r: r.y)
    body = "".join(
        "<tr>" + "".join(f"<td>{shapes[c].value}</td>"
                         for c in sorted(r.children, key=lambda c: shapes[c].x)) + "</tr>"
        for r in rows
    )  # fmt: skip
    head = f"<p>{caption}</p>" if caption.strip() else ""
    return f"{head}<table>{body}</table>"
