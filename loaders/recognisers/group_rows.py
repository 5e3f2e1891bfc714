"""Policy levels printed as group rows inside a table: a row whose first cell alone is
filled, spanning the table over the rows it groups.

A progress table or a budget's project list often carries its plan's levels as such rows
(「柱1 名称」, then 「1-(1) 名称」, then the entries 「1-(1)-ア | 取組 | 所管 | …」; 「政策5 名称」
then 「施策5-1 名称」 over the projects). A group row is a policy level when its cell starts
with a policy label word and a code (施策5-1, 基本目標1), or with a bare code that extends
the group row above it (「1-(1)」 under 「柱1」) or that a group row below extends (「1 名称」
over 「1-(1) 名称」). The rows after a group row, up to the next,
are filed under it. Which words mean "policy" is read from ontology/fields.ttl.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.recognisers.outline import extends, names_policy_level
from loaders.structure import Cell, Table
from loaders.text.policy_codes import CodeParse, find_leading_code

_MIN_COLUMNS = 3  # a two-column table's half-empty row is a label and a blank value


@dataclass(frozen=True)
class GroupRow:
    """One group row: the level's code and name, its cell, and its place in the rows."""

    code: CodeParse
    name: str
    cell: Cell
    index: int  # the row's index in `table.rows`


def _spans(row: list[Cell]) -> bool:
    return bool(row) and bool(row[0].text.strip()) and all(not c.text.strip() for c in row[1:])


def group_rows(table: Table, heading: CodeParse | None = None) -> list[GroupRow]:
    """The group rows of `table` that print policy levels, in order. `heading`: the code of
    the heading the table sits under (「1-(1) 歳入の確保」 over a table whose group rows go on
    「1-(2) 歳出の見直し」: a bare code of its level, a sibling of it, is one too)."""
    if len(table.header) < _MIN_COLUMNS:
        return []
    candidates = []
    for index, row in enumerate(table.rows):
        # a row may print fewer cells than the header (a sheet's empty cells after the first
        # left off): the header says how wide the table is; the row's first cell alone is filled
        if not _spans(row):
            continue
        lead = find_leading_code(row[0].text)
        if lead is None or not lead.label or find_leading_code(lead.label) is not None:
            continue
        candidates.append((index, row, lead))
    found: list[GroupRow] = []
    for n, (index, row, lead) in enumerate(candidates):
        labelled = names_policy_level(lead.prefix)
        under = any(extends(lead.code, g.code) for g in found) or (
            heading is not None and _sibling(lead.code, heading)
        )
        # 「1 名称」 over 「1-(1) 名称」: a bare top level the group rows below extend
        below = candidates[n + 1 :]
        over = not lead.prefix and any(extends(c.code, lead.code) for _, _, c in below)
        if (lead.prefix and not labelled) or not (labelled or under or over):
            continue
        found.append(GroupRow(lead.code, lead.label, row[0], index))
    return found


def _sibling(code: CodeParse, other: CodeParse) -> bool:
    """「1-(2)」 beside 「1-(1)」: the same level under the same broader code, another number."""
    parts, others = code.normalized.split("-"), other.normalized.split("-")
    return len(parts) == len(others) > 1 and parts[:-1] == others[:-1] and parts != others


def group_code(groups: list[GroupRow], index: int) -> CodeParse | None:
    """The code of the group row that row `index` sits under (the last one before it)."""
    above = [g for g in groups if g.index < index]
    return above[-1].code if above else None
