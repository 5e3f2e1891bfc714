"""Parse each SPARQL text once for pySHACL's SHACL-SPARQL constraints.

pySHACL hands rdflib the same constraint queries as strings for every document, and rdflib
parses them anew each time: measured on the corpus, half of the validation time was spent in
the SPARQL parser. Translated queries are immutable during evaluation, so they are cached by
(text, base, namespaces).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from rdflib.plugins.sparql import processor
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import Query

_original_query = processor.SPARQLProcessor.query


@lru_cache(maxsize=512)
def _translated(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


def _cached_query(
    self: processor.SPARQLProcessor,
    strOrQuery: str | Query,
    initBindings: Mapping[str, Any] | None = None,
    initNs: Mapping[str, Any] | None = None,
    base: str | None = None,
    DEBUG: bool = False,
) -> Mapping[str, Any]:
    if isinstance(strOrQuery, str):
        namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
        strOrQuery = _translated(strOrQuery, base, namespaces)
    return _original_query(self, strOrQuery, initBindings, initNs, base, DEBUG)


def install() -> None:
    """Idempotent: route rdflib's SPARQL queries through the parse cache."""
    processor.SPARQLProcessor.query = _cached_query  # type: ignore[method-assign]
