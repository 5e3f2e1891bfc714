"""JSON data files (open-data API responses, exported records) and JSON Lines → outline text.

The standard library parses; `data_outline` prints the tree the way a page would, each line
mapped back to its JSON path ($.事業[2].予算額), so a figure quoted as evidence can be found
in the file again.
"""

from __future__ import annotations

import json

from loaders.formats.data_outline import Outline, json_index, json_step
from loaders.formats.har_capture import har_responses, is_har_capture
from loaders.formats.joined_records import joined
from loaders.formats.kintone_records import is_kintone_records, unwrap_kintone_records
from loaders.formats.located import SourceText
from loaders.formats.record_envelopes import (
    is_cms_response,
    is_enveloped_records,
    unwrap_cms_response,
    unwrap_enveloped_records,
)
from loaders.text.errors import DocumentError


def parse_json(text: str, file: str) -> object:
    """The parsed value; broken JSON is refused with its line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(
            file, f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from error
    except RecursionError as error:
        raise DocumentError(file, "malformed JSON: nested too deep to read") from error


def render_json(text: str, file: str) -> SourceText:
    outline = Outline(file, len(text))
    data = parse_json(text, file)
    if is_kintone_records(data):  # an app's records as the API wraps them: unwrapped
        data = unwrap_kintone_records(data)  # type: ignore[arg-type]
    elif is_enveloped_records(data):  # a base's records in the service's envelopes
        data = unwrap_enveloped_records(data)  # type: ignore[arg-type]
    elif is_cms_response(data):  # a headless CMS's entries, each in its envelope
        data = unwrap_cms_response(data)
    elif is_har_capture(data):  # a browser's network capture: the API responses it holds
        data = har_responses(data)  # type: ignore[arg-type]
    outline.document(joined(data, "$", json_step, json_index), "$")
    return outline.result()


# an Elasticsearch/OpenSearch bulk file's action line (「{"index":{"_id":…}}」) before each
# record: where the record goes, no words of it
_BULK_ACTIONS = frozenset({"index", "create", "update", "delete"})
_BULK_KEYS = frozenset({"_index", "_id", "_type", "routing", "_routing"})


def json_lines(text: str) -> list[object] | None:
    """A JSON Lines file's values (.jsonl, .ndjson, a log or search index export: one record
    a line), or None unless every non-blank line is a JSON object or array and there are two
    or more."""
    values: list[object] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            return None
        if not isinstance(value, dict | list):
            return None
        values.append(value)
    return values if len(values) >= 2 else None


def _bulk_action(value: object) -> bool:
    if not isinstance(value, dict) or len(value) != 1:
        return False
    (action, target), = value.items()
    return action in _BULK_ACTIONS and isinstance(target, dict) and set(target) <= _BULK_KEYS


def render_json_lines(text: str, file: str) -> SourceText:
    """The records one a line as one array, a bulk file's action lines left out."""
    values = json_lines(text)
    if values is None:
        parse_json(text, file)  # the first broken line, named with its place
        raise DocumentError(file, "malformed JSON Lines: a line is not a JSON object or array")
    outline = Outline(file, len(text))
    outline.document([v for v in values if not _bulk_action(v)], "$")
    return outline.result()
