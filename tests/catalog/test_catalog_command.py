"""`machikg catalog` prints the description of a store on disk."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCAT

from service.cli import main
from service.store import EmbeddedStore


@pytest.fixture(scope="module")
def store_dir(corpus_store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("catalog-store") / "store"
    store = ox.Store(str(path))
    store.load(corpus_store.export("nquads"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return path


def test_catalog_command_prints_turtle_with_links_to_the_site(
    store_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code = main(["catalog", "--store", str(store_dir), "--site", "https://kg.example.org/"])
    assert code == 0
    graph = rdflib.Graph().parse(data=capsysbinary.readouterr().out, format="turtle")
    assert set(graph.objects(None, DCAT.endpointURL)) == {
        rdflib.URIRef("https://kg.example.org/sparql")
    }


def test_catalog_command_prints_json_ld_when_asked(
    store_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["catalog", "--store", str(store_dir), "--format", "jsonld"]) == 0
    triples = ox.parse(capsysbinary.readouterr().out, format=ox.RdfFormat.JSON_LD)
    catalogs = [t.subject for t in triples if t.object == ox.NamedNode(str(DCAT.Catalog))]
    assert len(catalogs) == 1


def test_catalog_command_refuses_a_site_that_is_not_a_url(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "--store", str(store_dir), "--site", "kg.example.org"]) == 2
    assert "absolute http(s) URL" in capsys.readouterr().err


def test_catalog_command_on_a_missing_store_says_to_ingest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "--store", str(tmp_path / "none")]) == 2
    assert "machikg ingest" in capsys.readouterr().err
