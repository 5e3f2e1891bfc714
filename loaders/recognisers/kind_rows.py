"""A policy system printed as rows with a column naming each row's kind.

A spreadsheet of a plan's system often prints every row of the tree the same way and says
what each row is in a column of its own: 「コード | 区分 | 名称」 with 「1 | 政策 | …」,
「1.1 | 施策 | …」 and then 「 | 取組 | …」 rows without a code. The rows whose kind is a
policy level word (政策, 施策 …) and that print a code are the levels; the rows whose kind is
an initiative word (取組) print no code and are entries of the level above them. The codes
may be joined by dots (1.1): the kind column says they are codes, not decimals.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import code_of
from loaders.structure import Cell, Table
from loaders.text.policy_codes import CodeParse, parse_dotted_code


@dataclass(frozen=True)
class KindRows:
    """The levels (code, name, name cell) and the entries (name, the level's code, name
    cell) of a table with a kind column."""

    levels: list[tuple[CodeParse, str, Cell]]
    entries: list[tuple[str, CodeParse, Cell]]


def _kind(text: str) -> str | None:
    field = field_of(text.strip(), exact=True) if text.strip() else None
    return field if field in ("policy", "initiative") else None


def _code(text: str) -> CodeParse | None:
    return code_of(text) or parse_dotted_code(text)


def _kind_column(table: Table) -> int | None:
    """A column whose every cell is one kind word, some of levels and some of entries."""
    width = min(len(r) for r in table.rows)
    for column in range(width):
        kinds = [_kind(r[column].text) for r in table.rows]
        if all(kinds) and "policy" in kinds and "initiative" in kinds:
            return column
    return None


def _code_column(table: Table, kinds: list[str | None], width: int, skip: int) -> int | None:
    """A column coding every level row and left blank on every entry row."""
    for column in range(width):
        if column == skip:
            continue
        cells = [r[column].text.strip() for r in table.rows]
        if all(
            (_code(c) is not None) if kind == "policy" else not c
            for c, kind in zip(cells, kinds, strict=True)
        ):
            return column
    return None


def kind_rows(table: Table) -> KindRows | None:
    """The levels and entries of `table` when one column names each row's kind (see the
    module): None unless every row is a level or an entry, every level has a distinct code
    (some under another), every entry follows a level, and every row prints a name."""
    if len(table.rows) < 3 or not table.rows:
        return None
    kind_at = _kind_column(table)
    if kind_at is None:
        return None
    width = min(len(r) for r in table.rows)
    kinds = [_kind(r[kind_at].text) for r in table.rows]
    code_at = _code_column(table, kinds, width, kind_at)
    if code_at is None:
        return None
    name_at = max(kind_at, code_at) + 1
    if name_at >= width or not all(r[name_at].text.strip() for r in table.rows):
        return None
    levels: list[tuple[CodeParse, str, Cell]] = []
    entries: list[tuple[str, CodeParse, Cell]] = []
    for row, kind in zip(table.rows, kinds, strict=True):
        cell = row[name_at]
        code = _code(row[code_at].text)
        if kind == "policy" and code is not None:
            levels.append((code, cell.text.strip(), cell))
        elif levels:
            entries.append((cell.text.strip(), levels[-1][0], cell))
        else:
            return None  # an entry before any level
    known = {code.normalized for code, _, _ in levels}
    if len(known) != len(levels) or not any(
        code.parents and code.parents[-1] in known for code, _, _ in levels
    ):
        return None
    return KindRows(levels, entries)
