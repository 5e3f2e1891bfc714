"""A table of years down whose value columns name one measure after a kind word.

A system's progress report prints a row per year and, over the values, the kind of value
glued to the one thing measured: 「年度 | 計画○○数 | 実績○○数 | 差引」 over
「2023(R5) | 120 | 118 | ▲2」. The words after the kind words are the same in each such
column: that is the indicator, each value of its row's year and its column's kind. Columns
whose label starts with no kind word (a date, a difference) are not read; lines a report
prints above the header (its page heading, read as rows of the table) are passed over.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from loaders.facts import Observation
from loaders.field_vocabulary import field_of
from loaders.recognisers.indicator_values import _Column, _kind_of, _observation
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions

_KIND_WORD_MAX = 3  # 計画, 実績, 目標, 見込: the kind word is a short word before the noun
_MONEY = "budget"  # 計画事業費: an amount, read by the budget readers


def kind_noun_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """The values of each table of `doc` read as the module says."""
    for block in doc.of_kind("table"):
        if block.table is not None:
            yield from _values(doc, block.table, context)


def _kind_and_noun(cell: Cell) -> tuple[int, Cell] | None:
    """The length of the kind word a label opens with and the noun after it, or None."""
    text = cell.text.strip()
    for size in range(2, _KIND_WORD_MAX + 1):
        noun = text[size:]
        if _kind_of(text[:size]) is not None and len(noun) >= 2 and _kind_of(noun) is None:
            at = cell.start + cell.text.find(noun)
            return size, Cell(noun, at, at + len(noun))
    return None


def _kind_columns(cells: list[Cell]) -> dict[int, tuple[str, Cell]] | None:
    """The columns of a header row labelled each by a kind word and the one noun they
    share (at least two, each of its own kind), by index; None for any other row."""
    columns: dict[int, tuple[str, Cell]] = {}
    for index, cell in enumerate(cells[1:], start=1):
        found = _kind_and_noun(cell)
        if found is not None:
            size, noun = found
            columns[index] = (cell.text.strip()[:size], noun)
    nouns = {noun.text for _, noun in columns.values()}
    kinds = {_kind_of(word) for word, _ in columns.values()}
    if len(columns) < 2 or len(nouns) != 1 or len(kinds) != len(columns):
        return None
    return None if field_of(next(iter(nouns))) == _MONEY else columns


def _values(doc: StructuredDocument, table: Table, context: int | None) -> Iterator[Observation]:
    # the header may stand below lines a report prints above its rules (page heading rows)
    rows = [table.header_cells, *table.rows]
    at = next((k for k, row in enumerate(rows) if _kind_columns(row)), None)
    if at is None:
        return
    columns = _kind_columns(rows[at]) or {}
    body = rows[at + 1 :]
    dated = [r for r in body if r and _leading_year(r[0].text, context) is not None]
    if len(dated) < 2 or len(dated) < len(body) - 1:
        return  # a row per year (a total row under them at most)
    name = next(iter(columns.values()))[1]
    for row in dated:
        year = _leading_year(row[0].text, context)
        for index, (word, _) in columns.items():
            kind = _kind_of(word)
            cell = _under(doc, rows[at], row, index)
            if cell is not None and kind is not None and cell.text.strip():
                observation = _observation(doc, name, cell, _Column(index, kind, year), context)
                if observation is not None:
                    yield observation


def _under(doc: StructuredDocument, header: list[Cell], row: list[Cell], index: int) -> Cell | None:
    """The cell of `row` under the header's column `index`: the same column when the row has
    as many cells, else the one whose place on its line overlaps the label's (a page heading
    read as the table's first rows set the columns, and the rows below split otherwise)."""
    if len(row) == len(header):
        return row[index]
    left, right = _place(doc, header[index])
    best: tuple[int, Cell | None] = (0, None)
    for cell in row:
        start, end = _place(doc, cell)
        overlap = min(end, right) - max(start, left)
        if cell.text.strip() and overlap > best[0]:
            best = (overlap, cell)
    return best[1]


def _place(doc: StructuredDocument, cell: Cell) -> tuple[int, int]:
    """Where a cell stands on its printed line: its first and last column, a wide character
    (a kanji, a full-width digit) taking two."""
    line_start = doc.text.rfind("\n", 0, cell.start) + 1
    start = _width(doc.text[line_start : cell.start])
    return start, start + _width(doc.text[cell.start : cell.end])


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _leading_year(text: str, context: int | None) -> int | None:
    mentions = year_mentions(text, context=context)
    return mentions[0].year if mentions and mentions[0].start == 0 else None
