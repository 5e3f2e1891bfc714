"""YAML data files (open-data catalogues, evaluation records kept as YAML) → outline text.

PyYAML's safe loader builds plain values only (no Python objects from tags) and resolves
anchors and aliases, so a record merged from a shared default (<<: *defaults) prints with
the defaults' fields; the outline's value budget stops an alias bomb. Several documents in
one stream (---) are printed one after another.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml

from loaders.formats.data_outline import Outline
from loaders.formats.located import SourceText
from loaders.text.errors import DocumentError


def parse_yaml(text: str, file: str) -> list[Any]:
    """The documents of a YAML stream; bad YAML is refused with its line and column."""
    try:
        return list(yaml.safe_load_all(text))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = error.problem or error.context or "unreadable"
        raise DocumentError(file, f"malformed YAML: {problem}{where}") from error
    except (yaml.YAMLError, RecursionError) as error:
        raise DocumentError(file, f"malformed YAML: {error}") from error


def _plain(value: Any) -> Any:
    """Dates and times YAML resolves by itself, as strings; keys as strings."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def render_yaml(text: str, file: str) -> SourceText:
    outline = Outline(file, len(text))
    for k, document in enumerate(parse_yaml(text, file)):
        path = "$" if k == 0 else f"$document[{k}]"
        if k == 0:
            outline.document(_keyed(document), path)
        else:
            outline.value(_keyed(document), path, 1)
    return outline.result()


def _keyed(value: Any, seen: dict[int, Any] | None = None) -> Any:
    """The tree with string keys and dates as text; a node shared through an alias is
    converted once and shared again, so aliases cost no copying here."""
    seen = {} if seen is None else seen
    if id(value) in seen:
        return seen[id(value)]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        seen[id(value)] = out
        for key, inner in value.items():
            out[str(_plain(key))] = _keyed(inner, seen)
        return out
    if isinstance(value, list):
        items: list[Any] = []
        seen[id(value)] = items
        items.extend(_keyed(inner, seen) for inner in value)
        return items
    return _plain(value)
