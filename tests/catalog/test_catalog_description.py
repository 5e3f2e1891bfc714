"""The DCAT / VoID description of the ingested corpus: valid DCAT-AP, and true to the store."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, VOID, XSD

from service.catalog.description import DEFAULT_METADATA, CatalogSettings, describe
from service.catalog.queries import CatalogError
from service.store import EmbeddedStore

MK = "https://w3id.org/machikg/ontology#"
SITE = "https://machikg.example.org"


def _catalog(graph: rdflib.Graph) -> URIRef:
    (catalog,) = graph.subjects(RDF.type, DCAT.Catalog)
    assert isinstance(catalog, URIRef)
    return catalog


def _knowledge_graph(graph: rdflib.Graph) -> URIRef:
    """The dataset that has the VoID subsets: the store as a whole."""
    (dataset,) = set(graph.subjects(VOID.subset, None))
    assert isinstance(dataset, URIRef)
    return dataset


def _count(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: URIRef) -> int:
    value = graph.value(subject, predicate)
    assert isinstance(value, Literal) and value.datatype == XSD.integer, (subject, predicate)
    return int(value)


def _documents(store: EmbeddedStore) -> list[dict[str, object]]:
    return list(store.select(f"""
        SELECT DISTINCT ?document ?graph ?municipality ?area ?start ?end WHERE {{
          ?document a <{MK}SourceDocument> ; <{MK}namedGraph> ?graph ;
                    <{MK}municipality> ?municipality .
          ?municipality <{MK}standardArea> ?area .
          OPTIONAL {{ ?document <{MK}fiscalYear>/<{MK}startDate> ?start ;
                               <{MK}lastFiscalYear>/<{MK}endDate> ?end }}
        }}"""))


def test_description_conforms_to_dcat_ap_3(
    description: rdflib.Graph, dcat_ap_shapes: rdflib.Graph
) -> None:
    conforms, _, report = pyshacl.validate(
        description, shacl_graph=dcat_ap_shapes, inference="none"
    )
    assert conforms, report


def test_dcat_ap_shapes_reject_a_dataset_without_description(
    description: rdflib.Graph, dcat_ap_shapes: rdflib.Graph
) -> None:
    """The shapes really apply to our nodes: removing a mandatory property breaks conformance."""
    broken = rdflib.Graph()
    dataset = next(iter(description.objects(_catalog(description), DCAT.dataset)))
    for triple in description:
        if triple[0] != dataset or triple[1] != DCTERMS.description:
            broken.add(triple)
    conforms, _, report = pyshacl.validate(broken, shacl_graph=dcat_ap_shapes, inference="none")
    assert not conforms
    assert "dcat:DatasetShape" in report


def test_every_document_graph_is_a_subset_and_a_catalogued_dataset(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    catalog, whole = _catalog(description), _knowledge_graph(description)
    graphs = {URIRef(str(row["graph"])) for row in _documents(corpus_store)}
    assert len(graphs) == 5
    for graph in graphs:
        assert (whole, VOID.subset, graph) in description
        assert (catalog, DCAT.dataset, graph) in description
        assert (graph, RDF.type, DCAT.Dataset) in description


def test_every_named_graph_is_a_subset_with_its_triple_count(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    whole = _knowledge_graph(description)
    counts = {
        str(row["g"]): row["n"]
        for row in corpus_store.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
    }
    subsets = {str(s): _count(description, s, VOID.triples)
               for s in description.objects(whole, VOID.subset)}
    assert subsets == counts


def test_void_triples_count_each_distinct_triple_of_the_store_once(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    (row,) = corpus_store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert _count(description, _knowledge_graph(description), VOID.triples) == row["n"]


def test_void_entities_count_subjects_minted_under_the_uri_space(
    description: rdflib.Graph, corpus_store: EmbeddedStore, catalog_settings: CatalogSettings
) -> None:
    whole = _knowledge_graph(description)
    space = f"{catalog_settings.base}/id/"
    assert description.value(whole, VOID.uriSpace) == Literal(space)
    subjects = {
        str(row["s"])
        for row in corpus_store.select("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
    }
    expected = sum(1 for s in subjects if s.startswith(space))
    assert expected > 0
    assert _count(description, whole, VOID.entities) == expected


def test_class_partitions_count_the_instances_of_each_class(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    expected = {
        str(row["c"]): row["n"]
        for row in corpus_store.select(
            "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } } GROUP BY ?c"
        )
    }
    partitions = {
        str(description.value(p, VOID["class"])): _count(description, p, VOID.entities)
        for p in description.objects(_knowledge_graph(description), VOID.classPartition)
    }
    assert partitions == expected
    assert partitions[MK + "SourceDocument"] == 5


def test_property_partitions_count_the_distinct_triples_of_each_property(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    expected = {
        str(row["p"]): row["n"]
        for row in corpus_store.select(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o"
            " { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p"
        )
    }
    partitions = {
        str(description.value(p, VOID.property)): _count(description, p, VOID.triples)
        for p in description.objects(_knowledge_graph(description), VOID.propertyPartition)
    }
    assert partitions == expected


def test_vocabularies_are_the_namespaces_of_the_properties_used(
    description: rdflib.Graph,
) -> None:
    vocabularies = set(description.objects(_knowledge_graph(description), VOID.vocabulary))
    assert URIRef(MK) in vocabularies
    assert URIRef(str(SKOS)) in vocabularies


def test_sparql_endpoint_is_served_at_the_site(description: rdflib.Graph) -> None:
    endpoint = URIRef(f"{SITE}/sparql")
    whole = _knowledge_graph(description)
    (service,) = description.subjects(RDF.type, DCAT.DataService)
    assert description.value(service, DCAT.endpointURL) == endpoint
    assert (service, DCAT.servesDataset, whole) in description
    assert description.value(whole, VOID.sparqlEndpoint) == endpoint
    assert (_catalog(description), DCAT.service, service) in description


@pytest.mark.parametrize(
    ("path", "media_type"),
    [("/dump.nq", "application/n-quads"), ("/dump.trig", "application/trig")],
)
def test_dumps_are_distributions_with_download_url_and_media_type(
    description: rdflib.Graph, path: str, media_type: str
) -> None:
    url = URIRef(SITE + path)
    whole = _knowledge_graph(description)
    assert (whole, VOID.dataDump, url) in description
    (distribution,) = description.subjects(DCAT.downloadURL, url)
    assert (whole, DCAT.distribution, distribution) in description
    assert description.value(distribution, DCAT.mediaType) == URIRef(
        "http://www.iana.org/assignments/media-types/" + media_type
    )


def test_document_dataset_is_published_by_its_municipality_and_covers_its_area(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    for row in _documents(corpus_store):
        dataset, municipality = URIRef(str(row["graph"])), URIRef(str(row["municipality"]))
        area = URIRef(str(row["area"]))
        assert description.value(dataset, DCTERMS.publisher) == municipality
        assert (municipality, RDF.type, FOAF.Agent) in description
        assert description.value(municipality, FOAF.name) is not None
        assert (municipality, DCTERMS.spatial, area) in description
        assert (dataset, DCTERMS.spatial, area) in description


def test_document_dataset_period_runs_from_first_to_last_fiscal_year(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    dated = [row for row in _documents(corpus_store) if row["start"] is not None]
    assert dated
    for row in dated:
        period = description.value(URIRef(str(row["graph"])), DCTERMS.temporal)
        assert description.value(period, DCAT.startDate) == Literal(row["start"])
        assert description.value(period, DCAT.endDate) == Literal(row["end"])


def test_document_dataset_title_is_the_document_title(
    description: rdflib.Graph, corpus_store: EmbeddedStore
) -> None:
    rows = corpus_store.select(
        f"SELECT ?graph ?title WHERE {{ ?d <{MK}namedGraph> ?graph ; <{DCTERMS}title> ?title }}"
    )
    assert len(rows) == 5
    for row in rows:
        titles = {str(t) for t in description.objects(URIRef(str(row["graph"])), DCTERMS.title)}
        assert titles == {row["title"]}


def test_keywords_are_the_labels_of_the_themes(description: rdflib.Graph) -> None:
    datasets_with_themes = 0
    for dataset in description.subjects(RDF.type, DCAT.Dataset):
        themes = set(description.objects(dataset, DCAT.theme))
        labels = {label for t in themes for label in description.objects(t, SKOS.prefLabel)}
        keywords = set(description.objects(dataset, DCAT.keyword))
        assert keywords <= labels
        if keywords:
            datasets_with_themes += 1
            assert {k.language for k in keywords} >= {"ja"}
    assert datasets_with_themes >= 1


def test_landing_page_of_a_document_dataset_is_its_page_on_the_site(
    description: rdflib.Graph, corpus_store: EmbeddedStore, catalog_settings: CatalogSettings
) -> None:
    for row in _documents(corpus_store):
        page = description.value(URIRef(str(row["graph"])), DCAT.landingPage)
        path = str(row["document"])[len(catalog_settings.base):]
        assert page == URIRef(SITE + path)


def test_missing_metadata_file_is_an_error_naming_it(
    corpus_store: EmbeddedStore, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.ttl"
    settings = CatalogSettings("https://example.org/kg", SITE, metadata=missing)
    with pytest.raises(CatalogError, match=r"nowhere\.ttl: catalogue metadata file not found"):
        describe(corpus_store.select, settings)


def test_metadata_that_is_not_turtle_is_an_error_naming_the_file(
    corpus_store: EmbeddedStore, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<catalog> a dcat:Catalog", encoding="utf-8")
    settings = CatalogSettings("https://example.org/kg", SITE, metadata=broken)
    with pytest.raises(CatalogError, match=r"broken\.ttl: not valid Turtle"):
        describe(corpus_store.select, settings)


@pytest.mark.parametrize("site", ["machikg.example.org", "ftp://example.org", ""])
def test_site_must_be_an_absolute_http_url(site: str) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        CatalogSettings("https://example.org/kg", site)


def test_description_is_the_same_through_a_select_that_returns_sparql_json_bindings(
    description: rdflib.Graph, corpus_store: EmbeddedStore, catalog_settings: CatalogSettings
) -> None:
    def json_select(sparql: str) -> list[dict[str, object]]:
        result = corpus_store.query(sparql)
        assert isinstance(result, ox.QuerySolutions)
        body = result.serialize(format=ox.QueryResultsFormat.JSON)
        return json.loads(body)["results"]["bindings"]

    assert isomorphic(describe(json_select, catalog_settings), description)


def test_an_empty_store_is_a_conforming_catalogue_of_one_empty_dataset(
    dcat_ap_shapes: rdflib.Graph,
) -> None:
    graph = describe(EmbeddedStore(None).select, CatalogSettings("https://example.org/kg", SITE))
    catalog = _catalog(graph)
    (dataset,) = graph.objects(catalog, DCAT.dataset)
    assert _count(graph, dataset, VOID.triples) == 0
    conforms, _, report = pyshacl.validate(graph, shacl_graph=dcat_ap_shapes, inference="none")
    assert conforms, report


def test_a_description_template_with_an_unknown_placeholder_is_an_error_naming_it(
    corpus_store: EmbeddedStore, tmp_path: Path
) -> None:
    metadata = tmp_path / "catalog.ttl"
    text = DEFAULT_METADATA.read_text(encoding="utf-8")
    metadata.write_text(text.replace("{municipality}", "{city}"), encoding="utf-8")
    settings = CatalogSettings("https://w3id.org/machikg", SITE, metadata=metadata)
    with pytest.raises(CatalogError, match=r"catalog\.ttl: .*bad placeholder 'city'"):
        describe(corpus_store.select, settings)
