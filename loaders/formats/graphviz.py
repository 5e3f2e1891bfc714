"""A Graphviz DOT file (.dot, .gv): an org chart a system generates as boxes joined by edges,
read as the page its rendering shows.

pydot parses. The graph's label is the page's title; each box (a node) is its label's lines
(a quoted label's 「\\n」 breaks, an HTML label's <BR/>, an `xlabel` printed beside the box),
and its tooltip a note on it. Which box hangs from which exists only in the edges (「部 ->
課」), so the boxes joined by edges are printed as the table of `loaders.text.org_tables`, the
box at an edge's tail the parent of the box at its head. A cluster (`subgraph cluster_…`)
draws a frame labelled with what it holds (「企画部　58人（R7 55人）」): its label gives the
box of the same name inside it the rest of its line, and a frame with no such box is a box
of its own, hanging from the frame around it.
"""

from __future__ import annotations

import html
import re
import warnings

import pydot

from loaders.text.errors import DocumentError
from loaders.text.org_tables import Box, children_of, label_parts, org_table_html, top_down

# a DOT file opens with its graph, after comments: 「digraph name {」, 「strict graph {」
_SIGNATURE = re.compile(r"^(?:strict\s+)?(?:di)?graph\b[^{;]*\{", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^\s*(?://|#).*$", re.MULTILINE)
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_MAX_CHARS = 2_000_000  # a generated chart of a city's units is far smaller
_DEFAULTS = {"graph", "node", "edge"}  # pydot's entries for attribute statements
# a quoted label's line breaks (centred, left-, right-justified)
_ESCAPED_BREAK = re.compile(r"\\[nlr]")


def is_dot(text: str) -> bool:
    head = _BLOCK_COMMENT.sub("", _COMMENT_LINE.sub("", text.lstrip("\ufeff")[:4000]))
    return bool(_SIGNATURE.match(head.lstrip()))


def render_dot(text: str, file: str) -> str:
    """The graph as one HTML page: its title, the org chart's table, the other labels."""
    if len(text) > _MAX_CHARS:
        raise DocumentError(file, f"DOT file too large: {len(text)} characters")
    try:
        with warnings.catch_warnings():
            # pydot builds its grammar with pyparsing's older names, which newer pyparsing
            # warns about: the library's own upkeep, nothing of the file's
            warnings.simplefilter("ignore", DeprecationWarning)
            graphs = pydot.graph_from_dot_data(text)
    except Exception as error:  # pyparsing's and pydot's own errors alike
        raise DocumentError(file, f"malformed DOT graph: {error}") from error
    if not graphs:
        raise DocumentError(file, "malformed DOT graph: no graph in the file")
    return "<html><body><main>" + "".join(_graph_html(g) for g in graphs) + "</main></body></html>"


def _value(raw: object) -> str:
    """An attribute's value as written: quotes and a quoted string's escapes undone, an HTML
    label (「<…>」) kept as its markup."""
    text = str(raw or "").strip()
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        text = text[1:-1].replace('\\"', '"')
        return _ESCAPED_BREAK.sub("<br>", html.escape(text, quote=False))
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    return html.escape(text, quote=False)


def _label(attributes: dict[str, object], name: str) -> list[str]:
    """A box's lines: its label (its name when it has none), then its xlabel."""
    label = _value(attributes.get("label")) if "label" in attributes else html.escape(name)
    parts = label_parts(label) if label.strip() != "\\N" else [name]
    if (outside := _value(attributes.get("xlabel"))) and outside.strip():
        parts = [*parts, *label_parts(outside)]
    return [p for p in parts if p] or [name]


def _graph_html(graph: pydot.Dot) -> str:
    boxes: dict[str, list[str]] = {}  # node name → its lines
    notes: dict[str, str] = {}
    order: list[str] = []
    parents: dict[str, str] = {}
    frames: list[tuple[list[str], list[str], str | None]] = []  # (label, nodes, outer frame)

    def visit(part: pydot.Graph, frame: str | None) -> list[str]:
        inside: list[str] = []
        for node in part.get_nodes():
            name = node.get_name().strip('"')
            if name in _DEFAULTS:
                continue
            attributes = node.get_attributes()
            if name not in boxes:
                order.append(name)
            if name not in boxes or "label" in attributes or "xlabel" in attributes:
                boxes[name] = _label(attributes, name)  # (「{rank=same; a; b}」 names them only)
            if tip := label_parts(_value(attributes.get("tooltip")))[0]:
                notes[name] = tip
            inside.append(name)
        for edge in part.get_edges():
            tail = str(edge.get_source()).strip('"').split(":")[0]
            head = str(edge.get_destination()).strip('"').split(":")[0]
            for end in (tail, head):
                if end not in boxes:
                    order.append(end)
                    boxes[end] = [end]
            if tail != head:
                parents.setdefault(head, tail)
        for sub in part.get_subgraphs():
            sub_name = sub.get_name().strip('"')
            label = label_parts(_value(sub.get_attributes().get("label")))
            held = visit(sub, sub_name if label[0] else frame)
            inside.extend(held)
            if sub_name.startswith("cluster") and label[0]:
                frames.append((label, held, frame))
        return inside

    visit(graph, None)
    for label, held, _outer in frames:
        words = label[0].split()
        name, rest = words[0], [" ".join(words[1:]), *label[1:]]
        own = next((n for n in held if boxes[n][0] == name), None)
        if own is not None:  # 「企画部」 framed by 「企画部　58人」: the frame's count is its
            boxes[own] = [name, *[r for r in rest if r], *boxes[own][1:]]
    # the graph's label, set as an attribute (「label=…」) or in 「graph [label=…]」
    settings = {**{k: v for d in graph.get_graph_defaults() for k, v in d.items()},
                **graph.get_attributes()}  # fmt: skip
    title = label_parts(_value(settings.get("label")))
    tree = set(parents) | set(parents.values())
    out = [f"<h1>{html.escape(line)}</h1>" for line in title[:1] if line]
    out.extend(f"<p>{html.escape(line)}</p>" for line in title[1:])
    if tree:
        name_of = {n: boxes[n][0] for n in order}
        rows = [Box(boxes[n], name_of.get(parents.get(n, ""), ""), notes.get(n, ""))
                for n in _top_down(order, parents)]  # fmt: skip
        out.append(org_table_html(rows))
    for name in order:
        if name not in tree:
            out.append(f"<p>{html.escape(' '.join(boxes[name]))}</p>")
    return "".join(out)


def _top_down(order: list[str], parents: dict[str, str]) -> list[str]:
    """The boxes joined by edges, top down (`org_tables.top_down`), in the file's order;
    any box a cycle leaves unreached after them."""
    children = children_of(order, parents)
    tops = [n for n in order if n not in parents and n in children]
    out = top_down(tops, children)
    seen = set(out)
    return out + [n for n in order if (n in parents or n in children) and n not in seen]
