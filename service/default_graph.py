"""The default graph is the set-merge of the named graphs, kept up to date by every write.

Each document keeps its own named graph (so it can be replaced or removed exactly, and
every fact keeps its evidence), but a triple that two documents state — a city's label, a
fiscal year's `mk:year` — would sit in both, and pyoxigraph's union default graph counts it
once per graph (oxigraph#1919): `SUM`s double and rows repeat. So machikg does not query the
union: the store's real default graph holds each triple of any named graph exactly once,
and is maintained in the same update (one transaction) as the named graph it follows:

- writing graph G: remove from the default graph the triples of the old G that no other
  named graph holds, replace G, then add G's triples to the default graph;
- removing G: the same retraction, then drop G.

Blank nodes cannot be matched across graphs, so graphs are written with their blank nodes
skolemised (IRIs under the graph's IRI): `skolemised_ntriples`. See docs/model.md.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
import rdflib
from rdflib.compare import to_canonical_graph

# adds every named graph's triples to the default graph (a set: present ones stay once)
MERGE_NAMED_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _iri(graph_iri: str) -> str:
    return str(ox.NamedNode(graph_iri))  # validates the IRI


def retraction(graph_iri: str) -> str:
    """Update text: drop from the default graph what only `graph_iri` states."""
    g = _iri(graph_iri)
    return (
        "DELETE { ?s ?p ?o } WHERE {\n"
        f"  GRAPH {g} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }}\n"
        "} ;\n"
    )


def replacement(graph_iri: str, ntriples: str) -> str:
    """Update text: replace a named graph's content and keep the default graph the merge."""
    g = _iri(graph_iri)
    return (
        retraction(graph_iri)
        + f"DROP SILENT GRAPH {g} ;\n"
        + f"INSERT DATA {{ GRAPH {g} {{\n{ntriples}}} }} ;\n"
        + f"INSERT DATA {{\n{ntriples}}}"
    )


def addition(graph_iri: str, ntriples: str) -> str:
    """Update text: add triples to a named graph (and to the default graph)."""
    g = _iri(graph_iri)
    return f"INSERT DATA {{ GRAPH {g} {{\n{ntriples}}} }} ;\nINSERT DATA {{\n{ntriples}}}"


def removal(graph_iri: str) -> str:
    """Update text: remove a named graph and what only it gave the default graph."""
    return retraction(graph_iri) + f"DROP SILENT GRAPH {_iri(graph_iri)}"


def fresh_graphs_nquads(graphs: list[tuple[str, str]]) -> str:
    """N-Quads of graphs not yet in the store (given as skolemised N-Triples), each triple
    also in the default graph: loading this in one atomic write adds the graphs and keeps the
    default graph the merge, without the retraction pass a replacement needs.

    Every N-Triples statement ends with " .\n" and no term holds a raw line break (N-Triples
    escapes it), so naming the graph is one `str.replace` per graph, not a loop over lines."""
    parts: list[str] = []
    for graph_iri, ntriples in graphs:
        g = _iri(graph_iri)
        text = ntriples if ntriples.endswith("\n") or not ntriples else ntriples + "\n"
        if text.count("\n") != text.count(" .\n"):  # blank lines, another writer's layout
            text = "".join(f"{line}\n" for line in text.splitlines() if line.endswith(" ."))
        parts.append(text.replace(" .\n", f" {g} .\n"))
        parts.append(text)
    return "".join(parts)


def skolemised_ntriples(graph: rdflib.Graph, graph_iri: str) -> str:
    """N-Triples of `graph`, blank nodes replaced by IRIs that depend only on the graph's
    content (canonical labelling), so writing the same graph twice writes the same triples."""
    if not any(isinstance(term, rdflib.BNode) for triple in graph for term in triple):
        return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    canonical = to_canonical_graph(graph)
    out = rdflib.Graph()
    for triple in canonical:
        out.add(tuple(_skolem(term, graph_iri) for term in triple))  # type: ignore[arg-type]
    return out.serialize(format="nt", encoding="utf-8").decode("utf-8")


def _skolem(term: rdflib.term.Node, graph_iri: str) -> rdflib.term.Node:
    if isinstance(term, rdflib.BNode):
        return rdflib.URIRef(f"{graph_iri}/.well-known/genid/{term}")
    return term


def quads_ntriples(quads: list[ox.Quad], graph_iri: str) -> str:
    """N-Triples of parsed quads (a Graph Store upload), blank nodes skolemised per upload."""
    salt = hashlib.sha256(graph_iri.encode()).hexdigest()[:8]

    def term(t: object) -> str:
        if isinstance(t, ox.BlankNode):
            return f"<{graph_iri}/.well-known/genid/{salt}-{t.value}>"
        return str(t)

    return "".join(f"{term(q.subject)} {term(q.predicate)} {term(q.object)} .\n" for q in quads)


def needs_rebuild(store: ox.Store) -> bool:
    """A store written before this layout: named graphs, but nothing in the default graph."""
    has_named = next(iter(store.named_graphs()), None) is not None
    empty_default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
    return has_named and empty_default is None
