"""What a harvester needs from every download the catalogue lists: format, size and date in
the catalogue, and a dump that matches them (length, ETag, Last-Modified, gzip)."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import rdflib
from catalog_client import SITE, Client
from rdflib import Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, XSD

from service.catalog.graph_files import Download, GraphFiles
from service.store import EmbeddedStore

MK = "https://w3id.org/machikg/ontology#"
IANA = "http://www.iana.org/assignments/media-types/"
FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
IDENTITY = {"Accept-Encoding": "identity"}


def _downloads(description: rdflib.Graph) -> list[tuple[URIRef, URIRef]]:
    """(distribution, downloadURL) of every downloadable distribution."""
    found = [(d, u) for d, u in description.subject_objects(DCAT.downloadURL)]
    assert all(isinstance(d, URIRef) and isinstance(u, URIRef) for d, u in found)
    return found  # type: ignore[return-value]


def _path(url: URIRef) -> str:
    parts = urlsplit(str(url))
    assert f"{parts.scheme}://{parts.netloc}" == SITE
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _codes(store: EmbeddedStore) -> set[str]:
    rows = store.select(f"SELECT DISTINCT ?code WHERE {{ ?d a <{MK}SourceDocument> ;"
                        f" <{MK}municipality>/<{MK}lgCode> ?code }}")
    return {str(row["code"]) for row in rows}


def test_every_document_graph_has_an_n_quads_and_a_trig_download(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    graphs = corpus_store.select(f"SELECT ?g WHERE {{ ?d <{MK}namedGraph> ?g }}")
    assert graphs
    for row in graphs:
        media = {
            description.value(d, DCAT.mediaType)
            for d in description.objects(URIRef(str(row["g"])), DCAT.distribution)
            if (d, DCAT.downloadURL, None) in description
        }
        assert media == {URIRef(IANA + "application/n-quads"), URIRef(IANA + "application/trig")}


def test_every_download_states_media_type_format_size_and_modification_date(
    description: rdflib.Graph,
) -> None:
    downloads = _downloads(description)
    assert len(downloads) >= 2 + 2 * 5
    for distribution, _ in downloads:
        media_type = description.value(distribution, DCAT.mediaType)
        file_type = description.value(distribution, DCTERMS.format)
        size = description.value(distribution, DCAT.byteSize)
        modified = description.value(distribution, DCTERMS.modified)
        assert str(media_type).startswith(IANA)
        assert str(file_type).startswith(FILE_TYPES)
        assert isinstance(size, Literal) and size.datatype == XSD.nonNegativeInteger
        assert int(size) > 0
        assert isinstance(modified, Literal) and modified.datatype == XSD.dateTime


def test_byte_size_and_modified_date_are_what_the_download_sends(
    description: rdflib.Graph, client: Client
) -> None:
    for distribution, url in _downloads(description):
        response = client.get(_path(url), headers=IDENTITY)
        assert response.status_code == 200, url
        assert len(response.content) == int(description.value(distribution, DCAT.byteSize))
        assert response.headers["content-length"] == str(len(response.content))
        modified = description.value(distribution, DCTERMS.modified).toPython()
        assert parsedate_to_datetime(response.headers["last-modified"]) == modified


def test_every_municipality_has_a_dataset_of_its_documents(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    codes = _codes(corpus_store)
    assert len(codes) >= 2
    for code in codes:
        dataset = URIRef(f"https://w3id.org/machikg/graph/{code}")
        rows = corpus_store.select(
            f"SELECT ?g ?m ?name WHERE {{ ?d <{MK}namedGraph> ?g ; <{MK}municipality> ?m ."
            f" ?m <{MK}lgCode> '{code}' ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }}"
        )
        assert (dataset, RDF.type, DCAT.Dataset) in description
        assert set(description.objects(dataset, DCTERMS.hasPart)) == {
            URIRef(str(r["g"])) for r in rows
        }
        assert description.value(dataset, DCTERMS.publisher) == URIRef(str(rows[0]["m"]))
        titles = list(description.objects(dataset, DCTERMS.title))
        assert any(str(rows[0]["name"]) in t and t.language == "ja" for t in titles)


def test_a_municipality_download_holds_exactly_its_document_graphs(
    client: Client, corpus_store: EmbeddedStore
) -> None:
    code = sorted(_codes(corpus_store))[0]
    rows = corpus_store.select(
        f"SELECT ?g WHERE {{ ?d <{MK}namedGraph> ?g ; <{MK}municipality>/<{MK}lgCode> '{code}' }}"
    )
    response = client.get(f"/dump.nq?municipality={code}")
    assert response.status_code == 200
    quads = list(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == {str(r["g"]) for r in rows}


def test_a_graph_download_holds_that_graph_only(
    client: Client, corpus_store: EmbeddedStore
) -> None:
    first = corpus_store.select(f"SELECT ?g WHERE {{ ?d <{MK}namedGraph> ?g }} LIMIT 1")
    graph = str(first[0]["g"])
    response = client.get("/dump.trig", params={"graph": graph})
    quads = list(ox.parse(response.content, format=ox.RdfFormat.TRIG))
    assert quads and {q.graph_name.value for q in quads} == {graph}
    stored = corpus_store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    assert len(quads) == int(stored[0]["n"])


@pytest.mark.parametrize("query", ["graph=https%3A%2F%2Fexample.org%2Fnone", "municipality=000000"])
def test_a_download_of_nothing_in_the_store_is_404(client: Client, query: str) -> None:
    response = client.get(f"/dump.nq?{query}")
    assert response.status_code == 404
    assert "/catalog" in response.text


def test_a_dump_has_the_same_etag_on_every_request(client: Client) -> None:
    first, second = client.get("/dump.nq", headers=IDENTITY), client.get("/dump.nq",
                                                                          headers=IDENTITY)
    assert first.headers["etag"] == second.headers["etag"]
    assert first.headers["etag"].startswith('"') and first.headers["etag"].endswith('"')
    assert first.content == second.content


def test_a_client_with_the_current_etag_gets_304_without_a_body(client: Client) -> None:
    etag = client.get("/dump.trig", headers=IDENTITY).headers["etag"]
    response = client.get("/dump.trig", headers={**IDENTITY, "If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == etag


def test_a_client_with_a_copy_as_recent_as_last_modified_gets_304(client: Client) -> None:
    modified = client.get("/dump.nq").headers["last-modified"]
    assert client.get("/dump.nq", headers={"If-Modified-Since": modified}).status_code == 304
    earlier = parsedate_to_datetime(modified) - timedelta(seconds=1)
    stale = {"If-Modified-Since": format_datetime(earlier, usegmt=True)}
    assert client.get("/dump.nq", headers=stale).status_code == 200


def test_a_dump_is_gzipped_for_a_client_that_accepts_gzip(client: Client) -> None:
    plain = client.get("/dump.nq", headers=IDENTITY)
    response = client.get("/dump.nq", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["etag"] != plain.headers["etag"]  # another representation
    assert response.content == plain.content  # httpx decodes it: the same bytes inside
    compressed = int(response.headers["content-length"])
    assert compressed < len(plain.content) / 3
    assert gzip.decompress(gzip.compress(plain.content)) == plain.content


def test_a_dump_is_not_gzipped_when_gzip_is_refused(client: Client) -> None:
    response = client.get("/dump.nq", headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "content-encoding" not in response.headers


def test_catalog_and_whole_dataset_are_as_recent_as_the_newest_graph(
    description: rdflib.Graph,
) -> None:
    (catalog,) = description.subjects(RDF.type, DCAT.Catalog)
    newest = max(m.toPython() for d in description.objects(catalog, DCAT.dataset)
                 for m in description.objects(d, DCTERMS.modified))
    assert description.value(catalog, DCTERMS.modified).toPython() == newest


def test_a_plain_json_client_gets_the_catalogue_as_json_ld(
    client: Client, description: rdflib.Graph
) -> None:
    response = client.get("/catalog", headers={"Accept": "application/json"})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "application/ld+json"
    assert len(list(ox.parse(response.content, format=ox.RdfFormat.JSON_LD))) == len(description)


def test_a_changed_graph_gets_a_new_etag_and_a_later_modification_time() -> None:
    times = iter([datetime(2024, 4, 1, tzinfo=UTC), datetime(2024, 5, 1, tzinfo=UTC)])
    files = GraphFiles(clock=lambda: next(times))
    store = EmbeddedStore(None)
    store.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s>"
                 " <http://example.org/p> 'one' } }")
    before = files.current(store.select)["http://example.org/g"]
    assert files.current(store.select)["http://example.org/g"] == before  # unchanged: kept
    store.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s>"
                 " <http://example.org/p> 'two' } }")
    after = files.current(store.select)["http://example.org/g"]
    assert after.modified > before.modified
    assert Download((after,), "nquads").etag != Download((before,), "nquads").etag
    assert after.sizes["nquads"] > before.sizes["nquads"]
