"""JSON data files (open-data API responses, exported records) → outline text.

The standard library parses; `data_outline` prints the tree the way a page would, each line
mapped back to its JSON path ($.事業[2].予算額), so a figure quoted as evidence can be found
in the file again.
"""

from __future__ import annotations

import json

from loaders.formats.data_outline import Outline
from loaders.formats.located import SourceText
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
    outline.document(parse_json(text, file), "$")
    return outline.result()
