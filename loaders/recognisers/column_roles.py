"""What a table column holds, read from evidence of many layouts instead of one rule per layout.

Every recogniser finds its columns by their header labels (`field_of("事業名")` → project). A
city that heads a column with a word the vocabulary lacks (「判定」 over A/B/C, 「名称」 over
施策 names) loses the whole column. A column also tells what it holds by its cells: grades,
names ending like projects or units, figures, codes. This module scores those signs with a
small softmax model fitted on every composed development set at once (by
`column_roles_training`, its weights in `column_roles.json`, measured by leaving one whole set
out), and gives a column whose header names no field the label of the field it holds, when
the model is sure. The recognisers then read the table as if the city had printed that label.

Only columns of project, indicator and facility names and of grades are labelled: which
column holds a year's amount or a target is told by year and kind words the model does not
see, and whether a name is a policy or an initiative by the document's levels.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import SKOS

from loaders.field_vocabulary import caption_cues, field_of, fields_graph, label_key
from loaders.recognisers.evaluations import grade_words
from loaders.recognisers.outline import grade_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Table
from loaders.text.fiscal_year import year_mentions
from loaders.text.names import FACILITY_SUFFIXES, ORGANIZATION_SUFFIXES
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import parse_policy_code
from loaders.text.project_names import project_ending
from loaders.text.quantities import parse_quantity

WEIGHTS = Path(__file__).with_name("column_roles.json")
# The roles whose column gets its field's label. A column of figures keeps its printed label
# (its year and kind words say more than the model sees), and so does a column of policy or
# initiative names: which level a name is, the cells do not show (on the development sets,
# labelling them read levels as 取組 beside a code column).
LABELLED_ROLES = ("project", "indicator", "evaluation", "facility")
SURE = 0.8  # the model's probability below which a column keeps its printed label
_FIELDS = "https://w3id.org/machikg/fields#"
_LONG = 25  # a cell longer than this is a sentence or a description, not a name


@dataclass(frozen=True)
class Column:
    """One table column as the model sees it."""

    header: str
    cells: tuple[str, ...]
    index: int
    width: int
    left_header: str | None


def columns_of(table: Table) -> list[Column]:
    width = len(table.header)
    return [
        Column(
            header=table.header[j],
            cells=tuple(row[j].text for row in table.rows if j < len(row)),
            index=j,
            width=width,
            left_header=table.header[j - 1] if j > 0 else None,
        )
        for j in range(width)
    ]


def _share(part: float) -> str:
    """A fraction of the cells in four bins: none, under half, most, all."""
    if part == 0:
        return "none"
    return "some" if part < 0.5 else ("most" if part < 1 else "all")


def _ends_with(text: str, suffixes: Sequence[str]) -> bool:
    return any(text.endswith(s) and len(text) > len(s) for s in suffixes)


def _is_grade(cell: str) -> bool:
    return grade_of(cell) is not None or cell in grade_words()


def _is_code(cell: str) -> bool:
    return any(ch.isdigit() or ch in "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ" for ch in cell) and (
        parse_policy_code(cell) is not None
    )


_CELL_SIGNS = {
    "figure": lambda c: parse_quantity(c) is not None,
    "yen": lambda c: "円" in c,
    "percent": lambda c: "%" in c,
    "grade": _is_grade,
    "code": _is_code,
    "unit": lambda c: len(c) <= 20 and _ends_with(c, tuple(ORGANIZATION_SUFFIXES)),
    "facility": lambda c: len(c) <= _LONG and _ends_with(c, FACILITY_SUFFIXES),
    "project": lambda c: project_ending(c) is not None,
    "kana": lambda c: any("\u3041" <= ch <= "\u3093" for ch in c),
    "year": lambda c: bool(year_mentions(c)),
    "long": lambda c: len(c) > _LONG,
    "short": lambda c: len(c) <= 3,
    "label": lambda c: field_of(c, exact=True) is not None,
    "digit": lambda c: any(ch.isdigit() for ch in c),
}


def features(column: Column) -> list[str]:
    """The signs the model weighs: what the header names, the cells' shapes, the place."""
    header = label_key(column.header)
    signs = [
        f"header={field_of(header) if header else None}",
        f"header-exact={field_of(header, exact=True) if header else None}",
        f"left={field_of(column.left_header) if column.left_header else None}",
    ]
    if not header:
        signs.append("header-empty")
    else:
        last = header[-1]
        signs.append("header-ends=" + ("0" if last.isdigit() else last))
        if year_mentions(header):
            signs.append("header-year")
    cells = [nfkc_key(c) for c in column.cells]
    filled = [c for c in cells if c]
    count = len(filled) or 1
    signs.append(
        "cells="
        + ("0" if not filled else "1" if len(filled) == 1 else "few" if len(filled) < 4 else "many")
    )
    signs.append("blank=" + _share(1 - len(filled) / max(1, len(cells))))
    for name, sign in _CELL_SIGNS.items():
        signs.append(f"{name}={_share(sum(1 for c in filled if sign(c)) / count)}")
    signs.append("distinct=" + ("low" if len(set(filled)) / count < 0.5 else "high"))
    last_column = column.width - 1
    signs.append(
        "place="
        + ("first" if column.index == 0 else "last" if column.index == last_column else "middle")
    )
    if column.index == 1:
        signs.append("place=second")
    return signs


def hidden_header(signs: list[str]) -> list[str]:
    """The signs of a column as if its header printed a word the vocabulary lacks: the model
    labels only such columns, so it reads them by their cells and place alone (and learns
    to, from every column with its header hidden)."""
    return [
        s.split("=", 1)[0] + "=None" if s.startswith(("header=", "header-exact=")) else s
        for s in signs
        if not s.startswith("header-ends=")
    ]


@dataclass(frozen=True)
class Model:
    roles: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]

    def predict(self, signs: Sequence[str]) -> tuple[str, float]:
        """The most probable role and its probability."""
        scores = [0.0] * len(self.roles)
        for sign in (*signs, "bias"):
            row = self.weights.get(sign)
            if row:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.roles[best], exp[best] / sum(exp)


@cache
def model() -> Model:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return Model(
        roles=tuple(data["roles"]),
        weights={k: tuple(v) for k, v in data["weights"].items()},
    )


@cache
def field_label(field: str) -> str:
    """The field's Japanese preferred label (ontology/fields.ttl): what a column is given."""
    for label in fields_graph().objects(URIRef(_FIELDS + field), SKOS.prefLabel):
        if getattr(label, "language", None) == "ja":
            return str(label)
    raise KeyError(field)


def _unlabelled(header: str) -> bool:
    """A printed label that names no field and no year (「判定」, 「名称」): a label with a year
    (「R5」) dates the column, which the recognisers read from it."""
    return bool(label_key(header)) and field_of(header) is None and not year_mentions(header)


_TICKS = frozenset("○●◯✓✔レ")
_GRID_COLUMNS = 3  # unlabelled mark columns side by side: a schedule's periods


def _check_marks(column: Column) -> bool:
    """A column that ticks some rows with one mark and leaves the others blank (「重点」
    「新規」 flags): one mark throughout says which rows are so, never how well each did."""
    cells = [c.strip() for c in column.cells]
    marks = {c for c in cells if c}
    return len(marks) == 1 and marks <= _TICKS and "" in cells


def _names_cost_items(column: Column) -> bool:
    """A column whose every name is a cost item (「区づくり推進費」「施設管理費」, a total row
    apart): a budget's breakdown, no project names (a project ends as 事業 does)."""
    totals = ("total", "subtotal")
    names = [c.strip() for c in column.cells
             if c.strip() and field_of(c.strip(), exact=True) not in totals]  # fmt: skip
    # (「区分」 over 「区づくり推進事業費」: a head of a unit's budget, even one of 事業費)
    heads = label_key(column.header or "") in caption_cues("budgetHead")
    return len(names) >= 2 and all(
        n.endswith("費") and (heads or not n.endswith("事業費")) for n in names
    )


def _names_accounts(column: Column) -> bool:
    """A column holding an account's bare class (「一般会計」, 「特別会計」): the accounts' column,
    its other cells the accounts a class holds by their short names (「…保険事業」)."""
    return any(field_of(c.strip(), exact=True) == "account" for c in column.cells if c.strip())


def label_columns(doc: StructuredDocument) -> None:
    """Give each table column whose printed label names no field or year the label of the
    field the model is sure it holds (`LABELLED_ROLES`), in tables whose header row
    names a field elsewhere. Grades beside facilities are a building's
    condition, not an evaluation of work, so a facility table's grade column keeps its label."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or not table.rows:
            continue
        if not any(label and field_of(label) is not None for label in table.header):
            continue  # no label names a field: the header row may be a note or a first row
        roles: dict[int, str] = {}
        for column in columns_of(table):
            if not _unlabelled(column.header):
                continue
            role, probability = model().predict(hidden_header(features(column)))
            if role == "evaluation" and _check_marks(column):
                continue  # 「重点 | ○ | (blank)」: rows ticked, not graded
            if _names_accounts(column):
                continue  # 「一般会計」「特別会計」 over 「…保険事業」: accounts, no projects
            if role == "project" and _names_cost_items(column):
                continue  # 「区分」 over 「○○推進費」「○○管理費」: cost items, no projects
            if role in LABELLED_ROLES and probability >= SURE:
                roles[column.index] = role
        if sum(1 for role in roles.values() if role == "evaluation") >= _GRID_COLUMNS:
            # 「第1 | 第2 | 第3 | 第4」 (四半期) marked ●/○: a schedule's grid, no grades
            roles = {k: role for k, role in roles.items() if role != "evaluation"}
        facility_table = "facility" in roles.values() or any(
            field_of(label) == "facility" for label in table.header if label
        )
        for index, role in roles.items():
            if role == "evaluation" and facility_table:
                continue
            table.header[index] = field_label(role)
