"""A rich-text field of a headless CMS as the page it renders (Contentful's Rich Text JSON:
「{"nodeType": "document", "content": [...]}」, as its Delivery and GraphQL APIs and sites
built on them, such as a Gatsby page's `page-data.json`, carry a page's body).

Printed key by key, the tree buries every word under a heading per node (「paragraph」,
「table-row」, 「text」 …), and a table's cells end up lines apart. Rendered as the HTML the
CMS's own renderer makes (headings, paragraphs, lists, tables), it reads as the page."""

from __future__ import annotations

import html
from typing import Any

_MAX_DEPTH = 64
_BLOCKS = {
    "paragraph": "p", "heading-1": "h1", "heading-2": "h2", "heading-3": "h3",
    "heading-4": "h4", "heading-5": "h5", "heading-6": "h6", "unordered-list": "ul",
    "ordered-list": "ol", "list-item": "li", "blockquote": "blockquote", "table": "table",
    "table-row": "tr", "table-cell": "td", "table-header-cell": "th",
}  # fmt: skip


def is_rich_text(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.get("nodeType") == "document"
        and isinstance(value.get("content"), list)
    )


def rich_text_html(value: dict[str, Any]) -> str:
    return "".join(_node(child, 0) for child in value.get("content") or [])


def _node(node: Any, depth: int) -> str:
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return ""
    kind = str(node.get("nodeType") or "")
    if kind == "text":
        return html.escape(str(node.get("value") or ""))
    if kind == "hr":
        return "<hr>"
    inner = "".join(_node(child, depth + 1) for child in node.get("content") or [])
    tag = _BLOCKS.get(kind)
    if kind in ("table-cell", "table-header-cell"):  # a cell's paragraphs, one line each
        inner = inner.replace("</p><p>", "<br>").replace("<p>", "").replace("</p>", "")
    return f"<{tag}>{inner}</{tag}>" if tag else inner  # (a hyperlink: its words)
