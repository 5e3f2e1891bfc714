"""An export's records that point at others by key, each joined to what it points at.

A database export keeps each fact once. Access's XML export holds a project's row with its
division's code (所属コード 140200) and the division's name in a lookup table of its own
(M_所属); a board's JSON holds a card with its list's id (idList) and label ids (idLabels), the
names in the board's lists and labels; a custom field's value sits in an item pointing at the
field's definition (idCustomField) and, for a choice, at one of its options (idValue). Read
record by record, nothing names the division, the list or the field. A reader of the export
joins them, and so does this step, before the outline is printed:

- an opaque id (a string of eight characters or more held by an object's `id` and nowhere
  else) stands, wherever another object holds it (as a value, or as a reference object
  「{_ref: …}」), for the name of the object it identifies: 「idList：c736…」 reads 「list：Ⅹ-1
  推進項目名」;
- a list of items each pointing at one named definition with a value (a board's custom field
  items) reads as fields 「definition name：value」;
- a record's lookup fields of one link (Airtable's 「指標名 (from 成果指標)」, 「単位 (from
  成果指標)」: parallel lists) are the linked records' rows, under the link's key;
- a table whose column shares its name with another table's first column, the key of that
  table (所属コード, 施策コード, 事業ID), takes from the row it points at that row's names and
  keys (課名, 施策名, 政策コード …), so a chain of lookups reads through.

Every value copied keeps the path of the place the file holds it (`Joined.path`), so a
figure quoted as evidence is found in the file again."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from loaders.field_vocabulary import NAME_LABEL_ENDS, printed_key
from loaders.formats.data_values import is_prose, scalar_text

Step = Callable[[str, str], str]
Index = Callable[[str, int], str]

_ID_KEYS = ("id", "_id", "uuid")  # an object's own identifier
_OPAQUE_ID = 8  # an identifier this long or longer is no code a page prints: a database's
# 「名」「name」: a key naming its object; 「ID」「コード」: a key holding a row's identifier
_NAME_ENDS = (*NAME_LABEL_ENDS, "name", "title", "label")
KEY_ENDS = ("id", "コード", "番号", "code", "cd", "key", "no")
_MAX_TABLES = 64  # lookup passes: a chain of lookups is never longer than the tables


class Joined(str):
    """A value copied from where a pointer leads: printed as its text, found at `path`."""

    path: str

    def __new__(cls, text: str, path: str) -> Joined:
        value = super().__new__(cls, text)
        value.path = path
        return value


def joined(value: Any, path: str, step: Step, index: Index) -> Any:
    """`value` (a parsed data file at `path`) with its pointers read as what they name."""
    value = _zipped_lookups(value, path, step, index)
    names = _named_ids(value, path, step, index)
    if names:
        value = _resolved(value, path, step, index, names, frozenset())
    _join_lookups(value, path, step, index)
    return value


# -- lookup fields ------------------------------------------------------------------------
# 「指標名 (from 成果指標)」: a field of the records a link field (成果指標) holds, looked up into
# this record as a list parallel to the link's (Airtable's lookup fields)
_LOOKUP = re.compile(r"^(?P<field>.+?)\s*[(（]from\s+(?P<link>[^()（）]+)[)）]$")


def _zipped_lookups(node: Any, path: str, step: Step, index: Index) -> Any:
    """`node` with each record's lookup fields of one link zipped into the linked records'
    rows under the link's key (「成果指標」: 指標名, 単位, 基準値 … a row per linked record)."""
    if isinstance(node, list):
        return [_zipped_lookups(v, index(path, k), step, index) for k, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    node = {k: _zipped_lookups(v, step(path, str(k)), step, index) for k, v in node.items()}
    links: dict[str, list[str]] = {}
    for key, value in node.items():
        match = _LOOKUP.match(str(key))
        if match is not None and isinstance(value, list):
            links.setdefault(match.group("link").strip(), []).append(str(key))
    for link, keys in links.items():
        widths = {len(node[k]) for k in keys}
        if len(widths) != 1 or not next(iter(widths)):
            continue
        rows = [
            {_LOOKUP.match(k).group("field").strip(): _lookup_value(  # type: ignore[union-attr]
                node[k][n], index(step(path, k), n)) for k in keys}
            for n in range(next(iter(widths)))
        ]
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in keys:
                continue
            # (one linked record: its fields, labelled, rather than a table of one row)
            out[key] = (rows if len(rows) > 1 else rows[0]) if key == link else value
        if link not in node:
            out[link] = rows if len(rows) > 1 else rows[0]
        node = out
    return node


def _lookup_value(value: Any, path: str) -> Any:
    """A looked-up scalar, found where the file holds it."""
    if value is None or isinstance(value, dict | list | bool):
        return value
    return Joined(scalar_text(value), path)


# -- opaque ids ---------------------------------------------------------------------------
def _own_id(obj: dict[str, Any]) -> str | None:
    for key in _ID_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and len(value) >= _OPAQUE_ID and not any(
            c.isspace() for c in value
        ):
            return value
    return None


def _own_name(obj: dict[str, Any], path: str, step: Step) -> Joined | None:
    """What an object is called: a name-like key's short text, else (a choice's option,
    「value：{text：会計課}」) the one text of its value."""
    for key, value in obj.items():
        if (
            isinstance(value, str) and value.strip() and not is_prose(value)
            and printed_key(str(key)).lower().endswith(_NAME_ENDS)
        ):  # fmt: skip
            return Joined(" ".join(value.split()), step(path, str(key)))
    inner = obj.get("value")
    if isinstance(inner, dict) and len(inner) == 1:
        key, text = next(iter(inner.items()))
        if isinstance(text, str) and text.strip() and not is_prose(text):
            return Joined(text.strip(), step(step(path, "value"), str(key)))
    return None


def _named_ids(value: Any, path: str, step: Step, index: Index) -> dict[str, Joined]:
    """Each opaque id held by exactly one named object → that object's name."""
    found: dict[str, Joined | None] = {}
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        node, here = stack.pop()
        if isinstance(node, dict):
            own = _own_id(node)
            name = _own_name(node, here, step) if own else None
            if own is not None and name is not None:
                # two objects holding one id (a card and its copy in an action): the same
                # name or none
                earlier = found.get(own, name)
                found[own] = name if earlier is not None and earlier == name else None
            stack.extend((v, step(here, str(k))) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, index(here, k)) for k, v in enumerate(node))
    return {k: v for k, v in found.items() if v is not None}


def _pointer_key(key: str) -> str:
    """「idList」→「list」, 「listId」「list_id」→「list」, 「idLabels」→「labels」."""
    if key.startswith("id") and key[2:3].isupper():
        return key[2].lower() + key[3:]
    for suffix in ("Ids", "_ids", "Id", "_id", "ID"):
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)] + ("s" if suffix.endswith("s") else "")
    return key


def _resolved(node: Any, path: str, step: Step, index: Index, names: dict[str, Joined],
              within: frozenset[str]) -> Any:  # fmt: skip
    """`node` with each pointer to a named object (not one it sits in) read as the name."""
    if isinstance(node, list):
        items = [_resolved(v, index(path, k), step, index, names, within)
                 for k, v in enumerate(node)]  # fmt: skip
        paths = [index(path, k) for k in range(len(items))]
        return _as_fields(items, paths, step) or items
    if not isinstance(node, dict):
        return node
    own = _own_id(node)
    inside = within | {own} if own else within
    out: dict[str, Any] = {}
    for key, value in node.items():
        here = step(path, str(key))
        if key in _ID_KEYS:
            out[key] = value
            continue
        pointed = _pointed(value, names, inside)
        if value == [] and _pointer_key(str(key)) != key:
            pointed = []  # 「idLabels：[]」 beside others' lists of names: a list of none
        if pointed is None:
            out[key] = _resolved(value, here, step, index, names, inside)
            continue
        new = _pointer_key(str(key))
        out[new if new not in node and new not in out else key] = pointed
    return out


def _pointed(
    value: Any, names: dict[str, Joined], within: frozenset[str]
) -> Joined | list[Joined] | None:
    """The name (or names) a pointer value stands for, None when it is no pointer."""
    value = _reference(value)
    if isinstance(value, str):
        return names[value] if value in names and value not in within else None
    if isinstance(value, list) and value and all(
        isinstance(v, str) and v in names and v not in within for v in map(_reference, value)
    ):
        return [names[v] for v in map(_reference, value)]
    return None


_REFERENCE_KEYS = frozenset({"_ref", "_type", "_key", "_weak"})


def _reference(value: Any) -> Any:
    """A reference object's id (Sanity's 「{_ref: "dept-x", _type: "reference"}」), else the
    value itself."""
    if isinstance(value, dict) and isinstance(ref := value.get("_ref"), str) and (
        set(value) <= _REFERENCE_KEYS
    ):
        return ref
    return value


def _as_fields(items: list[Any], paths: list[str], step: Step) -> dict[str, Any] | None:
    """Items each pointing at one named definition with a value (a custom field's items:
    「{idCustomField, value}」 or a choice 「{idCustomField, idValue}」) → 「name：value」 fields;
    None when any item holds more than a pointer, a value and identifiers."""
    if len(items) < 2 or not all(isinstance(i, dict) for i in items):
        return None
    fields: dict[str, Any] = {}
    for item, path in zip(items, paths, strict=True):
        pointers = [k for k, v in item.items() if isinstance(v, Joined) and k != "value"]
        rest = [k for k in item if k not in pointers and k not in (*_ID_KEYS, "value")]
        if len(pointers) != 1 or "value" not in item or any(
            not isinstance(item[k], str) or not item[k].isascii() for k in rest
        ):
            return None
        fields[str(item[pointers[0]])] = _bare_value(item["value"], step(path, "value"), step)
    return fields


def _bare_value(value: Any, path: str, step: Step) -> Any:
    """A field item's value: a choice's name, or the one scalar of a typed value
    (「{number：4}」, 「{text：窓口}」), found where the file holds it."""
    if isinstance(value, dict) and len(value) == 1:
        key, inner = next(iter(value.items()))
        if inner is not None and not isinstance(inner, dict | list):
            return Joined(scalar_text(inner), step(path, str(key)))
    if isinstance(value, Joined | dict | list) or value is None:
        return value
    return Joined(scalar_text(value), path)


# -- lookup tables ------------------------------------------------------------------------
def _tables(node: Any, path: str, step: Step, index: Index) -> list[tuple[str, list[dict]]]:
    """Every array of two flat records or more (scalars only) in the tree, with its path."""
    found: list[tuple[str, list[dict]]] = []
    stack: list[tuple[Any, str]] = [(node, path)]
    while stack:
        item, here = stack.pop()
        if isinstance(item, dict):
            stack.extend((v, step(here, str(k))) for k, v in item.items())
        elif isinstance(item, list):
            if len(item) >= 2 and all(
                isinstance(r, dict) and r and all(not isinstance(v, dict | list)
                                                  for v in r.values())
                for r in item
            ):  # fmt: skip
                found.append((here, item))
            else:
                stack.extend((v, index(here, k)) for k, v in enumerate(item))
    return found


def _is_key(column: str) -> bool:
    return printed_key(column.removeprefix("@")).lower().endswith(KEY_ENDS)


def _keyed(rows: list[dict]) -> tuple[str, dict[str, int]] | None:
    """A table's key: its first column when it is named as a key and every row holds a
    value of its own there (row numbers by value)."""
    column = next(iter(rows[0]))
    if not _is_key(column):
        return None
    where: dict[str, int] = {}
    for k, row in enumerate(rows):
        value = row.get(column)
        text = "" if value is None else scalar_text(value).strip()
        if not text or text in where:
            return None
        where[text] = k
    return column, where


def _carried(column: str) -> bool:
    """A column a lookup lends the rows pointing at it: a name, or a key to look up next."""
    label = printed_key(column.removeprefix("@")).lower()
    return label.endswith(_NAME_ENDS) or _is_key(column)


def _join_lookups(node: Any, path: str, step: Step, index: Index) -> None:
    """Each table's rows given the names and keys of the rows they point at (see the
    module), in place; repeated so a lookup's own lookups read through."""
    tables = _tables(node, path, step, index)
    if len(tables) < 2:
        return
    done: set[tuple[str, str, str]] = set()
    for _ in range(min(len(tables), _MAX_TABLES)):
        joined_any = False
        for lookup_path, lookup in tables:
            keyed = _keyed(lookup)
            if keyed is None:
                continue
            key, where = keyed
            for rows_path, rows in tables:
                if rows is lookup or (rows_path, key, lookup_path) in done:
                    continue
                if next(iter(rows[0])) == key or not _points_into(rows, key, where):
                    continue
                done.add((rows_path, key, lookup_path))
                for row in rows:
                    value = row.get(key)
                    target = None if value is None else where.get(scalar_text(value).strip())
                    if target is not None:
                        _lend(row, key, lookup[target], index(lookup_path, target), step)
                joined_any = True
        if not joined_any:
            return


def _points_into(rows: list[dict], key: str, where: dict[str, int]) -> bool:
    values = [scalar_text(r[key]).strip() for r in rows if r.get(key) is not None]
    values = [v for v in values if v]
    return bool(values) and all(v in where for v in values)


def _lend(row: dict[str, Any], key: str, source: dict[str, Any], source_path: str,
          step: Step) -> None:  # fmt: skip
    """`row` with `source`'s carried columns it lacks, placed right after `key`."""
    lent = {
        column: Joined(scalar_text(value), value.path if isinstance(value, Joined)
                       else step(source_path, column))
        for column, value in source.items()
        if column != key and column not in row and value is not None and _carried(column)
    }  # fmt: skip
    if not lent:
        return
    items = list(row.items())
    at = next(i for i, (column, _) in enumerate(items) if column == key) + 1
    row.clear()
    row.update(items[:at])
    row.update(lent)
    row.update(items[at:])
