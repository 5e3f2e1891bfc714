"""A PDF form's data exported by Acrobat (XFDF): each filled field of the form, by its name.

A form's fields are named by the form's designer, dotted into groups (「施策01.指標1.名称」);
XFDF writes the groups as nested <field name="…"> elements, each leaf with its <value>,
sorted by name, and nothing else of the form (no labels, no layout). Read as XML elements,
every field is 「field」 with a 「name」 attribute, so no key says what its value is. Read as
the form a person fills, each group is a part of the form headed by its name, each leaf a
labelled field 「名称：○○の受診率」, and the parts numbered alike (「施策01」, 「施策02」;
「1」, 「2」 under 「体制」) rows of one list, printed as a table where they fit one.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element

from loaders.formats.data_outline import Outline
from loaders.formats.located import SourceText
from loaders.formats.xml_data import local_name, xml_index, xml_step

_XFDF = "http://ns.adobe.com/xfdf/"
# 「施策01」「指標2」「1」: a part numbered among parts of one kind
_NUMBERED = re.compile(r"^(?P<kind>\D*?)(?P<n>[0-9]{1,3})$")
_MIN_PARTS = 2


def is_form_data(root: Element) -> bool:
    return local_name(root.tag) == "xfdf" or root.tag.startswith(f"{{{_XFDF}}}")


def render_form_data(root: Element, file: str, size: int) -> SourceText:
    outline = Outline(file, size, step=xml_step, index=xml_index)
    fields = next((c for c in root if local_name(c.tag) == "fields"), None)
    source = next((c.get("href") for c in root if local_name(c.tag) == "f"), None)
    title = source.rsplit("/", 1)[-1].rsplit(".", 1)[0] if source else None
    value = _fields(fields) if fields is not None else {}
    outline.document(_as_lists(value), "/xfdf/fields", title=title or None)
    return outline.result()


def _fields(parent: Element) -> dict[str, Any]:
    """A group's fields by name: a leaf's value text (its lines kept), a group's fields."""
    out: dict[str, Any] = {}
    for field in parent:
        if local_name(field.tag) != "field":
            continue
        name = field.get("name") or ""
        if any(local_name(c.tag) == "field" for c in field):
            out[name] = _fields(field)
        else:
            value = next((c for c in field if local_name(c.tag) in ("value", "value-richtext")),
                         None)  # fmt: skip
            text = "".join(value.itertext()) if value is not None else ""
            out[name] = text.replace("\r\n", "\n").replace("\r", "\n").strip() or None
    return out


# 「名称」 in a part 「指標1」: the name of what the part is
_NAME_KEYS = ("名称", "名前", "name")


def _named_first(kind: str, part: dict[str, Any]) -> dict[str, Any]:
    """A numbered part (「指標1」) with its name field first and labelled by the part's kind
    (「名称」 → 「指標名」), as the form prints the name over the part's values."""
    key = next((k for k in part if k in (f"{kind}名", *_NAME_KEYS)), None) if kind else None
    if key is None:
        return part
    rest = {k: v for k, v in part.items() if k != key}
    label = f"{kind}名" if f"{kind}名" not in rest else key
    return {label: part[key], **rest}


def _as_lists(value: Any) -> Any:
    """Each group whose parts are all numbered alike (「施策01」「施策02」) as a list of them,
    in their numbers' order; the group's other fields stay fields."""
    if not isinstance(value, dict):
        return value
    value = {k: _as_lists(v) for k, v in value.items()}
    for key, inner in value.items():
        if isinstance(inner, dict):  # 「指標1」, 「指標」: a part of that kind
            match = _NUMBERED.match(key)
            value[key] = _named_first(match.group("kind") if match else key, inner)
    groups: dict[str, list[tuple[int, str]]] = {}
    for key, inner in value.items():
        match = _NUMBERED.match(key)
        if match is not None and isinstance(inner, dict):
            groups.setdefault(match.group("kind"), []).append((int(match.group("n")), key))
    out: dict[str, Any] = {}
    listed: set[str] = set()
    for key, inner in value.items():
        match = _NUMBERED.match(key)
        kind = match.group("kind") if match is not None else None
        if kind is not None and len(groups.get(kind, [])) >= _MIN_PARTS:
            if key in listed:
                continue
            members = sorted(groups[kind])
            listed.update(k for _, k in members)
            out[kind] = [value[k] for _, k in members]
        else:
            out[key] = inner
    rows = out.get("")
    if isinstance(rows, list):
        _total_rows(out, rows)
        if list(out) == [""]:
            return rows  # 「1」「2」「3」 under a group: the group is the list of them
    return out


def _total_rows(out: dict[str, Any], rows: list[Any]) -> None:
    """「計」 beside parts 「1」「2」 (its fields theirs: 職員数R7, 職員数R8): the list's total
    row, named in the column that names the parts (課名), moved into the list."""
    columns = {k for row in rows if isinstance(row, dict) for k in row}
    name = next((k for row in rows if isinstance(row, dict) for k in row
                 if k.endswith(("名", "名称"))), None)  # fmt: skip
    for key in [k for k in out if k]:
        inner = out[key]
        if name and isinstance(inner, dict) and inner and set(inner) <= columns:
            rows.append({name: key, **inner})
            del out[key]
