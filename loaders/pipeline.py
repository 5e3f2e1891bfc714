"""One document from disk to its named graph: read → parse → facts → RDF.

The service's ingest, the `validate` command and the scorer all go through here, so a
document is always turned into the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from loaders.facts import DocumentFacts
from loaders.manifest import ManifestEntry
from loaders.parse import parse_document
from loaders.text.document_text import read_document
from loaders.to_rdf import document_graph, graph_iri


@dataclass
class LoadedDocument:
    entry: ManifestEntry
    graph_iri: URIRef
    graph: Graph
    facts: DocumentFacts


def parse_entry(entry: ManifestEntry) -> DocumentFacts:
    text = read_document(entry.path)
    return parse_document(
        text,
        file=entry.file,
        municipality_code=entry.municipality_code,
        municipality=entry.municipality,
        prefecture=entry.prefecture,
    )


def load_document(entry: ManifestEntry, *, base: str) -> LoadedDocument:
    """Raises `loaders.text.errors.DocumentError` when the file cannot be read as a document."""
    facts = parse_entry(entry)
    return LoadedDocument(
        entry=entry,
        graph_iri=graph_iri(facts, base=base),
        graph=document_graph(facts, base=base),
        facts=facts,
    )
