"""Japanese full-text search over the store: index (BM25), HTTP route, SPARQL function.

`index` ranks, `analysis` reads Japanese text the way topic tagging does (SudachiPy
normalised forms), `api` serves GET /search, `sparql_function` offers the same matching as
`mkfn:match` inside SPARQL, and `documents.rq` says which text of the graph is searchable.
"""
