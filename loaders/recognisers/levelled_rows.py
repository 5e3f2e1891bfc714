"""A table whose hierarchy is printed only as each row's depth: a level column (「アウトライン
レベル」 1, 2, 3 …) or a dotted numbering column (「WBS」 1 / 1.1 / 1.1.1), as a
project-management tool's task list or a sheet saved with its outline prints a plan.

「名前 | … | アウトライン レベル | WBS | コスト」 over
「施策名 | 2 | 1.1」, 「X事業 | 3 | 1.1.1 | ￥…」, 「令和8年度　架空工事 | 4 | 1.1.1.1 | ￥…」:
a row belongs to the nearest row above it one level up. A row whose name opens with a fiscal
year (「令和8年度　…」) is that year's part of the row holding it: the holder is a project and
the year row's amount its budget of that year (the holder's own amount rolls its years up).
The rows holding projects are the levels of the plan's system, their codes the numbering
column's. Both level words are data (`mkf:outlineLevel`, `mkf:outlineNumber` in
ontology/fields.ttl); the name column is the one whose cells name every row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.structure import Cell, Table
from loaders.text.amounts import find_amounts
from loaders.text.fiscal_year import year_mentions
from loaders.text.policy_codes import CodeParse, parse_dotted_code, parse_policy_code
from loaders.text.project_names import looks_like_project

_LEVEL = re.compile(r"^[0-9]{1,2}$")
_MIN_ROWS = 4
_NAMED_SHARE = 0.9  # of rows whose cell in the name column is filled
_DISTINCT_SHARE = 0.8  # of a name column's cells that differ from each other


@dataclass
class LevelledRow:
    row: list[Cell]
    depth: int
    code: CodeParse | None  # the numbering column's code, when the table has one
    holder: int | None = None  # the row one level up that holds this one
    held: list[int] = field(default_factory=list)


@dataclass
class Outline:
    rows: list[LevelledRow]
    name: int  # the column naming each row
    amount: int | None  # the column of yen amounts
    unit: int | None  # the column of the responsible unit

    def text(self, at: int, column: int | None) -> str:
        row = self.rows[at].row
        return row[column].text.strip() if column is not None and column < len(row) else ""

    def year_of(self, at: int) -> tuple[int, int] | None:
        """(fiscal year, end of its mention) when the row's name opens with a fiscal year."""
        name = self.text(at, self.name)
        found = year_mentions(name)
        if found and found[0].start == 0 and found[0].kind == "fiscal":
            return found[0].year, found[0].end
        return None

    def project_rows(self) -> list[int]:
        """The rows holding a row per fiscal year: projects, their years below them (and at
        most milestones with no amount beside them)."""
        return [
            at for at, row in enumerate(self.rows)
            if self.year_of(at) is None and (years := self.year_rows(at))
            and all(k in years or not self.amount_of(k) for k in row.held)
            and (looks_like_project(self.text(at, self.name)) or len(years) >= 2)
        ]  # fmt: skip

    def year_rows(self, at: int) -> list[int]:
        """The rows `at` holds that are one fiscal year's part of it."""
        return [k for k in self.rows[at].held if self.year_of(k) is not None]

    def amount_of(self, at: int) -> int | None:
        """The row's yen amount (a milestone's 「￥0」 is none)."""
        found = find_amounts(self.text(at, self.amount)) if self.amount is not None else []
        return found[0][2] if found and found[0][2] > 0 else None

    def levels_above(self, projects: list[int]) -> list[int]:
        """The rows holding projects, at any depth: the plan's levels."""
        above: set[int] = set()
        for at in projects:
            holder = self.rows[at].holder
            while holder is not None and holder not in above:
                above.add(holder)
                holder = self.rows[holder].holder
        return sorted(above - set(projects))


def outline(table: Table) -> Outline | None:
    """The table read as an outline, when a level or numbering column gives each row's depth."""
    rows = list(table.rows)
    if len(rows) < _MIN_ROWS:
        return None
    level = _column(table, "outlineLevel", lambda t: bool(_LEVEL.match(t)))
    number = _column(table, "outlineNumber", lambda t: _number(t) is not None)
    if level is None and number is None:
        return None
    levelled: list[LevelledRow] = []
    for row in rows:
        code = _number(_cell(row, number)) if number is not None else None
        printed = _cell(row, level) if level is not None else ""
        depth = int(printed) if _LEVEL.match(printed) else len(code.parts) if code else None
        if depth is None:
            return None  # a row with no depth (a note, a total): no outline of every row
        levelled.append(LevelledRow(row, depth, code))
    if len({r.depth for r in levelled}) < 2:
        return None
    name = _name_column(table, {level, number})
    if name is None:
        return None
    open_rows: list[int] = []
    for at, row in enumerate(levelled):
        while open_rows and levelled[open_rows[-1]].depth >= row.depth:
            open_rows.pop()
        if open_rows and levelled[open_rows[-1]].depth == row.depth - 1:
            row.holder = open_rows[-1]
            levelled[open_rows[-1]].held.append(at)
        open_rows.append(at)
    taken = {level, number, name}
    return Outline(levelled, name, _amount_column(table, taken), _unit_column(table, taken))


def _number(text: str) -> CodeParse | None:
    """「2.1.3」, or a top level's bare 「2」, in a column the header says holds numbering."""
    return parse_dotted_code(text) or (parse_policy_code(text) if _LEVEL.match(text) else None)


def _cell(row: list[Cell], column: int | None) -> str:
    return row[column].text.strip() if column is not None and column < len(row) else ""


def _column(table: Table, concept: str, fits: Callable[[str], bool]) -> int | None:
    """The column labelled as `concept` whose filled cells all `fits`."""
    return _first_column(table, set(), lambda label, filled: (
        field_of(label, exact=True) == concept and len(filled) >= _MIN_ROWS
        and all(map(fits, filled))
    ))  # fmt: skip


def _name_column(table: Table, taken: set[int | None]) -> int | None:
    """The first column naming nearly every row, each row another name, in words."""
    for index in range(len(table.header)):
        if index in taken:
            continue
        cells = [_cell(r, index) for r in table.rows]
        filled = [t for t in cells if t]
        if len(filled) < _NAMED_SHARE * len(cells) or not filled:
            continue
        if len(set(filled)) < _DISTINCT_SHARE * len(filled):
            continue
        if sum(1 for t in filled if re.search(r"[^\W\d_]{2}", t)) == len(filled) and not any(
            find_amounts(t) for t in filled
        ):
            return index
    return None


def _first_column(
    table: Table, taken: set[int | None], fits: Callable[[str, list[str]], bool]
) -> int | None:
    """The first column not `taken` whose label and filled cells `fits` accepts."""
    for index, label in enumerate(table.header):
        filled = [t for r in table.rows if (t := _cell(r, index))]
        if index not in taken and filled and fits(label, filled):
            return index
    return None


def _amount_column(table: Table, taken: set[int | None]) -> int | None:
    """A column labelled as a budget, or one of yen amounts only (「￥○○,○○○,○○○」)."""
    return _first_column(table, taken, _amounts)


def _amounts(label: str, filled: list[str]) -> bool:
    whole = all(len(a := find_amounts(t)) == 1 and a[0][1] - a[0][0] == len(t) for t in filled)
    return whole and (field_of(label) == "budget" or all(re.search(r"[￥¥円]", t) for t in filled))


def _unit_column(table: Table, taken: set[int | None]) -> int | None:
    """A column labelled as the responsible unit, or one of unit names only."""
    return _first_column(table, taken, _units)


def _units(label: str, filled: list[str]) -> bool:
    return field_of(label, exact=True) in ("division", "department") or (
        len(filled) >= _MIN_ROWS and all(unit_kind(t) is not None for t in filled)
    )
