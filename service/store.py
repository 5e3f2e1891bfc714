"""The triple store behind machikg: one named graph per document.

Two implementations share one small API (`Store`): `EmbeddedStore` opens an Oxigraph store
in this process (the CLI, tests), `RemoteStore` talks to a running SPARQL service (`machikg
serve` or `oxigraph serve`) over the standard protocols, because only one process may open a
store directory for writing: while the service runs, documents must go through it.

A document's graph is always replaced in ONE transaction, so a query never sees half a
document and a failed load leaves the previous version intact.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal as TypingLiteral
from typing import Protocol

import httpx
import pyoxigraph as ox
import rdflib

from service import default_graph

ExportFormat = TypingLiteral["nquads", "trig", "turtle"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("nquads", "trig", "turtle")
Term = ox.NamedNode | ox.BlankNode | ox.Literal
Value = str | int | float | Decimal | bool | datetime.date | None

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
_NAMED_GRAPH_TRIPLES = (
    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
)
# Oxigraph's bulk loader ingests up to 1,000,000 quads (DEFAULT_BULK_LOAD_BATCH_SIZE) as one
# set of SST files, atomically; ingest's batches stay well below (BatchWriter.batch_triples).
BULK_LOAD_ATOMIC_QUADS = 500_000
_NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


class StoreError(RuntimeError):
    """The store cannot do what was asked (not a problem of the query text)."""


class StoreInUseError(StoreError):
    """Another process holds the store directory (usually a running `machikg serve`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"store {path} is in use by another process (is `machikg serve` running?): stop it,"
            " or send the documents to the running service with --endpoint URL --token TOKEN"
        )


class SparqlSyntaxError(ValueError):
    """A query or update does not parse; the message carries the parser's line:column."""


class IRI(str):
    """An IRI in a result row: a `str`, but distinguishable from a plain string literal."""

    __slots__ = ()


class BlankNodeId(str):
    """A blank node label in a result row ("_:b0")."""

    __slots__ = ()


@dataclass
class Rows:
    """SELECT results as Python values: IRIs as `IRI`, numbers as numbers, None if unbound."""

    variables: list[str]
    rows: list[dict[str, Value]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Value]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict[str, Value]:
        return self.rows[index]

    def column(self, name: str) -> list[Value]:
        return [row.get(name) for row in self.rows]


class Store(Protocol):
    """What ingest, the CLI and tests need from a store, wherever it lives."""

    def replace_graph(self, graph_iri: str, graph: rdflib.Graph) -> int: ...
    def remove_graph(self, graph_iri: str) -> bool: ...
    def named_graphs(self) -> list[str]: ...
    def select(self, sparql: str, *, bindings: Mapping[str, str | Term] | None = None) -> Rows: ...
    def update(self, sparql: str) -> None: ...
    def export(self, format: ExportFormat = "nquads") -> bytes: ...
    def quads_count(self) -> int: ...
    def close(self) -> None: ...


@functools.cache
def machikg_functions() -> dict[ox.NamedNode, Callable[..., Term | None]]:
    """machikg's SPARQL extension functions (full-text match), the same as over HTTP."""
    try:
        from service.search.sparql_function import custom_functions
    except ImportError:
        return {}
    return custom_functions()


def python_value(term: Term | None) -> Value:
    """A result term as the Python value a caller compares with."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return BlankNodeId("_:" + term.value)
    if isinstance(term, ox.Literal):
        return _literal_value(term.value, term.datatype.value)
    return str(term)  # RDF-star triples: shown as text


def _literal_value(lexical: str, datatype: str) -> Value:
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype == XSD + "decimal":
            return Decimal(lexical)
        if datatype in (XSD + "double", XSD + "float"):
            return float(lexical)
        if datatype == XSD + "boolean":
            return lexical.strip() in ("true", "1")
        if datatype == XSD + "date":
            return datetime.date.fromisoformat(lexical)
    except (ValueError, InvalidOperation):
        pass  # an ill-typed literal stays as printed
    return lexical


def to_term(value: str | Term) -> Term:
    """A binding value: a plain string becomes a plain literal, RDF terms pass through."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, IRI):
        return ox.NamedNode(value)
    if isinstance(value, str):
        return ox.Literal(value)
    raise TypeError(f"cannot bind {value!r}: give a str or a pyoxigraph term")


_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<pname>(?:[^\W\d]\w*(?:[.-]\w+)*)?:[\w.:%-]*)
    | (?P<word>[^\W\d]\w*)
    | (?P<open>\{) | (?P<close>\})
    | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def where_clause_start(sparql: str) -> int | None:
    """Offset just after the `{` opening the query's WHERE group (None: no such group).

    Strings, IRIs, comments and prefixed names are skipped, so a `{` or a word "WHERE" inside
    them is not mistaken for syntax. CONSTRUCT WHERE { } (the short form) has no place for it.
    """
    form: str | None = None
    seen_where = template_done = False
    depth = 0
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind == "word" and depth == 0:
            word = match.group().upper()
            if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = word
            elif word == "WHERE":
                seen_where = True
        elif kind == "open":
            if depth == 0 and form is not None:
                if form != "CONSTRUCT" or (seen_where and template_done):
                    return match.end()
                if seen_where:
                    return None  # CONSTRUCT WHERE { … }: the pattern is the template
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0 and form == "CONSTRUCT":
                template_done = True
    return None


_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "GROUP"}
_AFTER_GROUP_BY = {"HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES"}


def values_bind_as_substitution(sparql: str, names: Iterable[str]) -> bool:
    """Whether a VALUES block at the top of the WHERE group (`with_values`) gives the rows
    SEP-0007 substitution gives. The planner sees VALUES (pyoxigraph looks bound terms up
    first; a substituted parameter can make a query 20× slower), so it is preferred, but
    not where its scope differs: a parameter used inside a sub-select (VALUES does not reach
    it), in a MINUS group (a shared variable there changes which rows are removed), bound by
    BIND or AS or a trailing VALUES, used nowhere in the pattern, or, in an aggregating
    query, used after the grouping without being a GROUP BY key. Those keep substitution."""
    start = where_clause_start(sparql)
    if start is None:
        return False
    wanted = set(names)
    inside: set[str] = set()  # used in the WHERE group, outside sub-selects
    outside: set[str] = set()  # used in the projection or after the WHERE group
    keys: set[str] = set()
    depth = parens = 0
    aggregating = in_group_by = where_closed = trailing_values = False
    subselect_depth: int | None = None  # the depth of the group a sub-select is written in
    minus_depth: int | None = None
    previous = ""  # the token before, upper-cased when a word
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "comment" or (kind == "other" and text.isspace()):
            continue
        in_where = match.start() >= start and not where_closed
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
            where_closed = where_closed or (in_where and depth == 0)
            if subselect_depth is not None and depth < subselect_depth:
                subselect_depth = None
            if minus_depth is not None and depth <= minus_depth:
                minus_depth = None
        elif kind == "other" and text in "()":
            parens += 1 if text == "(" else -1
        elif kind == "word":
            word = text.upper()
            if in_where and word == "SELECT" and subselect_depth is None:
                subselect_depth = depth
            elif in_where and word == "MINUS" and minus_depth is None:
                minus_depth = depth
            elif not in_where and word in _AGGREGATES:
                aggregating = True
            elif where_closed and word == "VALUES":
                trailing_values = True
            in_group_by = (word == "BY" and previous == "GROUP") or (
                in_group_by and word not in _AFTER_GROUP_BY
            )
        elif kind == "var" and text[1:] in wanted:
            name = text[1:]
            if (previous == "AS" or subselect_depth is not None or minus_depth is not None
                    or trailing_values):
                return False  # assigned, or in a scope VALUES does not share
            if in_where:
                inside.add(name)
            else:
                outside.add(name)
                if in_group_by and parens == 0:
                    keys.add(name)
        previous = text.upper() if kind == "word" else ""
    if inside != wanted:
        return False
    return not aggregating or outside <= keys


def with_values(sparql: str, bindings: Mapping[str, str | Term]) -> str | None:
    """The query with a VALUES block binding `bindings` at the top of its WHERE group."""
    position = where_clause_start(sparql)
    if position is None:
        return None
    names = " ".join("?" + name for name in bindings)
    terms = " ".join(str(to_term(value)) for value in bindings.values())
    return f"{sparql[:position]} VALUES ({names}) {{ ({terms}) }} {sparql[position:]}"


def graph_as_ntriples(graph: rdflib.Graph) -> str:
    """N-Triples text of an rdflib graph: the exchange format between rdflib and Oxigraph."""
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")


def _replace_graph_update(graph_iri: str, graph: rdflib.Graph) -> str:
    """One SPARQL update (one transaction) that swaps a graph's content and keeps the
    default graph the set-merge of the named graphs (`service.default_graph`)."""
    return default_graph.replacement(graph_iri, default_graph.skolemised_ntriples(graph, graph_iri))


class EmbeddedStore:
    """An Oxigraph store in this process: on disk at `path`, or in memory when `path` is None."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        try:
            if path is not None:  # a fresh checkout has no data/ yet: RocksDB makes one level only
                path.parent.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as error:
            if path is not None and "lock" in str(error).lower():
                raise StoreInUseError(path) from None
            raise StoreError(f"store {path}: cannot open: {error}") from None
        if default_graph.needs_rebuild(self._store):  # a store from before the merged layout
            self._store.update(default_graph.MERGE_NAMED_GRAPHS)

    # -- writes ---------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: rdflib.Graph) -> int:
        """Replace a named graph's content atomically; returns the number of triples written."""
        self._run_update(_replace_graph_update(graph_iri, graph))
        return len(graph)

    def write_graphs(self, graphs: list[tuple[str, str]]) -> None:
        """Replace several named graphs (skolemised N-Triples) keeping the default graph the
        merge, each graph atomically: graphs already stored are replaced in one update, new
        ones written as N-Quads in one step (ingest's batches).

        New graphs go through Oxigraph's bulk loader, at `bulk_load` speed (a transaction
        costs ~2.5× its CPU). It is atomic here because the loader writes up to
        `BULK_LOAD_ATOMIC_QUADS` quads as one set of SST files that RocksDB ingests in one
        step (`IngestExternalFiles`, all or nothing): a killed ingest leaves each graph
        whole or absent. A larger batch, or an in-memory store, takes a transaction."""
        stored = [g for g in graphs if self._store.contains_named_graph(ox.NamedNode(g[0]))]
        fresh = [g for g in graphs if g not in stored]
        if stored:
            self._run_update(" ;\n".join(default_graph.replacement(*g) for g in stored))
        if fresh:
            nquads = default_graph.fresh_graphs_nquads(fresh)
            bulk = self.path is not None and nquads.count("\n") <= BULK_LOAD_ATOMIC_QUADS
            try:
                if bulk:
                    self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
                else:
                    self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as error:
                raise StoreError(f"load failed: {error}") from None

    def remove_graph(self, graph_iri: str) -> bool:
        """Remove a named graph; False when there was none."""
        node = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(node):
            return False
        self._run_update(default_graph.removal(graph_iri))
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update as written; what it added to named graphs is then merged into
        the default graph too. (Removals from named graphs are not followed: remove or
        replace a whole graph, as ingest and the Graph Store do, to retract exactly.)"""
        self._run_update(sparql)
        self._run_update(default_graph.MERGE_NAMED_GRAPHS)

    def _run_update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as error:
            raise SparqlSyntaxError(str(error)) from None
        except (OSError, RuntimeError) as error:
            raise StoreError(f"update failed: {error}") from None

    # -- reads ----------------------------------------------------------------------------

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, str | Term] | None = None,
        use_default_graph_as_union: bool = False,
        **options: object,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """The raw pyoxigraph result; the default graph is the set-merge of all document
        graphs (`service.default_graph`), so a triple two documents state counts once.

        Bindings become a VALUES block at the top of the WHERE group, which the planner
        sees (a substituted parameter is not: 673 ms instead of 30 ms for one query at 400
        municipalities), wherever that gives the same rows (`values_bind_as_substitution`);
        otherwise they are substituted (SEP-0007) when the query projects the variable, and
        bound by the VALUES block when it does not.
        """
        options.setdefault("custom_functions", machikg_functions())
        if bindings and values_bind_as_substitution(sparql, bindings):
            rewritten = with_values(sparql, bindings)
            if rewritten is not None:
                return self._query_text(rewritten, use_default_graph_as_union, options)
        substitutions = (
            {ox.Variable(name): to_term(value) for name, value in bindings.items()}
            if bindings
            else None
        )
        try:
            return self._store.query(
                sparql,
                use_default_graph_as_union=use_default_graph_as_union,
                substitutions=substitutions,
                **options,  # type: ignore[arg-type]
            )
        except SyntaxError as error:
            raise SparqlSyntaxError(str(error)) from None
        except RuntimeError as error:
            if not bindings or "projection" not in str(error):
                raise
        rewritten = with_values(sparql, bindings)
        if rewritten is None:
            raise SparqlSyntaxError(f"cannot bind {', '.join(bindings)}: no WHERE group")
        return self._query_text(rewritten, use_default_graph_as_union, options)

    def _query_text(
        self, sparql: str, use_default_graph_as_union: bool, options: dict[str, object]
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """A query whose bindings are already written into it (a VALUES block)."""
        try:
            return self._store.query(
                sparql,
                use_default_graph_as_union=use_default_graph_as_union,
                **options,  # type: ignore[arg-type]
            )
        except SyntaxError as error:
            raise SparqlSyntaxError(str(error)) from None

    def select(self, sparql: str, *, bindings: Mapping[str, str | Term] | None = None) -> Rows:
        """Run a SELECT and return its rows as Python values."""
        result = self.query(sparql, bindings=bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise SparqlSyntaxError("expected a SELECT query")
        variables = [v.value for v in result.variables]
        rows = [{name: python_value(solution[name]) for name in variables} for solution in result]
        return Rows(variables, rows)

    def export(self, format: ExportFormat = "nquads") -> bytes:
        """Every named graph as N-Quads or TriG; Turtle is the default graph (their merge).

        The default graph is left out of the quad formats: it is derived from the named
        graphs (`service.default_graph`) and rebuilt when a dump is loaded."""
        if format in ("nquads", "trig"):
            quads = [q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph)]
        if format == "nquads":
            return sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        if format == "trig":
            return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes()) or b""
        if format == "turtle":
            triples = self._store.query(_UNION_TRIPLES)
            assert isinstance(triples, ox.QueryTriples)
            return triples.serialize(format=ox.RdfFormat.TURTLE) or b""
        raise ValueError(f"unknown export format {format!r} (use one of {EXPORT_FORMATS})")

    def quads_count(self) -> int:
        """The statements of the named graphs (the default graph is their derived merge)."""
        default = sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return len(self._store) - default

    def close(self) -> None:
        """Flush and release the directory lock so another process may open the store."""
        store = getattr(self, "_store", None)
        if store is not None and self.path is not None:
            store.flush()
        self._store = None  # type: ignore[assignment]
        del store

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sorted_lines(nquads: bytes) -> bytes:
    """N-Quads in a stable order, so two dumps of the same data are byte-identical."""
    lines = sorted(line for line in nquads.split(b"\n") if line)
    return b"".join(line + b"\n" for line in lines)


def _prefixes() -> dict[str, str]:
    """Prefixes for readable TriG/Turtle exports (the graph model's, see docs/model.md)."""
    try:
        from loaders.vocabulary import PREFIXES
    except ImportError:
        return {}
    return {name: str(ns) for name, ns in dict(PREFIXES).items()}


@dataclass(frozen=True)
class RemoteEndpoints:
    """Where a SPARQL service answers queries, updates and Graph Store Protocol requests."""

    query: str
    update: str
    graph_store: str

    @classmethod
    def machikg(cls, endpoint: str) -> RemoteEndpoints:
        """`machikg serve`: query and update at /sparql, graph store at /store."""
        root = endpoint.rstrip("/")
        return cls(query=f"{root}/sparql", update=f"{root}/sparql", graph_store=f"{root}/store")

    @classmethod
    def oxigraph(cls, endpoint: str) -> RemoteEndpoints:
        """`oxigraph serve`: /query, /update and /store."""
        root = endpoint.rstrip("/")
        return cls(query=f"{root}/query", update=f"{root}/update", graph_store=f"{root}/store")

    @classmethod
    def fuseki(cls, dataset: str) -> RemoteEndpoints:
        """Apache Jena Fuseki, given a dataset URL (http://host:3030/ds): /query, /update,
        and the Graph Store at /data."""
        root = dataset.rstrip("/")
        return cls(query=f"{root}/query", update=f"{root}/update", graph_store=f"{root}/data")


class RemoteStore:
    """A store behind a SPARQL 1.1 Protocol + Graph Store HTTP Protocol service."""

    def __init__(
        self,
        endpoint: str,
        *,
        token: str | None = None,
        endpoints: RemoteEndpoints | None = None,
        timeout_s: float = 120.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.endpoints = endpoints or RemoteEndpoints.machikg(endpoint)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = httpx.Client(
            headers=headers, timeout=timeout_s, transport=transport, follow_redirects=True
        )

    def _request(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as error:
            raise StoreError(f"{self.endpoint}: cannot reach the service: {error}") from None
        if response.status_code == 401:
            raise StoreError(
                f"{self.endpoint}: the service refused the request (HTTP 401):"
                " give the admin token with --token"
            )
        if response.status_code == 403:  # the service says why: read-only, or a wrong token
            reason = response.text.strip().splitlines()[0] if response.text.strip() else ""
            raise StoreError(
                f"{self.endpoint}: the service refused the request (HTTP 403): "
                + (reason or "the token is not its admin token")
            )
        return response

    def _fail(self, response: httpx.Response, what: str) -> StoreError:
        detail = response.text.strip().splitlines()[0][:300] if response.text.strip() else ""
        return StoreError(f"{self.endpoint}: {what} failed (HTTP {response.status_code}) {detail}")

    # -- writes ---------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: rdflib.Graph) -> int:
        """One SPARQL Update (one transaction on any SPARQL 1.1 store: machikg, Oxigraph
        server, Fuseki) that replaces the graph and keeps the default graph the merge."""
        self.update(_replace_graph_update(graph_iri, graph))
        return len(graph)

    def write_graphs(self, graphs: list[tuple[str, str]]) -> None:
        """Replace several named graphs (skolemised N-Triples) in one SPARQL Update: one
        request and one transaction per ingest batch."""
        self.update(" ;\n".join(default_graph.replacement(*g) for g in graphs))

    def remove_graph(self, graph_iri: str) -> bool:
        exists = self._ask(f"ASK {{ GRAPH {ox.NamedNode(graph_iri)} {{ ?s ?p ?o }} }}")
        if exists:
            self.update(default_graph.removal(graph_iri))
        return exists

    def update(self, sparql: str) -> None:
        response = self._request(
            "POST",
            self.endpoints.update,
            content=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        if response.status_code == 400:
            raise SparqlSyntaxError(response.text.strip())
        if response.status_code not in (200, 204):
            raise self._fail(response, "update")

    # -- reads ----------------------------------------------------------------------------

    def _query(self, sparql: str, accept: str) -> httpx.Response:
        response = self._request(
            "POST",
            self.endpoints.query,
            content=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": accept},
        )
        if response.status_code == 400:
            raise SparqlSyntaxError(response.text.strip())
        if response.status_code != 200:
            raise self._fail(response, "query")
        return response

    def query_response(self, sparql: str, accept: str) -> httpx.Response:
        """The service's answer to a query, in a media type of `accept` (`machikg query`)."""
        return self._query(sparql, accept)

    def dump(self, format: ExportFormat) -> bytes:
        """A machikg service's own dump (/dump.nq, /dump.trig): needs no admin token."""
        extension = {"nquads": "nq", "trig": "trig"}[format]
        response = self._request("GET", f"{self.endpoint}/dump.{extension}")
        if response.status_code != 200:
            raise self._fail(response, f"reading /dump.{extension}")
        return sorted_lines(response.content) if format == "nquads" else response.content

    def select(self, sparql: str, *, bindings: Mapping[str, str | Term] | None = None) -> Rows:
        """SELECT over HTTP; bindings become a VALUES block at the top of the WHERE group."""
        if bindings:
            rewritten = with_values(sparql, bindings)
            if rewritten is None:
                raise SparqlSyntaxError(f"cannot bind {', '.join(bindings)}: no WHERE group")
            sparql = rewritten
        body = self._query(sparql, "application/sparql-results+json").json()
        variables = list(body.get("head", {}).get("vars", []))
        rows = [
            {name: _json_value(binding.get(name)) for name in variables}
            for binding in body.get("results", {}).get("bindings", [])
        ]
        return Rows(variables, rows)

    def _ask(self, sparql: str) -> bool:
        return bool(self._query(sparql, "application/sparql-results+json").json().get("boolean"))

    def named_graphs(self) -> list[str]:
        return [str(g) for g in self.select(_NAMED_GRAPHS).column("g")]

    def quads_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        value = rows[0]["n"] if len(rows) else 0
        return int(value) if isinstance(value, int | str) else 0

    def export(self, format: ExportFormat = "nquads") -> bytes:
        """Dump every named graph through the Graph Store Protocol (works on any GSP service)."""
        if format == "turtle":
            return self._query(_NAMED_GRAPH_TRIPLES, "text/turtle").content
        if format not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {format!r} (use one of {EXPORT_FORMATS})")
        dataset = ox.Store()
        for graph_iri in self.named_graphs():
            response = self._request(
                "GET",
                self.endpoints.graph_store,
                params={"graph": graph_iri},
                headers={"Accept": "application/n-triples"},
            )
            if response.status_code != 200:
                raise self._fail(response, f"reading graph <{graph_iri}>")
            dataset.load(
                response.content, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri)
            )
        if format == "trig":
            return dataset.dump(format=ox.RdfFormat.TRIG, prefixes=_prefixes()) or b""
        return sorted_lines(dataset.dump(format=ox.RdfFormat.N_QUADS) or b"")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _json_value(binding: Mapping[str, str] | None) -> Value:
    """One SPARQL JSON results binding as the same Python value `python_value` gives."""
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return IRI(value)
    if kind == "bnode":
        return BlankNodeId("_:" + value)
    datatype = binding.get("datatype", XSD + "string")
    return _literal_value(value, datatype)


def open_store(
    path: Path | None, *, endpoint: str | None = None, token: str | None = None
) -> EmbeddedStore | RemoteStore:
    """The store the user asked for: a running service when `endpoint` is given, else `path`."""
    if endpoint:
        return RemoteStore(endpoint, token=token)
    return EmbeddedStore(path)
