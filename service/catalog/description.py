"""The store described as a DCAT catalogue with VoID statistics, for data portals to harvest.

One `dcat:Catalog` lists the knowledge graph as a whole (a `dcat:Dataset` and `void:Dataset`
with its SPARQL endpoint and dumps) and one `dcat:Dataset` per document graph, published by
the municipality the document belongs to. What cannot be queried (title, publisher, contact,
licence of the deployment) comes from a Turtle file (`catalog.ttl`, or the deployment's own);
everything else is counted or listed by the SPARQL in this package, so the description
always matches the store it describes.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, VOID, XSD, Namespace

from service.catalog.dumps import DUMP_FORMATS, DumpFormat
from service.catalog.graph_files import SHARED, Download, GraphFile, GraphFiles
from service.catalog.queries import CatalogError, Row, Select, integer, run

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
METADATA_TERMS = Namespace("https://w3id.org/machikg/catalog-metadata#")
IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")

DEFAULT_METADATA = Path(__file__).parent / "catalog.ttl"
DEFAULT_SITE = "http://127.0.0.1:8000"

PREFIXES = {
    "dcat": DCAT,
    "dct": DCTERMS,
    "foaf": FOAF,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "vcard": VCARD,
    "void": VOID,
    "xsd": XSD,
}


@dataclass(frozen=True)
class CatalogSettings:
    """Where identifiers live (`base`), where the service answers (`site`), and the file
    with what only the deployment knows about itself (`metadata`)."""

    base: str
    site: str
    metadata: Path = DEFAULT_METADATA

    def __post_init__(self) -> None:
        for name in ("base", "site"):
            value = getattr(self, name)
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"catalog {name} {value!r}: give an absolute http(s) URL")
            object.__setattr__(self, name, value.rstrip("/"))

    @classmethod
    def from_env(
        cls, base: str, site: str | None = None, env: Mapping[str, str] | None = None
    ) -> CatalogSettings:
        """Settings from MACHIKG_SITE and MACHIKG_CATALOG_METADATA, unless given."""
        env = os.environ if env is None else env
        metadata = env.get("MACHIKG_CATALOG_METADATA")
        return cls(
            base=base,
            site=site or env.get("MACHIKG_SITE") or DEFAULT_SITE,
            metadata=Path(metadata) if metadata else DEFAULT_METADATA,
        )

    def site_url(self, iri: str) -> str | None:
        """The page the service shows for an IRI minted under `base` (None: not ours)."""
        if not iri.startswith(self.base + "/"):
            return None
        return self.site + iri[len(self.base) :]


@dataclass
class _Metadata:
    graph: rdflib.Graph
    catalog: URIRef
    dataset: URIRef
    document_descriptions: list[Literal] = field(default_factory=list)
    municipality_titles: list[Literal] = field(default_factory=list)
    municipality_descriptions: list[Literal] = field(default_factory=list)


def download_url(settings: CatalogSettings, dump: DumpFormat, **selection: str) -> URIRef:
    """Where a dump of the whole store, one graph (`graph=`) or one municipality's graphs
    (`municipality=` its code) is downloaded."""
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in selection.items())
    return URIRef(settings.site + dump.path + (f"?{query}" if query else ""))


def municipality_dataset(settings: CatalogSettings, code: str) -> URIRef:
    """The dataset of one municipality's document graphs: the prefix of their IRIs."""
    return URIRef(f"{settings.base}/graph/{code}")


def describe(
    select: Select, settings: CatalogSettings, files: GraphFiles | None = None
) -> rdflib.Graph:
    """The DCAT catalogue and VoID description of the store that `select` queries; sizes
    and modification dates of the downloads come from `files` (a process-wide one if None)."""
    metadata = _read_metadata(settings)
    graph_files = (files or SHARED).current(select)
    graph = metadata.graph
    catalog, dataset = metadata.catalog, metadata.dataset
    site = settings.site
    endpoint = URIRef(f"{site}/sparql")
    service = URIRef(f"{catalog}#sparql-service")

    graph.add((catalog, FOAF.homepage, URIRef(f"{site}/")))
    graph.add((URIRef(f"{site}/"), RDF.type, FOAF.Document))
    graph.add((catalog, DCAT.dataset, dataset))
    graph.add((catalog, DCAT.service, service))
    if (dataset, DCAT.landingPage, None) not in graph:
        graph.add((dataset, DCAT.landingPage, URIRef(f"{site}/")))
    _add_service(graph, service, endpoint, dataset, metadata)
    _add_distributions(graph, dataset, service, endpoint, settings, graph_files)
    triples = _add_statistics(graph, select, dataset, endpoint, settings)

    topics = _topics_by_graph(run(select, "document_topics"), graph)
    documents = run(select, "documents")
    for row in documents:
        document_dataset = URIRef(row["graph"])
        _add_document_dataset(
            graph, row, metadata, settings, service, topics.get(row["graph"], []),
            triples.get(row["graph"], 0), graph_files.get(row["graph"]),
        )
        graph.add((catalog, DCAT.dataset, document_dataset))
        graph.add((service, DCAT.servesDataset, document_dataset))
        graph.add((document_dataset, DCTERMS.isPartOf, dataset))
    _add_municipality_datasets(graph, documents, metadata, settings, service, graph_files)
    _add_coverage(graph, catalog, dataset)
    _add_theme_taxonomies(graph, catalog, run(select, "topic_schemes"))
    latest = max((f.modified for f in graph_files.values()), default=None)
    if latest is not None:
        for node in (catalog, dataset):
            graph.set((node, DCTERMS.modified, _date_time(latest)))
    return graph


# -- the deployment's own metadata -----------------------------------------------------------


def _read_metadata(settings: CatalogSettings) -> _Metadata:
    source = rdflib.Graph()
    try:
        source.parse(settings.metadata, format="turtle", publicID=f"{settings.base}/")
    except FileNotFoundError:
        raise CatalogError(f"{settings.metadata}: catalogue metadata file not found") from None
    except Exception as error:  # rdflib raises many kinds for bad Turtle
        raise CatalogError(f"{settings.metadata}: not valid Turtle: {error}") from None
    graph = rdflib.Graph(bind_namespaces="core")  # only the prefixes the output uses
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in source:
        graph.add(triple)
    catalog = _the_one(graph, DCAT.Catalog, settings.metadata)
    dataset = _the_one(graph, DCAT.Dataset, settings.metadata)
    template = METADATA_TERMS.documentDataset
    descriptions = [
        d for d in graph.objects(template, DCTERMS.description) if isinstance(d, Literal)
    ]
    graph.remove((template, None, None))
    if not descriptions:
        raise CatalogError(
            f"{settings.metadata}: mkmeta:documentDataset needs a dct:description template"
        )
    titles, municipality_descriptions = _municipality_templates(graph, settings)
    return _Metadata(graph, catalog, dataset, descriptions, titles, municipality_descriptions)


def _municipality_templates(
    graph: rdflib.Graph, settings: CatalogSettings
) -> tuple[list[Literal], list[Literal]]:
    """The title and description templates of a municipality's dataset; a deployment file
    written before they existed gets the default file's."""
    template = METADATA_TERMS.municipalityDataset
    source = graph
    if (template, None, None) not in graph and settings.metadata != DEFAULT_METADATA:
        source = rdflib.Graph().parse(DEFAULT_METADATA, format="turtle")
    found = [
        [v for v in source.objects(template, prop) if isinstance(v, Literal)]
        for prop in (DCTERMS.title, DCTERMS.description)
    ]
    graph.remove((template, None, None))
    if not all(found):
        raise CatalogError(f"{settings.metadata}: mkmeta:municipalityDataset needs a dct:title"
                           " and a dct:description template")
    return found[0], found[1]


def _the_one(graph: rdflib.Graph, cls: URIRef, path: Path) -> URIRef:
    found = [s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)]
    if len(found) != 1:
        raise CatalogError(
            f"{path}: expected exactly one {graph.qname(cls)} with an IRI, found {len(found)}"
        )
    return found[0]


# -- the knowledge graph as a whole -----------------------------------------------------------


def _add_service(
    graph: rdflib.Graph, service: URIRef, endpoint: URIRef, dataset: URIRef, metadata: _Metadata
) -> None:
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCTERMS.title, Literal("machikg SPARQL endpoint", lang="en")))
    graph.add((service, DCTERMS.description, Literal(
        "SPARQL 1.1 query endpoint over every document graph; the default graph is their"
        " union.", lang="en")))
    graph.add((service, DCAT.endpointURL, endpoint))
    graph.add((service, DCAT.endpointDescription, endpoint))  # SPARQL service description
    # DCAT-AP's shapes check `sh:class rdfs:Resource` on URLs without RDFS inference, so the
    # typing that inference would give them is stated (here and for every access URL).
    graph.add((endpoint, RDF.type, RDFS.Resource))
    graph.add((service, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    graph.add((SPARQL_PROTOCOL, RDF.type, DCTERMS.Standard))
    graph.add((service, DCAT.servesDataset, dataset))
    for prop in (DCTERMS.publisher, DCTERMS.license, DCAT.contactPoint):
        for value in graph.objects(dataset, prop):
            graph.add((service, prop, value))


def _add_distributions(
    graph: rdflib.Graph, dataset: URIRef, service: URIRef, endpoint: URIRef,
    settings: CatalogSettings, files: Mapping[str, GraphFile],
) -> None:
    licenses = list(graph.objects(dataset, DCTERMS.license))
    sparql = URIRef(f"{dataset}-sparql")
    graph.add((dataset, DCAT.distribution, sparql))
    graph.add((sparql, RDF.type, DCAT.Distribution))
    graph.add((sparql, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    graph.add((sparql, DCAT.accessURL, endpoint))
    graph.add((sparql, DCAT.accessService, service))
    for dump in DUMP_FORMATS.values():
        url = download_url(settings, dump)
        _add_download(
            graph, dataset, URIRef(f"{dataset}-dump-{dump.extension}"), url,
            Download(tuple(files.values()), dump.name), Literal(dump.title, lang="en"), licenses,
        )
        graph.add((dataset, VOID.dataDump, url))
        graph.add((dataset, VOID.feature, URIRef(dump.w3c_format)))
    for license_ in licenses:
        graph.add((sparql, DCTERMS.license, license_))


def _add_download(
    graph: rdflib.Graph,
    dataset: URIRef,
    distribution: URIRef,
    url: URIRef,
    download: Download,
    title: Literal,
    licenses: Iterable[rdflib.term.Node],
) -> None:
    """A distribution a harvester can fetch: where, in what format, how big, how recent."""
    dump = DUMP_FORMATS[download.format]
    media_type = URIRef(IANA_MEDIA_TYPES + dump.media_type)
    file_type = URIRef(dump.file_type)
    graph.add((dataset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, DCTERMS.title, title))
    graph.add((distribution, DCAT.accessURL, url))
    graph.add((distribution, DCAT.downloadURL, url))
    graph.add((url, RDF.type, RDFS.Resource))
    graph.add((distribution, DCAT.mediaType, media_type))
    graph.add((media_type, RDF.type, DCTERMS.MediaType))
    graph.add((distribution, DCTERMS.format, file_type))
    graph.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
    graph.add((distribution, DCAT.byteSize,
               Literal(download.size, datatype=XSD.nonNegativeInteger)))
    if download.modified is not None:
        graph.add((distribution, DCTERMS.modified, _date_time(download.modified)))
    for license_ in licenses:
        graph.add((distribution, DCTERMS.license, license_))


def _add_statistics(
    graph: rdflib.Graph, select: Select, dataset: URIRef, endpoint: URIRef,
    settings: CatalogSettings,
) -> dict[str, int]:
    """VoID statistics of the whole and of each named graph; returns each graph's triples."""
    uri_space = f"{settings.base}/id/"
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, VOID.sparqlEndpoint, endpoint))
    graph.add((dataset, VOID.uriSpace, Literal(uri_space)))
    totals = run(select, "dataset_statistics", uriSpace=uri_space)
    total = totals[0] if totals else {}
    for column, prop in (
        ("triples", VOID.triples),
        ("entities", VOID.entities),
        ("distinctSubjects", VOID.distinctSubjects),
        ("distinctObjects", VOID.distinctObjects),
        ("properties", VOID.properties),
    ):
        graph.add((dataset, prop, _count(integer(total, column, "dataset_statistics"))))

    classes = run(select, "class_partitions")
    graph.add((dataset, VOID.classes, _count(len(classes))))
    vocabularies: set[str] = set()
    for row in classes:
        partition = BNode()
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(row["class"])))
        graph.add((partition, VOID.entities,
                   _count(integer(row, "entities", "class_partitions"))))
        vocabularies.add(namespace_of(row["class"]))
    for row in run(select, "property_partitions"):
        partition = BNode()
        graph.add((dataset, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(row["property"])))
        graph.add((partition, VOID.triples,
                   _count(integer(row, "triples", "property_partitions"))))
        vocabularies.add(namespace_of(row["property"]))
    for vocabulary in sorted(vocabularies):
        graph.add((dataset, VOID.vocabulary, URIRef(vocabulary)))

    triples: dict[str, int] = {}
    for row in run(select, "graph_statistics", uriSpace=uri_space):
        subset = URIRef(row["graph"])
        triples[row["graph"]] = integer(row, "triples", "graph_statistics")
        graph.add((dataset, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, VOID.triples, _count(triples[row["graph"]])))
        graph.add((subset, VOID.entities, _count(integer(row, "entities", "graph_statistics"))))
        graph.add((subset, VOID.sparqlEndpoint, endpoint))
    return triples


def namespace_of(term: str) -> str:
    """The vocabulary an IRI belongs to: everything up to its last '#' or '/'."""
    cut = max(term.rfind("#"), term.rfind("/"))
    return term[: cut + 1] if cut >= 0 else term


def _count(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


# -- one dataset per document graph ------------------------------------------------------------


@dataclass(frozen=True)
class _Topic:
    iri: str
    labels: tuple[Literal, ...]


def _topics_by_graph(rows: Iterable[Row], graph: rdflib.Graph) -> dict[str, list[_Topic]]:
    labels: dict[tuple[str, str], list[Literal]] = defaultdict(list)
    for row in rows:
        label = Literal(row["label"], lang=row.get("labelLang") or None)
        labels[(row["graph"], row["topic"])].append(label)
    topics: dict[str, list[_Topic]] = defaultdict(list)
    for (graph_iri, topic), names in labels.items():
        topics[graph_iri].append(_Topic(topic, tuple(names)))
        concept = URIRef(topic)
        graph.add((concept, RDF.type, SKOS.Concept))
        for name in names:
            graph.add((concept, SKOS.prefLabel, name))
    return topics


def _add_document_dataset(
    graph: rdflib.Graph,
    row: Row,
    metadata: _Metadata,
    settings: CatalogSettings,
    service: URIRef,
    topics: list[_Topic],
    triples: int,
    file: GraphFile | None,
) -> None:
    dataset = URIRef(row["graph"])
    document = URIRef(row["document"])
    name = row.get("municipalityName") or row.get("lgCode") or row["municipality"]
    title = row.get("title") or row.get("identifier") or row["document"]
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(title, lang=row.get("titleLang") or None)))
    for template in metadata.document_descriptions:
        try:
            text = template.format(title=title, municipality=name, triples=triples)
        except (KeyError, IndexError, ValueError) as error:
            raise CatalogError(
                f"{settings.metadata}: mkmeta:documentDataset description {str(template)!r}:"
                f" bad placeholder {error} (use {{title}}, {{municipality}}, {{triples}})"
            ) from None
        graph.add((dataset, DCTERMS.description, Literal(text, lang=template.language)))
    graph.add((dataset, DCTERMS.identifier, Literal(row["graph"])))
    graph.add((dataset, PROV.wasDerivedFrom, document))

    publisher = URIRef(row["municipality"])
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, RDF.type, ORG.Organization))
    graph.add((publisher, FOAF.name, Literal(name, lang=row.get("municipalityNameLang") or None)))
    if "lgCode" in row:
        graph.add((publisher, ORG.identifier, Literal(row["lgCode"])))
    if "area" in row:
        area = URIRef(row["area"])
        graph.add((area, RDF.type, DCTERMS.Location))
        graph.add((publisher, DCTERMS.spatial, area))
        graph.add((dataset, DCTERMS.spatial, area))

    if "startDate" in row or "endDate" in row:
        period = BNode()
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        if "startDate" in row:
            graph.add((period, DCAT.startDate, _date(row["startDate"])))
        if "endDate" in row:
            graph.add((period, DCAT.endDate, _date(row["endDate"])))
    if "issued" in row:
        graph.add((dataset, DCTERMS.issued, _date(row["issued"])))
    if file is not None:  # the dataset changed when its graph did
        graph.add((dataset, DCTERMS.modified, _date_time(file.modified)))

    licenses = [URIRef(row["license"])] if "license" in row else list(
        graph.objects(metadata.dataset, DCTERMS.license)
    )
    for license_ in licenses:
        graph.add((dataset, DCTERMS.license, license_))
    for prop in (DCAT.contactPoint, DCTERMS.language):
        for value in graph.objects(metadata.dataset, prop):
            graph.add((dataset, prop, value))
    page = settings.site_url(row["document"])
    if page is not None:
        graph.add((dataset, DCAT.landingPage, URIRef(page)))
        graph.add((URIRef(page), RDF.type, FOAF.Document))

    for topic in topics:
        graph.add((dataset, DCAT.theme, URIRef(topic.iri)))
        for label in topic.labels:
            graph.add((dataset, DCAT.keyword, label))

    distribution = URIRef(f"{row['graph']}#graph-store")
    access = URIRef(f"{settings.site}/store?graph={quote(row['graph'], safe='')}")
    graph.add((dataset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, DCTERMS.title, Literal("Graph Store Protocol", lang="en")))
    graph.add((distribution, DCTERMS.description, Literal(
        "This document's named graph, read with the SPARQL 1.1 Graph Store HTTP Protocol"
        " (the format follows the Accept header).", lang="en")))
    graph.add((distribution, DCAT.accessURL, access))
    graph.add((access, RDF.type, RDFS.Resource))
    graph.add((distribution, DCAT.accessService, service))
    for license_ in licenses:
        graph.add((distribution, DCTERMS.license, license_))
    if file is not None:
        for dump in DUMP_FORMATS.values():
            _add_download(
                graph, dataset, URIRef(f"{row['graph']}#dump-{dump.extension}"),
                download_url(settings, dump, graph=row["graph"]), Download((file,), dump.name),
                Literal(f"{dump.title} of this document graph", lang="en"), licenses,
            )


# -- one dataset per municipality --------------------------------------------------------------


def _add_municipality_datasets(
    graph: rdflib.Graph,
    documents: list[Row],
    metadata: _Metadata,
    settings: CatalogSettings,
    service: URIRef,
    files: Mapping[str, GraphFile],
) -> None:
    """A dataset per municipality, made of its documents' datasets, for a portal that
    lists data by publisher (and a download of everything one city published)."""
    by_code: dict[str, list[Row]] = defaultdict(list)
    for row in documents:
        if row.get("lgCode"):
            by_code[row["lgCode"]].append(row)
    for code, rows in sorted(by_code.items()):
        dataset = municipality_dataset(settings, code)
        parts = [URIRef(r["graph"]) for r in rows]
        first = rows[0]
        name = first.get("municipalityName") or code
        values = {"municipality": name, "code": code, "documents": len(rows)}
        graph.add((dataset, RDF.type, DCAT.Dataset))
        graph.add((dataset, RDF.type, VOID.Dataset))
        graph.add((metadata.catalog, DCAT.dataset, dataset))
        graph.add((service, DCAT.servesDataset, dataset))
        graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
        for prop, templates in ((DCTERMS.title, metadata.municipality_titles),
                                (DCTERMS.description, metadata.municipality_descriptions)):
            for template in templates:
                graph.add((dataset, prop, Literal(
                    _fill(template, values, settings, "municipalityDataset"),
                    lang=template.language)))
        graph.add((dataset, DCTERMS.publisher, URIRef(first["municipality"])))
        page = settings.site_url(first["municipality"])
        if page is not None:
            graph.add((dataset, DCAT.landingPage, URIRef(page)))
            graph.add((URIRef(page), RDF.type, FOAF.Document))
        for part in parts:
            graph.add((dataset, DCTERMS.hasPart, part))
            graph.add((part, DCTERMS.isPartOf, dataset))
            for prop in (DCAT.theme, DCAT.keyword, DCTERMS.spatial, DCTERMS.license):
                for value in graph.objects(part, prop):
                    graph.add((dataset, prop, value))
        for prop in (DCAT.contactPoint, DCTERMS.language):
            for value in graph.objects(metadata.dataset, prop):
                graph.add((dataset, prop, value))
        _add_period(graph, dataset, parts)
        own = tuple(files[r["graph"]] for r in rows if r["graph"] in files)
        if own:
            graph.add((dataset, DCTERMS.modified, _date_time(max(f.modified for f in own))))
            licenses = list(graph.objects(dataset, DCTERMS.license))
            for dump in DUMP_FORMATS.values():
                _add_download(
                    graph, dataset, URIRef(f"{dataset}#dump-{dump.extension}"),
                    download_url(settings, dump, municipality=code), Download(own, dump.name),
                    Literal(f"{dump.title} of {name}", lang="en"), licenses,
                )


def _fill(template: Literal, values: Mapping[str, object], settings: CatalogSettings,
          node: str) -> str:
    try:
        return str(template).format(**values)
    except (KeyError, IndexError, ValueError) as error:
        names = ", ".join(f"{{{name}}}" for name in values)
        raise CatalogError(
            f"{settings.metadata}: mkmeta:{node} template {str(template)!r}:"
            f" bad placeholder {error} (use {names})"
        ) from None


def _add_period(graph: rdflib.Graph, dataset: URIRef, parts: Iterable[URIRef]) -> None:
    """The period from the earliest start to the latest end of the parts' periods."""
    starts, ends = [], []
    for part in parts:
        for period in graph.objects(part, DCTERMS.temporal):
            starts += [d.toPython() for d in graph.objects(period, DCAT.startDate)]
            ends += [d.toPython() for d in graph.objects(period, DCAT.endDate)]
    if starts and ends:
        period = BNode()
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(min(starts), datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(max(ends), datatype=XSD.date)))


def _date_time(value: datetime) -> Literal:
    return Literal(value.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)


_DATE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T")


def _date(text: str) -> Literal:
    """A date as the query gave it, typed xsd:date or xsd:dateTime by its form."""
    if _DATE.match(text):
        return Literal(text, datatype=XSD.date)
    if _DATE_TIME.match(text):
        return Literal(text, datatype=XSD.dateTime)
    return Literal(text)


# -- what the catalogue covers as a whole ------------------------------------------------------


def _add_coverage(graph: rdflib.Graph, catalog: URIRef, dataset: URIRef) -> None:
    """The catalogue and the whole graph cover every document's area and period."""
    documents = list(graph.objects(catalog, DCAT.dataset))
    areas = {a for d in documents for a in graph.objects(d, DCTERMS.spatial)}
    for area in sorted(areas):
        graph.add((catalog, DCTERMS.spatial, area))
        graph.add((dataset, DCTERMS.spatial, area))
    starts, ends = [], []
    for document in documents:
        for period in graph.objects(document, DCTERMS.temporal):
            starts += [d.toPython() for d in graph.objects(period, DCAT.startDate)]
            ends += [d.toPython() for d in graph.objects(period, DCAT.endDate)]
    if starts and ends and (dataset, DCTERMS.temporal, None) not in graph:
        period = BNode()
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(min(starts), datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(max(ends), datatype=XSD.date)))


def _add_theme_taxonomies(graph: rdflib.Graph, catalog: URIRef, rows: Iterable[Row]) -> None:
    """Concept schemes of the topics used, when they have the title DCAT-AP requires."""
    for row in rows:
        if "title" not in row:
            continue
        scheme = URIRef(row["scheme"])
        graph.add((catalog, DCAT.themeTaxonomy, scheme))
        graph.add((scheme, RDF.type, SKOS.ConceptScheme))
        graph.add((scheme, DCTERMS.title, Literal(row["title"], lang=row.get("titleLang") or None)))


def dataset_description(graph: rdflib.Graph, dataset: URIRef) -> rdflib.Graph:
    """What the catalogue says about one dataset: its statements and those of the nodes they
    point at (distributions, period, publisher, themes), which is what dereferencing its IRI
    should return."""
    part = rdflib.Graph(bind_namespaces="core")
    for prefix, namespace in graph.namespaces():
        part.bind(prefix, namespace)
    for triple in graph.triples((dataset, None, None)):
        part.add(triple)
        for inner in graph.triples((triple[2], None, None)):
            part.add(inner)
    return part
