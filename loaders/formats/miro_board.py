"""A Miro board's items as its REST API (v2) returns them, read as the board shows them.

A board is a canvas, not a list: a plan's system drawn on it puts each goal in a frame
(`data.title` 「基本目標1　…」), each policy in a shape inside it (`parent.id`), and the
policy's entries as sticky notes and cards that belong to it only through the arrows drawn
from it (`connectors`: `startItem` → `endItem`). Printed key by key, the items are a table
of ids, colours and coordinates in the order they were made, the arrows another table of
ids: what hangs from what is lost.

Read as a person reads the board: the free text items first (its title), then each frame
under its title, in the order the frames stand (top to bottom, left to right); inside a
frame, each shape that arrows point from as a heading with what its arrows reach under it
(a sticky note an entry of its list, a card its title then its description's lines), then
the rest of the frame's items where they stand.
"""

from __future__ import annotations

import html
import re
from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_ITEM_TYPES = ("sticky_note", "shape", "frame", "card", "text")
_MAX_ITEMS = 100_000
_PARAGRAPH = re.compile(r"</p>\s*<p[^>]*>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


def is_miro_board(text: str) -> bool:
    head = text.lstrip("\ufeff")[:4000]
    return (
        '"items"' in head
        and '"type": "frame"' in text
        and ('"sticky_note"' in text or '"connector"' in text)
    )


def _lines(markup: Any) -> list[str]:
    """An item's rich text (「<p><strong>1-1</strong></p><p>名称</p>」) as its lines."""
    text = _PARAGRAPH.sub("\n", str(markup or ""))
    text = html.unescape(_TAG.sub("", text))
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _place(item: dict[str, Any]) -> tuple[float, float]:
    """Where an item stands: top to bottom, then left to right."""
    position = item.get("position") or {}
    try:
        return float(position.get("y") or 0), float(position.get("x") or 0)
    except (TypeError, ValueError):
        return 0.0, 0.0


def _parent(item: dict[str, Any]) -> str | None:
    parent = item.get("parent")
    return str(parent.get("id")) if isinstance(parent, dict) and parent.get("id") else None


def _words(item: dict[str, Any]) -> list[str]:
    data = item.get("data") if isinstance(item.get("data"), dict) else {}
    if item.get("type") == "card":
        return [*_lines(data.get("title")), *_lines(data.get("description"))]
    return _lines(data.get("content"))


def _written(item: dict[str, Any]) -> list[str]:
    """An item as lines under the frame or shape it belongs to."""
    words = _words(item)
    if not words:
        return []
    if item.get("type") == "sticky_note":
        return [f"・{' '.join(words)}"]
    if item.get("type") == "shape" and _headed(item) and len(words) > 1:
        # 「<p><strong>総務課</strong> 11人</p><p>総務係 5人</p>」: a box headed by its bold
        # first line, the lines under it its parts, set in under it as the box shows them
        return [words[0], *(f"　{line}" for line in words[1:]), ""]
    return [*words, ""]


def _headed(item: dict[str, Any]) -> bool:
    """Whether a box's first paragraph opens in bold and no other does: its heading."""
    data = item.get("data") if isinstance(item.get("data"), dict) else {}
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", str(data.get("content") or ""), re.S)
    return (
        bool(paragraphs)
        and paragraphs[0].lstrip().startswith(("<strong>", "<b>"))
        and not any(p.lstrip().startswith(("<strong>", "<b>")) for p in paragraphs[1:])
    )


def render_miro_board(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) > _MAX_ITEMS:
        raise DocumentError(file, "a Miro board export holds a list of items")
    items = [i for i in items if isinstance(i, dict) and i.get("type") in _ITEM_TYPES]
    connectors = [c for c in data.get("connectors") or [] if isinstance(c, dict)]
    arrows: dict[str, list[str]] = {}
    for connector in connectors:
        start, end = connector.get("startItem") or {}, connector.get("endItem") or {}
        if isinstance(start, dict) and isinstance(end, dict) and start.get("id") and end.get("id"):
            arrows.setdefault(str(start["id"]), []).append(str(end["id"]))
    by_id = {str(i.get("id")): i for i in items}
    reached = {end for ends in arrows.values() for end in ends}
    out: list[str] = []
    board = data.get("board") if isinstance(data.get("board"), dict) else {}
    if board.get("name"):
        out.extend([f"# {' '.join(str(board['name']).split())}", ""])
    frames = sorted((i for i in items if i.get("type") == "frame"), key=_place)
    frame_ids = {str(f.get("id")) for f in frames}
    for item in sorted(items, key=_place):
        loose = item.get("type") != "frame" and _parent(item) not in frame_ids
        if loose and str(item.get("id")) not in reached:
            out.extend(_written(item))
    for frame in frames:
        data_ = frame.get("data") if isinstance(frame.get("data"), dict) else {}
        title = " ".join(str(data_.get("title") or "").split())
        out.extend(["", f"## {title}" if title else "", ""])
        inside = sorted((i for i in items if _parent(i) == str(frame.get("id"))), key=_place)
        for item in inside:
            key = str(item.get("id"))
            if key in reached and key not in arrows:
                continue  # read under the shape its arrow comes from
            if key in arrows:
                out.extend(["", f"### {' '.join(_words(item))}"])
                ends = sorted((by_id[e] for e in arrows[key] if e in by_id), key=_place)
                for end in ends:
                    out.extend(_written(end))
                out.append("")
            else:
                out.extend(_written(item))
    return "\n".join(out)
