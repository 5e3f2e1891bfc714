"""A table column that prints how the names beside it are read (a 名称_カナ, フリガナ column).

An open-data list of places prints each name twice: in its characters and in katakana
(「中央図書館」 and 「チュウオウトショカン」). The katakana copy ends like a place too
(「…センター」), so a reader looking for places by their endings takes it for another one.
A column whose every cell is katakana alone, in a table with a column of names written in
kanji, is the names' reading: no place of its own.
"""

from __future__ import annotations

import re

from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell

# katakana (full and half width, with the voicing marks a half-width text decomposes to),
# and the figures and letters a name keeps in its reading (「…ダイ1ブンダン…」)
_KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f\u309b\u309c]")
_READING = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f\u309b\u309c0-9A-Za-z\s]+")
_KANJI = re.compile(r"[\u3400-\u9fff]")
MIN_READINGS = 2  # one katakana cell may be a name; a column of them is a reading


def reading_cells(doc: StructuredDocument) -> list[Cell]:
    """The cells of every column of readings in the document's tables."""
    found: list[Cell] = []
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        width = max((len(row) for row in table.rows), default=0)
        columns = [
            [row[k] for row in table.rows if k < len(row) and row[k].text.strip()]
            for k in range(width)
        ]
        named = any(
            column and 2 * sum(1 for c in column if _KANJI.search(c.text)) >= len(column)
            for column in columns
        )
        if not named:
            continue
        for column in columns:
            if len(column) >= MIN_READINGS and all(
                _READING.fullmatch(c.text.strip()) and _KATAKANA.search(c.text) for c in column
            ):
                found.extend(column)
    return found
