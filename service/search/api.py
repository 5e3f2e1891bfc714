"""`GET /search`: Japanese full-text search over the store, as JSON or a small HTML page.

How the HTTP app provides the index (the contract with service.http):

* Preferred: at start-up, `await build_index_for_app(app, select)` where `select(sparql)`
  returns SELECT rows as `list[dict[str, str]]` (it may be sync or async). The index is put
  in `app.state.search_index`; call it again after the store changed to refresh it.
* Fallback, when the app never did that: the first request builds the index itself by
  POSTing `service/search/documents.rq` to the app's own `/sparql` endpoint (in process,
  through the ASGI transport — no network), and rebuilds it whenever the number of quads
  in the store has changed since.

Query parameters: q, municipality (6-digit code), fiscal_year, kind, topic (label, local
name or IRI of a theme), limit (1–200, the page size), offset (how many hits to skip),
format=json|html. JSON is returned when `format=json` or the Accept header prefers
application/json; otherwise HTML. Both say how many hits there are in all (`total`), which
slice of them this page holds, and link to the previous and next pages.
"""

from __future__ import annotations

import html
import inspect
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from loaders.topics import normalize_text
from service.search.index import KINDS, Hit, SearchError, SearchIndex, documents_query

router = APIRouter()

Select = Callable[[str], "list[dict[str, str]] | Awaitable[list[dict[str, str]]]"]
_QUADS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


async def build_index_for_app(app: FastAPI, select: Select) -> SearchIndex:
    """Build the search index from the store through `select` and install it on `app`."""
    rows = select(documents_query())
    if inspect.isawaitable(rows):
        rows = await rows
    index = SearchIndex.from_rows(rows)
    app.state.search_index = index
    return index


async def _self_select(app: FastAPI, sparql: str) -> list[dict[str, str]]:
    """Run a SELECT against the app's own SPARQL endpoint, in process."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://machikg.local") as client:
        response = await client.post(
            "/sparql",
            data={"query": sparql},
            headers={"Accept": "application/sparql-results+json"},
            timeout=120,
        )
    if response.status_code == 503:  # the store is busy or restarting: say so, not a 500
        from service.http.store_process import HostError

        retry = response.headers.get("retry-after")
        raise HostError(503, response.text.strip(), {"Retry-After": retry} if retry else None)
    response.raise_for_status()
    bindings = response.json()["results"]["bindings"]
    return [{name: cell["value"] for name, cell in row.items()} for row in bindings]


async def _index_for(request: Request) -> SearchIndex:
    state = request.app.state
    index = getattr(state, "search_index", None)
    if index is not None and not getattr(state, "search_index_self_built", False):
        return index
    count_rows = await _self_select(request.app, _QUADS_COUNT)
    fingerprint = count_rows[0].get("n") if count_rows else None
    if index is None or getattr(state, "search_index_fingerprint", None) != fingerprint:
        rows = await _self_select(request.app, documents_query())
        index = SearchIndex.from_rows(rows)
        state.search_index = index
        state.search_index_self_built = True
        state.search_index_fingerprint = fingerprint
    return index


def _wants_json(request: Request, format: str | None) -> bool:
    if format:
        return format == "json"
    accept = request.headers.get("accept", "")
    best_json = best_html = -1.0
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.strip().lower()
        if media == "application/json":
            best_json = max(best_json, quality)
        elif media in ("text/html", "application/xhtml+xml"):
            best_html = max(best_html, quality)
    return best_json > 0 and best_json > best_html


def _resource_link(request: Request, iri: str) -> str:
    """A link to the resource page served by this app when the IRI is under its base."""
    settings = getattr(request.app.state, "settings", None)
    base = getattr(settings, "base", None)
    if base and iri.startswith(base.rstrip("/") + "/"):
        return quote(iri[len(base.rstrip("/")) :], safe="/%")
    return iri


@router.get("/search", response_model=None)
async def search(
    request: Request,
    q: str = "",
    municipality: str | None = None,
    fiscal_year: int | None = None,
    kind: str | None = None,
    topic: str | None = None,
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
    format: str | None = Query(None, pattern="^(json|html)$"),
) -> Response:
    """Full-text search; see the module docstring for parameters and formats."""
    as_json = _wants_json(request, format)
    filters = {"municipality": municipality or None, "fiscal_year": fiscal_year,
               "kind": kind or None, "topic": topic or None}  # fmt: skip
    index = await _index_for(request)
    total, hits = 0, []
    try:
        if q.strip() or any(filters.values()):
            total, hits = index.search_page(q, limit=limit, offset=offset, **filters)
    except SearchError as error:
        if as_json:
            return JSONResponse({"error": str(error)}, status_code=400)
        page = Page(q, filters, [], 0, offset, limit)
        return HTMLResponse(_page(request, page, error=str(error)), status_code=400)
    page = Page(q, filters, hits, total, offset, limit)
    if as_json:
        return JSONResponse(
            {
                "query": q,
                "filters": {k: v for k, v in filters.items() if v is not None},
                "total": total,
                "offset": offset,
                "limit": limit,
                "count": len(hits),
                "next": page.link(offset + limit, "json") if offset + limit < total else None,
                "previous": page.link(max(0, offset - limit), "json") if offset > 0 else None,
                "hits": [_hit_json(request, hit) for hit in hits],
            }
        )
    return HTMLResponse(_page(request, page))


@dataclass(frozen=True)
class Page:
    """One page of hits: what was asked, which slice of how many."""

    q: str
    filters: Mapping[str, Any]
    hits: list[Hit]
    total: int
    offset: int
    limit: int

    def link(self, offset: int, format: str | None = None) -> str:
        """The same search at another offset (and format)."""
        params: dict[str, Any] = {"q": self.q, **{k: v for k, v in self.filters.items() if v}}
        if offset:
            params["offset"] = offset
        if self.limit != 20:
            params["limit"] = self.limit
        if format:
            params["format"] = format
        return "/search?" + urlencode(params)


def _hit_json(request: Request, hit: Hit) -> dict[str, Any]:
    return {**asdict(hit), "topics": list(hit.topics), "link": _resource_link(request, hit.iri)}


def _highlight(snippet: str, q: str) -> str:
    """The snippet, HTML-escaped, with the query's words (as typed, NFKC) in <mark>."""
    words = sorted({w for w in normalize_text(q).split() if w}, key=len, reverse=True)
    escaped = html.escape(snippet)
    if not words:
        return escaped
    pattern = re.compile("|".join(re.escape(html.escape(w)) for w in words), re.IGNORECASE)
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


def _page(request: Request, page: Page, *, error: str | None = None) -> str:
    e = html.escape
    q, filters, hits = page.q, page.filters, page.hits
    kind_options = "".join(
        f'<option value="{k}"{" selected" if filters.get("kind") == k else ""}>{k}</option>'
        for k in ("", *KINDS)
    )
    rows = []
    for hit in hits:
        link = e(_resource_link(request, hit.iri))
        year = "" if hit.fiscal_year is None else str(hit.fiscal_year)
        rows.append(
            f'<li><a href="{link}">{e(hit.label)}</a> <small>{e(hit.kind)} · '
            f"{e(hit.municipality_code or '')} {e(year)} · {hit.score:.2f}</small>"
            f"<br><span class=snippet>{_highlight(hit.snippet, q)}</span></li>"
        )
    if error:
        body = f'<p class="error">{e(error)}</p>'
    elif q.strip() or any(filters.values()):
        shown = (f"{page.offset + 1}–{page.offset + len(hits)} 件目を表示"
                 if hits else "該当なし")
        pager = []
        if page.offset > 0:
            pager.append(f'<a rel="prev" href="{e(page.link(max(0, page.offset - page.limit)))}">'
                         "← 前へ</a>")
        if page.offset + page.limit < page.total:
            pager.append(f'<a rel="next" href="{e(page.link(page.offset + page.limit))}">'
                         "次へ →</a>")
        body = (f'<p id="total">全 {page.total:,} 件中 {shown}</p>'
                f'<ol class="search-results" start="{page.offset + 1}">{"".join(rows)}</ol>'
                f'<nav class="pager">{"".join(pager)}</nav>')
    else:
        body = "<p>キーワードを入力してください (例: 地域コミュニティ, 防災, 男女共同参画)。</p>"
    json_link = e(page.link(page.offset, "json"))
    value = e(q)
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>検索: {value} — machikg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/query.css">
</head><body class="search">
<header><h1><a href="/">machikg</a> 検索</h1></header>
<main>
<form method="get" action="/search">
<input name="q" value="{value}" size="40" placeholder="例: コミュニティ 施策">
<input name="municipality" value="{e(filters.get("municipality") or "")}" size="7"
 placeholder="団体コード">
<input name="fiscal_year" value="{e(str(filters.get("fiscal_year") or ""))}" size="5"
 placeholder="年度">
<select name="kind">{kind_options}</select>
<input name="topic" value="{e(filters.get("topic") or "")}" size="14" placeholder="テーマ">
<button>検索</button></form>
{body}
<p><a href="{json_link}">JSON</a></p>
</main>
</body></html>"""
