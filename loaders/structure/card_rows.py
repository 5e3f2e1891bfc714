"""A table that is a card of fields: each row a label cell and its value cell, two or more
pairs to a row (「課名 | 架空課 | 課長 | ○○ | 職員数 | 12人」,
「所管 | X部 Y課 | 位置付け | 施策1-2」).

A sheet or a spreadsheet block sets a record's fields out side by side to save space. Read
as a table, its second label becomes a column's value and its first value a column's
header; read in order, it is a run of labelled fields, which is what every recogniser
already reads. A table is taken for a card only when every row starts with a vocabulary
label, its further label cells are labels too (a short word the vocabulary lacks, such as a
post's title, is let through once per row), no value cell is itself a label, and at least
one row holds two pairs — so a table of data columns (会計 | R7 | R6 | 増減) never is.
A row's last cell may be the unit of its value alone (「予算額 | N | 千円」).
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Block, Cell, Table

# a cell that is only the unit of the value before it (千円, 人, ％)
_UNIT = re.compile(r"^(?:[百千万億]*円|人|名|件|%|％|か所|箇所)$")
# a label the vocabulary lacks is a short word of kana and kanji (課長), no figure nor mark
_WORD = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{1,6}$")


def card_fields(table: Table, folded: str) -> list[Block] | None:
    """The table's pairs as field blocks in reading order, or None when it is no card."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    rows = [_trimmed(row) for row in rows]
    rows = [row for row in rows if row]
    if rows and _two_column_card(rows):
        return [
            Block("field", label.start, value.end, folded[label.start : value.end].strip(),
                  label=label.text, value=value.text, value_start=value.start)
            for label, value in rows if value.text
        ]  # fmt: skip
    if not rows or not any(len(row) >= 4 for row in rows):
        return None
    fields: list[Block] = []
    for row in rows:
        pairs = _pairs(row)
        if pairs is None:
            return None
        for label, value, unit in pairs:
            if not value.text:
                continue  # a form's empty field
            end = unit.end if unit is not None else value.end
            # 「予算額 | N | 千円」 is 「予算額(千円) | N」: the unit qualifies the label
            name = f"{label.text}({unit.text})" if unit is not None else label.text
            fields.append(Block(
                "field", label.start, end, folded[label.start : end].strip(),
                label=name, value=value.text, value_start=value.start,
            ))  # fmt: skip
    return fields or None


_CARD_ROWS = 3  # a record of fields prints three at least (担当課, 事業費, 事業概要)


def _two_column_card(rows: list[list[Cell]]) -> bool:
    """「担当課 | みどり課」 over 「事業費 | 12,345千円」 and 「事業概要 | …」: a record set out a
    field a row (a Word table per project). Taken for one only when the first row's label is
    a vocabulary label and its value none, at least half the rows open with a label, those
    labels name two fields or more (a column of one field — 一般会計, 特別会計 — is data), and
    no value is itself a label."""
    if len(rows) < _CARD_ROWS or any(len(row) != 2 for row in rows):
        return False
    if field_of(rows[0][0].text, exact=True) is None or field_of(rows[0][1].text, exact=True):
        return False
    fields = [field_of(row[0].text, exact=True) for row in rows]
    named = [f for f in fields if f is not None]
    if 2 * len(named) < len(rows) or len(set(named)) < 2:
        return False
    return not any(field_of(row[1].text, exact=True) for row in rows)


def _pairs(row: list[Cell]) -> list[tuple[Cell, Cell, Cell | None]] | None:
    """(label, value, the unit cell after the value) for each pair of `row`, or None when
    the row is no run of pairs."""
    cells = list(row)
    unit: Cell | None = None
    if len(cells) % 2 == 1:
        if len(cells) < 3 or not _UNIT.match(cells[-1].text):
            return None
        unit = cells[-1]
        cells = cells[:-1]
    if field_of(cells[0].text) is None:
        return None
    unknown = 0
    pairs: list[tuple[Cell, Cell, Cell | None]] = []
    for k in range(0, len(cells), 2):
        label, value = cells[k], cells[k + 1]
        if not label.text or field_of(value.text, exact=True) is not None:
            return None
        if field_of(label.text) is None:
            unknown += 1
            if unknown > 1 or not _WORD.match(label.text):
                return None
        pairs.append((label, value, None))
    if unit is not None:
        pairs[-1] = (pairs[-1][0], pairs[-1][1], unit)
    return pairs


def _trimmed(row: list[Cell]) -> list[Cell]:
    """A row without the blank cells a spreadsheet pads it with to the widest row's width."""
    end = len(row)
    while end and not row[end - 1].text:
        end -= 1
    return row[:end]
