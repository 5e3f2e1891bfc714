"""A table that prints its plan's levels as number columns counting afresh under the column
before: 「政策番号 | 施策番号 | 取組番号 | 取組名」 with rows 「1 | 2 | 1 | 名称」, or
「目標 | 基本目標 | 施策 | 施策名 | 取組 | 主な取組」.

A level column is a column of bare numbers labelled as a policy level (施策番号, 施策), or
whose next column is a policy level's name (目標 beside 基本目標). A row's code chains the
numbers of its level columns (1 and 2 → 1-2); a row whose level cells are all blank goes on
under the row above (a level printed once for its entries), and leading blank cells take the
numbers above. A level's name is the policy-labelled column right after its number, or a
name column no label claims (「名称」) after the last level column, naming the finest level
the row fills (「1 | | 名称」 names level 1). An entry's own number (取組番号) is no level.
Which words label a level is read from ontology/fields.ttl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import numbered_what, under_code
from loaders.structure import Cell, Table
from loaders.text.policy_codes import CodeParse, parse_policy_code

_NUMBER = re.compile(r"^[1-9][0-9]{0,2}$")
_MIN_LEVELS = 2


@dataclass(frozen=True)
class CountedLevel:
    """A level a row names: its chained code, its name and the name's cell."""

    code: CodeParse
    name: str
    cell: Cell


def filled_cells(table: Table, column: int) -> list[str]:
    """The column's filled cells, as printed (stripped)."""
    return [t for r in table.rows if column < len(r) and (t := r[column].text.strip())]


def numbers_only(table: Table, column: int) -> bool:
    """Every filled cell of the column is a bare number (1, 12): a count, not a name."""
    cells = filled_cells(table, column)
    return bool(cells) and all(_NUMBER.match(c) for c in cells)


def _numbers_a_level(header: str) -> bool:
    """「施策」, 「施策番号」: a header naming a policy level, alone or as what it numbers (a
    count of them, 「施策数」, is none)."""
    what = numbered_what(header)
    return field_of(header, exact=True) == "policy" or (
        bool(what) and field_of(what, exact=True) == "policy"
    )


def level_columns(table: Table) -> list[int]:
    """The level columns of `table`, left to right; empty unless two or more."""
    fields = [field_of(h, exact=True) for h in table.header]
    columns = []
    for k, header in enumerate(table.header):
        if fields[k] == "initiative" or not numbers_only(table, k):
            continue
        named = k + 1 < len(fields) and fields[k + 1] == "policy" and not numbers_only(table, k + 1)
        if _numbers_a_level(header) or named:
            columns.append(k)
    return columns if len(columns) >= _MIN_LEVELS else []


def row_codes(table: Table, columns: list[int] | None = None) -> list[list[int]]:
    """Each row's chain of level numbers (empty when the table has no level columns);
    `columns` are the table's `level_columns` when the caller has them already."""
    columns = level_columns(table) if columns is None else columns
    if not columns:
        return [[] for _ in table.rows]
    chains: list[list[int]] = []
    above: list[int] = []
    for row in table.rows:
        cells = [row[k].text.strip() if k < len(row) else "" for k in columns]
        filled = [i for i, c in enumerate(cells) if c]
        if not filled:
            chains.append(list(above))
            continue
        chain = [int(above[i]) if i < len(above) else 0 for i in range(filled[0])]
        chain += [int(c) for c in cells[filled[0] : filled[-1] + 1] if c]
        if 0 in chain or len(chain) != filled[-1] + 1:
            chains.append([])
            continue
        chains.append(chain)
        above = chain
    return chains


def code_of_chain(chain: list[int]) -> CodeParse | None:
    """The code a chain of level numbers prints (1, 2 → 1-2)."""
    if not chain:
        return None
    code = parse_policy_code(str(chain[0]))
    for number in chain[1:]:
        step = parse_policy_code(str(number))
        if code is None or step is None:
            return None
        code = under_code(code, step)
    return code


def counted_levels(table: Table, columns: list[int] | None = None) -> list[CountedLevel]:
    """The levels with names the rows of a counted table print (`columns` as in `row_codes`)."""
    columns = level_columns(table) if columns is None else columns
    if not columns:
        return []
    fields = [field_of(h, exact=True) for h in table.header]
    last = columns[-1]
    free_name = (
        last + 1 < len(fields)
        and field_of(table.header[last + 1]) is None
        and not numbers_only(table, last + 1)
    )
    named = {k for k in columns if k + 1 < len(fields) and fields[k + 1] == "policy"
             and k + 1 not in columns}  # fmt: skip
    found: list[CountedLevel] = []
    for row, chain in zip(table.rows, row_codes(table, columns), strict=True):
        if not chain:
            continue
        for depth, k in enumerate(columns):
            name = k in named and k + 1 < len(row) and row[k + 1].text.strip()
            code = code_of_chain(chain[: depth + 1])
            if name and code is not None and k < len(row) and row[k].text.strip():
                found.append(CountedLevel(code, row[k + 1].text.strip(), row[k + 1]))
        if not free_name:
            continue
        if last + 1 < len(row) and (name := row[last + 1].text.strip()):
            filled = [d for d, k in enumerate(columns) if k < len(row) and row[k].text.strip()]
            code = code_of_chain(chain[: filled[-1] + 1]) if filled else None
            if code is not None:
                found.append(CountedLevel(code, name, row[last + 1]))
    return found
