"""Shared helpers of the project rules that read table headers and record tables.

The table, field-record, headed-record and line readers all ask which column holds the
project name, budget or years, and whether a table is one project's record; the answers
live here, above the name and amount helpers (`project_text`) they use.
"""

from __future__ import annotations

import itertools
import re

from loaders.field_vocabulary import field_of, label_key
from loaders.recognisers.project_text import (
    _NUMBER_TOKEN,
    _QUALIFIED_UNIT,
    MAX_SECTION_LABEL,
    MAX_STAGE_WORD,
    _valid_name,
)
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.text.amounts import is_budget_stage_word
from loaders.text.fiscal_year import year_mentions


def _columns(header: list[str]) -> dict[str, int]:
    """Field → column index; of several budget columns the one printed with a vocabulary
    label exactly (査定総額 rather than 要求総額) and otherwise the first. A label whose
    qualifier lists fields (内容(事業名、予算等)) holds the first of them, whatever its word."""
    columns: dict[str, int] = {}
    exact_budget: int | None = None
    exact_division: int | None = None
    exact_project: int | None = None
    for index, label in enumerate(header):
        field_name = _listed_field(label) or _levels_field(label) or field_of(label)
        if field_name is None or len(label_key(label)) > MAX_SECTION_LABEL:
            continue
        if field_name == "budget" and exact_budget is None and field_of(label, exact=True):
            exact_budget = index
        if field_name == "division" and field_of(label, exact=True) == "division":
            exact_division = index if exact_division is None else exact_division
        if field_name == "project" and field_of(label, exact=True) == "project":
            exact_project = index if exact_project is None else exact_project
        columns.setdefault(field_name, index)
    if exact_budget is not None:
        columns["budget"] = exact_budget
    if exact_division is not None:  # 「所属コード | 所属名」: the unit's name, not its code
        columns["division"] = exact_division
    if exact_project is not None:  # 「事業No. | 事業名」: the project's name, not its number
        columns["project"] = exact_project
    return columns


_LISTED = re.compile(r"[(（](?P<inner>[^()（）]+)[)）]\s*$")
_LIST_SEPARATOR = re.compile(r"[、,，・/／]")


def _listed_field(label: str) -> str | None:
    """The first field a label's qualifier lists: 「内容(事業名、予算等)」 → project."""
    match = _LISTED.search(label)
    if match is None:
        return None
    parts = [p.strip() for p in _LIST_SEPARATOR.split(match.group("inner"))]
    fields = [field_of(p) for p in parts if p]
    if len(fields) >= 2 and fields[-1] == "project" and fields.count("project") == 1:
        return "project"  # 「名称（基本目標・施策・取組・事業）」: the levels down to projects
    return fields[0] if len(fields) >= 2 and fields[0] is not None else None


def _levels_field(label: str) -> str | None:
    """「基本目標・施策・事業」: a column naming the levels of a hierarchy its rows print in
    turn (a goal's row, its measures' rows, their projects' rows); the project field when
    projects are its deepest level, so the rows naming a project are read as projects."""
    parts = [p.strip() for p in _LIST_SEPARATOR.split(label_key(label))]
    if len(parts) < 2 or not all(parts):
        return None
    fields = [field_of(p, exact=True) for p in parts]
    if None in fields or fields[-1] != "project" or fields.count("project") > 1:
        return None
    return "project"


def _year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the columns whose label is a year and nothing else."""
    years: dict[int, int] = {}
    for index, label in enumerate(header):
        key = label_key(label)
        mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(key):
            years[index] = mentions[0].year
    return years or _bare_year_columns(header)


_BARE_YEAR = re.compile(r"(?:19[89][0-9]|20[0-9]{2})")


def _bare_year_columns(header: list[str]) -> dict[int, int]:
    """「2026 | 2027 | 2028」: labels that are a Western year's digits alone name years
    only as a run of consecutive years side by side (one such number may be anything)."""
    keys = [label_key(h) for h in header]
    years = {i: int(key) for i, key in enumerate(keys) if _BARE_YEAR.fullmatch(key)}
    columns = sorted(years)
    run = len(columns) >= 2 and all(
        b == a + 1 and years[b] == years[a] + 1 for a, b in itertools.pairwise(columns)
    )
    return years if run else {}


def _amount_year_columns(header: list[str]) -> dict[int, int]:
    """Column → fiscal year for the columns labelled by a year alone or a year and a short
    word for the stage of the amount (「令和8年度決算」, 「令和9年度(予算)」): the row that
    reads them is labelled as a budget, so each cell is that year's amount."""
    years = _year_columns(header)
    for index, label in enumerate(header):
        key = label_key(label)
        mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
        if index in years or len(mentions) != 1 or mentions[0].start != 0:
            continue
        stage = _QUALIFIED_UNIT.sub("", key[mentions[0].end :]).strip("()（）")  # 「決算_千円」
        if re.search(r"[0-9~〜～・、,]", stage):
            continue
        # a longer stage word is still one when it names an amount (「R7当初予算額」)
        if (
            len(stage) <= MAX_STAGE_WORD
            or field_of(stage, exact=True) == "budget"
            or _staged_budget_label(stage)  # 「令和7年度 事業費見込」
        ):
            years[index] = mentions[0].year
    return years


def _staged_budget_label(word: str) -> bool:
    """「事業費見込」「予算額(決算)」: a budget label, then the stage of its amount."""
    for cut in range(2, len(word)):
        if field_of(word[:cut], exact=True) == "budget":
            return is_budget_stage_word(word, cut) == len(word)
    return False


def _stage(label: str) -> str | None:
    """The field the word after a column label's year names: 「令和7年度(予算)」 → budget;
    「令和5年度決算」 (a settled amount, no budget word) → None."""
    key = label_key(label)
    mentions = [m for m in year_mentions(key) if m.kind == "fiscal"]
    if len(mentions) != 1:
        return None
    stage = _QUALIFIED_UNIT.sub("", key[mentions[0].end :]).strip("()（）")  # 「決算_千円」
    return field_of(stage, exact=True) if stage else None


def _is_record_table(table: Table) -> bool:
    """A table whose first row is the project label and a name (「事業名 | X事業」) and whose
    rows open with labels: one project's sheet, laid out as label and value cells."""
    if len(table.header_cells) < 2 or len(table.header) < 2 or not table.rows:
        return False
    if _record_name(table) is None:
        return False
    rows = [filled(r) for r in table.rows]
    labelled = [r for r in rows if r and _record_field(r[0].text)]
    return 2 * len(labelled) >= len(rows) and not any(
        _NUMBER_TOKEN.match(c.text) for r in rows for c in r[:1]
    )


def filled(row: list[Cell]) -> list[Cell]:
    """The cells of a row that print something: a sheet exported from a spreadsheet leaves
    empty cells between a label and its value (「事業名,,X事業」), where merged cells were."""
    return [c for c in row if c.text]


def _record_name(table: Table) -> Cell | None:
    """The name cell of a sheet laid out as label and value cells: the cell after the
    project label opening the first row (「事業名 | X事業」), or opening a row under rows of
    the sheet's other labels (「事業番号 | R6-01 | 評価年度 | …」 above it)."""
    for row in [filled(r) for r in [table.header_cells, *table.rows[:_RECORD_NAME_ROWS]]]:
        if len(row) < 2 or field_of(row[0].text, exact=True) != "project":
            continue
        if not _valid_name(row[1].text):
            return None
        if any(m.kind == "fiscal" for m in year_mentions(row[1].text)):
            return None  # 「事業名 | R4決算 | …」: the header of a table of projects
        return row[1]
    return None


_RECORD_NAME_ROWS = 2  # rows of other labels a sheet may print above its project's name


# The fields a record's label may name without printing a vocabulary label exactly
# (「所管課・係」); any other field only by its exact label (「事業開始年度」 is no year of
# the project's amount).
_LOOSE_RECORD_FIELDS = ("budget", "division", "department")


def _record_field(label: str) -> str | None:
    exact = field_of(label, exact=True)
    if exact is not None:
        return exact
    loose = field_of(label)
    return loose if loose in _LOOSE_RECORD_FIELDS else None


_VALUE_INDENT = re.compile(r"[ \t\u3000]{4,}\S")  # a line set in under the values above it


def _value_wrapped(doc: StructuredDocument, previous: Block, block: Block) -> bool:
    """A line set in deep under a field (no blank line between), not itself a field: the
    rest of that field's value, wrapped (whatever numbering the wrapped text opens with)."""
    if previous.kind != "field" or block.kind not in ("paragraph", "heading"):
        return False
    gap = doc.text[previous.end : block.start]
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    return (
        gap.count("\n") == 1
        and _VALUE_INDENT.match(doc.text, line_start) is not None
    )
