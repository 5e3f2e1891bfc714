"""`machikg serve --store URL`: the service in front of a remote SPARQL server, read only.

The app talks to its store through a host (`StoreHost.request(operation, arguments)`);
`RemoteHost` answers the same requests by sending them to the server a --store URL names
(Oxigraph server, Fuseki, …): queries to its query endpoint with the SPARQL 1.1 Protocol,
graph reads to its Graph Store. The query page, /sparql, /search, the resource pages and the
catalogue work as over the embedded store.

Writes are refused (403): the server has its own update endpoint and access control, and
machikg's own writes to it go through `machikg ingest --store URL`, which keeps the default
graph the set-merge of the named graphs (service.default_graph). There is no store process
to restart: a query past the time limit is answered 503 here and abandoned, and the server
stops it by its own limit (`oxigraph serve` has none: run it behind its own timeout, or use
Fuseki's `--timeout`).
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx
import pyoxigraph as ox

from service.http.store_process import GRAPH_FORMATS, HostError
from service.store import with_values
from service.store_location import RemoteLocation

READ_ONLY = (
    "this service serves a remote SPARQL store read only: write to the store itself"
    " (`machikg ingest --store URL` keeps its default graph the merge of the document graphs)"
)


class RemoteAnswer:
    """A whole answer of the remote server, shaped like `store_host.HostAnswer`."""

    finished = True
    first_chunk_needs_ack = False

    def __init__(self, host: RemoteHost, request_id: int, info: dict[str, Any], body: bytes):
        self.host = host
        self.request_id = request_id
        self.info = info
        self.first_chunk: bytes | None = body

    async def chunks(self) -> AsyncIterator[bytes]:
        if self.first_chunk:
            yield self.first_chunk

    async def body(self) -> bytes:
        return self.first_chunk or b""


class RemoteHost:
    """The app's store host, for a store on a remote SPARQL 1.1 + Graph Store server."""

    pid: int | None = None  # no local store process
    restarts = 0

    def __init__(self, location: RemoteLocation, *, token: str | None = None) -> None:
        self.location = location
        self.endpoints = location.endpoints
        self._headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._ids = itertools.count(1)

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request to the server, on a client of its own: a client kept between
        requests would outlive the event loop that made it (tests run several loops)."""
        async with httpx.AsyncClient(headers=self._headers, follow_redirects=True) as client:
            return await client.request(method, url, **kwargs)

    async def request(
        self, operation: str, arguments: dict[str, Any], *, timeout_s: float
    ) -> RemoteAnswer:
        """Answer one of the host's operations; HostError with the status to send if not."""
        handler = getattr(self, f"_do_{operation}", None)
        if handler is None:
            raise HostError(403, READ_ONLY)
        try:
            info, body = await handler(arguments, timeout_s)
        except httpx.TimeoutException:
            raise HostError(
                503,
                f"the request ran longer than this service's limit of {timeout_s:g} s; narrow"
                " the query (a LIMIT, fewer joins)",
            ) from None
        except httpx.HTTPError as error:
            raise HostError(
                503, f"the store server {self.location.url} cannot be reached: {error}"
            ) from None
        return RemoteAnswer(self, next(self._ids), info, body)

    async def _do_query(
        self, a: dict[str, Any], timeout_s: float
    ) -> tuple[dict[str, Any], bytes]:
        query = a["query"]  # its relative IRIs resolve against the server's base
        if a.get("bindings"):
            query = _bound(query, a["bindings"])
        form: list[tuple[str, str]] = [("query", query)]
        if a.get("default_graph") is not None or a.get("named_graphs") is not None:
            form += [("default-graph-uri", g) for g in a.get("default_graph") or []]
            form += [("named-graph-uri", g) for g in a.get("named_graphs") or []]
        accept = _accept(a.get("formats") or {})
        if not accept:
            raise HostError(406, "none of the accepted media types can carry the results")
        response = await self._send(
            "POST",
            self.endpoints.query,
            content=_form_body(form),
            headers={"Accept": accept, **_FORM},
            timeout=timeout_s,
        )
        self._check(response, "query")
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        kind = "graph" if media_type in GRAPH_FORMATS else "solutions"
        return {"kind": kind, "media_type": media_type}, response.content

    async def _do_graph_get(
        self, a: dict[str, Any], timeout_s: float
    ) -> tuple[dict[str, Any], bytes]:
        params = {"graph": a["graph"]} if a.get("graph") else {"default": ""}
        response = await self._send(
            "GET",
            self.endpoints.graph_store,
            params=params,
            headers={"Accept": a["media_type"]},
            timeout=timeout_s,
        )
        if response.status_code == 404:
            raise HostError(404, f"no graph <{a.get('graph')}> in the store")
        self._check(response, "graph read")
        return {"kind": "graph", "media_type": a["media_type"]}, response.content

    async def _do_ping(self, a: dict[str, Any], timeout_s: float) -> tuple[dict[str, Any], bytes]:
        response = await self._send(
            "POST",
            self.endpoints.query,
            content=_form_body([("query", "ASK {}")]),
            headers={"Accept": "application/sparql-results+json", **_FORM},
            timeout=timeout_s,
        )
        self._check(response, "ping")
        return {}, b""

    def _check(self, response: httpx.Response, what: str) -> None:
        if response.status_code == 200:
            return
        detail = response.text.strip().splitlines()[0][:300] if response.text.strip() else ""
        if response.status_code == 400:
            raise HostError(400, detail or "the store server refused the query as malformed")
        raise HostError(
            502,
            f"the store server answered the {what} with HTTP {response.status_code} {detail}",
        )

    def cancel(self, request_id: int) -> None:
        """Nothing runs here once an answer exists (the app calls this for HEAD)."""

    def ack(self, request_id: int) -> None:
        """Answers come whole: there is no flow to control."""

    def close(self) -> None:
        """Nothing to stop: the server is not this service's."""


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _form_body(form: list[tuple[str, str]]) -> bytes:
    """A form body with repeated keys (several default-graph-uri)."""
    return str(httpx.QueryParams(form)).encode("ascii")


def _accept(formats: Mapping[str, str | None]) -> str:
    """An Accept header asking for the negotiated media type of each kind of result."""
    wanted: list[str] = []
    for kind in ("solutions", "boolean", "graph"):
        media_type = formats.get(kind)
        if media_type and media_type not in wanted:
            wanted.append(media_type)
    return ", ".join(wanted)


def _bound(query: str, bindings: Mapping[str, str]) -> str:
    """The query with its $-parameters (N-Triples terms) bound by a VALUES block: remote
    servers do not substitute variables as pyoxigraph does."""
    terms: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal] = {}
    for name, term in bindings.items():
        try:
            triple = next(iter(ox.parse(f"<urn:x:s> <urn:x:p> {term} .\n".encode(),
                                        ox.RdfFormat.N_TRIPLES)))
        except (SyntaxError, StopIteration):
            raise HostError(
                400,
                f"${name}={term!r} is not an N-Triples term; write a string as \"text\","
                " an IRI as <http://…>",
            ) from None
        assert isinstance(triple.object, ox.NamedNode | ox.BlankNode | ox.Literal)
        terms[name] = triple.object
    rewritten = with_values(query, terms)
    if rewritten is None:
        raise HostError(400, "cannot bind $-parameters: no WHERE group")
    return rewritten
