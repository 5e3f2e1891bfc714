"""The FastAPI application: SPARQL endpoint, Graph Store, query page, CORS.

The app holds no store itself; every request goes to the `StoreHost` process, which is what
lets a runaway query be stopped without stopping the service.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles

from service.http import (
    fragments,
    graph_store,
    query_page,
    resource_pages,
    service_description,
    vocabulary_pages,
)
from service.http.auth import require_admin
from service.http.head_requests import HeadAsGet
from service.http.result_formats import (
    GRAPH_TYPES,
    Negotiated,
    NotAcceptable,
    best_match,
    content_type,
    negotiate,
    parse_accept,
    prefers_html,
)
from service.http.security_headers import SecurityHeaders
from service.http.sparql_protocol import Operation, ProtocolError, parse_request, url_parameters
from service.http.sparql_tokens import add_using_clauses, has_from_clause
from service.http.store_host import HostAnswer, HostError, StoreHost
from service.settings import Settings

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
WRITE_TIMEOUT_S = 24 * 3600.0  # a write is never killed half way (see store_host)
SPARQL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
STORE_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE"]


class BodyTooLarge(ProtocolError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            f"the request body is larger than this service accepts ({limit} bytes);"
            " split the upload into several graphs or requests",
        )


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise BodyTooLarge(limit)
        except ValueError:
            raise ProtocolError(400, f"Content-Length {declared!r} is not a number") from None
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > limit:
            raise BodyTooLarge(limit)
    return bytes(received)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(f"{message}\n", status_code=status, headers=headers)


def streamed(answer: HostAnswer, media_type: str, head_only: bool = False) -> Response:
    async def body() -> AsyncIterator[bytes]:
        async for chunk in answer.chunks():
            yield chunk

    headers = {"Vary": "Accept"}
    if head_only:
        answer.host.cancel(answer.request_id)
        return Response(status_code=200, media_type=content_type(media_type), headers=headers)
    if answer.finished:  # the whole answer came in one message: no need to stream
        return Response(
            answer.first_chunk or b"", media_type=content_type(media_type), headers=headers
        )
    return StreamingResponse(body(), media_type=content_type(media_type), headers=headers)


@functools.lru_cache(maxsize=256)
def negotiate_once(accept: str | None, format_name: str | None) -> Negotiated:
    """`negotiate`, remembered: clients send the same few Accept headers again and again."""
    return negotiate(accept, format_name)


async def ask_query(
    host: StoreHost, settings: Settings, operation: Operation, accept: str | None
) -> HostAnswer:
    """Send a query to the store host; return once its answer has started (or raise)."""
    try:
        formats = negotiate_once(accept, operation.format)
    except NotAcceptable as error:
        raise ProtocolError(406, str(error)) from None
    arguments: dict[str, Any] = {
        "query": operation.text,
        "base_iri": f"{settings.base}/",
        "formats": formats.as_dict(),
        "own_dataset": has_from_clause(operation.text),
        "bindings": operation.bindings,
    }
    if operation.has_dataset:
        arguments["default_graph"] = operation.default_graphs
        arguments["named_graphs"] = operation.named_graphs
    return await host.request("query", arguments, timeout_s=settings.query_timeout_s)


def create_app(settings: Settings, host: StoreHost, *, queries_dir: Path | None = None) -> FastAPI:
    """The service's app over a running store host."""
    app = FastAPI(
        title="machikg SPARQL service",
        description="SPARQL 1.1 Protocol at /sparql, Graph Store Protocol at /store.",
        docs_url=None,  # Swagger UI runs inline script from a CDN: /openapi.json instead
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.host = host
    examples = query_page.read_examples(queries_dir)
    from service.http.submissions_api import check_store_write, install  # imports read_body

    validator = install(app, settings, host)  # /validate, /submissions (issue 12)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Content-Type", "Content-Disposition", "Location"],
        max_age=3600,
    )
    app.add_middleware(HeadAsGet)  # HEAD on every GET route (harvesters ask HEAD first)

    @app.exception_handler(ProtocolError)
    async def protocol_error(request: Request, error: ProtocolError) -> Response:
        return error_response(error.status, error.message, error.headers)

    @app.exception_handler(HostError)
    async def host_error(request: Request, error: HostError) -> Response:
        return error_response(error.status, error.message, error.headers)

    def endpoint_url(request: Request) -> str:
        return str(request.url).split("?")[0]

    async def run_query(request: Request, operation: Operation) -> Response:
        answer = await ask_query(host, settings, operation, request.headers.get("accept"))
        return streamed(answer, answer.info["media_type"], request.method == "HEAD")

    async def run_update(request: Request, operation: Operation) -> Response:
        require_admin(request, settings.admin_token)
        text = add_using_clauses(operation.text, operation.default_graphs, operation.named_graphs)
        arguments = {"update": text, "base_iri": endpoint_url(request)}
        answer = await host.request("update", arguments, timeout_s=WRITE_TIMEOUT_S)
        await answer.body()
        return Response(status_code=204)

    def describe_service(request: Request, format_name: str | None) -> Response:
        if format_name:
            try:
                media_type = negotiate(None, format_name).graph
            except NotAcceptable as error:
                raise ProtocolError(406, str(error)) from None
        elif prefers_html(request.headers.get("accept")):
            return RedirectResponse("/", status_code=303)
        else:
            media_type = best_match(parse_accept(request.headers.get("accept")), GRAPH_TYPES)
        if media_type is None:
            raise ProtocolError(
                406, f"the service description is available as {', '.join(GRAPH_TYPES)}"
            )
        body = service_description.describe(endpoint_url(request), settings.base, media_type)
        return Response(body, media_type=content_type(media_type), headers={"Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        """The SPARQL endpoint (a plain Starlette route: FastAPI's parameter machinery costs
        a measurable share of a small query's latency and this route needs none of it)."""
        body = await read_body(request, settings.max_upload_bytes)
        operation = parse_request(
            request.method,
            url_parameters(request.scope.get("query_string", b"")),
            request.headers.get("content-type"),
            body,
        )
        if operation.kind == "description":
            return describe_service(request, operation.format)
        if operation.kind == "update":
            return await run_update(request, operation)
        return await run_query(request, operation)

    app.router.add_route("/sparql", sparql, methods=SPARQL_METHODS, include_in_schema=False)

    async def store(request: Request) -> Response:
        graph = graph_store.target_graph(request)
        if request.method in ("GET", "HEAD"):
            media_type = graph_store.read_media_type(request)
            answer = await host.request(
                "graph_get",
                {"graph": graph, "media_type": media_type},
                timeout_s=settings.query_timeout_s,
            )
            return streamed(answer, media_type, request.method == "HEAD")
        require_admin(request, settings.admin_token)
        if request.method == "DELETE":
            answer = await host.request("graph_delete", {"graph": graph}, timeout_s=WRITE_TIMEOUT_S)
            await answer.body()
            return Response(status_code=204)
        media_type = graph_store.body_media_type(request)
        data = await read_body(request, settings.max_upload_bytes)
        # validated like a submission: Violations → 422 with the report, unless ?force=true
        await check_store_write(request, validator, data, media_type, graph,
                                graph or endpoint_url(request))
        operation = "graph_put" if request.method == "PUT" else "graph_post"
        answer = await host.request(
            operation,
            {
                "graph": graph,
                "media_type": media_type,
                "data": data,
                "base_iri": graph or endpoint_url(request),
            },
            timeout_s=WRITE_TIMEOUT_S,
        )
        await answer.body()
        return graph_store.write_response(request.method, answer.info["created"], graph)

    for method in STORE_METHODS:  # one operation per method: each its own OpenAPI id
        app.add_api_route(
            "/store", store, methods=[method], operation_id=f"graph_store_{method.lower()}"
        )

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> HTMLResponse:
        return HTMLResponse(
            query_page.render(
                examples,
                endpoint="/sparql",
                base=settings.base,
                writable=settings.admin_token is not None,
            )
        )

    @app.get("/healthz", response_class=PlainTextResponse)
    async def healthz() -> str:
        answer = await host.request("ping", {}, timeout_s=10)
        await answer.body()
        return "ok\n"

    @app.post("/admin/backup", response_class=PlainTextResponse, operation_id="admin_backup")
    async def backup(request: Request, directory: str) -> str:
        """A consistent online backup of the store into `directory`, a new directory on the
        service's machine (`machikg backup` uses it while the service holds the store)."""
        require_admin(request, settings.admin_token)
        answer = await host.request("backup", {"directory": directory}, timeout_s=WRITE_TIMEOUT_S)
        await answer.body()
        return f"backed up into {directory}\n"

    @app.get("/id/{path:path}", response_model=None)
    async def resource(request: Request, path: str) -> Response:
        return await resource_pages.resource_response(request, settings, host)

    app.include_router(vocabulary_pages.router)  # /ontology, /shapes, /topic/…
    app.include_router(fragments.router)  # Triple Pattern Fragments (LDF clients)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    try:
        from service.search.api import router as search_router
    except ImportError:
        log.info("service.search is not available; /search is not served")
    else:
        app.include_router(search_router)

    try:
        from service.catalog.api import install as install_catalog
    except ImportError:
        log.info("service.catalog is not available; /catalog is not served")
    else:
        timeout_s = settings.query_timeout_s

        def select(sparql: str) -> list[dict[str, Any]]:
            """The catalogue's routes run in worker threads; the store host is async."""
            return anyio.from_thread.run(resource_pages.select_rows, host, sparql, timeout_s)

        install_catalog(app, select)

    return app
