"""What the catalogue tests share besides fixtures: the site they link to, an in-process client.

A module of its own, not conftest: `from conftest import …` finds whichever conftest was
imported first, which depends on which tests run.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI

SITE = "https://machikg.example.org"


class Client:
    """A synchronous face on httpx's in-process ASGI transport (no server, no network)."""

    def __init__(self, app: FastAPI, base_url: str = "http://testserver") -> None:
        self.app = app
        self.base_url = base_url

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        async def fetch() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as client:
                return await client.get(path, **kwargs)

        return asyncio.run(fetch())
