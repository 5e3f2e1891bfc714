"""Bounds on what an upload may make the store host's parsers build, checked before parsing.

An upload's size is limited by the web process, but two things grow past it inside the
parser: XML entities (a "billion laughs" RDF/XML document of a few hundred bytes expands to
gigabytes — pyoxigraph's RDF/XML parser expands internal entities without a limit) and
single literals, each of which becomes one Python string. Both are refused here with a clear
400 before the parser runs; the store host's memory cap (service.http.store_host) remains the
last line for anything else.
"""

from __future__ import annotations

import re

# entity references may add at most as many bytes as the document itself has (or this much)
MIN_ENTITY_ALLOWANCE = 1024 * 1024
MAX_LITERAL_CHARS = 4 * 1024 * 1024
MAX_ENTITY_DEPTH = 16

_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_DECLARATION = re.compile(
    rb"<!ENTITY\s+(%\s+)?([^\s>]+)\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\b)", re.DOTALL
)
_REFERENCE = re.compile(rb"&([A-Za-z_:][\w.\-:]*);")


class ParserLimitError(ValueError):
    """The upload would make the parser build more than the service allows (a 400)."""


def check_xml_entities(data: bytes) -> None:
    """Refuse RDF/XML whose entities are external, parameter, cyclic, nested too deep, or
    would expand the document by more than its own size (at least MIN_ENTITY_ALLOWANCE)."""
    if b"<!ENTITY" not in data:
        return
    values: dict[bytes, bytes] = {}
    for match in _DECLARATION.finditer(data):
        parameter, name, double, single, external = match.groups()
        if parameter or external:
            raise ParserLimitError(
                "RDF/XML with external or parameter entities is not accepted"
                f" (<!ENTITY {'% ' if parameter else ''}{name.decode(errors='replace')} …>):"
                " the service reads nothing from elsewhere"
            )
        values.setdefault(name, double if double is not None else single)
    if data.count(b"<!ENTITY") != len(_DECLARATION.findall(data)):
        raise ParserLimitError("RDF/XML with an entity declaration this service cannot read")
    allowance = max(MIN_ENTITY_ALLOWANCE, len(data))
    sizes: dict[bytes, int] = {}

    def size(name: bytes, depth: int) -> int:
        if name in sizes:
            return sizes[name]
        if depth > MAX_ENTITY_DEPTH:
            raise ParserLimitError(
                f"RDF/XML entities nest more than {MAX_ENTITY_DEPTH} deep (or refer to"
                " themselves)"
            )
        value = values[name]
        total = len(value)
        for reference in _REFERENCE.finditer(value):
            inner = reference.group(1)
            if inner in values:
                total += size(inner, depth + 1) - len(reference.group(0))
            if total > allowance:
                break  # already too big: no need to know by how much
        sizes[name] = total
        return total

    added = 0
    body_start = data.rfind(b"]>")
    for reference in _REFERENCE.finditer(data, body_start if body_start >= 0 else 0):
        name = reference.group(1)
        if name in values and name not in _PREDEFINED:
            added += size(name, 1) - len(reference.group(0))
            if added > allowance:
                raise ParserLimitError(
                    f"the RDF/XML entities would expand this document by more than"
                    f" {allowance:,} bytes (an entity expansion attack?); write the text out"
                )


def check_literal(length: int) -> None:
    if length > MAX_LITERAL_CHARS:
        raise ParserLimitError(
            f"a literal of {length:,} characters is longer than this service accepts"
            f" ({MAX_LITERAL_CHARS:,}); split the text"
        )
