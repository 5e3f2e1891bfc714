"""kintone's REST API records (「GET /k/v1/records.json」: 「{"records": [{"field": {"type":
"…", "value": …}, …}]}」) as the records a user sees: each field its value, a user or
unit picker's choices by name, a table (SUBTABLE) field its rows, and the system's fields
(ids, revision, creator, timestamps, status) left out.

As the API returns them, every value sits one level down beside its type, and each record
lists its fields in another order; printed as they are, no two records make the same table.
Unwrapped, in the first record's order, they read as the app's list does."""

from __future__ import annotations

from typing import Any

# kintone's own fields: who and when, not what the record says
_SYSTEM_TYPES = frozenset({"__ID__", "__REVISION__", "RECORD_NUMBER", "CREATOR", "MODIFIER",
                           "CREATED_TIME", "UPDATED_TIME", "STATUS", "STATUS_ASSIGNEE",
                           "CATEGORY", "FILE"})  # fmt: skip


def _is_field(value: Any) -> bool:
    return isinstance(value, dict) and "type" in value and "value" in value


def is_kintone_records(data: Any) -> bool:
    records = data.get("records") if isinstance(data, dict) else None
    return (
        isinstance(records, list)
        and bool(records)
        and all(isinstance(r, dict) and r and all(map(_is_field, r.values())) for r in records)
    )


def _value(field: dict[str, Any]) -> Any:
    value = field.get("value")
    if field.get("type") == "SUBTABLE" and isinstance(value, list):
        return [_record(row.get("value") or {}) for row in value if isinstance(row, dict)]
    if isinstance(value, list):  # pickers (組織, ユーザー, グループ) and check boxes
        names = [v.get("name") or v.get("code") if isinstance(v, dict) else v for v in value]
        return "、".join(str(n) for n in names if n)
    if isinstance(value, dict):
        return value.get("name") or value.get("code") or ""
    return value


def _record(record: dict[str, Any], order: list[str] | None = None) -> dict[str, Any]:
    keys = [k for k in order or [] if k in record] + [
        k for k in record if not order or k not in order
    ]
    return {
        key: _value(record[key]) for key in keys
        if _is_field(record[key]) and record[key].get("type") not in _SYSTEM_TYPES
    }  # fmt: skip


def unwrap_kintone_records(data: dict[str, Any]) -> dict[str, Any]:
    """The records as plain fields, each in the first record's field order."""
    records = data["records"]
    order = list(records[0])
    return {"records": [_record(r, order) for r in records]}
