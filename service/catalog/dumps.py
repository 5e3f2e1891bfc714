"""Every named graph of the store as N-Quads or TriG, streamed one graph at a time.

The quads are read with a SELECT (`graph_quads.rq`) whose extra columns carry each term's
kind, datatype and language, so a dump is exact through any `select` callable (embedded
store or the HTTP service's store host) and memory holds one graph, not the whole store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from service.catalog.queries import CatalogError, Row, Select, iri, run

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class DumpFormat:
    """A dump the service offers: served at /dump.{extension}, described in the catalogue."""

    name: str
    media_type: str
    extension: str
    rdf_format: ox.RdfFormat
    title: str
    w3c_format: str  # its IRI in http://www.w3.org/ns/formats/ (for void:feature)
    file_type: str  # its IRI in the EU file-type authority list (DCAT-AP's dct:format)

    @property
    def path(self) -> str:
        return f"/dump.{self.extension}"


W3C_FORMATS = "http://www.w3.org/ns/formats/"
EU_FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
DUMP_FORMATS: dict[str, DumpFormat] = {
    "nquads": DumpFormat("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS,
                         "N-Quads dump", W3C_FORMATS + "N-Quads", EU_FILE_TYPES + "RDF_N_QUADS"),
    "trig": DumpFormat("trig", "application/trig", "trig", ox.RdfFormat.TRIG,
                       "TriG dump", W3C_FORMATS + "TriG", EU_FILE_TYPES + "RDF_TRIG"),
}


def named_graphs(select: Select) -> list[str]:
    return [row["graph"] for row in run(select, "named_graphs")]


def graph_quads(select: Select, graph: str) -> list[ox.Quad]:
    """The statements of one named graph, with their terms exactly as stored."""
    graph_name = ox.NamedNode(graph)
    return [_quad(row, graph_name) for row in run(select, "graph_quads", graph=iri(graph))]


def stream_dump(
    select: Select, format: str, prefixes: dict[str, str] | None = None
) -> Iterator[bytes]:
    """The whole store in `format` ("nquads" or "trig"), one chunk per named graph.

    TriG chunks each repeat the prefix directives: that is valid TriG, and lets every chunk
    be written as soon as its graph is read.
    """
    dump_format = DUMP_FORMATS.get(format)
    if dump_format is None:
        raise CatalogError(f"unknown dump format {format!r} (use one of {list(DUMP_FORMATS)})")
    for graph in named_graphs(select):
        quads = graph_quads(select, graph)
        if not quads:
            continue
        if dump_format.rdf_format == ox.RdfFormat.TRIG:
            chunk = ox.serialize(quads, format=dump_format.rdf_format, prefixes=prefixes or {})
        else:
            chunk = ox.serialize(quads, format=dump_format.rdf_format)
        yield chunk or b""


def _quad(row: Row, graph: ox.NamedNode) -> ox.Quad:
    try:
        subject: ox.NamedNode | ox.BlankNode = (
            ox.BlankNode(_blank_id(row["s"])) if row.get("subjectKind") == "blank"
            else ox.NamedNode(row["s"])
        )
        return ox.Quad(subject, ox.NamedNode(row["p"]), _object(row), graph)
    except (KeyError, ValueError) as error:
        raise CatalogError(f"graph_quads.rq: cannot rebuild a statement of <{graph.value}>"
                           f" from {row!r}: {error}") from None


def _object(row: Row) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind = row.get("objectKind")
    if kind == "iri":
        return ox.NamedNode(row["o"])
    if kind == "blank":
        return ox.BlankNode(_blank_id(row["o"]))
    lexical = row["lexical"]
    language = row.get("language")
    if language:
        return ox.Literal(lexical, language=language)
    datatype = row.get("datatype", XSD_STRING)
    if datatype in (XSD_STRING, RDF_LANG_STRING):
        return ox.Literal(lexical)
    return ox.Literal(lexical, datatype=ox.NamedNode(datatype))


def _blank_id(value: str) -> str:
    return value[2:] if value.startswith("_:") else value
