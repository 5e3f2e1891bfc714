"""Linked-data pages for instance IRIs: GET `/id/…` → HTML, a JSON twin, or RDF.

An instance IRI `{base}/id/…` is served at the same path on this host: browsers get an HTML
page of the resource's statements (outgoing and incoming) with links, `Accept:
application/json` or a `.json` suffix gets the same as JSON, and Linked Data clients asking
for an RDF syntax get its description (`DESCRIBE`) in that syntax.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from service.http.result_formats import GRAPH_TYPES, best_match, content_type, parse_accept
from service.http.sparql_protocol import ProtocolError
from service.http.store_host import StoreHost
from service.settings import Settings

TEMPLATE = Path(__file__).parent / "templates" / "resource.html"
JSON_TYPE = "application/sparql-results+json"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
MAX_INCOMING = 500
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
_ASCII_ESCAPE = re.compile(r"%([0-7][0-9A-Fa-f])")
# the ASCII characters loaders.iri.slug keeps unencoded (iunreserved, sub-delims, ":" "@")
IRI_KEPT = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@"
)
SUFFIXES = {
    ".json": "application/json",
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
}


def iri_from_path(raw_path: bytes, base: str) -> tuple[str, str | None]:
    """The IRI a request path names, and the media type a suffix asks for (if any).

    Percent-escapes of non-ASCII bytes are decoded (instance IRIs keep Japanese as is); the
    ASCII escapes that are part of the IRI itself stay as they are.
    """
    path = raw_path.decode("ascii", errors="strict")
    path = _NON_ASCII_ESCAPES.sub(lambda m: unquote(m.group(), errors="strict"), path)
    # `(` sent as %28 (Python's quote does) names the same IRI as `(`: minted IRIs keep
    # these characters as they are (loaders.iri.slug), so their escapes are undone
    path = _ASCII_ESCAPE.sub(
        lambda m: chr(int(m.group(1), 16)) if chr(int(m.group(1), 16)) in IRI_KEPT else m.group(),
        path,
    )
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            return base + path.removesuffix(suffix), media_type
    return base + path, None


LINK_SCHEMES = ("http://", "https://", "mailto:")


def local_href(iri: str, base: str) -> str | None:
    """Where a page links to for an IRI: this service for instance IRIs, the IRI itself for
    http(s) and mailto IRIs, and nowhere (None) for any other scheme — a `javascript:` or
    `data:` IRI in submitted data must never become a link someone can click."""
    prefix = base.rstrip("/") + "/id/"
    if iri.startswith(prefix):
        return iri[len(base.rstrip("/")) :]
    return iri if iri.lower().startswith(LINK_SCHEMES) else None


def iri_html(iri: str, base: str) -> str:
    """An IRI as a link where it may be one, else as plain text."""
    href = local_href(iri, base)
    if href is None:
        return f'<span class="iri">{html.escape(iri)}</span>'
    return f'<a href="{html.escape(href)}">{html.escape(iri)}</a>'


def _sparql_iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise ProtocolError(400, f"{iri!r} is not an IRI")
    return f"<{iri}>"


async def select_rows(host: StoreHost, query: str, timeout_s: float) -> list[dict[str, Any]]:
    formats = {"solutions": JSON_TYPE, "boolean": JSON_TYPE, "graph": None}
    answer = await host.request("query", {"query": query, "formats": formats}, timeout_s=timeout_s)
    return json.loads(await answer.body())["results"]["bindings"]


async def describe(host: StoreHost, iri: str, timeout_s: float) -> dict[str, Any]:
    """The resource's statements as plain data: label, outgoing and incoming."""
    node = _sparql_iri(iri)
    outgoing = await select_rows(
        host, f"SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {node} ?p ?o }} }} ORDER BY ?p ?o", timeout_s
    )
    incoming = await select_rows(
        host,
        f"SELECT DISTINCT ?s ?p WHERE {{ GRAPH ?g {{ ?s ?p {node} }} }} ORDER BY ?p ?s"
        f" LIMIT {MAX_INCOMING}",
        timeout_s,
    )
    labels = [row["o"]["value"] for row in outgoing if row["p"]["value"] == LABEL]
    return {
        "iri": iri,
        "label": labels[0] if labels else None,
        "statements": [
            {"property": row["p"]["value"], "value": row["o"], "graph": row["g"]["value"]}
            for row in outgoing
        ],
        "incoming": [
            {"subject": row["s"]["value"], "property": row["p"]["value"]} for row in incoming
        ],
    }


def _value_html(term: dict[str, Any], base: str) -> str:
    if term["type"] == "uri":
        return iri_html(term["value"], base)
    text = html.escape(term["value"])
    if "xml:lang" in term:
        return f'{text} <span class="note">@{html.escape(term["xml:lang"])}</span>'
    if "datatype" in term:
        short = term["datatype"].rsplit("#", 1)[-1]
        return f'{text} <span class="note">{html.escape(short)}</span>'
    return text


def render_html(resource: dict[str, Any], base: str) -> str:
    def link(iri: str) -> str:
        return iri_html(iri, base)

    rows = "\n".join(
        f"<tr><td>{link(s['property'])}</td><td>{_value_html(s['value'], base)}</td>"
        f'<td class="note">{html.escape(s["graph"])}</td></tr>'
        for s in resource["statements"]
    )
    incoming = "\n".join(
        f"<tr><td>{link(s['subject'])}</td><td>{link(s['property'])}</td></tr>"
        for s in resource["incoming"]
    )
    title = resource["label"] or resource["iri"]
    return (
        TEMPLATE.read_text(encoding="utf-8")
        .replace("{{TITLE}}", html.escape(title))
        .replace("{{IRI}}", html.escape(resource["iri"]))
        .replace("{{ROWS}}", rows)
        .replace("{{INCOMING}}", incoming)
        .replace("{{JSON_HREF}}", html.escape((local_href(resource["iri"], base) or "") + ".json"))
    )


async def resource_response(request: Request, settings: Settings, host: StoreHost) -> Response:
    """Answer a GET on an instance path in the representation the client asks for."""
    try:
        iri, suffix_type = iri_from_path(request.scope["raw_path"], settings.base)
    except (UnicodeDecodeError, UnicodeError):
        raise ProtocolError(400, "the path is not a valid IRI (bad percent-encoding)") from None
    accept = request.headers.get("accept")
    ranges = parse_accept(accept)
    # parse_accept reads application/json as SPARQL JSON results; here it means the twin
    offered = ("text/html", JSON_TYPE, *GRAPH_TYPES)
    wanted = suffix_type or best_match(ranges, offered)
    if wanted is None:
        raise ProtocolError(
            406,
            "this resource is available as text/html, application/json"
            f" and {', '.join(GRAPH_TYPES)}",
        )
    if wanted == JSON_TYPE:
        wanted = "application/json"
    headers = {"Vary": "Accept"}
    if wanted in GRAPH_TYPES:
        formats = {"solutions": None, "boolean": None, "graph": wanted}
        answer = await host.request(
            "query",
            {"query": f"DESCRIBE {_sparql_iri(iri)}", "formats": formats},
            timeout_s=settings.query_timeout_s,
        )
        body = await answer.body()
        if not body.strip() or body.strip() == b"{}" or body.strip() == b"[]":
            raise ProtocolError(404, f"nothing is known about <{iri}>")
        return Response(body, media_type=content_type(wanted), headers=headers)
    resource = await describe(host, iri, settings.query_timeout_s)
    if not resource["statements"] and not resource["incoming"]:
        raise ProtocolError(404, f"nothing is known about <{iri}>")
    if wanted == "application/json":
        return JSONResponse(resource, headers=headers)
    return HTMLResponse(render_html(resource, settings.base), headers=headers)
