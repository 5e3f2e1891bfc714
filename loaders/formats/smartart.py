"""A SmartArt diagram's data part (an Office file's `diagrams/dataN.xml`, `dgm:dataModel`):
an org chart drawn in PowerPoint or Word, read as the chart.

The part lists the diagram's points (`dgm:pt`: each box's text as DrawingML paragraphs) and
its connections (`dgm:cxn`); a connection without a type joins a box to the box under it,
`srcOrd` its place among its siblings (the typed ones — `presOf`, `presParOf` — belong to the
drawing, as do the points typed `pres`, `parTrans`, `sibTrans`). The boxes hang from each
other only by those connections, so they are printed as the table of
`loaders.text.org_tables`, each box under the box it hangs from, top down.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from loaders.formats.xml_data import local_name
from loaders.text.org_tables import Box, org_table_html, top_down

_DRAWING_POINTS = frozenset({"pres", "parTrans", "sibTrans"})
_COUNT = re.compile(r"[0-9０-９]\s*[人名]")  # 「9人」: a unit's count, no title's line


def is_smartart_data(root: Element) -> bool:
    return local_name(root.tag) == "dataModel" and any(
        local_name(c.tag) == "ptLst" for c in root
    )


def render_smartart_data(root: Element) -> str:
    """The diagram as an HTML page: the top box's text as its title, the boxes as a table."""
    texts: dict[str, list[str]] = {}
    order: list[str] = []
    document = None
    for point in root.iter():
        if local_name(point.tag) != "pt":
            continue
        key, kind = point.get("modelId") or "", point.get("type") or "node"
        if kind == "doc":
            document = key
        if kind in _DRAWING_POINTS or kind == "doc" or not key:
            continue
        texts[key] = _lines(point)
        order.append(key)
    children: dict[str, list[tuple[int, str]]] = {}
    parent: dict[str, str] = {}
    for link in root.iter():
        if local_name(link.tag) != "cxn" or link.get("type") not in (None, "parOf"):
            continue
        source, target = link.get("srcId") or "", link.get("destId") or ""
        if target in texts and (source in texts or source == document):
            children.setdefault(source, []).append((_order(link.get("srcOrd")), target))
            if source in texts:
                parent.setdefault(target, source)
    tops = [t for _, t in sorted(children.get(document or "", []))] or [
        k for k in order if k not in parent
    ]
    rows = top_down(tops, {k: [t for _, t in sorted(v)] for k, v in children.items()})
    title = ""
    first = tops[0] if tops else None
    if first is not None and len(texts[first]) > 1 and not children.get(first) and not (
        _COUNT.search(" ".join(texts[first][1:]))
    ):
        # a chart's first top box, alone, of several lines and no count (「○○市行政組織図」
        # over its date): the page's title, no unit
        title = "".join(f"<p>{html.escape(line)}</p>" for line in texts[first])
        rows = [k for k in rows if k != first]
    boxes = [Box(texts[k] or [""], texts[parent[k]][0] if k in parent and texts[parent[k]]
                 else "") for k in rows if texts[k]]  # fmt: skip
    return f"<html><body><main>{title}{org_table_html(boxes)}</main></body></html>"


def _lines(point: Element) -> list[str]:
    """A point's paragraphs as lines (its runs joined), empty ones left out."""
    lines = []
    for paragraph in point.iter():
        if local_name(paragraph.tag) != "p":
            continue
        text = "".join(t.text or "" for t in paragraph.iter() if local_name(t.tag) == "t")
        if text.strip():
            lines.append(text.strip())
    return lines


def _order(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
