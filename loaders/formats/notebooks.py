"""A Jupyter notebook (.ipynb) saved with its outputs, as a reader of the published analysis
reads it: the markdown cells' text, and each output as it was shown — a table pandas drew
as HTML read as a table, else its plain text. The code cells' source and the errors are the
analyst's tools, not the document's facts."""

from __future__ import annotations

import json
from typing import Any

from loaders.formats.located import SourceText
from loaders.text.document_text import fragment_text

_NOTEBOOK_KEYS = ("cells", "nbformat")


def is_notebook(text: str) -> bool:
    """A JSON object with a notebook's cells and format version."""
    head = text.lstrip()[:4000]
    return head.startswith("{") and all(f'"{key}"' in text for key in _NOTEBOOK_KEYS)


def render_notebook(text: str, file: str) -> SourceText:
    """The notebook's markdown and shown outputs, one after another, cells apart by a blank
    line (a DocumentError from the JSON reader names a broken file)."""
    from loaders.formats.json_data import render_json

    try:
        notebook = json.loads(text)
    except ValueError:
        return render_json(text, file)  # names where the JSON breaks
    parts: list[str] = []
    for cell in notebook.get("cells", []) if isinstance(notebook, dict) else []:
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(_joined(cell.get("source")))
        elif cell.get("cell_type") == "code":
            parts.extend(_output(output) for output in cell.get("outputs", []))
    return SourceText("\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n")


def _output(output: Any) -> str:
    """What one output showed: an HTML table read as rows, else plain text or a stream's."""
    if not isinstance(output, dict) or output.get("output_type") == "error":
        return ""
    if output.get("output_type") == "stream":
        return "" if output.get("name") == "stderr" else _joined(output.get("text"))
    data = output.get("data") or {}
    if "text/html" in data:
        return fragment_text(_joined(data["text/html"]))
    if "text/markdown" in data:
        return _joined(data["text/markdown"])
    return _joined(data.get("text/plain"))


def _joined(source: Any) -> str:
    """A notebook's text: one string, or a list of lines each keeping its line end."""
    if isinstance(source, list):
        return "".join(str(line) for line in source)
    return str(source) if source is not None else ""
