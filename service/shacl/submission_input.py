"""What a submission is, from its media type or file name: an RDF syntax or a CSV template.

One entry point for `machikg validate`, `POST /validate`, `POST /submissions` and Graph Store
writes, so every door reads the same formats the same way: RDF/XML is checked for entity
bombs before it is parsed, literals are bounded, and JSON-LD remote contexts are never
fetched (pyoxigraph is given no document loader).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

import pyoxigraph as ox

from service.http.parser_limits import check_literal, check_xml_entities
from service.shacl.rdf_input import (
    FORMATS_BY_MEDIA_TYPE,
    FORMATS_BY_SUFFIX,
    InputError,
    ParsedRdf,
    StatementIndex,
    parse_rdf,
)

CSV = "csv"
CSV_MEDIA_TYPES = ("text/csv", "application/csv")
SubmissionFormat = ox.RdfFormat | str  # an RDF syntax, or CSV (a template)
MEDIA_TYPES: dict[str, SubmissionFormat] = {
    **FORMATS_BY_MEDIA_TYPE, **dict.fromkeys(CSV_MEDIA_TYPES, CSV)
}
SUFFIXES: dict[str, SubmissionFormat] = {**FORMATS_BY_SUFFIX, ".csv": CSV}



class UnsupportedFormat(ValueError):
    """Neither the media type nor the file name says which format this is."""


@dataclass
class Submission:
    """Triples to validate, and where each focus node was written in the input."""

    parsed: ParsedRdf
    position: Callable[[object], tuple[int, int] | None]


def format_for(media_type: str | None, filename: str | None = None) -> SubmissionFormat:
    """The format of a body: its media type, or (for `application/octet-stream` and no
    type, as browsers send unknown files) its file name's suffix."""
    media = (media_type or "").split(";")[0].strip().lower()
    if media in MEDIA_TYPES:
        return MEDIA_TYPES[media]
    if media in ("", "application/octet-stream") and filename:
        suffix = PurePosixPath(filename).suffix.lower()
        if suffix in SUFFIXES:
            return SUFFIXES[suffix]
    accepted = ", ".join(sorted(MEDIA_TYPES))
    given = f"Content-Type {media!r}" if media else "no Content-Type"
    raise UnsupportedFormat(f"{given}: send one of {accepted}")


def extension(fmt: SubmissionFormat) -> str:
    """How a kept input is named."""
    return ".csv" if fmt == CSV else f".{fmt.file_extension}"  # type: ignore[union-attr]


def media_type(fmt: SubmissionFormat) -> str:
    return "text/csv" if fmt == CSV else fmt.media_type  # type: ignore[union-attr]


def read_submission(
    data: bytes, fmt: SubmissionFormat, *, base: str, base_iri: str | None = None
) -> Submission:
    """The submission's triples (`InputError` when it cannot be read, in both languages)."""
    if fmt == CSV:
        from service.shacl.csv_templates import convert_csv

        converted = convert_csv(data, base=base)
        return Submission(converted.parsed, converted.position)
    assert isinstance(fmt, ox.RdfFormat)
    if fmt == ox.RdfFormat.RDF_XML:
        try:
            check_xml_entities(data)
        except ValueError as error:
            raise InputError(str(error), f"XML の実体宣言が大きすぎます: {error}") from None
    parsed = parse_rdf(data, fmt, base_iri=base_iri)
    for triple in parsed.triples:
        if isinstance(triple.object, ox.Literal):
            try:
                check_literal(len(triple.object.value))
            except ValueError as error:
                raise InputError(str(error), f"リテラルが長すぎます: {error}") from None
    index = StatementIndex(data, fmt, parsed)
    return Submission(parsed, index.position)
