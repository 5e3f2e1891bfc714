"""Fixtures for the catalogue tests: its description of the corpus, the DCAT-AP shapes, an app."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import rdflib
from fastapi import FastAPI

from service.catalog.api import install
from service.catalog.description import CatalogSettings, describe
from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore

DCAT_AP_SHAPES = Path(__file__).parent.parent / "data" / "dcat-ap" / "dcat-ap-3.0.0-SHACL.ttl"
SITE = "https://machikg.example.org"


@pytest.fixture(scope="session")
def catalog_settings() -> CatalogSettings:
    return CatalogSettings(base=DEFAULT_BASE, site=SITE)


@pytest.fixture(scope="session")
def description(corpus_store: EmbeddedStore, catalog_settings: CatalogSettings) -> rdflib.Graph:
    """The catalogue of the ingested corpus (built once: tests only read it)."""
    return describe(corpus_store.select, catalog_settings)


@pytest.fixture(scope="session")
def dcat_ap_shapes() -> rdflib.Graph:
    """The official DCAT-AP 3.0.0 shapes, parsed once per session (the file is large)."""
    return rdflib.Graph().parse(DCAT_AP_SHAPES, format="turtle")


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


@pytest.fixture
def client(corpus_store: EmbeddedStore) -> Client:
    """A minimal app with only the catalogue routes, over the corpus store, links to SITE."""
    app = FastAPI()
    install(app, corpus_store.select, base=DEFAULT_BASE, site=SITE)
    return Client(app)
