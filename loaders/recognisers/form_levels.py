"""Labels, codes and names side by side in the rows of a form read as a table.

A sheet printed from a form (a PDF read back as text with its columns kept) sets each of
its fields out as cells of one row: 「基本目標 | 3 | 海と生きるまち」, 「施 | 策 | 3-2 |
干潟の保全」 (a label letter-spaced across two cells), 「事 業 名 | 干潟清掃事業」,
「総合評価 | B」. A
policy label followed by a code and a name is a level of the plan; a project label followed
by a name names the sheet's project; an evaluation label followed by a grade is its grade.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import code_of, grade_of
from loaders.structure import Cell, Table
from loaders.text.normalize import fold_width
from loaders.text.policy_codes import CodeParse, parse_policy_code

_SPACES = re.compile(r"[ \u3000]+")
_LABEL_CELLS = 3  # a label letter-spaced over at most three cells (施 | 策)


def _label_at(row: list[Cell], start: int) -> tuple[str | None, int]:
    """The field a label starting at `start` names and how many cells it spans: one cell
    (spaces inside it dropped: 「事 務 事 業 名」), or single characters in adjacent cells."""
    text = _SPACES.sub("", row[start].text)
    field = field_of(text, exact=True) if text else None
    if field is not None:
        return field, 1
    for width in range(2, _LABEL_CELLS + 1):
        cells = row[start : start + width]
        if len(cells) < width or any(len(c.text.strip()) != 1 for c in cells):
            break
        joined = "".join(c.text.strip() for c in cells)
        if (field := field_of(joined, exact=True)) is not None:
            return field, width
    return None, 0


def row_levels(row: list[Cell]) -> list[tuple[CodeParse, str, Cell]]:
    """The plan levels a form's row prints as label, code and name cells (code, name, name
    cell)."""
    found: list[tuple[CodeParse, str, Cell]] = []
    k = 0
    while k < len(row):
        field, width = _label_at(row, k)
        if field == "policy" and k + width + 1 < len(row):
            code = code_of(row[k + width].text)
            name = row[k + width + 1]
            if code is not None and name.text.strip() and code_of(name.text) is None:
                found.append((code, name.text.strip(), name))
                k += width + 2
                continue
        k += max(width, 1)
    return found


# 「基本目標1」, 「施策 2-(1)」: a level's label word and its code, alone in a cell
_LABELLED_CODE = re.compile(
    r"^(?P<label>[^\d\s(（]{1,8}?)[ \u3000]*(?P<code>[\d(（][\d()（）\-－‐ー]*)$"
)
_FIGURE = re.compile(r"^[\d,.．%％▲△\-−]+$")


def _label_and_code(text: str) -> CodeParse | None:
    """The code of a cell printing a policy level's label and number and nothing else."""
    match = _LABELLED_CODE.match(fold_width(text).strip())
    if match is None or field_of(match.group("label"), exact=True) != "policy":
        return None
    return code_of(match.group("code"))


def _figure(text: str) -> bool:
    return bool(_FIGURE.match(fold_width(text).strip()))


def labelled_code_rows(table: Table) -> list[tuple[CodeParse, str, Cell]]:
    """「基本目標1 | 名称」 row after row (under a header such as 「項目 | 内容」, or none): a
    table listing the levels of a plan, each row a level's label and number in one cell and
    its name in the next. Empty unless every row under the header is such a pair."""
    pairs = [_level_pair(row) for row in table.rows]
    if not pairs or any(pair is None for pair in pairs):
        return []
    header = _level_pair(table.header_cells) if table.header_cells else None
    found = [p for p in (header, *pairs) if p is not None]
    return found if len(found) >= 2 else []


_STEP = re.compile(r"^(?:[(（][0-9]{1,2}[)）]|[0-9]{1,2})$")  # 「(1)」: a step under a level


def group_level_rows(table: Table) -> list[tuple[CodeParse, str, Cell]]:
    """A sheet's group rows over its entries: 「基本方針1 | 名称」 then 「(1) | 名称」 (a step
    under it: 1-(1)), each printing a code and a name in its first two cells and nothing
    else, among rows that fill more. Empty unless the table has both."""
    found: list[tuple[CodeParse, str, Cell]] = []
    top: CodeParse | None = None
    fuller = False
    for row in table.rows:
        filled = [k for k, c in enumerate(row) if c.text.strip()]
        if filled != [0, 1]:
            fuller = fuller or len(filled) > 2
            continue
        head, name = fold_width(row[0].text).strip(), row[1].text.strip()
        if code_of(name) is not None or _figure(name):
            continue
        labelled = _label_and_code(head)
        if labelled is not None:
            top = labelled
            found.append((labelled, name, row[1]))
        elif top is not None and _STEP.match(head):
            step = parse_policy_code(f"{top.printed}-{head}")
            if step is not None:
                found.append((step, name, row[1]))
    return found if fuller else []


def _level_pair(row: list[Cell]) -> tuple[CodeParse, str, Cell] | None:
    filled = [c for c in row if c.text.strip()]
    code = _label_and_code(filled[0].text) if len(filled) == 2 else None
    if code is None or code_of(filled[1].text) is not None or _figure(filled[1].text):
        return None
    return code, filled[1].text.strip(), filled[1]


def row_value(row: list[Cell], wanted: str) -> tuple[str, Cell] | None:
    """The value printed right after the first label of the `wanted` field in a form's row
    (「事 業 名 | 干潟清掃事業」 for "project"), with its cell."""
    for k in range(len(row)):
        field, width = _label_at(row, k)
        if field == wanted and k + width < len(row) and row[k + width].text.strip():
            return row[k + width].text.strip(), row[k + width]
    return None


def row_grade(row: list[Cell]) -> tuple[str, str] | None:
    """(label, grade) of a form's row printing an evaluation label and a grade after it."""
    for k in range(len(row)):
        field, width = _label_at(row, k)
        if field == "evaluation" and k + width < len(row):
            grade = grade_of(row[k + width].text)
            if grade is not None:
                return _SPACES.sub("", "".join(c.text for c in row[k : k + width])), grade
    return None
