"""Document formats beyond plain text and HTML: PDF, Excel workbooks, CSV/TSV.

Each is rendered to the text form `loaders.structure` reads (headings and paragraphs as
lines, tables as tab-separated rows) with a `SourceMap` back to pages or cells, so a PDF or a
workbook reaches the same block structure, parsers and evidence as a saved web page.
"""

from __future__ import annotations

from pathlib import Path

from loaders.formats.located import Location, SourceMap, SourceText
from loaders.text.document_text import MAX_BYTES, MAX_LINES, read_document
from loaders.text.errors import DocumentError

PDF_SUFFIXES = frozenset({".pdf"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITED_SUFFIXES = frozenset({".csv", ".tsv"})
SUFFIXES = PDF_SUFFIXES | WORKBOOK_SUFFIXES | DELIMITED_SUFFIXES

__all__ = ["SUFFIXES", "Location", "SourceMap", "SourceText", "read_source"]


def read_source(path: Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read any supported document; DocumentError names the file (and page) at fault."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return SourceText(read_document(path, max_bytes=max_bytes))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DocumentError(path.name, f"cannot read file: {error.strerror or error}") from error
    if size > max_bytes:
        raise DocumentError(path.name, f"too large: {size} bytes, limit {max_bytes}")
    if suffix in PDF_SUFFIXES:
        from loaders.formats.pdf import read_pdf

        source = read_pdf(path)
    elif suffix in WORKBOOK_SUFFIXES:
        from loaders.formats.spreadsheet import read_workbook

        source = read_workbook(path)
    else:
        from loaders.formats.spreadsheet import read_delimited

        source = read_delimited(path, max_bytes=max_bytes)
    if not source.text.strip():
        raise DocumentError(path.name, "empty document: no text in it")
    lines = source.text.count("\n") + 1
    if lines > MAX_LINES:
        raise DocumentError(path.name, f"too many lines: {lines}, limit {MAX_LINES}; split it")
    return source
