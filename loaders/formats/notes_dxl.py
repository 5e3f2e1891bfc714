"""HCL (Lotus) Notes databases exported as DXL → their documents as records.

A Notes application (a progress register, a circular board) exports as DXL: each
`<document form="…">` holds its fields as `<item name="…">` with a typed value (`<text>`,
`<textlist>`, `<number>`, `<datetime>`, `<richtext>`), among the note's bookkeeping
(`<noteinfo>`, `<updatedby>`, `$`-named system items). Read generically, the bookkeeping
buries the fields. Here each form's documents become one list of records, items by name,
printed as any data file's records are (item names in romaji print as their Japanese
words). A replication conflict (a document with a `$Conflict` item) is a superseded copy of
another document: it is left out, as the Notes view hides it.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element

from loaders.formats.data_outline import Outline
from loaders.formats.located import SourceText
from loaders.formats.xml_data import local_name, parse_xml

_DXL = re.compile(r"<database\b[^>]*xmlns=['\"]http://www\.lotus\.com/dxl['\"]")
_DATETIME = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")


def is_notes_dxl(text: str) -> bool:
    return _DXL.search(text[:5000]) is not None


def _value(item: Element) -> Any:
    """An item's value: a list's texts, a number, a date (「20240415T…」 → 2024-04-15)."""
    values: list[str] = []
    for node in item:
        kind = local_name(node.tag)
        if kind.endswith("list"):
            values.extend(" ".join("".join(v.itertext()).split()) for v in node)
        elif kind == "datetime" and (m := _DATETIME.match((node.text or "").strip())):
            values.append(f"{m['y']}-{m['m']}-{m['d']}")
        else:
            values.append("\n".join(t.strip() for t in node.itertext() if t.strip()))
    values = [v for v in values if v]
    return values[0] if len(values) == 1 else values or None


def render_notes_dxl(text: str, file: str) -> SourceText:
    root = parse_xml(text, file)
    forms: dict[str, list[dict[str, Any]]] = {}
    for document in root.iter():
        if local_name(document.tag) != "document":
            continue
        fields: dict[str, Any] = {}
        conflict = False
        for item in document:
            name = item.get("name") or ""
            if local_name(item.tag) != "item" or not name:
                continue
            if name.startswith("$"):
                conflict = conflict or name == "$Conflict"
                continue  # the note's own bookkeeping
            fields[name] = _value(item)
        if fields and not conflict:
            forms.setdefault(document.get("form") or "document", []).append(fields)
    outline = Outline(file, len(text))
    outline.document(forms, "$", title=root.get("title") or None)
    return outline.result()
