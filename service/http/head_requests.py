"""HEAD on every GET route: harvesters and link checkers ask HEAD before GET.

FastAPI answers HEAD only on routes that list it, so this ASGI middleware runs a HEAD as the
GET it stands for and sends the same status and headers (Content-Length included) without
the body, so routes declare GET only (one OpenAPI operation each). Routes that handle HEAD
themselves (/sparql, /store) are served as they are.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
                   Awaitable[None]]

OWN_HEAD = ("/sparql", "/store")


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD" or scope["path"] in OWN_HEAD:
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
