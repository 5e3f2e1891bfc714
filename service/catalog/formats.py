"""Which representation of the catalogue a client gets, and writing it.

Portals send an Accept header (or `?format=`); browsers get an HTML page with links. The
Accept header is read by `service.accept_header`, as for the SPARQL service's results.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from string import Template

import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from service.accept_header import best_match, parse_accept

TEMPLATE = Path(__file__).parent / "catalog.html"


@dataclass(frozen=True)
class Representation:
    name: str  # the ?format= value
    media_type: str
    rdflib_format: str | None  # None: the HTML page


REPRESENTATIONS: tuple[Representation, ...] = (
    Representation("turtle", "text/turtle", "turtle"),
    Representation("jsonld", "application/ld+json", "json-ld"),
    Representation("rdfxml", "application/rdf+xml", "xml"),
    Representation("ntriples", "application/n-triples", "nt"),
    Representation("html", "text/html", None),
)
RDF_REPRESENTATIONS = tuple(r for r in REPRESENTATIONS if r.rdflib_format is not None)
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "json": "jsonld", "xml": "rdfxml",
            "rdf": "rdfxml", "nt": "ntriples"}


# Plain JSON clients (a portal's fetch, `curl -H 'Accept: application/json'`) get JSON-LD:
# it is JSON, and the only JSON the catalogue has.
MEDIA_TYPE_ALIASES = {"application/json": "application/ld+json"}


class NotAcceptable(ValueError):
    """No offered representation matches what the client asked for."""


def by_format_parameter(value: str, offered: tuple[Representation, ...]) -> Representation:
    """The representation named by `?format=` (a name like "turtle" or a media type)."""
    wanted = _ALIASES.get(value.strip().lower(), value.strip().lower())
    for representation in offered:
        if wanted in (representation.name, representation.media_type):
            return representation
    names = ", ".join(r.name for r in offered)
    raise NotAcceptable(f"format={value!r} is not offered here; use one of {names}")


def negotiate(accept: str | None, offered: tuple[Representation, ...]) -> Representation:
    """The best offered representation for an Accept header; the first one when absent.

    Ties go to the earlier offer, so `*/*` gets the first (Turtle), and a browser (which
    lists text/html explicitly, above */*) gets the page when HTML is offered.
    """
    chosen = best_match(
        parse_accept(accept, MEDIA_TYPE_ALIASES), tuple(r.media_type for r in offered)
    )
    if chosen is None:
        types = ", ".join(r.media_type for r in offered)
        raise NotAcceptable(f"Accept: {accept!r} matches none of {types}")
    return next(r for r in offered if r.media_type == chosen)


def choose(
    format: str | None, accept: str | None, offered: tuple[Representation, ...]
) -> Representation:
    """`?format=` when given, else the Accept header (raises NotAcceptable)."""
    return by_format_parameter(format, offered) if format else negotiate(accept, offered)


def serialize(graph: rdflib.Graph, representation: Representation) -> bytes:
    """The catalogue graph in an RDF representation (JSON-LD compacted with its prefixes)."""
    if representation.rdflib_format is None:
        raise ValueError("the HTML page is rendered with render_html")
    if representation.rdflib_format == "json-ld":
        context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
        return graph.serialize(format="json-ld", context=context, encoding="utf-8")
    return graph.serialize(format=representation.rdflib_format, encoding="utf-8")


def render_html(graph: rdflib.Graph, catalog_path: str) -> str:
    """A page for people: the datasets with their links, and the catalogue's RDF formats."""
    catalog = next(graph.subjects(RDF.type, DCAT.Catalog))
    rows = []
    for dataset in sorted(graph.objects(catalog, DCAT.dataset)):
        title = _text(graph, dataset, DCTERMS.title)
        links = [
            _link(str(url), "landing page")
            for url in graph.objects(dataset, DCAT.landingPage)
        ]
        for distribution in sorted(graph.objects(dataset, DCAT.distribution)):
            for url in graph.objects(distribution, DCAT.accessURL):
                links.append(_link(str(url), _text(graph, distribution, DCTERMS.title)))
        triples = graph.value(dataset, VOID.triples)
        rows.append(
            "<tr><td>{title}<br><code>{iri}</code></td><td>{description}</td>"
            "<td class=num>{triples}</td><td>{links}</td></tr>".format(
                title=html.escape(title),
                iri=html.escape(str(dataset)),
                description=html.escape(_text(graph, dataset, DCTERMS.description)),
                triples=html.escape(str(triples) if triples is not None else ""),
                links=" · ".join(links),
            )
        )
    formats = " · ".join(
        _link(f"{catalog_path}?format={r.name}", f"{r.name} ({r.media_type})")
        for r in RDF_REPRESENTATIONS
    )
    access = [_link(catalog_path.rsplit("/", 1)[0] + "/.well-known/void", "VoID")]
    for dataset in graph.subjects(RDF.type, VOID.Dataset):
        for url in sorted(graph.objects(dataset, VOID.sparqlEndpoint)):
            if (None, VOID.subset, dataset) not in graph:
                access.append(_link(str(url), "SPARQL endpoint"))
        for url in sorted(graph.objects(dataset, VOID.dataDump)):
            access.append(_link(str(url), str(url).rsplit("/", 1)[-1]))
    page = Template(TEMPLATE.read_text(encoding="utf-8"))
    return page.substitute(
        title=html.escape(_text(graph, catalog, DCTERMS.title)),
        description=html.escape(_text(graph, catalog, DCTERMS.description)),
        datasets="\n".join(rows),
        formats=formats,
        access=" · ".join(access),
    )


def _text(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: rdflib.URIRef) -> str:
    """The value in Japanese if there is one, else any (the corpus is Japanese)."""
    values = list(graph.objects(subject, predicate))
    for value in values:
        if isinstance(value, rdflib.Literal) and value.language == "ja":
            return str(value)
    return str(values[0]) if values else ""


def _link(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{html.escape(text)}</a>'
