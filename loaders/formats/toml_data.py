"""TOML data files (a static site's data file, a tool's settings) → outline text.

The standard library's `tomllib` reads TOML 1.0 into plain dicts and lists (an array of
tables, `[[a.b]]`, a list of records under its key), which print as any data tree does;
dates and times print as ISO text. Bad TOML is refused with the line and column tomllib
names.
"""

from __future__ import annotations

import datetime
import tomllib
from typing import Any

from loaders.formats.data_outline import Outline
from loaders.formats.located import SourceText
from loaders.text.errors import DocumentError


def parse_toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        raise DocumentError(file, f"malformed TOML: {error}") from error


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_plain(inner) for inner in value]
    return value


def render_toml(text: str, file: str) -> SourceText:
    outline = Outline(file, len(text))
    outline.document(_plain(parse_toml(text, file)), "$")
    return outline.result()


def looks_like_toml(text: str) -> bool:
    """A file of `key = value` lines and `[table]` headers that tomllib reads with some
    table or several keys: a TOML file saved under another suffix."""
    try:
        value = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return False
    return len(value) >= 2 or any(isinstance(v, dict | list) for v in value.values())
