"""SPARQL queries at /sparql answered in plain ASGI, ahead of the FastAPI app.

A small query spends about as long in FastAPI's middleware, routing and `Request` machinery
as in the store, so the common case — a GET or POST query from a client that is not a
cross-origin browser page — is read, checked and answered here. Everything else (updates,
the service description, HEAD, CORS requests, other paths) goes on to the full app, with the
body already read handed over unchanged, so there is one behaviour, not two.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.responses import PlainTextResponse, Response, StreamingResponse

from service.http.app import BodyTooLarge, ask_query
from service.http.result_formats import content_type
from service.http.sparql_protocol import ProtocolError, parse_request, url_parameters
from service.http.store_host import HostError, StoreHost
from service.settings import Settings

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ENDPOINT = "/sparql"
FAST_METHODS = frozenset({"GET", "POST"})


class QueryRoute:
    """An ASGI app: queries to /sparql straight to the store host, the rest to `app`."""

    def __init__(self, app: ASGIApp, settings: Settings, host: StoreHost) -> None:
        self.app = app
        self.settings = settings
        self.host = host

    def __getattr__(self, name: str) -> Any:
        """The wrapped app's attributes (`state`, `routes`, …) for code that looks at them."""
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"] != ENDPOINT
            or scope["method"] not in FAST_METHODS
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if b"origin" in headers:  # CORS headers are the full app's middleware's job
            await self.app(scope, receive, send)
            return
        try:
            body = await read_body(
                receive, headers.get(b"content-length"), self.settings.max_upload_bytes
            )
            content_type_header = headers.get(b"content-type")
            operation = parse_request(
                scope["method"],
                url_parameters(scope["query_string"]),
                content_type_header.decode("latin-1") if content_type_header else None,
                body,
            )
            if operation.kind != "query":
                await self.app(scope, replay(body, receive), send)
                return
            accept = headers.get(b"accept")
            answer = await ask_query(
                self.host, self.settings, operation, accept.decode("latin-1") if accept else None
            )
        except (ProtocolError, HostError) as error:
            extra = error.headers  # a busy 503's Retry-After among them
            response: Response = PlainTextResponse(
                f"{error.message}\n", status_code=error.status, headers=extra
            )
            await response(scope, receive, send)
            return
        media_type = content_type(answer.info["media_type"])
        if not answer.finished:  # a stream read at the client's pace, stopped if it leaves
            stream = StreamingResponse(
                answer.chunks(), media_type=media_type, headers={"Vary": "Accept"}
            )
            await stream(scope, receive, send)
            return
        body = answer.first_chunk or b""
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-length", str(len(body)).encode()),
                    (b"content-type", media_type.encode("latin-1")),
                    (b"vary", b"Accept"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


async def read_body(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit`."""
    if declared is not None:
        try:
            if int(declared) > limit:
                raise BodyTooLarge(limit)
        except ValueError:
            raise ProtocolError(
                400, f"Content-Length {declared.decode('latin-1')!r} is not a number"
            ) from None
    received = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ProtocolError(400, "the client closed the connection before sending the body")
        received += message.get("body", b"")
        if len(received) > limit:
            raise BodyTooLarge(limit)
        if not message.get("more_body", False):
            return received


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that gives the body already read once more, then the client's messages."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> Message:
        return pending.pop() if pending else await receive()

    return replayed
