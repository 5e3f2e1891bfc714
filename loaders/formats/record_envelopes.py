"""An API's records each wrapped in an envelope of the service's own (Airtable's 「{"records":
[{"id": "rec…", "createdTime": "…", "fields": {…}}]}」): the fields are the record a user sees,
the id and the time the service's bookkeeping. Printed as they come, each record is a heading
of its id over a heading 「fields」; unwrapped, the records read as the base's grid does.

A headless CMS's REST response (Strapi v4: 「{"data": [{"id": 21, "attributes": {…}}],
"meta": {…}}」) wraps each entry, and each entry it relates to (「"基本目標": {"data": {"id":
1, "attributes": {…}}}」), the same way, with the CMS's timestamps and locale beside the
fields: unwrapped, each entry is its attributes and each relation the entry it names."""

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


_CMS_KEYS = frozenset({"id", "attributes"})
_CMS_RESPONSE_KEYS = frozenset({"data", "meta"})
# the CMS's own bookkeeping beside an entry's fields (its publication date is the page's, kept)
_CMS_BOOKKEEPING = frozenset({"createdAt", "updatedAt", "locale", "localizations", "createdBy",
                              "updatedBy"})  # fmt: skip


def _cms_entry(value: Any) -> bool:
    return isinstance(value, dict) and set(value) <= _CMS_KEYS and isinstance(
        value.get("attributes"), dict
    )


def is_cms_response(data: Any) -> bool:
    """A Strapi-style response: 「data」 (and 「meta」) holding entries of id and attributes."""
    if not isinstance(data, dict) or "data" not in data or not set(data) <= _CMS_RESPONSE_KEYS:
        return False
    entries = data["data"] if isinstance(data["data"], list) else [data["data"]]
    return bool(entries) and all(_cms_entry(e) for e in entries)


def unwrap_cms_response(value: Any) -> Any:
    """Every entry its attributes (the CMS's bookkeeping left out), every relation's
    「{"data": …}」 the entries it holds."""
    if isinstance(value, list):
        return [unwrap_cms_response(v) for v in value]
    if not isinstance(value, dict):
        return value
    if _cms_entry(value):
        return {k: unwrap_cms_response(v) for k, v in value["attributes"].items()
                if k not in _CMS_BOOKKEEPING}  # fmt: skip
    if "data" in value and set(value) <= _CMS_RESPONSE_KEYS:
        return unwrap_cms_response(value["data"])
    return {k: unwrap_cms_response(v) for k, v in value.items()}

