"""A data portal's harvester against the running service (issue 13): it reads /catalog as a
harvester does (no Accept header, HEAD before GET), then follows every download URL, theme
and landing page the catalogue gives, and each answers 200 with what the catalogue said."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS

from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore
from tests.http.conftest import ServeStore

IANA = "http://www.iana.org/assignments/media-types/"


@pytest.fixture(scope="module")
def url(serve_store: ServeStore, corpus_store: EmbeddedStore) -> Iterator[str]:
    with serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as u:
        yield u


@pytest.fixture(scope="module")
def catalog(url: str) -> rdflib.Graph:
    """The catalogue as a harvester first reads it: HEAD, then GET, without an Accept."""
    with httpx.Client(timeout=60) as client:
        head = client.head(f"{url}/catalog")
        assert head.status_code == 200 and head.content == b""
        media_type = head.headers["content-type"].split(";")[0]
        response = client.get(f"{url}/catalog")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type == "text/turtle"
    return rdflib.Graph().parse(data=response.text, format="turtle")


def _local(url: str, iri: str) -> str | None:
    """The service's address of an IRI minted under the base (None: not machikg's)."""
    if iri.startswith(url):
        return iri
    if iri.startswith(DEFAULT_BASE + "/"):
        return url + iri[len(DEFAULT_BASE):]
    return None


def test_every_download_url_answers_head_and_get_with_the_declared_media_type(
    url: str, catalog: rdflib.Graph
) -> None:
    downloads = list(catalog.subject_objects(DCAT.downloadURL))
    assert len(downloads) >= 4
    with httpx.Client(timeout=60) as client:
        for distribution, download in downloads:
            declared = str(catalog.value(distribution, DCAT.mediaType)).removeprefix(IANA)
            head = client.head(str(download))
            assert head.status_code == 200, download
            assert head.headers["content-type"].split(";")[0] == declared
            get = client.get(str(download))
            assert get.status_code == 200, download
            assert get.headers["content-type"].split(";")[0] == declared
            assert len(get.content) == int(catalog.value(distribution, DCAT.byteSize))
            assert "last-modified" in get.headers and "etag" in get.headers


def test_every_theme_minted_by_machikg_dereferences(url: str, catalog: rdflib.Graph) -> None:
    themes = {str(t) for t in catalog.objects(None, DCAT.theme)}
    ours = {t: _local(url, t) for t in themes if _local(url, t)}
    assert len(ours) >= 3
    with httpx.Client(timeout=60) as client:
        for theme, address in ours.items():
            assert address is not None
            assert client.head(address).status_code == 200, theme
            response = client.get(address)
            assert response.status_code == 200, theme
            assert theme in response.text or theme.rsplit("/", 1)[-1] in response.text


def test_every_landing_page_answers(url: str, catalog: rdflib.Graph) -> None:
    pages = {str(p) for p in catalog.objects(None, DCAT.landingPage)}
    assert pages
    with httpx.Client(timeout=60, follow_redirects=True) as client:
        for page in pages:
            address = _local(url, page)
            assert address is not None, page
            response = client.get(address, headers={"Accept": "text/html"})
            assert response.status_code == 200, page
            assert response.headers["content-type"].startswith("text/html")


def test_every_dataset_is_modified_at_a_date(catalog: rdflib.Graph) -> None:
    datasets = set(catalog.subjects(rdflib.RDF.type, DCAT.Dataset))
    assert len(datasets) >= 1 + 5
    for dataset in datasets:
        assert catalog.value(dataset, DCTERMS.modified) is not None, dataset
