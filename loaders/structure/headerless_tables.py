"""Tables printed with no header row: the first line is data like the rest.

A staff directory prints each 課 as 「総務課　　１６人　　課長　氏名　　内線 2110」 and its 係
under it the same way, with no row of labels over them; read as a table, its first line
would become the labels and drop out of the rows. A first row that holds counts where the
rows under it hold counts, words where they hold words, and no label of the vocabulary nor
a year, is data: the table is given blank labels and that row back as its first row.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions

# 「１６人」「（６）」: a count of people, with its unit or in brackets (a plain figure may be a
# row of a table whose header is printed elsewhere, above or on the page before)
_COUNT = re.compile(r"^(?:\d[\d,]*\s?[人名]|[(（]\d[\d,]*\s?[人名]?[)）])$")
_MIN_ROWS = 2
_SHARE_ALIKE = 0.6  # of the rows as wide as the first: the same kinds, column by column


def _kinds(cells: list[str]) -> tuple[str, ...]:
    return tuple(
        "empty" if not t else "count" if _COUNT.match(t) else "figure" if t[0].isdigit()
        else "word" for t in cells
    )  # fmt: skip


def _is_label(text: str) -> bool:
    return bool(text) and (field_of(text) is not None or bool(year_mentions(text)))


def headerless(table: Table) -> Table:
    """`table` with its header row given back as data when it is data (see the module)."""
    labels = [t.strip() for t in table.header]
    kinds = _kinds(labels)
    if "count" not in kinds or "word" not in kinds:
        return table
    wide = [row for row in table.rows if len(row) == len(labels)]
    alike = [row for row in wide if _kinds([c.text.strip() for c in row]) == kinds]
    if len(alike) < _MIN_ROWS or len(alike) < _SHARE_ALIKE * len(wide):
        return table
    for k, label in enumerate(labels):
        # a label of the vocabulary over the column is a header, unless the rows print such
        # words there too (「課長」 over 「係長」: a column of posts)
        if _is_label(label) and sum(_is_label(r[k].text.strip()) for r in alike) * 2 < len(alike):
            return table
    if len(table.header_cells) != len(labels):
        return table
    first = [Cell(c.text, c.start, c.end) for c in table.header_cells]
    blank = [Cell("", c.start, c.start) for c in table.header_cells]
    return Table(header=["" for _ in labels], rows=[first, *table.rows], header_cells=blank)
