"""An API's records each wrapped in an envelope of the service's own (Airtable's 「{"records":
[{"id": "rec…", "createdTime": "…", "fields": {…}}]}」): the fields are the record a user sees,
the id and the time the service's bookkeeping. Printed as they come, each record is a heading
of its id over a heading 「fields」; unwrapped, the records read as the base's grid does."""

from __future__ import annotations

from typing import Any

_ENVELOPE_KEYS = frozenset({"id", "createdTime", "fields", "commentCount"})


def is_enveloped_records(data: Any) -> bool:
    records = data.get("records") if isinstance(data, dict) else None
    return isinstance(records, list) and bool(records) and all(
        isinstance(r, dict) and isinstance(r.get("fields"), dict) and set(r) <= _ENVELOPE_KEYS
        for r in records
    )


def unwrap_enveloped_records(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with each record its fields."""
    return {**data, "records": [r["fields"] for r in data["records"]]}
