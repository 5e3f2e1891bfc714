"""One document from disk to its named graph: read → parse → facts → RDF.

The service's ingest, the `validate` command and the scorer all go through here, so a
document is always turned into the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from loaders.facts import DocumentFacts
from loaders.formats import read_source
from loaders.manifest import ManifestEntry
from loaders.parse import parse_document
from loaders.to_rdf import TripleSet, document_graph, document_triples, graph_iri


@dataclass
class LoadedDocument:
    entry: ManifestEntry
    graph_iri: URIRef
    graph: Graph
    facts: DocumentFacts


def parse_entry(entry: ManifestEntry) -> DocumentFacts:
    source = read_source(entry.path)  # .txt/.html, or .pdf/.docx/.xlsx/.ods/.csv/.tsv as text
    facts = parse_document(
        source.text,
        file=entry.file,
        municipality_code=entry.municipality_code,
        municipality=entry.municipality,
        prefecture=entry.prefecture,
    )
    facts.source_map = source.map
    facts.source_url = entry.url
    facts.retrieved = entry.retrieved
    return facts


def load_document(entry: ManifestEntry, *, base: str) -> LoadedDocument:
    """Raises `loaders.text.errors.DocumentError` when the file cannot be read as a document."""
    facts = parse_entry(entry)
    return LoadedDocument(
        entry=entry,
        graph_iri=graph_iri(facts, base=base),
        graph=document_graph(facts, base=base),
        facts=facts,
    )


@dataclass
class DocumentTriples:
    entry: ManifestEntry
    graph_iri: URIRef
    triples: TripleSet  # the triples of `load_document(...).graph`
    reading_errors: list[str] = field(default_factory=list)  # `DocumentFacts.reading_errors`


def load_document_triples(entry: ManifestEntry, *, base: str) -> DocumentTriples:
    """As `load_document`, without building an rdflib graph: ingest turns the triples
    straight into pyoxigraph terms and N-Triples (`service.ingest_pipeline`)."""
    facts = parse_entry(entry)
    return DocumentTriples(entry, graph_iri(facts, base=base), document_triples(facts, base=base),
                           facts.reading_errors)  # fmt: skip
