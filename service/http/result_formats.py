"""Content negotiation: which media type answers a request, for each kind of result.

The kind of a query's result (solutions, boolean, graph) is known only once the store has
parsed it, so the negotiation picks one media type per kind up front and the store host uses
the one that applies. A `format` parameter (for links and browsers) overrides `Accept`.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.accept_header import AcceptRange as AcceptRange
from service.accept_header import best_match as best_match
from service.accept_header import parse_accept as parse_ranges

# In order of the service's preference when the client accepts several equally.
SOLUTION_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
BOOLEAN_TYPES = SOLUTION_TYPES[:2]  # CSV and TSV cannot carry a boolean
GRAPH_TYPES = (
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
    "application/trig",
    "application/n-quads",
)
ALIASES = {  # media types clients send for the same formats
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json+ld": "application/ld+json",
    "application/x-trig": "application/trig",
    "application/x-json+ld": "application/ld+json",
    "text/n3": "text/turtle",  # N3 readers read Turtle (SPARQLWrapper's N3)
    "text/rdf+n3": "text/turtle",
}
FORMAT_NAMES = {  # the `format` parameter's short names
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "nq": "application/n-quads",
    # SPARQLWrapper's names
    "json-ld": "application/ld+json",
    "rdf+xml": "application/rdf+xml",
    "n3": "text/turtle",
}
# The parameters that name a result format (SPARQLWrapper sends all three, Virtuoso reads
# `format`, Joseki/ARQ `output`).
FORMAT_PARAMETERS = ("format", "output", "results")
# A `format=json` asked of a CONSTRUCT means JSON-LD, `format=xml` means RDF/XML.
GRAPH_EQUIVALENT = {
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}
CHARSET_TYPES = {
    "text/csv",
    "text/tab-separated-values",
    "text/turtle",
    "application/n-triples",
    "application/trig",
    "application/n-quads",
}


def format_candidates(value: str) -> list[str]:
    """The media types a format parameter's value names: a short name, a media type, or a
    comma-separated list of media types (as in an Accept header)."""
    names = [part.split(";")[0].strip().lower() for part in value.split(",")]
    return [FORMAT_NAMES.get(name) or ALIASES.get(name, name) for name in names if name]


class NotAcceptable(ValueError):
    """The request names formats the service cannot produce."""


def parse_accept(header: str | None) -> list[AcceptRange]:
    """The ranges of an Accept header, the types clients send for SPARQL's under their names."""
    return parse_ranges(header, ALIASES)


@dataclass(frozen=True)
class Negotiated:
    """The media type for each kind of query result; None where nothing acceptable exists."""

    solutions: str | None
    boolean: str | None
    graph: str | None

    def as_dict(self) -> dict[str, str | None]:
        return {"solutions": self.solutions, "boolean": self.boolean, "graph": self.graph}


def negotiate(accept: str | None, format_param: str | None) -> Negotiated:
    """Media types for a query's results from the `format` parameter or the Accept header."""
    if format_param:
        known_types = [
            media_type
            for media_type in format_candidates(format_param)
            if media_type in SOLUTION_TYPES or media_type in GRAPH_TYPES
        ]
        media_type = known_types[0] if known_types else ""
        if not media_type:
            known = ", ".join(sorted(FORMAT_NAMES))
            raise NotAcceptable(f"unknown format {format_param!r}; use one of: {known}")
        graph = GRAPH_EQUIVALENT.get(media_type, media_type)
        return Negotiated(
            solutions=media_type if media_type in SOLUTION_TYPES else None,
            boolean=media_type if media_type in BOOLEAN_TYPES else None,
            graph=graph if graph in GRAPH_TYPES else None,
        )
    ranges = parse_accept(accept)
    return Negotiated(
        solutions=best_match(ranges, SOLUTION_TYPES),
        boolean=best_match(ranges, BOOLEAN_TYPES),
        graph=best_match(ranges, GRAPH_TYPES),
    )


def content_type(media_type: str) -> str:
    """The Content-Type header for a media type: text formats say they are UTF-8."""
    return f"{media_type}; charset=utf-8" if media_type in CHARSET_TYPES else media_type


def prefers_html(accept: str | None) -> bool:
    """Whether the client (a browser) names HTML explicitly and above every RDF/results type."""
    ranges = parse_accept(accept)
    html = [r.q for r in ranges if r.media_type == "text/html"]
    others = [r.q for r in ranges if r.media_type in SOLUTION_TYPES + GRAPH_TYPES]
    return bool(html) and max(html) > 0 and max(html) >= max(others, default=0.0)
