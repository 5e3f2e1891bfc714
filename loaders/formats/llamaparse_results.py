"""LlamaParse's JSON result (a parsing service's output for a PDF): each page given three
times — its plain `text`, its `md` (Markdown: headings, tables with their header rows and
`<br>` line breaks in cells) and its `items` (the same blocks as records).

Printed key by key, every fact would be read three times, the Markdown's tables as lines of
pipes in a field. Read as the page: each page's Markdown once, pages in order (a page with no
Markdown gives its text).
"""

from __future__ import annotations

from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_MAX_PAGES = 10_000


def is_llamaparse(text: str) -> bool:
    head = text.lstrip("\ufeff")[:4000]
    return '"pages"' in head and '"md"' in text and ('"job_id"' in text or '"job_metadata"' in text)


def _results(data: Any) -> list[dict[str, Any]]:
    items = data if isinstance(data, list) else [data]
    return [r for r in items if isinstance(r, dict) and isinstance(r.get("pages"), list)]


def render_llamaparse(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    pages = [p for r in _results(data) for p in r["pages"] if isinstance(p, dict)]
    if not pages or len(pages) > _MAX_PAGES:
        raise DocumentError(file, "a LlamaParse result holds a list of pages")
    return "\n\n".join(str(p.get("md") or p.get("text") or "").strip() for p in pages) + "\n"
