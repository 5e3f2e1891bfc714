"""Levels of a policy system printed as rows among the rows of what is filed under them.

An implementation plan (実施計画) often prints one table for the whole system: a row with a
code and a name for each level (「1 | 基本目標の名」, 「1-1 | 施策の名」), and under each level
rows without a code for its projects — in the same name column (「コード | 基本目標・施策・
事業」) or in a column of their own (「区分 | コード | 名称 | 事業名」). The coded rows are the
levels; the rows without a code are not (they are read as projects elsewhere). A table of
codes on every row is `policies.system_table`'s; this reads only the mixed kind.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import code_of, is_label_like
from loaders.structure import Cell, Table
from loaders.text.policy_codes import CodeParse, find_leading_code
from loaders.text.project_names import project_ending

_AMOUNT = re.compile(r"[0-9][0-9,]*\s*(?:千|万|億)?円")


def _kinds_column(table: Table, coded: list[int]) -> bool:
    """A column naming each coded row's level with a policy label word (「区分」 基本目標,
    施策) and left blank on every other row."""
    width = min(len(table.rows[i]) for i in coded)
    for column in range(width):
        cells = [r[column].text.strip() if column < len(r) else "" for r in table.rows]
        if all(bool(c) == (i in coded) for i, c in enumerate(cells)) and all(
            field_of(cells[i], exact=True) == "policy" for i in coded
        ):
            return True
    return False


_PARTS = re.compile(r"[・/／、,]")


def _names_levels(header: str) -> bool:
    """A column header naming policy levels, alone or with what is filed under them
    (「施策」, 「基本目標・施策・事業」)."""
    return field_of(header) == "policy" or any(
        field_of(part, exact=True) == "policy" for part in _PARTS.split(header) if part
    )


def _level_name(text: str) -> bool:
    """A cell that can name a level: not a code, a label, an amount or a project."""
    return bool(
        text
        and find_leading_code(text) is None
        and not is_label_like(text)
        and not _AMOUNT.search(text)
        and project_ending(text) != "事業"
    )


def mixed_level_rows(table: Table) -> list[tuple[CodeParse, str, Cell]]:
    """The levels of a table whose code column codes the level rows and leaves the rows filed
    under them blank: each coded row's (code, name, name cell). The name is the column right
    after the codes, labelled as policies or beside a column naming each row's level; the
    codes are distinct and nested (some extend another); every row without a code is blank
    in the name column or names a project (…事業). Empty for anything else."""
    if len(table.rows) < 3:
        return []
    if not any(_names_levels(h) for h in table.header[1:]) and not any(
        field_of(c.text.strip(), exact=True) == "policy" for c in table.rows[0]
    ):
        return []  # checked first: no column names levels, no row is marked as one
    for column in range(len(table.header) - 1):
        cells = [r[column].text.strip() if column < len(r) else "" for r in table.rows]
        coded = [i for i, c in enumerate(cells) if c]
        if len(coded) < 2 or len(coded) == len(cells):
            continue
        codes = [code_of(cells[i]) for i in coded]
        parsed = [c for c in codes if c is not None]
        if len(parsed) != len(codes):
            continue
        known = {c.normalized for c in parsed}
        if len(known) != len(parsed) or not any(c.parents and c.parents[-1] in known
                                                for c in parsed):  # fmt: skip
            continue
        name_at = column + 1
        if not _names_levels(table.header[name_at]) and not _kinds_column(table, coded):
            return []
        found: list[tuple[CodeParse, str, Cell]] = []
        for i, row in enumerate(table.rows):
            name = row[name_at].text.strip() if name_at < len(row) else ""
            if i not in coded:
                if name and project_ending(name) != "事業":
                    return []  # a row of another kind (a wrapped name, a note): not this table
                continue
            if not _level_name(name):
                return []
            found.append((parsed[coded.index(i)], name, row[name_at]))
        return found
    return []
