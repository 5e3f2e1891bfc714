"""A design file's frames as the Figma REST API returns them (`GET /v1/files/:key` or
`/nodes`), read as the finished design shows them.

A 広報 page drawn in Figma is a tree of frames, component instances and text layers, each
placed by `absoluteBoundingBox`. Printed key by key it is a list of fills, strokes and font
styles, its words scattered through it; worse, a designer draws a table one text layer per
column (the accounts' names in one layer, a year's figures in the next, lines joined by
`\\n`), so a row exists only as the same line of sibling layers. Set where they stand (a
layer's lines one line height apart), the words fall on their rows and columns again and
read as a PDF's text printed with its layout does (`positioned_pages`).

Two things of a design are not its page: a layer switched off (`"visible": false`, an
earlier draft kept under the new one) and the layers' own names (last year's 「R7」 over a
column that now reads 令和8年度). Cards of one component laid side by side (a project a
card) are read one after another, each as its lines, not as the columns of a table.
"""

from __future__ import annotations

from typing import Any

from loaders.formats.json_data import parse_json
from loaders.formats.located import SourceText
from loaders.formats.positioned_pages import Run, estimated_width, pages_text
from loaders.text.errors import DocumentError

_CONTAINERS = frozenset(
    {"FRAME", "GROUP", "INSTANCE", "COMPONENT", "COMPONENT_SET", "SECTION", "CANVAS", "DOCUMENT"}
)
_CARDS = frozenset({"INSTANCE", "COMPONENT"})
_DEFAULT_SIZE = 12.0
_MAX_NODES = 200_000


def is_figma_nodes(text: str) -> bool:
    """A Figma API response: a document tree of typed nodes with text layers' `characters`
    and their bounding boxes."""
    head = text.lstrip("\ufeff")[:3000]
    return (
        '"document"' in head
        and '"characters"' in text
        and '"absoluteBoundingBox"' in text
        and ('"type":"FRAME"' in text or '"type": "FRAME"' in text)
    )


def _box(node: dict[str, Any]) -> tuple[float, float, float, float] | None:
    box = node.get("absoluteBoundingBox")
    if not isinstance(box, dict):
        return None
    try:
        return (float(box.get("x") or 0), float(box.get("y") or 0),
                float(box.get("width") or 0), float(box.get("height") or 0))  # fmt: skip
    except (TypeError, ValueError):
        return None


def _number(value: Any, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def _text_runs(node: dict[str, Any]) -> list[Run]:
    """A text layer's lines, one line height apart, each aligned as the layer aligns it."""
    box = _box(node)
    words = node.get("characters")
    if box is None or not isinstance(words, str):
        return []
    style = node.get("style") if isinstance(node.get("style"), dict) else {}
    size = _number(style.get("fontSize"), _DEFAULT_SIZE)
    height = _number(style.get("lineHeightPx"), size * 1.2)
    align = style.get("textAlignHorizontal")
    x, y, width, _ = box
    runs: list[Run] = []
    for k, line in enumerate(words.split("\n")):
        line = " ".join(line.split())
        if not line:
            continue
        extent = estimated_width(line, size)
        left = x
        if align == "RIGHT":
            left = x + width - extent
        elif align == "CENTER":
            left = x + (width - extent) / 2
        runs.append((round(y + k * height), round(left), max(round(extent), 1),
                     max(round(size), 1), line))  # fmt: skip
    return runs


def _is_card_row(children: list[dict[str, Any]]) -> bool:
    """Instances of one component (or frames of one name) standing side by side: cards."""
    cards = [c for c in children if c.get("type") in _CONTAINERS]
    if len(cards) < 2 or len(cards) != len(children):
        return False
    if len({c.get("name") for c in cards}) != 1:  # a component's variants differ in id only
        return False
    return any(c.get("type") in _CARDS for c in cards) or len(cards) >= 3


def _sections(root: dict[str, Any]) -> list[list[Run]]:
    """The page's runs in reading order: the layout around the cards one section, each card
    a section of its own where the cards stand."""
    sections: list[list[Run]] = [[]]
    count = 0

    def visit(node: dict[str, Any]) -> None:
        nonlocal count
        count += 1
        if count > _MAX_NODES or node.get("visible") is False:
            return
        if node.get("type") == "TEXT":
            sections[-1].extend(_text_runs(node))
            return
        children = [c for c in node.get("children") or [] if isinstance(c, dict)]
        shown = [c for c in children if c.get("visible") is not False]
        if _is_card_row(shown):
            for card in sorted(shown, key=_top_left):
                sections.append([])
                visit(card)
            sections.append([])
            return
        for child in children:
            visit(child)

    visit(root)
    return [_from_origin(section) for section in sections if section]


def _top_left(node: dict[str, Any]) -> tuple[float, float]:
    box = _box(node) or (0.0, 0.0, 0.0, 0.0)
    return box[1], box[0]


def _from_origin(runs: list[Run]) -> list[Run]:
    """Runs moved so the section's top left is at the origin (a canvas's coordinates run
    negative)."""
    top = min(r[0] for r in runs)
    left = min(r[1] for r in runs)
    return [(t - top, x - left, w, h, words) for t, x, w, h, words in runs]


def _documents(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        return []
    if isinstance(data.get("document"), dict):  # GET /v1/files/:key
        return [data["document"]]
    nodes = data.get("nodes")
    if isinstance(nodes, dict):  # GET /v1/files/:key/nodes?ids=…
        return [n["document"] for n in nodes.values()
                if isinstance(n, dict) and isinstance(n.get("document"), dict)]  # fmt: skip
    return []


def render_figma_nodes(text: str, file: str) -> SourceText:
    """The design's visible words as layout text, a section a card."""
    documents = _documents(parse_json(text, file))
    if not documents:
        raise DocumentError(file, "a Figma response without a document tree")
    sections = [s for document in documents for s in _sections(document)]
    return pages_text(sections, file)
