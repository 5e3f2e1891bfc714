"""An Excalidraw scene file (`.excalidraw`, `"type": "excalidraw"`), read as the drawing
shows it.

A scene is a flat list of elements: boxes (`rectangle`, `ellipse`, `diamond`), the words
inside them as `text` elements bound to their box (`containerId`), free words, and arrows
bound to the boxes they join (`startBinding`/`endBinding`). An org chart drawn in it keeps
its hierarchy only in those arrows: the boxes stand in the order they were drawn, and a box
deleted in the editor stays in the file marked `isDeleted`. Printed key by key, it is a
table of coordinates, seeds and versions.

Read as a person reads the drawing: the free words first, top to bottom (a title, a note
saying what the brackets hold), then each box no arrow reaches as a heading with the boxes
its arrows reach under it, a level deeper, in the order they stand (left to right); a box
that reaches no other is an entry of the list under its box. Deleted elements are left out.
"""

from __future__ import annotations

from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_BOXES = frozenset({"rectangle", "ellipse", "diamond", "frame"})
_MAX_ELEMENTS = 100_000
_MAX_LEVEL = 6


def is_excalidraw(text: str) -> bool:
    head = text.lstrip("\ufeff")[:500]
    return '"excalidraw"' in head and '"elements"' in text


def _place(element: dict[str, Any]) -> tuple[float, float]:
    try:
        return float(element.get("y") or 0), float(element.get("x") or 0)
    except (TypeError, ValueError):
        return 0.0, 0.0


def _lines(element: dict[str, Any]) -> list[str]:
    words = element.get("originalText") or element.get("text") or ""
    return [" ".join(line.split()) for line in str(words).split("\n") if line.strip()]


def _bound(arrow: dict[str, Any], end: str) -> str | None:
    binding = arrow.get(end)
    if isinstance(binding, dict) and binding.get("elementId"):
        return str(binding["elementId"])
    return None


def render_excalidraw(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    elements = data.get("elements") if isinstance(data, dict) else None
    if not isinstance(elements, list) or len(elements) > _MAX_ELEMENTS:
        raise DocumentError(file, "an Excalidraw scene holds a list of elements")
    shown = [e for e in elements if isinstance(e, dict) and not e.get("isDeleted")]
    by_id = {str(e.get("id")): e for e in shown}
    words: dict[str, list[str]] = {}  # a box's id → the lines of the text bound to it
    free: list[dict[str, Any]] = []
    for element in shown:
        if element.get("type") != "text":
            continue
        container = element.get("containerId")
        if container and str(container) in by_id:
            words.setdefault(str(container), []).extend(_lines(element))
        elif not container:
            free.append(element)
    arrows: dict[str, list[str]] = {}
    for arrow in (e for e in shown if e.get("type") == "arrow"):
        start, end = _bound(arrow, "startBinding"), _bound(arrow, "endBinding")
        if start in words and end in words and start != end:
            arrows.setdefault(start, []).append(end)  # type: ignore[index]
    reached = {end for ends in arrows.values() for end in ends}
    out = [" ".join(_lines(e)) if len(_lines(e)) == 1 else "\n".join(_lines(e))
           for e in sorted(free, key=_place)]  # fmt: skip
    out.append("")
    seen: set[str] = set()

    def write(key: str, level: int) -> None:
        if key in seen:
            return  # an arrow back up the chart: each box once
        seen.add(key)
        line = " ".join(words[key])
        children = sorted((by_id[k] for k in arrows.get(key, []) if k in by_id),
                          key=lambda e: _place(e)[::-1])  # fmt: skip
        if not children:
            out.append(f"・{line}")
            return
        out.extend(["", f"{'#' * min(level, _MAX_LEVEL)} {line}", ""])
        for child in children:
            write(str(child.get("id")), level + 1)

    roots = [by_id[k] for k in words if k not in reached and by_id[k].get("type") in _BOXES]
    for root in sorted(roots, key=_place):
        write(str(root.get("id")), 2)
    return "\n".join(out)
