"""The catalogue's SPARQL (the .rq files beside this module), run through a `select` callable.

The callable is the one seam between the catalogue and a store: `EmbeddedStore.select`, or
whatever the HTTP service uses to reach its store host. Rows come back either as Python
values (IRIs, numbers, dates: `EmbeddedStore.select`) or as SPARQL 1.1 JSON result bindings
(`{"type": "uri", "value": ...}`: a remote endpoint); both are turned into plain strings
here, so the rest of the package sees one shape whatever answered the query.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from service.store import IRI, with_values

Select = Callable[[str], Iterable[Mapping[str, object]]]
Row = dict[str, str]

QUERIES_DIR = Path(__file__).parent


class CatalogError(RuntimeError):
    """The catalogue cannot be built; says which query or file and what went wrong."""


@functools.cache
def query_text(name: str) -> str:
    """The text of `<name>.rq` in this package."""
    path = QUERIES_DIR / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise CatalogError(f"{path}: cannot read: {error.strerror or error}") from None


def run(select: Select, name: str, **bindings: str) -> list[Row]:
    """Run `<name>.rq` with `bindings` (an `IRI` binds an IRI, a `str` a plain literal)."""
    text = query_text(name)
    if bindings:
        bound = with_values(text, bindings)
        if bound is None:
            raise CatalogError(f"{name}.rq: has no WHERE group to bind {', '.join(bindings)}")
        text = bound
    return [_as_text(row) for row in select(text)]


def iri(value: str) -> IRI:
    """A binding value that is an IRI, not a string literal."""
    return IRI(value)


def integer(row: Row, column: str, query: str) -> int:
    """A count column as an int, with an error naming the query when it is not one."""
    try:
        return int(row.get(column, "0"))
    except ValueError:
        raise CatalogError(
            f"{query}.rq: column ?{column} is {row.get(column)!r}, not an integer"
        ) from None


def _as_text(row: Mapping[str, object]) -> Row:
    text: Row = {}
    for name, value in row.items():
        if value is None:
            continue
        if isinstance(value, Mapping):  # a SPARQL JSON results binding
            lexical = str(value.get("value", ""))
            text[name] = "_:" + lexical if value.get("type") == "bnode" else lexical
        elif isinstance(value, bool):
            text[name] = "true" if value else "false"
        elif hasattr(value, "isoformat"):
            text[name] = value.isoformat()  # type: ignore[union-attr]
        else:
            text[name] = str(value)
    return text
