"""The namespaces of the graph model (docs/model.md), shared by writers and readers."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SKOS, XSD

MK = Namespace("https://w3id.org/machikg/ontology#")
MKTOPIC = Namespace("https://w3id.org/machikg/topic/")
IC = Namespace("http://imi.go.jp/ns/core/rdf#")
SCHEMA = Namespace("https://schema.org/")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
ESTAT_SAC = Namespace("http://data.e-stat.go.jp/lod/sac/")

PREFIXES: dict[str, Namespace] = {
    "mk": MK,
    "mktopic": MKTOPIC,
    "ic": IC,
    "schema": SCHEMA,
    "sdmx-dimension": SDMX_DIMENSION,
    "org": Namespace(str(ORG)),
    "skos": Namespace(str(SKOS)),
    "qb": Namespace(str(QB)),
    "prov": Namespace(str(PROV)),
    "dct": Namespace(str(DCTERMS)),
    "foaf": Namespace(str(FOAF)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
}
