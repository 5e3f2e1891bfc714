"""The SPARQL Service Description (sd:) answered on GET /sparql without a query."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from service.http.store_host import GRAPH_FORMATS

TEMPLATE = Path(__file__).parent / "templates" / "service-description.ttl"


def describe(endpoint_url: str, base: str, media_type: str) -> bytes:
    """The description of the endpoint at `endpoint_url`, serialised as `media_type`."""
    text = TEMPLATE.read_text(encoding="utf-8").replace("{{BASE}}", base)
    triples = list(ox.parse(text, ox.RdfFormat.TURTLE, base_iri=endpoint_url))
    output = io.BytesIO()
    fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[media_type])
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        ox.serialize(
            [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples],
            output,
            fmt,
        )
    else:
        prefixes = {"sd": "http://www.w3.org/ns/sparql-service-description#"}
        if fmt == ox.RdfFormat.TURTLE:
            ox.serialize(triples, output, fmt, prefixes=prefixes)
        else:
            ox.serialize(triples, output, fmt)
    return output.getvalue()
