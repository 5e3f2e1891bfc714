"""Units linked by name to the unit above them (an org chart's data: Visio's 「名前 | 上司 |
役職 | 部署」, an org-chart sheet's 「組織名 | 上位組織」): the column whose names the parent
column cites is the column of each row's own unit, whatever its label says (「名前」 names
no field). Another unit column beside it (「部署」, the 部 a 課 row sits in) is then the row's
upper unit, so the staff and organisation readers count and file each row's own unit."""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from loaders.recognisers.column_roles import field_label
from loaders.structure import StructuredDocument, Table

_UNIT_FIELDS = ("division", "department")
_MIN_CITED = 2  # parents cited that make a tree, not a coincidence


def _names(table: Table, column: int) -> list[str]:
    cells = [r[column].text.strip() for r in table.rows if column < len(r)]
    return [cell for cell in cells if cell]


def own_unit_column(table: Table) -> tuple[int, int] | None:
    """(the column of each row's own unit, the parent column), or None without a parent
    column whose names another column holds."""
    up = next((k for k, h in enumerate(table.header)
               if field_of(h, exact=True) == "parentUnit"), None)  # fmt: skip
    if up is None:
        return None
    parents = set(_names(table, up))
    best, cited = None, 0
    for column in range(len(table.header)):
        if column == up:
            continue
        found = len(parents & set(_names(table, column)))
        if found > cited:
            best, cited = column, found
    if best is None or cited < max(_MIN_CITED, len(parents) // 2):
        return None
    return best, up


def label_unit_trees(doc: StructuredDocument) -> None:
    """Label each such table's own-unit column as the division's, its other unit columns as
    the department's."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or not table.rows or (found := own_unit_column(table)) is None:
            continue
        own, _ = found
        for column, header in enumerate(table.header):
            if column != own and field_of(header) in _UNIT_FIELDS:
                table.header[column] = field_label("department")
        if field_of(table.header[own]) != "division":
            table.header[own] = field_label("division")
