"""A rich-text field of a headless CMS as the page it renders (Contentful's Rich Text JSON:
「{"nodeType": "document", "content": [...]}」, as its Delivery and GraphQL APIs and sites
built on them, such as a Gatsby page's `page-data.json`, carry a page's body; Editor.js's
output, 「{"time": …, "blocks": [{"type": "header", "data": {…}}, …]}」, as a CMS built on that
editor stores a body: headers, paragraphs, nested lists, tables of rows; Sanity's Portable
Text, an array of blocks of spans styled as headings, paragraphs or list items; a ProseMirror
document, 「{"type": "doc", "content": [{"type": "heading", "attrs": {"level": 1}, …}]}」, as
Box Notes, Tiptap and other editors built on it save a note, a span struck through (an amount
revised) left out as the note shows it crossed out).

Printed key by key, the tree buries every word under a heading per node (「paragraph」,
「table-row」, 「text」 …), and a table's cells end up lines apart. Rendered as the HTML the
CMS's own renderer makes (headings, paragraphs, lists, tables), it reads as the page."""

from __future__ import annotations

import html
import re
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
    ) or _is_editor_blocks(value) or _is_portable_text(value) or _is_prosemirror(value)


def rich_text_html(value: Any) -> str:
    if _is_prosemirror(value):
        return "".join(_prosemirror_node(child, 0) for child in value["content"])
    if _is_portable_text(value):
        return _portable_text_html(value)
    if _is_editor_blocks(value):
        return "".join(_editor_block(block) for block in value["blocks"])
    return "".join(_node(child, 0) for child in value.get("content") or [])


# -- ProseMirror (Box Notes, Tiptap): 「{type: "doc", content: [{type: "paragraph", …}]}」 ------
_PROSEMIRROR = {
    "paragraph": "p", "blockquote": "blockquote", "bullet_list": "ul", "bulletList": "ul",
    "ordered_list": "ol", "orderedList": "ol", "list_item": "li", "listItem": "li",
    "check_list": "ul", "check_list_item": "li", "taskList": "ul", "taskItem": "li",
    "table": "table", "table_row": "tr", "tableRow": "tr", "table_cell": "td",
    "tableCell": "td", "table_header": "th", "tableHeader": "th", "code_block": "pre",
    "codeBlock": "pre",
}  # fmt: skip
_STRUCK_MARKS = frozenset({"strike", "strikethrough", "s", "del"})


def _is_prosemirror(value: Any) -> bool:
    return (
        isinstance(value, dict) and value.get("type") == "doc"
        and isinstance(value.get("content"), list)
    )  # fmt: skip


def _prosemirror_node(node: Any, depth: int) -> str:
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return ""
    kind = node.get("type")
    if kind == "text":
        marks = {m.get("type") for m in node.get("marks") or [] if isinstance(m, dict)}
        return "" if marks & _STRUCK_MARKS else html.escape(str(node.get("text") or ""))
    if kind in ("hard_break", "hardBreak"):
        return "<br>"
    inner = "".join(_prosemirror_node(c, depth + 1) for c in node.get("content") or [])
    attrs = node.get("attrs") if isinstance(node.get("attrs"), dict) else {}
    if kind == "heading":
        level = attrs.get("level") if attrs.get("level") in (1, 2, 3, 4, 5, 6) else 2
        return f"<h{level}>{inner}</h{level}>"
    tag = _PROSEMIRROR.get(str(kind))
    if tag is None:
        return inner
    spans = "".join(f' {k}="{int(v)}"' for k in ("colspan", "rowspan")
                    if isinstance(v := attrs.get(k), int) and v > 1)  # fmt: skip
    return f"<{tag}{spans}>{inner}</{tag}>"


# -- Portable Text (Sanity): 「[{_type: "block", style: "h2", children: [{text}]}, …]」 ---------
_STYLES = {"h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5", "h6": "h6",
           "blockquote": "blockquote"}  # fmt: skip


def _is_portable_text(value: Any) -> bool:
    """Sanity's rich text: an array of blocks of spans (and custom objects such as tables)."""
    return (
        isinstance(value, list) and bool(value)
        and all(isinstance(b, dict) and isinstance(b.get("_type"), str) for b in value)
        and any(b["_type"] == "block" and isinstance(b.get("children"), list) for b in value)
    )  # fmt: skip


def _portable_text_html(blocks: list[dict[str, Any]]) -> str:
    out: list[str] = []
    open_list = ""
    for block in blocks:
        kind = block.get("listItem") if block.get("_type") == "block" else None
        tag = ("ol" if kind == "number" else "ul") if kind else ""
        if open_list and tag != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if tag and not open_list:
            out.append(f"<{tag}>")
            open_list = tag
        if block.get("_type") == "block":
            text = "".join(html.escape(str(c.get("text") or "")) for c in block["children"]
                           if isinstance(c, dict))  # fmt: skip
            element = "li" if tag else _STYLES.get(str(block.get("style")), "p")
            out.append(f"<{element}>{text}</{element}>")
        elif isinstance(rows := block.get("rows"), list):  # a table plugin's rows of cells
            cells = [r.get("cells") for r in rows if isinstance(r, dict)]
            out.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
                for row in cells if isinstance(row, list)
            ) + "</table>")  # fmt: skip
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out)


def _is_editor_blocks(value: Any) -> bool:
    """Editor.js's saved data: blocks, each a type and its data."""
    blocks = value.get("blocks") if isinstance(value, dict) else None
    return isinstance(blocks, list) and bool(blocks) and all(
        isinstance(b, dict) and isinstance(b.get("type"), str) and isinstance(b.get("data"), dict)
        for b in blocks
    )


def _editor_block(block: dict[str, Any]) -> str:
    """One Editor.js block as HTML; its texts are HTML already (<b>, <br>, &nbsp;)."""
    kind, data = block["type"].lower(), block["data"]
    text = str(data.get("text") or "")
    if kind in ("header", "heading"):
        level = data.get("level")
        level = level if isinstance(level, int) and 1 <= level <= 6 else 2
        return f"<h{level}>{text}</h{level}>"
    if kind == "paragraph":
        return f"<p>{text}</p>"
    if kind in ("quote", "warning"):
        return f"<blockquote>{text or data.get('message') or ''}</blockquote>"
    if kind in ("list", "nestedlist", "checklist"):
        tag = "ol" if data.get("style") == "ordered" else "ul"
        return _editor_list(data.get("items"), tag, 0)
    if kind == "table":
        rows = [r for r in data.get("content") or [] if isinstance(r, list)]
        cell = "th" if data.get("withHeadings") else "td"
        out = []
        for k, row in enumerate(rows):
            tag = cell if k == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
        return f"<table>{''.join(out)}</table>"
    if kind == "delimiter":
        return "<hr>"
    caption = data.get("caption")
    return f"<p>{caption}</p>" if isinstance(caption, str) and caption.strip() else ""


def _editor_list(items: Any, tag: str, depth: int) -> str:
    """A list's items: strings, or (nested lists) 「{content, items}」 with their own items."""
    if not isinstance(items, list) or depth > _MAX_DEPTH:
        return ""
    out = []
    for item in items:
        if isinstance(item, dict):
            inner = _editor_list(item.get("items"), tag, depth + 1)
            content = _LINE_BREAK.sub("　", str(item.get("content") or item.get("text") or ""))
            out.append(f"<li>{content}{inner}</li>")
        else:
            out.append(f"<li>{_LINE_BREAK.sub('　', str(item))}</li>")
    return f"<{tag}>{''.join(out)}</{tag}>"


# 「X事業 4億円<br>担当課」: an item's second line, set under its first in the editor; one
# entry, read on one line
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


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
