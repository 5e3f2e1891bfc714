"""Triple Pattern Fragments at `/fragments`: the store's default graph for Linked Data
Fragments clients (Comunica and others), which query by fetching one triple pattern at a time.

A fragment is the set of triples of the default graph (the set-merge of the named graphs,
service/default_graph.py) matching `?subject=&predicate=&object=` — an absent parameter or a
`?variable` matches anything — in pages of `PAGE_SIZE`, with the metadata and the hypermedia
controls of the TPF specification (https://www.hydra-cg.com/spec/latest/triple-pattern-fragments/):
`void:triples` / `hydra:totalItems` (an exact count), `hydra:itemsPerPage`, `hydra:first`,
`hydra:next`, `hydra:previous`, and a `hydra:search` form (an `hydra:IriTemplate` with a
`hydra:mapping` per parameter) from which a client builds the URL of any other fragment.

Parameters use the TPF (explicit) serialisation: an IRI bare (`http://…`, `<http://…>` also
read), a literal in double quotes with its language (`"…"@ja`) or datatype (`"…"^^http://…`
or `"…"^^<http://…>`). In the dataset formats (TriG, N-Quads, JSON-LD) the metadata sits in
its own graph `<fragment#metadata>` that is `foaf:primaryTopic` of the fragment, as Comunica
expects, so it is never mistaken for data; the triple formats carry data and metadata together.
The fragment's IRI is the URL it was requested at, since a client follows the links it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from service.accept_header import best_match, parse_accept
from service.http.resource_pages import select_rows
from service.http.result_formats import content_type
from service.http.sparql_protocol import ProtocolError
from service.http.store_host import StoreHost

PAGE_SIZE = 100
MAX_PAGE = 10**9  # past this OFFSET no store has triples; refusing it keeps OFFSET an integer
FORMATS = {  # in the service's order of preference (no Accept header: TriG)
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
ALIASES = {
    "application/json": "application/ld+json",
    "application/x-trig": "application/trig",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
}
NTRIPLES = "application/n-triples"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
HYDRA = "http://www.w3.org/ns/hydra/core#"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
PREFIXES = {"rdf": RDF, "xsd": XSD, "hydra": HYDRA, "void": VOID, "dct": DCT, "foaf": FOAF}
PARAMETERS = ("subject", "predicate", "object")

router = APIRouter()


class NoMatch(Exception):
    """A pattern no triple can match (a literal as subject, a literal as predicate)."""


@dataclass
class Pattern:
    """A triple pattern as SPARQL, with fresh variables for the open positions."""

    terms: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)

    def variable(self, name: str | None) -> str:
        """The SPARQL variable for a client's `?name` (the same name, the same variable)."""
        key = name or f"_{len(self.terms)}"
        return self.variables.setdefault(key, f"?v{len(self.variables)}")

    @property
    def sparql(self) -> str:
        return " ".join(self.terms)


def parse_term(value: str | None, position: str) -> ox.NamedNode | ox.Literal | None:
    """A parameter in TPF serialisation → the term it names; None for a variable."""
    if value is None or value == "" or value.startswith("?") or value.startswith("_:"):
        return None  # a blank node in a pattern matches anything, as in SPARQL
    try:
        if value.startswith('"'):
            end = value.rfind('"')
            if end == 0:
                raise ProtocolError(400, f"{position}={value!r}: a literal needs a closing quote")
            lexical, suffix = value[1:end], value[end + 1 :]
            if suffix.startswith("@"):
                literal = ox.Literal(lexical, language=suffix[1:])
            elif suffix.startswith("^^"):
                datatype = suffix[2:]
                if datatype.startswith("<") and datatype.endswith(">"):
                    datatype = datatype[1:-1]
                literal = ox.Literal(lexical, datatype=ox.NamedNode(datatype))
            elif suffix == "":
                literal = ox.Literal(lexical)
            else:
                raise ProtocolError(
                    400, f'{position}={value!r}: write a literal as "…", "…"@lang or "…"^^<iri>'
                )
            if position != "object":
                raise NoMatch
            return literal
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        return ox.NamedNode(iri)
    except ValueError as error:
        raise ProtocolError(
            400, f"{position}={value!r} is not an IRI or a literal: {error}"
        ) from None


def pattern_of(subject: str | None, predicate: str | None, obj: str | None) -> Pattern:
    """The SPARQL triple pattern of a fragment's parameters (raises NoMatch, ProtocolError)."""
    pattern = Pattern()
    for position, value in zip(PARAMETERS, (subject, predicate, obj), strict=True):
        term = parse_term(value, position)
        if term is None:
            name = value[1:] if value and value[:1] == "?" else None
            pattern.terms.append(pattern.variable(name))
        else:
            pattern.terms.append(str(term))  # N-Triples syntax, escaped, is SPARQL syntax
    return pattern


async def data_triples(
    host: StoreHost, pattern: Pattern, page: int, timeout_s: float
) -> list[ox.Triple]:
    """One page of the triples of the default graph matching the pattern. A single pattern
    is a scan of one of the store's indexes, in the same order on every request for the same
    store content, so pages partition the fragment without an ORDER BY over all of it."""
    query = (
        f"CONSTRUCT {{ {pattern.sparql} }} WHERE {{ {pattern.sparql} }}"
        f" LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}"
    )
    formats = {"solutions": None, "boolean": None, "graph": NTRIPLES}
    answer = await host.request("query", {"query": query, "formats": formats}, timeout_s=timeout_s)
    body = await answer.body()
    return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


async def count(host: StoreHost, pattern: Pattern, timeout_s: float) -> int:
    """How many triples match (the fragment's size: void:triples, hydra:totalItems)."""
    rows = await select_rows(
        host, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern.sparql} }}", timeout_s
    )
    return int(rows[0]["n"]["value"]) if rows else 0


def iri_of(url: str) -> str:
    """The request URL as an IRI: as sent when it is one (clients compare the subjects of the
    metadata with the URL they asked for), else with the offending characters escaped."""
    try:
        ox.NamedNode(url)
    except ValueError:
        return quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return url


def page_url(endpoint: str, parameters: dict[str, str], page: int) -> str:
    return f"{endpoint}?{urlencode({**parameters, 'page': str(page)}, quote_via=quote)}"


def metadata(
    fragment: str, endpoint: str, parameters: dict[str, str], page: int, total: int
) -> list[ox.Triple]:
    """The fragment's metadata and hypermedia controls (TPF §3–4, as Comunica reads them)."""
    node = ox.NamedNode
    here, dataset, search = node(fragment), node(f"{endpoint}#dataset"), ox.BlankNode()

    def integer(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=node(f"{XSD}integer"))

    triples = [
        ox.Triple(node(f"{fragment}#metadata"), node(f"{FOAF}primaryTopic"), here),
        ox.Triple(dataset, node(f"{RDF}type"), node(f"{VOID}Dataset")),
        ox.Triple(dataset, node(f"{RDF}type"), node(f"{HYDRA}Collection")),
        ox.Triple(dataset, node(f"{VOID}subset"), here),
        ox.Triple(dataset, node(f"{HYDRA}search"), search),
        ox.Triple(search, node(f"{HYDRA}template"),
                  ox.Literal(f"{endpoint}{{?{','.join(PARAMETERS)}}}")),
        ox.Triple(search, node(f"{HYDRA}variableRepresentation"),
                  node(f"{HYDRA}ExplicitRepresentation")),
        ox.Triple(here, node(f"{RDF}type"), node(f"{HYDRA}PartialCollectionView")),
        ox.Triple(here, node(f"{DCT}source"), dataset),
        ox.Triple(here, node(f"{VOID}triples"), integer(total)),
        ox.Triple(here, node(f"{HYDRA}totalItems"), integer(total)),
        ox.Triple(here, node(f"{HYDRA}itemsPerPage"), integer(PAGE_SIZE)),
        ox.Triple(here, node(f"{HYDRA}first"), node(page_url(endpoint, parameters, 1))),
    ]
    for name in PARAMETERS:
        mapping = ox.BlankNode()
        triples += [
            ox.Triple(search, node(f"{HYDRA}mapping"), mapping),
            ox.Triple(mapping, node(f"{HYDRA}variable"), ox.Literal(name)),
            ox.Triple(mapping, node(f"{HYDRA}property"), node(f"{RDF}{name}")),
        ]
    if page > 1:
        previous = page_url(endpoint, parameters, page - 1)
        triples.append(ox.Triple(here, node(f"{HYDRA}previous"), node(previous)))
    if page * PAGE_SIZE < total:
        following = page_url(endpoint, parameters, page + 1)
        triples.append(ox.Triple(here, node(f"{HYDRA}next"), node(following)))
    return triples


def serialise(
    data: list[ox.Triple], meta: list[ox.Triple], fragment: str, media_type: str
) -> bytes:
    """Data in the default graph, metadata in `<fragment#metadata>` where the format has
    graphs; one graph of both otherwise."""
    rdf_format = FORMATS[media_type]
    if rdf_format.supports_datasets:
        graph = ox.NamedNode(f"{fragment}#metadata")
        quads = [ox.Quad(*t) for t in data] + [ox.Quad(*t, graph) for t in meta]
        return ox.serialize(quads, format=rdf_format, prefixes=PREFIXES)
    return ox.serialize([*data, *meta], format=rdf_format, prefixes=PREFIXES)


@router.get("/fragments", response_model=None, summary="Triple Pattern Fragments")
async def fragments(
    request: Request,
    subject: str | None = Query(None, description="an IRI, or empty/?var for any"),
    predicate: str | None = Query(None, description="an IRI, or empty/?var for any"),
    object: str | None = Query(  # the TPF parameter's name
        None, description='an IRI or a literal ("…", "…"@ja, "…"^^<datatype>)'
    ),
    page: int = Query(1, ge=1, le=MAX_PAGE),
) -> Response:
    """The page of the fragment of the default graph that matches the triple pattern."""
    settings, host = request.app.state.settings, request.app.state.host
    media_type = best_match(parse_accept(request.headers.get("accept"), ALIASES), tuple(FORMATS))
    if media_type is None:
        raise ProtocolError(406, f"fragments are available as {', '.join(FORMATS)}")
    parameters = {
        name: value
        for name, value in zip(PARAMETERS, (subject, predicate, object), strict=True)
        if value
    }
    try:
        pattern: Pattern | None = pattern_of(subject, predicate, object)
    except NoMatch:
        pattern = None
    timeout_s = settings.query_timeout_s
    total = await count(host, pattern, timeout_s) if pattern else 0
    data = await data_triples(host, pattern, page, timeout_s) if pattern and total else []
    endpoint = iri_of(str(request.url.replace(query="")))
    fragment = iri_of(str(request.url))
    body = serialise(data, metadata(fragment, endpoint, parameters, page, total), fragment,
                     media_type)
    return Response(body, media_type=content_type(media_type), headers={"Vary": "Accept"})
