"""A table whose first row is its caption: the row of labels under it is the header.

A spreadsheet saved as a web page (or exported) keeps the sheet's title line as the table's
first row — one filled cell (「期間：…」) over the row of column labels — and
the structure reader, taking the first row for the header, hands over a header of one
caption and the true labels as the first body row. No column is then found by its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from loaders.field_vocabulary import field_of
from loaders.structure import StructuredDocument, Table

_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,.]*%?")
_MIN_LABELS = 3  # cells in the row under the caption; two of them labels of a field


def caption_header(table: Table) -> Table:
    """`table` with a one-cell caption header replaced by the row of labels under it."""
    filled = [label for label in table.header if label.strip()]
    if len(filled) != 1 or len(table.rows) < 2:
        return table
    labels = [c.text.strip() for c in table.rows[0] if c.text.strip()]
    if len(labels) < _MIN_LABELS or any(_FIGURE.fullmatch(t.replace(" ", "")) for t in labels):
        return table
    if sum(1 for t in labels if field_of(t) is not None) < 2:
        return table
    return replace(table, header=[c.text for c in table.rows[0]], rows=table.rows[1:],
                   header_cells=table.rows[0])


@contextmanager
def caption_headers(doc: StructuredDocument) -> Iterator[None]:
    """Within the block, every table of `doc` whose first row is a caption has its true
    header; the tables are given back as they were afterwards, so the recognisers that
    read such a table their own way (a unit note, a spanning label) still see it so."""
    kept = [(block, block.table) for block in doc.of_kind("table") if block.table is not None]
    for block, table in kept:
        block.table = caption_header(table)
    try:
        yield
    finally:
        for block, table in kept:
            block.table = table
