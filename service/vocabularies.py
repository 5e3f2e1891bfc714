"""The ontology and the topic thesaurus, stored beside the documents as their own graphs.

Queries need them in the store: topic.rq walks `skos:broader` between topics and matches
their labels, and researchers can ask for class and property labels in ja/en.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from loaders.resources import ontology_dir

VOCABULARY_FILES = {"ontology": "machikg.ttl", "topics": "topics.ttl"}


def vocabulary_graph_iri(base: str, name: str) -> URIRef:
    return URIRef(f"{base}/graph/vocabulary/{name}")


def vocabulary_graphs(base: str, directory: Path | None = None) -> list[tuple[URIRef, Graph]]:
    """Parse each vocabulary file that exists; a missing one is skipped, a broken one raises."""
    directory = directory or ontology_dir()
    graphs = []
    for name, file in VOCABULARY_FILES.items():
        path = directory / file
        if path.exists():
            graphs.append((vocabulary_graph_iri(base, name), Graph().parse(path, format="turtle")))
    return graphs
