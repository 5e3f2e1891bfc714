"""A Google Docs document as the Docs API returns it (`documents.get`: `title`, `body.content`
of structural elements), turned into the HTML the document shows, which is then read as a
saved page is.

The body is a list of paragraphs, tables and section breaks, every word in a `textRun`
between offsets; a paragraph's kind is its `namedStyleType` (TITLE, HEADING_1 …), a list
item's its `bullet`, a table's rows `tableRows` › `tableCells` › paragraphs again. Printed
key by key, each run of bold letters is a record of its own and no table survives.
"""

from __future__ import annotations

import html
from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_HEADINGS = {"TITLE": 1, "SUBTITLE": 2, "HEADING_1": 2, "HEADING_2": 3, "HEADING_3": 4,
             "HEADING_4": 5, "HEADING_5": 6, "HEADING_6": 6}  # fmt: skip
_MAX_DEPTH = 20


def is_google_docs(text: str) -> bool:
    head = text.lstrip("\ufeff")[:2000]
    return '"body"' in text and '"content"' in text and '"textRun"' in text and (
        '"documentId"' in text or '"revisionId"' in text or '"title"' in head
    )


def _words(paragraph: dict[str, Any]) -> str:
    runs = []
    for element in paragraph.get("elements") or []:
        if isinstance(element, dict) and isinstance(element.get("textRun"), dict):
            runs.append(str(element["textRun"].get("content") or ""))
    return "".join(runs).rstrip("\n")


def _blocks(content: Any, depth: int = 0) -> list[str]:
    out: list[str] = []
    if not isinstance(content, list) or depth > _MAX_DEPTH:
        return out
    for element in (e for e in content if isinstance(e, dict)):
        if isinstance(element.get("paragraph"), dict):
            paragraph = element["paragraph"]
            words = _words(paragraph)
            if not words.strip():
                continue
            style = (paragraph.get("paragraphStyle") or {}).get("namedStyleType")
            inline = "<br>".join(html.escape(line) for line in words.split("\v"))
            if style in _HEADINGS:
                level = _HEADINGS[style]
                out.append(f"<h{level}>{html.escape(' '.join(words.split()))}</h{level}>")
            elif paragraph.get("bullet") is not None:
                out.append(f"<ul><li>{inline}</li></ul>")
            else:
                out.append(f"<p>{inline}</p>")
        elif isinstance(element.get("table"), dict):
            rows = []
            for row in element["table"].get("tableRows") or []:
                cells = []
                for cell in (row or {}).get("tableCells") or []:
                    inner = [_words(p["paragraph"]) for p in (cell or {}).get("content") or []
                             if isinstance(p, dict) and isinstance(p.get("paragraph"), dict)]
                    text = "<br>".join(html.escape(w) for w in inner if w.strip())
                    cells.append(f"<td>{text}</td>")
                rows.append(f"<tr>{''.join(cells)}</tr>")
            out.append(f"<table>{''.join(rows)}</table>")
    return out


def render_google_docs(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    body = data.get("body") if isinstance(data, dict) else None
    if not isinstance(body, dict):
        raise DocumentError(file, "a Google Docs document holds a body")
    blocks = _blocks(body.get("content"))
    return f"<html><body><main>{''.join(blocks)}</main></body></html>"
