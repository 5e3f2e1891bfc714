"""A mind map (XMind's `content.json`, FreeMind / Freeplane `.mm`): a tree of topics, read
as the outline it draws — a topic holding others a heading of its depth, a topic holding
none an item of the list under its parent, a topic's labels and notes as lines after its
own entries (short lines that would read as headings over them).

A plan's 施策体系 drawn as a mind map keeps each level only as a topic's depth (「基本目標1
…」 › 「1-1 …」 › 「主な取組」 › entries), and its indicator values and 担当 in the topic's
notes or labels. Printed as headings, items and lines, the recognisers read them as they
read a plan's outline printed on a page."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from loaders.formats.xml_data import local_name, parse_xml
from loaders.text.errors import DocumentError

_MAX_TOPICS = 50_000
_MAX_DEPTH = 64


def is_xmind_content(text: str) -> bool:
    """XMind's content.json: a list of sheets, each with its root topic."""
    head = text.lstrip("\ufeff")[:4000]
    return head.lstrip().startswith("[") and '"rootTopic"' in head


def is_freemind(text: str) -> bool:
    head = text.lstrip("\ufeff")[:2000].lstrip()
    return head.startswith("<map") and "<node" in text[:20_000]


@dataclass
class _Topic:
    title: str
    labels: list[str]
    notes: str
    children: list[_Topic] = field(default_factory=list)


def render_xmind_content(text: str, file: str) -> str:
    try:
        sheets = json.loads(text.lstrip("\ufeff"))
    except ValueError as error:
        raise DocumentError(file, f"malformed XMind content.json: {error}") from error
    if not isinstance(sheets, list):
        raise DocumentError(file, "XMind content.json is not a list of sheets")
    count = [0]
    roots = [_xmind_topic(sheet["rootTopic"], 0, count, file) for sheet in sheets
             if isinstance(sheet, dict) and isinstance(sheet.get("rootTopic"), dict)]  # fmt: skip
    return _page(roots)


def _xmind_topic(topic: dict[str, Any], depth: int, count: list[int], file: str) -> _Topic:
    _count(count, depth, file)
    held = topic.get("children") or {}
    children = [c for c in [*(held.get("attached") or []), *(held.get("detached") or [])]
                if isinstance(c, dict)]  # fmt: skip (floating topics after the tree's own)
    notes = ((topic.get("notes") or {}).get("plain") or {}).get("content") or ""
    labels = [str(label) for label in topic.get("labels") or []]
    return _Topic(str(topic.get("title") or ""), labels, str(notes),
                  [_xmind_topic(c, depth + 1, count, file) for c in children])  # fmt: skip


def render_freemind(text: str, file: str) -> str:
    root = parse_xml(text, file)
    count = [0]
    return _page([_freemind_node(node, 0, count, file) for node in root
                  if local_name(node.tag) == "node"])  # fmt: skip


def _freemind_node(node: Element, depth: int, count: list[int], file: str) -> _Topic:
    _count(count, depth, file)
    notes = " ".join(
        "".join(c.itertext()).strip() for c in node
        if local_name(c.tag) == "richcontent" and (c.get("TYPE") or "").upper() == "NOTE"
    )  # fmt: skip
    title = node.get("TEXT") or "".join(
        "".join(c.itertext()).strip() for c in node
        if local_name(c.tag) == "richcontent" and (c.get("TYPE") or "NODE").upper() == "NODE"
    )  # fmt: skip
    return _Topic(title, [], notes, [_freemind_node(c, depth + 1, count, file) for c in node
                                     if local_name(c.tag) == "node"])  # fmt: skip


def _page(roots: list[_Topic]) -> str:
    out: list[str] = []
    for root in roots:
        _render(root, 0, out)
    return f"<html><body><main>{''.join(out)}</main></body></html>"


def _render(topic: _Topic, depth: int, out: list[str]) -> None:
    """The topic, its leaves (before its notes: their lines may read as headings), its labels
    and notes, then the topics holding others."""
    _write(topic.title, bool(topic.children), depth, out)
    for child in topic.children:
        if not child.children:
            _render(child, depth + 1, out)
    _lines(topic.labels, topic.notes, out)
    for child in topic.children:
        if child.children:
            _render(child, depth + 1, out)


def _count(count: list[int], depth: int, file: str) -> None:
    count[0] += 1
    if count[0] > _MAX_TOPICS:
        raise DocumentError(file, f"too many topics in the mind map (over {_MAX_TOPICS})")
    if depth > _MAX_DEPTH:
        raise DocumentError(file, f"mind map nested deeper than {_MAX_DEPTH} levels")


def _write(title: str, parent: bool, depth: int, out: list[str]) -> None:
    """A topic holding others as a heading (a line past the sixth level), a leaf as an
    item."""
    lines = [html.escape(line.strip()) for line in title.splitlines() if line.strip()]
    text = "".join(lines) if len(lines) <= 1 else "<br>".join(lines)
    if parent:
        out.append(f"<h{depth + 1}>{text}</h{depth + 1}>" if depth < 6 else f"<p>{text}</p>")
    else:
        out.append(f"<ul><li>{text}</li></ul>")


def _lines(labels: list[str], notes: str, out: list[str]) -> None:
    """A topic's labels and notes, a line each, after its own entries."""
    for line in [*labels, *notes.splitlines()]:
        if line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
