"""Tables of labels and their values (項目 | 内容), one or two pairs to a row.

A sheet set out as a table prints each field as a label cell and a value cell: 「施策名 |
海辺の保全」, and often two fields to a row (「基準値(R2) | 120 | 目標値(R7) | 150」). Read
in order, such a table is a run of fields; the recognisers read its pairs as they read
fields. A table is one of pairs only when each of its rows is one pair or two and every
label cell of a two-pair row passes the caller's test of a label, so a table of data
columns (名称 | R5 | R6 | 備考) is never taken for one.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.structure import Cell, Table
from loaders.text.fiscal_year import year_mentions


def label_pairs(table: Table, is_label: Callable[[str], bool]) -> list[tuple[Cell, Cell]] | None:
    """The table's (label, value) pairs in reading order, or None when it is not a table of
    pairs. Rows of one pair are taken as they are (a name's row, 「指標名 | ○○数」); a
    two-pair row must carry a label in both its label cells (`is_label`)."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    rows = [_yearly_row(_trimmed(row), is_label) for row in rows]
    if not rows or any(len(row) not in (2, 4) for row in rows):
        return None
    pairs: list[tuple[Cell, Cell]] = []
    for row in rows:
        if len(row) == 4 and not (
            is_label(row[0].text) and (is_label(row[2].text) or _word_label(row[2].text))
        ):
            return None
        pairs.extend((row[i], row[i + 1]) for i in range(0, len(row), 2))
    return pairs


def _word_label(text: str) -> bool:
    """「達成率」 beside a known label's pair: a short word, no figure in it, a label the
    vocabulary does not know."""
    text = text.strip()
    return 2 <= len(text) <= 8 and not any(ch.isdigit() for ch in text) and text.isalnum()


def _yearly_row(row: list[Cell], is_label: Callable[[str], bool]) -> list[Cell]:
    """「実績値 | 令和6年度 | 99.18 | 令和7年度 | 99.26」: a label and its values each after
    its year, one pair (the values one cell, 「令和6年度 99.18 令和7年度 99.26」); any other row
    as it is."""
    if len(row) < 3 or len(row) % 2 == 0 or not is_label(row[0].text):
        return row
    years = row[1::2]
    if not all(len(year_mentions(c.text)) == 1 and c.text.strip() for c in years):
        return row
    text = " ".join(c.text.strip() for c in row[1:])
    return [row[0], Cell(text, row[1].start, row[-1].end)]


def _trimmed(row: list[Cell]) -> list[Cell]:
    """A row without the empty pairs a spreadsheet pads it with to the widest row's width
    (「実績値 | 410 | | 」 is one pair)."""
    while len(row) > 2 and not row[-1].text and not row[-2].text:
        row = row[:-2]
    return row
