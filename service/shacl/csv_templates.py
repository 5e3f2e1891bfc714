"""CSV templates as submissions: decoded (UTF-8 or Excel's CP932), converted by
`loaders.templates`, with conversion errors as `InputError`s naming row and column."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from loaders.templates import TemplateError, convert
from service.shacl.rdf_input import InputError, ParsedRdf, parse_rdf


@dataclass
class ConvertedCsv:
    """A template's triples, its template name, and the (row, column) of each resource."""

    parsed: ParsedRdf
    template: str
    positions: dict[str, tuple[int, int]]

    def position(self, node: object) -> tuple[int, int] | None:
        return self.positions.get(node.value) if isinstance(node, ox.NamedNode) else None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else CP932 as Excel saves CSV in Japan."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("the CSV is neither UTF-8 nor Shift_JIS (CP932)",
                     "CSV の文字コードが UTF-8 でも Shift_JIS (CP932) でもありません")


def convert_csv(data: bytes, *, base: str, file: str = "submission.csv") -> ConvertedCsv:
    """The template's RDF, or an InputError listing every cell that cannot be read."""
    try:
        converted = convert(decode(data), file=file, base=base)
    except TemplateError as error:
        raise InputError(f"CSV template: {error.message('en')}",
                         f"CSV テンプレート: {error.message('ja')}") from None
    data_nt = converted.graph.serialize(format="nt", encoding="utf-8")
    parsed = parse_rdf(data_nt, ox.RdfFormat.N_TRIPLES)
    parsed.prefixes = {p: str(ns) for p, ns in converted.graph.namespaces() if p}
    return ConvertedCsv(parsed, converted.template, converted.positions)
