"""Fixtures for the catalogue tests: its description of the corpus, the DCAT-AP shapes, an app."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from catalog_client import SITE, Client
from fastapi import FastAPI

from service.catalog.api import install
from service.catalog.description import CatalogSettings, describe
from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore

DCAT_AP_SHAPES = Path(__file__).parent.parent / "data" / "dcat-ap" / "dcat-ap-3.0.0-SHACL.ttl"


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


@pytest.fixture
def client(corpus_store: EmbeddedStore) -> Client:
    """A minimal app with only the catalogue routes, over the corpus store, links to SITE."""
    app = FastAPI()
    install(app, corpus_store.select, base=DEFAULT_BASE, site=SITE)
    return Client(app)
