"""DCAT and VoID descriptions of the store, and dumps, for linked-data portals to harvest.

`description.describe` builds the catalogue from SPARQL over the store, `dumps` streams every
graph as N-Quads or TriG, `api` serves both over HTTP and `service.commands.catalog` prints
the description. All of them only need a `select(sparql)` callable, so they work the same on
an embedded store and behind the HTTP service.
"""
