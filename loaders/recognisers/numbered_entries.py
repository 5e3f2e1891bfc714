"""Entries numbered afresh under the levels of a code column: 「Ⅰ-1 | 名称」 then 「(1) | 名称」.

A reform plan's schedule (工程表) prints its whole system in one number column beside one
name column (「番号 | 柱・項目・取組」): a row per pillar (Ⅰ), per item (Ⅰ-1), and
under each item its actions numbered from one in brackets ((1), (2)). A bracketed number
after a row of several steps counts within that row, so it is no level of the plan: it is an
entry filed under the level above it, its own code that level's code and its number
(Ⅰ-1-(1)). The levels are policies; the entries are initiatives, graded in the row's
evaluation columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.recognisers.outline import code_of
from loaders.structure import Cell, Table
from loaders.text.policy_codes import CodeParse, compose_codes


@dataclass(frozen=True)
class NumberedRow:
    """One coded row: its code (composed for an entry), name, row and name cell."""

    code: CodeParse
    name: str
    row: list[Cell]
    cell: Cell
    entry: bool  # numbered within the level above, not a level of the plan


def numbered_rows(table: Table, code_column: int, name_column: int) -> list[NumberedRow]:
    """The coded rows of a number column beside a name column, each entry (「(1)」 after a
    row of several steps) with the code of the level above composed before its number."""
    found: list[NumberedRow] = []
    level: CodeParse | None = None
    for row in table.rows:
        if max(code_column, name_column) >= len(row) or not row[name_column].text.strip():
            continue
        printed = row[code_column].text.strip()
        code = code_of(printed)
        if code is None:
            continue
        bracketed = len(code.parts) == 1 and printed[:1] in "(（"
        if bracketed and level is not None:
            found.append(NumberedRow(compose_codes(level.printed, printed),
                                     row[name_column].text, row, row[name_column], True))
            continue
        if len(code.parts) > 1:
            level = code
        elif not bracketed:
            level = None  # a new pillar: its items come next
        found.append(NumberedRow(code, row[name_column].text, row, row[name_column], False))
    return found


def has_entries(rows: list[NumberedRow]) -> bool:
    """Whether the column numbers entries under its levels (at least two such entries)."""
    return sum(1 for r in rows if r.entry) >= 2
