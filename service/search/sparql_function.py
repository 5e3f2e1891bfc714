"""The search as a SPARQL function: `mkfn:match(?text, "query")`.

    PREFIX mkfn: <https://w3id.org/machikg/function#>
    SELECT ?item ?score WHERE {
      ?item rdfs:label ?label .
      BIND (mkfn:match(?label, "コミュニティー") AS ?score)
      FILTER (BOUND(?score))
    } ORDER BY DESC(?score)

The function reads `?text` the way the search index does (SudachiPy normalised words, NFKC,
character bigrams as a fallback), so コミュニティー matches コミュニティ and ＤＶ matches DV.
It returns an xsd:double relevance score when the text contains every word of the query and
no value otherwise, so `FILTER(BOUND(...))` keeps the matches. Scores are comparable within
one query: the sum over query words of a saturated term frequency (tf / (tf + 1)).

Only engines that register the function know it: `machikg serve` (service.http) and any
pyoxigraph `Store.query(custom_functions=custom_functions())`. See queries/search.rq.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pyoxigraph as ox

from service.search.analysis import AnalyzedText, QueryTerm, analyze, query_terms

FUNCTION_NAMESPACE = "https://w3id.org/machikg/function#"
MATCH = ox.NamedNode(FUNCTION_NAMESPACE + "match")
_DOUBLE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")

SparqlFunction = Callable[..., ox.Literal | None]


@lru_cache(maxsize=4096)
def _analyzed(text: str) -> AnalyzedText:
    return analyze(text)


@lru_cache(maxsize=256)
def _terms(query: str) -> tuple[QueryTerm, ...]:
    return tuple(query_terms(query))


def match_score(text: str, query: str) -> float | None:
    """Relevance of `text` to `query`, or None when a query word is missing from it."""
    terms = _terms(query)
    if not terms:
        return None
    analyzed = _analyzed(text)
    score = 0.0
    for term in terms:
        tf = analyzed.words.get(term.key, 0)
        if not tf and term.bigrams and all(b in analyzed.bigrams for b in term.bigrams):
            tf = min(analyzed.bigrams[b] for b in term.bigrams)
        if not tf:
            return None
        score += tf / (tf + 1)
    return round(score, 4)


def _match(text: object = None, query: object = None, *rest: object) -> ox.Literal | None:
    """SPARQL entry point: both arguments must be literals; anything else → unbound."""
    if rest or not isinstance(text, ox.Literal) or not isinstance(query, ox.Literal):
        return None
    score = match_score(text.value, query.value)
    return None if score is None else ox.Literal(repr(score), datatype=_DOUBLE)


def custom_functions(store: object | None = None) -> dict[ox.NamedNode, SparqlFunction]:
    """The functions to pass to pyoxigraph's `Store.query(custom_functions=…)`.

    `store` is accepted (and unused) so hosts that hand over their store can call this too.
    """
    return {MATCH: _match}
