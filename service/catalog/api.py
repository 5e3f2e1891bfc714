"""HTTP routes for portals: the catalogue (/catalog), VoID (/.well-known/void), dumps.

`install(app, select)` is how an application serves them; the routes are plain (sync)
functions, so FastAPI runs each in a worker thread and a blocking `select` is fine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from rdflib import URIRef
from rdflib.namespace import DCAT, RDF, VOID

from loaders.vocabulary import PREFIXES
from service.catalog.description import CatalogSettings, dataset_description, describe
from service.catalog.dumps import DUMP_FORMATS, stream_dump
from service.catalog.formats import (
    RDF_REPRESENTATIONS,
    REPRESENTATIONS,
    NotAcceptable,
    Representation,
    choose,
    render_html,
    serialize,
)
from service.catalog.queries import CatalogError, Select
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


@router.get("/dump.nq", response_model=None, summary="the whole store as N-Quads")
def get_dump_nquads(request: Request) -> Response:
    return _dump_response(request, "nquads")


@router.get("/dump.trig", response_model=None, summary="the whole store as TriG")
def get_dump_trig(request: Request) -> Response:
    return _dump_response(request, "trig")


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
        graph = describe(_source(request).select, settings)
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
        graph = describe(_source(request).select, catalog_settings(request))
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


def _dump_response(request: Request, format: str) -> Response:
    dump_format = DUMP_FORMATS[format]
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    try:
        chunks = stream_dump(_source(request).select, format, prefixes)
        first = next(chunks, b"")  # fail with a status code, not half way through a body
    except CatalogError as error:
        return PlainTextResponse(f"dump: {error}\n", status_code=500)
    headers = {"Content-Disposition": f'attachment; filename="machikg.{dump_format.extension}"'}
    return StreamingResponse(
        _prepend(first, chunks), media_type=dump_format.media_type, headers=headers
    )


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _with_charset(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type
