"""The SPARQL 1.1 Graph Store HTTP Protocol at /store (`?graph=<iri>` or `?default`)."""

from __future__ import annotations

from urllib.parse import urljoin

from fastapi import Request
from fastapi.responses import Response

from service.http.result_formats import (
    ALIASES,
    GRAPH_TYPES,
    best_match,
    content_type,
    parse_accept,
)
from service.http.sparql_protocol import ProtocolError, media_type_and_params


def target_graph(request: Request) -> str | None:
    """The graph a request addresses: an IRI, or None for the default graph."""
    params = request.query_params
    graphs = params.getlist("graph")
    default = "default" in params
    if default and graphs:
        raise ProtocolError(400, "give either ?default or ?graph=<iri>, not both")
    if len(graphs) > 1:
        raise ProtocolError(400, "give ?graph=<iri> once")
    if not default and not graphs:
        raise ProtocolError(
            400,
            "say which graph: /store?graph=<IRI> for a named graph or /store?default"
            " for the default graph",
        )
    if default:
        return None
    graph = graphs[0].strip()
    if not graph:
        raise ProtocolError(400, "?graph= is empty; give the graph's IRI")
    absolute = urljoin(str(request.url).split("?")[0], graph)
    if ":" not in absolute or any(c in absolute for c in '<>"{}|^`\\ '):
        raise ProtocolError(400, f"?graph={graph!r} is not a valid IRI")
    return absolute


def body_media_type(request: Request) -> str:
    """The RDF syntax of an uploaded body, from its Content-Type (415 when unsupported)."""
    media_type, params = media_type_and_params(request.headers.get("content-type"))
    media_type = ALIASES.get(media_type, media_type)
    if media_type not in GRAPH_TYPES:
        given = f"Content-Type {media_type!r}" if media_type else "no Content-Type"
        raise ProtocolError(
            415,
            f"{given}: send RDF as one of {', '.join(GRAPH_TYPES)}",
        )
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"charset={params['charset']} is not supported; send UTF-8")
    return media_type


def read_media_type(request: Request) -> str:
    """The media type to answer a GET with, from Accept (406 when none is acceptable)."""
    choice = best_match(parse_accept(request.headers.get("accept")), GRAPH_TYPES)
    if choice is None:
        raise ProtocolError(
            406,
            f"none of the accepted types is an RDF syntax this service"
            f" writes: {', '.join(GRAPH_TYPES)}",
        )
    return choice


def write_response(method: str, created: bool, graph: str | None) -> Response:
    """201 for a graph that did not exist (with its Location), 204 otherwise."""
    if created and graph is not None:
        return Response(status_code=201, headers={"Location": graph})
    return Response(status_code=204)


def graph_content_type(media_type: str) -> str:
    return content_type(media_type)
