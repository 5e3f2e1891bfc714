"""HTTP routes for portals: the catalogue (/catalog), VoID (/.well-known/void), dumps.

`install(app, select)` is how an application serves them; the routes are plain (sync)
functions, so FastAPI runs each in a worker thread and a blocking `select` is fine.
"""

from __future__ import annotations

import gzip
import os
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from rdflib import URIRef
from rdflib.namespace import DCAT, RDF, VOID

from service.accept_header import best_match, parse_accept
from service.catalog.description import CatalogSettings, dataset_description, describe
from service.catalog.dumps import DUMP_FORMATS
from service.catalog.formats import (
    RDF_REPRESENTATIONS,
    REPRESENTATIONS,
    NotAcceptable,
    Representation,
    choose,
    render_html,
    serialize,
)
from service.catalog.graph_files import SHARED, Download, GraphFiles
from service.catalog.queries import CatalogError, Select, run
from service.settings import from_env

router = APIRouter(tags=["catalog"])
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


@dataclass(frozen=True)
class CatalogSource:
    """What the routes read from: the store's `select`, and optional fixed base/site URLs."""

    select: Select
    base: str | None = None
    site: str | None = None
    metadata: Path | None = None
    files: GraphFiles = SHARED


def install(
    app: FastAPI,
    select: Select,
    *,
    base: str | None = None,
    site: str | None = None,
    metadata: Path | None = None,
) -> None:
    """Serve GET /catalog, /.well-known/void, /dump.nq and /dump.trig from `app`.

    `select(sparql)` runs a SELECT on the store and returns its rows as mappings from
    variable name to value (IRIs and literals as `str`, numbers and dates may be Python
    values): `EmbeddedStore(path).select` as is. It is called from a worker thread, so an
    async store client can be wrapped with `anyio.from_thread.run(client.select, sparql)`.

    Identifiers live under `base` (default: `app.state.settings.base`, else MACHIKG_BASE);
    links point at `site` (default: MACHIKG_SITE, else the URL the request came in on).
    `metadata` replaces the deployment description (default: MACHIKG_CATALOG_METADATA or
    service/catalog/catalog.ttl).
    """
    app.state.catalog_source = CatalogSource(select, base, site, metadata)
    app.include_router(router)


def catalog_settings(request: Request) -> CatalogSettings:
    """The settings for this request (see `install` for where each one comes from)."""
    source = _source(request)
    app_settings = getattr(request.app.state, "settings", None)
    base = source.base or getattr(app_settings, "base", None) or from_env().base
    site = source.site or os.environ.get("MACHIKG_SITE") or str(request.base_url)
    settings = CatalogSettings.from_env(base, site)
    if source.metadata is not None:
        settings = CatalogSettings(settings.base, settings.site, source.metadata)
    return settings


@router.get("/catalog", response_model=None, summary="DCAT catalogue of the store")
def get_catalog(request: Request, format: str | None = None) -> Response:
    """The DCAT-AP catalogue with VoID statistics: Turtle, JSON-LD, RDF/XML, N-Triples or
    an HTML page, by Accept header or `?format=`."""
    return _description_response(request, format, REPRESENTATIONS)


@router.get("/.well-known/void", response_model=None, summary="VoID description")
def get_void(request: Request, format: str | None = None) -> Response:
    """The VoID description (RFC 5785 well-known location); Turtle unless asked otherwise."""
    return _description_response(request, format, RDF_REPRESENTATIONS)


@router.get("/dump.nq", response_model=None, summary="the store (or part of it) as N-Quads")
def get_dump_nquads(
    request: Request, graph: str | None = None, municipality: str | None = None
) -> Response:
    """Every named graph, or one (`graph=` its IRI), or one municipality's document graphs
    (`municipality=` its code); gzip when the client accepts it; ETag and Last-Modified for
    conditional requests."""
    return _dump_response(request, "nquads", graph, municipality)


@router.get("/dump.trig", response_model=None, summary="the store (or part of it) as TriG")
def get_dump_trig(
    request: Request, graph: str | None = None, municipality: str | None = None
) -> Response:
    """As /dump.nq, in TriG."""
    return _dump_response(request, "trig", graph, municipality)


@router.get("/graph/{path:path}", response_model=None, summary="one document graph's dataset")
def get_graph_dataset(request: Request, path: str, format: str | None = None) -> Response:
    """Dereferencing a document graph's IRI: the DCAT/VoID description of that dataset (a
    browser is sent to the document's page)."""
    try:
        representation = choose(format, request.headers.get("accept"), REPRESENTATIONS)
    except NotAcceptable as error:
        return PlainTextResponse(f"{error}\n", status_code=406)
    try:
        settings = catalog_settings(request)
        source = _source(request)
        graph = describe(source.select, settings, source.files)
    except (CatalogError, ValueError) as error:
        return PlainTextResponse(f"catalogue: {error}\n", status_code=500)
    dataset = URIRef(settings.base + _path_iri(request))
    if (dataset, RDF.type, VOID.Dataset) not in graph:
        return PlainTextResponse(
            f"<{dataset}> is not a graph of this store; the datasets are listed at /catalog\n",
            status_code=404,
        )
    if representation.rdflib_format is None:
        page = graph.value(dataset, DCAT.landingPage)
        return RedirectResponse(str(page) if page else "/catalog", status_code=303)
    return Response(
        serialize(dataset_description(graph, dataset), representation),
        media_type=_with_charset(representation.media_type),
        headers={"Vary": "Accept"},
    )


def _path_iri(request: Request) -> str:
    """The request path as it appears in IRIs: non-ASCII escapes decoded (IRIs keep
    Japanese as is), ASCII escapes that belong to the IRI kept."""
    raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
    path = raw.decode("ascii", errors="replace").split("?", 1)[0]
    return _NON_ASCII_ESCAPES.sub(lambda m: unquote(m.group()), path)


def _source(request: Request) -> CatalogSource:
    source = getattr(request.app.state, "catalog_source", None)
    if source is None:
        raise CatalogError(
            "the catalogue routes have no store: call service.catalog.api.install(app, select)"
        )
    return source


def _description_response(
    request: Request, format: str | None, offered: tuple[Representation, ...]
) -> Response:
    try:
        representation = choose(format, request.headers.get("accept"), offered)
    except NotAcceptable as error:
        return PlainTextResponse(f"{error}\n", status_code=406)
    try:
        source = _source(request)
        graph = describe(source.select, catalog_settings(request), source.files)
    except (CatalogError, ValueError) as error:
        return PlainTextResponse(f"catalogue: {error}\n", status_code=500)
    headers = {"Vary": "Accept"}
    if representation.rdflib_format is None:
        return HTMLResponse(render_html(graph, request.url.path), headers=headers)
    return Response(
        serialize(graph, representation),
        media_type=_with_charset(representation.media_type),
        headers=headers,
    )


def _dump_response(
    request: Request, format: str, graph: str | None, municipality: str | None
) -> Response:
    """A dump as one entity: its length, a content-based ETag and Last-Modified are known
    before the body is sent (which is why it is built in memory, from cached graphs)."""
    dump_format = DUMP_FORMATS[format]
    source = _source(request)
    try:
        files = source.files.current(source.select)
        if graph is not None:
            chosen = [graph] if graph in files else []
            name = f"graph-{_file_name(graph)}"
        elif municipality is not None:
            rows = run(source.select, "municipality_graphs", code=municipality)
            chosen = [row["graph"] for row in rows if row["graph"] in files]
            name = f"machikg-{_file_name(municipality)}"
        else:
            chosen, name = list(files), "machikg"
        if (graph or municipality) and not chosen:
            what = f"graph <{graph}>" if graph is not None else f"municipality {municipality!r}"
            return PlainTextResponse(
                f"{what}: no such graph in this store; the downloads are listed at /catalog\n",
                status_code=404,
            )
        download = Download(tuple(files[g] for g in chosen), format)
        encoding = _content_coding(request.headers.get("accept-encoding"))
        etag = download.etag if encoding == "identity" else download.etag[:-1] + '-gzip"'
        headers = {
            "ETag": etag,
            "Vary": "Accept-Encoding",
            "Cache-Control": "no-cache",  # revalidate: cheap with the ETag
            "Content-Disposition": f'attachment; filename="{name}.{dump_format.extension}"',
        }
        if download.modified is not None:
            headers["Last-Modified"] = format_datetime(download.modified, usegmt=True)
        if _not_modified(request, etag, download.modified):
            return Response(status_code=304, headers=headers)
        body = b"".join(source.files.chunks(source.select, download))
    except CatalogError as error:
        return PlainTextResponse(f"dump: {error}\n", status_code=500)
    if encoding == "gzip":
        body = gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type=dump_format.media_type, headers=headers)


def _file_name(value: str) -> str:
    """A safe file name part for Content-Disposition."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", value.rstrip("/").rsplit("/", 1)[-1]) or "graph"


def _content_coding(accept_encoding: str | None) -> str:
    """gzip when the client accepts it (RFC 9110 §12.5.3), else the bytes as they are."""
    if not accept_encoding:
        return "identity"
    chosen = best_match(parse_accept(accept_encoding), ("gzip", "identity"))
    return "gzip" if chosen == "gzip" else "identity"


def _not_modified(request: Request, etag: str, modified: datetime | None) -> bool:
    """A conditional GET the client's copy satisfies (If-None-Match wins, RFC 9110 §13.2.2)."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = request.headers.get("if-modified-since")
    if since is None or modified is None:
        return False
    try:
        return modified <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _with_charset(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type
