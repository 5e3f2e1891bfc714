"""A GraphML diagram (yEd's .graphml): an org chart drawn as boxes, groups and edges, read
as the chart.

Each node is a box whose label (`y:NodeLabel`, lines broken by a character reference) names
a unit and what it holds (「財政課&#10;11人」); a group node (`yfiles.foldertype` group or
folder) frames the boxes of its own nested `<graph>` — a 部 and its 課, the 課 hanging from
the 部 only by that nesting — and labels itself in its active realizer (「総務部　53人」);
an edge joins a box to the box under it (a post to its 部). Properties the drawer declared
(`<key attr.name="前年度（R7.4.1）" for="node">`) hold what the label does not print, and a
node's description a note. The boxes are printed as the table of `loaders.text.org_tables`
(the properties a column each), each under the box it hangs from; the graph's description
is the page's title.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from loaders.formats.xml_data import local_name
from loaders.text.org_tables import Box, children_of, org_table_html, top_down

_SPACE = re.compile(r"[ \u3000]+")
_SHOWN = ("description", "url")  # keys of a node's note and link, no property of the unit


def is_graphml(root: Element) -> bool:
    return local_name(root.tag) == "graphml"


def _keys(root: Element) -> tuple[dict[str, str], set[str], str | None]:
    """The node keys' names (id → attr.name), the ids of notes, the graph description's."""
    names: dict[str, str] = {}
    notes: set[str] = set()
    described = None
    for key in root:
        if local_name(key.tag) != "key" or not (name := key.get("attr.name")):
            continue
        target = key.get("for")
        if target == "graph" and name.lower() == "description":
            described = key.get("id")
        elif target == "node" and name.lower() in _SHOWN:
            if name.lower() == "description":
                notes.add(key.get("id") or "")
        elif target in ("node", "all"):
            names[key.get("id") or ""] = name
    return names, notes, described


def _label(node: Element) -> list[str]:
    """A node's label lines; a group's from the realizer that says the most (its open
    state names it with what it holds, 「総務部　53人」; its folded one the name alone)."""
    realizers = next((e for e in node.iter() if local_name(e.tag) == "Realizers"), None)
    if realizers is None:
        return _texts(node)
    shown = [_texts(e) for e in realizers]
    return max(shown, key=lambda lines: len("".join(lines)), default=[])


def _texts(scope: Element) -> list[str]:
    for label in scope.iter():
        if local_name(label.tag) == "NodeLabel" and (label.text or "").strip():
            return [line.strip() for line in (label.text or "").splitlines() if line.strip()]
    return []


def _parts(lines: list[str]) -> list[str]:
    """「総務部　53人」 on one line: the name, then the rest of the line."""
    if len(lines) == 1 and len(words := _SPACE.split(lines[0])) > 1:
        if all(len(word) == 1 for word in words):
            return ["".join(words)]  # 「市　長」: one name, its letters spread
        return [words[0], " ".join(words[1:])]
    return lines


def render_graphml(root: Element) -> str:
    """The diagram as an HTML page: its description as the title, the boxes as a table."""
    names, note_keys, described = _keys(root)
    boxes: dict[str, list[str]] = {}
    properties: dict[str, tuple[tuple[str, str], ...]] = {}
    notes: dict[str, str] = {}
    order: list[str] = []
    parents: dict[str, str] = {}
    title = ""

    def visit(graph: Element, frame: str | None) -> None:
        for node in graph:
            if local_name(node.tag) != "node":
                continue
            key = node.get("id") or ""
            order.append(key)
            boxes[key] = _parts(_label(node))
            own = [d for d in node if local_name(d.tag) == "data"]
            properties[key] = tuple((names[d.get("key") or ""], (d.text or "").strip())
                                    for d in own if d.get("key") in names)  # fmt: skip
            notes[key] = " ".join(" ".join((d.text or "").split()) for d in own
                                  if d.get("key") in note_keys).strip()  # fmt: skip
            if frame is not None:
                parents[key] = frame
            for inner in node:
                if local_name(inner.tag) == "graph":
                    visit(inner, key)

    for graph in root:
        if local_name(graph.tag) != "graph":
            continue
        for data in graph:
            if local_name(data.tag) == "data" and data.get("key") == described:
                title = " ".join((data.text or "").split())
        visit(graph, None)
    for edge in root.iter():
        if local_name(edge.tag) != "edge":
            continue
        source, target = edge.get("source") or "", edge.get("target") or ""
        if source in boxes and target in boxes and source != target:
            parents.setdefault(target, source)
    tops = [k for k in order if k not in parents]
    rows = [k for k in top_down(tops, children_of(order, parents)) if boxes.get(k)]
    table = [Box(boxes[k], boxes[parents[k]][0] if parents.get(k) in boxes and boxes[parents[k]]
                 else "", notes.get(k, ""), properties.get(k, ())) for k in rows]  # fmt: skip
    head = f"<h1>{html.escape(title)}</h1>" if title else ""
    return f"<html><body><main>{head}{org_table_html(table)}</main></body></html>"
