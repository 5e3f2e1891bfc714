"""Where the store is: a directory (embedded Oxigraph) or the URL of a SPARQL server.

`--store` / `MACHIKG_STORE` take either. A URL names a SPARQL 1.1 Query/Update + Graph Store
service; since servers lay out their endpoints differently, the layout is its *kind*:

| kind | URL given | query, update, graph store |
|---|---|---|
| `oxigraph` (default) | `http://host:7878` (`oxigraph serve`) | `/query`, `/update`, `/store` |
| `fuseki` | `http://host:3030/DATASET` (Apache Jena Fuseki) | `/query`, `/update`, `/data` |
| `machikg` | `http://host:8000` (`machikg serve`) | `/sparql`, `/sparql`, `/store` |

The kind is written before the scheme (`fuseki+http://host:3030/ds`) or given apart
(`--store-kind fuseki`, `MACHIKG_STORE_KIND`). User and password in the URL
(`http://user:pw@host/…`) are sent as HTTP Basic credentials.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from service.settings import STORE_URL, is_store_url
from service.store import RemoteEndpoints, RemoteStore

STORE_KINDS: tuple[str, ...] = ("oxigraph", "fuseki", "machikg")
DEFAULT_KIND = "oxigraph"
_LAYOUTS: dict[str, Callable[[str], RemoteEndpoints]] = {
    "oxigraph": RemoteEndpoints.oxigraph,
    "fuseki": RemoteEndpoints.fuseki,
    "machikg": RemoteEndpoints.machikg,
}


class StoreLocationError(ValueError):
    """A --store URL or --store-kind that machikg cannot use (the message says why)."""


@dataclass(frozen=True)
class RemoteLocation:
    """A remote store: the server's URL (without the kind prefix) and its endpoint layout."""

    url: str
    kind: str

    @property
    def endpoints(self) -> RemoteEndpoints:
        return _LAYOUTS[self.kind](self.url)

    def open(self, token: str | None = None, *, timeout_s: float = 120.0) -> RemoteStore:
        """A client for the server (`token`: a bearer token, e.g. `machikg serve`'s admin one)."""
        return RemoteStore(self.url, token=token, endpoints=self.endpoints, timeout_s=timeout_s)


is_url = is_store_url  # whether a --store value names a server (else a directory, ':memory:')


def parse(location: str, kind: str | None = None) -> RemoteLocation:
    """`[KIND+]http(s)://…` and an optional separate kind → the remote store's location."""
    match = STORE_URL.match(location.strip())
    if match is None:
        raise StoreLocationError(
            f"{location!r} is not a store URL: expected http(s)://… or KIND+http(s)://…"
        )
    prefixed = match.group("kind").lower() if match.group("kind") else None
    given = kind.lower() if kind else None
    for name in (prefixed, given):
        if name is not None and name not in STORE_KINDS:
            raise StoreLocationError(
                f"unknown store kind {name!r}: use one of {', '.join(STORE_KINDS)}"
            )
    if prefixed and given and prefixed != given:
        raise StoreLocationError(
            f"the store URL says {prefixed!r} but the store kind given is {given!r}"
        )
    return RemoteLocation(match.group("url").rstrip("/"), prefixed or given or DEFAULT_KIND)
