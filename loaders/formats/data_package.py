"""A Frictionless Data Package (`datapackage.json`, an open-data portal's dataset with its
tables inline), read as the portal's preview shows its tables.

Each resource is a table: its `schema.fields` name the columns (`name` a key such as
`kyoku_cd`, `title` the label a person reads, `description` often the only place saying
「単位：千円」), its `data` the rows (arrays under a row of the keys, or objects by key). A
code column points into another resource by `foreignKeys` (局 and 課 printed as codes whose
names only a code table holds), and a code table may point into itself (「上位組織コード」).

Read as the preview shows: each resource under its title and description, a table whose
header is each field's title with the unit its description states (「令和8年度（千円）」),
every coded cell printed as the name its code stands for. Resources kept in files of their
own (`path`) are not here to read.
"""

from __future__ import annotations

import re
from typing import Any

from loaders.formats.data_values import scalar_text
from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_UNIT = re.compile(r"単位\s*[:：]\s*(?P<unit>[^\s。、,（(）)]{1,6})")
_NAME_ENDS = ("名", "名称", "name", "mei")


def is_data_package(text: str) -> bool:
    head = text.lstrip("\ufeff")[:4000]
    profiled = '"profile"' in head and "data-package" in head
    return '"resources"' in text and (profiled or ('"schema"' in text and '"fields"' in text))


def _fields(resource: dict[str, Any]) -> list[dict[str, Any]]:
    schema = resource.get("schema") if isinstance(resource.get("schema"), dict) else {}
    return [f for f in schema.get("fields") or [] if isinstance(f, dict) and f.get("name")]


def _records(resource: dict[str, Any], keys: list[str]) -> list[dict[str, Any]]:
    """The rows as objects by key (a first row of the keys themselves dropped)."""
    rows = resource.get("data")
    if not isinstance(rows, list):
        return []
    out = []
    for row in rows:
        if isinstance(row, dict):
            out.append(row)
        elif isinstance(row, list):
            if [str(c) for c in row] == keys:
                continue  # the keys' row over the values
            out.append(dict(zip(keys, row, strict=False)))
    return out


def _label(field: dict[str, Any]) -> str:
    title = " ".join(str(field.get("title") or field["name"]).split())
    unit = _UNIT.search(str(field.get("description") or ""))
    if unit and unit.group("unit") not in title and unit.group("unit") not in ("％", "%"):
        title += f"（{unit.group('unit')}）"
    return title


def _name_key(fields: list[dict[str, Any]], key: str) -> str | None:
    """The column naming what a code column's codes stand for (「組織名」 beside 「組織コード」)."""
    for field in fields:
        if field["name"] == key:
            continue
        label = str(field.get("title") or field["name"])
        if label.endswith(_NAME_ENDS) or str(field["name"]).endswith(_NAME_ENDS):
            return str(field["name"])
    return None


def render_data_package(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list):
        raise DocumentError(file, "a data package holds a list of resources")
    tables = {}
    for resource in (r for r in resources if isinstance(r, dict)):
        fields = _fields(resource)
        keys = [str(f["name"]) for f in fields]
        tables[str(resource.get("name"))] = (resource, fields, _records(resource, keys))
    out = []
    if data.get("title"):
        out.extend([f"# {' '.join(str(data['title']).split())}", ""])
    if data.get("description"):
        out.extend([str(data["description"]), ""])
    for name, (resource, fields, records) in tables.items():
        if not records:
            continue
        names = _code_names(resource, fields, records, tables)
        out.extend(["", f"## {' '.join(str(resource.get('title') or name).split())}", ""])
        if resource.get("description"):
            out.extend([str(resource["description"]), ""])
        out.append("\t".join(_label(f) for f in fields))
        for record in records:
            cells = []
            for field in fields:
                value = record.get(field["name"])
                text_value = "" if value is None else scalar_text(value)
                text_value = names.get(str(field["name"]), {}).get(text_value, text_value)
                cells.append(" ".join(text_value.replace("\t", " ").split()))
            out.append("\t".join(cells))
        out.append("")
    return "\n".join(out)


def _code_names(
    resource: dict[str, Any], fields: list[dict[str, Any]], records: list[dict[str, Any]],
    tables: dict[str, tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]],
) -> dict[str, dict[str, str]]:
    """column → {code: name}: a foreign key's codes by the referenced table's names, and a
    column whose codes are the table's own key (「上位組織コード」) by its own names."""
    names: dict[str, dict[str, str]] = {}
    schema = resource.get("schema") if isinstance(resource.get("schema"), dict) else {}
    for key in schema.get("foreignKeys") or []:
        if not isinstance(key, dict) or not isinstance(key.get("reference"), dict):
            continue
        column, target = key.get("fields"), key["reference"]
        target_column = target.get("fields")
        if isinstance(column, list) or isinstance(target_column, list):
            continue  # a key of several columns: no one code to name
        referenced = tables.get(str(target.get("resource")))
        if referenced is None or not column or not target_column:
            continue
        _, target_fields, target_records = referenced
        label = _name_key(target_fields, str(target_column))
        if label is not None:
            names[str(column)] = {scalar_text(r.get(target_column)): scalar_text(r.get(label))
                                  for r in target_records if r.get(label) is not None}  # fmt: skip
    primary = schema.get("primaryKey") or (fields[0]["name"] if fields else None)
    if isinstance(primary, str) and (label := _name_key(fields, primary)) is not None:
        own = {scalar_text(r.get(primary)): scalar_text(r.get(label))
               for r in records if r.get(primary) is not None and r.get(label) is not None}
        for field in fields:
            column = str(field["name"])
            if column in (primary, label) or column in names:
                continue
            values = {scalar_text(r.get(column)) for r in records if r.get(column) is not None}
            if values and values <= set(own):
                names[column] = own  # 「上位組織コード」: the table's own codes
    return names
