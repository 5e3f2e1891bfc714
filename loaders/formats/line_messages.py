"""A LINE Messaging API broadcast (the JSON a city's 広報 account sends: `messages`, text
messages and Flex Messages), read as the phone shows it.

A Flex Message is a layout, not a text: a carousel of bubbles, each a header, a picture, a
body and a footer of boxes nested in boxes, a box laying out its parts one under another
(`vertical`) or side by side (`horizontal`, `baseline`), a text's words sometimes in
styled spans. Printed key by key, it is a tree of types, sizes and colours with the words
scattered in it; the row 「一般会計　○○億○,○○○万円」 is two records apart.

Read as the phone shows it: each text message as its lines; each bubble's header as its
heading, then its body line by line, the parts of a box laid side by side on one line (a
label and its figure, a name and its amount), a separator a break; buttons and pictures
say nothing of the page.
"""

from __future__ import annotations

from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_SIDE_BY_SIDE = frozenset({"horizontal", "baseline"})
_MAX_DEPTH = 40


def is_line_messages(text: str) -> bool:
    head = text.lstrip("\ufeff")[:3000]
    return '"messages"' in head and '"type"' in head and (
        '"bubble"' in text or '"carousel"' in text
    )


def _words(node: dict[str, Any]) -> str:
    """A text's words, its spans joined."""
    spans = node.get("contents")
    if isinstance(spans, list) and spans:
        words = "".join(str(s.get("text") or "") for s in spans if isinstance(s, dict))
    else:
        words = str(node.get("text") or "")
    return words


def _lines(node: Any, depth: int = 0) -> list[str]:
    """A box's lines as the bubble lays them out."""
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return []
    kind = node.get("type")
    if kind == "text":
        return [line for line in _words(node).split("\n") if line.strip()]
    if kind == "separator":
        return [""]
    if kind != "box":
        return []  # an image, a button, an icon, a spacer: nothing the page says
    parts = [p for p in node.get("contents") or [] if isinstance(p, dict)]
    if node.get("layout") in _SIDE_BY_SIDE:
        cells = [" ".join(" ".join(_lines(p, depth + 1)).split()) for p in parts]
        line = "\u3000".join(cell for cell in cells if cell)
        return [line] if line else []
    out: list[str] = []
    size = None  # the size of the line the box opened with
    for part in parts:
        lines = _lines(part, depth + 1)
        own = _size(part)
        if out and out[-1] and len(lines) == 1 and _qualifies(lines[0]) and (
            own is not None and size is not None and own < size
        ):
            # 「一般会計　○○億○,○○○万円」 over a smaller 「前年度 ○○億○,○○○万円」: a note on the
            # line above, printed under it for want of room
            out[-1] += "\u3000" + lines[0]
            continue
        out.extend(lines)
        if size is None and lines:
            size = own
    return out


_SIZES = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl", "3xl", "4xl", "5xl")
_NOTE_OPENINGS = ("(", "（", "前年度", "前年")
_NOTE_MAX = 40


def _size(node: dict[str, Any]) -> int | None:
    """A text's size in the scale of Flex's keywords (a box's: its first text's)."""
    if node.get("type") == "text":
        size = node.get("size") or "md"
        return _SIZES.index(size) if size in _SIZES else None
    for part in node.get("contents") or []:
        if isinstance(part, dict) and (found := _size(part)) is not None:
            return found
    return None


def _qualifies(line: str) -> bool:
    """A short line opening with a bracket or the year before: a note on the line above."""
    return len(line) <= _NOTE_MAX and line.lstrip().startswith(_NOTE_OPENINGS)


def _bubble(bubble: dict[str, Any]) -> list[str]:
    out: list[str] = []
    header = _lines(bubble.get("header"))
    if header:
        out.extend(["", f"## {' '.join(line for line in header if line.strip())}", ""])
    out.extend(_lines(bubble.get("body")))
    out.append("")
    return out


def render_line_messages(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        raise DocumentError(file, "a LINE message request holds a list of messages")
    out: list[str] = []
    for message in (m for m in messages if isinstance(m, dict)):
        kind = message.get("type")
        if kind == "text":
            out.extend([str(message.get("text") or ""), ""])
            continue
        if kind != "flex":
            continue
        contents = message.get("contents") if isinstance(message.get("contents"), dict) else {}
        if contents.get("type") == "carousel":
            bubbles = [b for b in contents.get("contents") or [] if isinstance(b, dict)]
        else:
            bubbles = [contents]
        for bubble in bubbles:
            out.extend(_bubble(bubble))
    return "\n".join(out)
