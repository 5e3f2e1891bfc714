"""The vocabularies' own IRIs dereference: `/ontology`, `/shapes`, `/topic` and each topic.

The ontology (`{ns}/ontology`), the topic thesaurus (`{ns}/topic/`) and its concepts are the
IRIs a harvester meets as `dcat:theme` and in every class and property; they are read from
the project's Turtle files (the shapes are not in the store at all) and answered with content
negotiation: an HTML page for people, Turtle, JSON-LD (also for `application/json`),
N-Triples or RDF/XML for machines. Paths are relative to this service, whatever its base.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from loaders.resources import ontology_dir, shapes_dir
from service.accept_header import best_match, parse_accept
from service.http.resource_pages import TEMPLATE
from service.http.sparql_protocol import ProtocolError

NAMESPACE = "https://w3id.org/machikg"
ONTOLOGY = f"{NAMESPACE}/ontology"
TOPICS = f"{NAMESPACE}/topic/"
SHAPES = f"{NAMESPACE}/shapes"
RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {"ttl": "text/turtle", "jsonld": "application/ld+json",
                "nt": "application/n-triples", "rdf": "application/rdf+xml"}
OFFERED = ("text/html", *RDF_TYPES, "application/json")
LABELS = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://purl.org/dc/terms/title",
)

router = APIRouter()


@lru_cache(maxsize=4)
def _triples(files: tuple[Path, ...]) -> tuple[ox.Triple, ...]:
    found: list[ox.Triple] = []
    for path in files:
        found.extend(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    return tuple(found)


def ontology_triples() -> tuple[ox.Triple, ...]:
    return _triples(tuple(p for p in [ontology_dir() / "machikg.ttl"] if p.exists()))


def topic_triples() -> tuple[ox.Triple, ...]:
    return _triples(tuple(p for p in [ontology_dir() / "topics.ttl"] if p.exists()))


def shapes_triples() -> tuple[ox.Triple, ...]:
    return _triples(tuple(sorted(shapes_dir().glob("*.ttl"))))


def topic_concept_triples(iri: str) -> list[ox.Triple]:
    """A concept's own statements, and those naming it (narrower concepts, the scheme); none
    for a name that makes no IRI (a client's `"` or space: a 404, not a 500)."""
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return []
    return [t for t in topic_triples() if t.subject == node or t.object == node]


Triples = list[ox.Triple] | tuple[ox.Triple, ...]


def answer(request: Request, iri: str, triples: Triples) -> Response:
    """`triples` about `iri` in the representation the request asks for (404 when none)."""
    if not triples:
        raise ProtocolError(404, f"nothing is known about <{iri}>")
    named = FORMAT_NAMES.get(request.query_params.get("format", ""))
    wanted = named or best_match(parse_accept(request.headers.get("accept"), {}), OFFERED)
    if wanted is None:
        raise ProtocolError(406, f"<{iri}> is available as {', '.join(OFFERED)}")
    headers = {"Vary": "Accept"}
    if wanted == "text/html":
        return HTMLResponse(render_html(iri, triples), headers=headers)
    rdf_type = "application/ld+json" if wanted == "application/json" else wanted
    body = ox.serialize(list(triples), format=RDF_TYPES[rdf_type]) or b""
    media_type = rdf_type if rdf_type == "application/ld+json" else f"{rdf_type}; charset=utf-8"
    return Response(body, media_type=media_type, headers=headers)


def _label(iri: str, triples: Triples) -> str | None:
    node = ox.NamedNode(iri)
    labels = [
        t.object for t in triples
        if t.subject == node and t.predicate.value in LABELS and isinstance(t.object, ox.Literal)
    ]
    japanese = [label.value for label in labels if label.language == "ja"]
    return (japanese or [label.value for label in labels] or [None])[0]


def _term_html(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        value = term.value
        href = value[len(NAMESPACE):] if value.startswith(NAMESPACE + "/") else value
        if not href.startswith(("/", "http://", "https://")):
            return html.escape(value)
        return f'<a href="{html.escape(href)}">{html.escape(value)}</a>'
    if isinstance(term, ox.Literal):
        note = f' <span class="note">@{html.escape(term.language)}</span>' if term.language else ""
        return html.escape(term.value) + note
    return html.escape(str(term))


def render_html(iri: str, triples: Triples) -> str:
    """The statements as the resource pages show them: subject, property, value."""
    rows = "\n".join(
        f"<tr><td>{_term_html(t.predicate)}</td><td>{_term_html(t.object)}</td>"
        f'<td class="note">{_term_html(t.subject)}</td></tr>'
        for t in triples
    )
    title = _label(iri, triples) or iri
    local = iri[len(NAMESPACE):] if iri.startswith(NAMESPACE) else iri
    return (
        TEMPLATE.read_text(encoding="utf-8")
        .replace("{{TITLE}}", html.escape(title))
        .replace("{{IRI}}", html.escape(iri))
        .replace("{{ROWS}}", rows)
        .replace("{{INCOMING}}", "")
        .replace("{{JSON_HREF}}", html.escape(local.rstrip("/") + "?format=jsonld"))
    )


@router.get("/ontology", operation_id="ontology")
async def ontology(request: Request) -> Response:
    return answer(request, ONTOLOGY, ontology_triples())


@router.get("/shapes", operation_id="shapes")
async def shapes(request: Request) -> Response:
    return answer(request, SHAPES, shapes_triples())


@router.get("/topic", operation_id="topic_scheme")
@router.get("/topic/", operation_id="topic_scheme_slash")
async def topic_scheme(request: Request) -> Response:
    return answer(request, TOPICS, topic_triples())


@router.get("/topic/{name}", operation_id="topic_concept")
async def topic_concept(request: Request, name: str) -> Response:
    iri = TOPICS + name
    return answer(request, iri, topic_concept_triples(iri))
