"""A document partitioned into elements by a text-extraction pipeline (Unstructured's JSON:
a list of `{"type": "Title" | "NarrativeText" | "ListItem" | "Table" …, "text": …,
"metadata": {…}}`): read as the document it was cut from — each title a line of its own, each
paragraph and list item, each table as the rows its `text_as_html` draws — without the page
headers and footers the pipeline marked as such."""

from __future__ import annotations

import json
from typing import Any

from loaders.formats.located import SourceText
from loaders.text.document_text import fragment_text, page_text

_ELEMENT_TYPES = frozenset({
    "Title", "NarrativeText", "ListItem", "Table", "UncategorizedText", "Text", "Header",
    "Footer", "PageBreak", "Image", "FigureCaption", "Address", "EmailAddress", "Formula",
    "CompositeElement", "PageNumber",
})  # fmt: skip
_FURNITURE = frozenset({"Header", "Footer", "PageNumber", "PageBreak", "Image"})


def is_document_elements(text: str) -> bool:
    """A JSON list whose items are typed elements with their text."""
    head = text.lstrip()[:2000]
    if not head.startswith("["):
        return False
    try:
        items = json.loads(text)
    except ValueError:
        return False
    return (
        isinstance(items, list)
        and bool(items)
        and all(isinstance(i, dict) and i.get("type") in _ELEMENT_TYPES for i in items)
    )


def render_document_elements(text: str, file: str) -> SourceText:
    """The elements' text in order, a table's rows tab-separated."""
    lines: list[str] = []
    for element in json.loads(text):
        kind = element.get("type")
        if kind in _FURNITURE:
            continue
        body = str(element.get("text") or "").strip()
        if kind == "Table":
            html = _metadata(element).get("text_as_html")
            if isinstance(html, str) and html.strip():
                body = fragment_text(html).strip()
        elif kind == "ListItem" and body and not body.startswith(("・", "-", "•", "●")):
            body = f"・{body}"
        if body:
            lines += ["", body] if kind in ("Title", "Table") else [body]
    return SourceText(page_text("\n".join(lines).strip() + "\n", file))


def _metadata(element: dict[str, Any]) -> dict[str, Any]:
    metadata = element.get("metadata")
    return metadata if isinstance(metadata, dict) else {}
