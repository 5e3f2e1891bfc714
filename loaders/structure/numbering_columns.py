"""Columns that number a table's items: 「目標 | 指標 | …」 over 「1 | … 」「1 | …」「2 | …」.

Many plans print, at the left of a table, the number of the goal, measure or entry each row
belongs to, under a label that is also a value's word (目標, 目標No, 施策): 「目標 1」 is the
first goal, not a target of 1. The cells tell it apart from a column of values: whole numbers
counting up from 1, each the same as the one above it (rows of one item) or one more (the
next item), blank where the item carries on; and the column comes before the first column of
words, where a table prints what names its rows. A column of values sits after the names and
rarely counts 1, 1, 2, 3.
"""

from __future__ import annotations

import itertools
import re

from loaders.structure.blocks import Table

# 「1」「01」「No.3」「3.」: an item's number, nothing else in the cell
_ITEM_NUMBER = re.compile(r"^(?:No\.?\s*)?0*(?P<n>[0-9]{1,2})\.?$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]")  # a letter of any script: a cell of words


def _counts_up(numbers: list[int]) -> bool:
    """1, 1, 2, 3 (or 1, 2, 3, 1, 2 when the table runs several groups one after another):
    each number the one above it or the next, a new run starting again at 1."""
    if not numbers or numbers[0] != 1:
        return False
    return all(n in (before, before + 1, 1) for before, n in itertools.pairwise(numbers))


def numbering_columns(table: Table) -> frozenset[int]:
    """The columns left of the table's first column of words whose cells number its items.

    Two numbered rows at least; a column whose numbers all repeat one value (「1 | 1 | 1」)
    is a count, not a numbering, unless the table has only a few rows."""
    width = max((len(row) for row in table.rows), default=0)
    found: set[int] = set()
    for column in range(width):
        cells = [row[column].text for row in table.rows if column < len(row) and row[column].text]
        if cells and any(_WORDS.search(text) and not _ITEM_NUMBER.match(text) for text in cells):
            break  # the first column of words: what names the rows
        matches = [_ITEM_NUMBER.match(text) for text in cells]
        if len(cells) < 2 or not all(matches):
            continue
        numbers = [int(m.group("n")) for m in matches if m]
        if _counts_up(numbers) and max(numbers) > 1:
            found.add(column)
    return frozenset(found)
