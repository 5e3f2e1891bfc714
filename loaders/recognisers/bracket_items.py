"""List items that are fields: 「• 【事業名】X事業」「• 【お金】4億円」「• 【担当】みどり課」.

A page that sets out each project as a card of bulleted lines, each opening with its label
in lenticular brackets, prints a record of fields; the structure reader keeps them as list
items (the bullet comes first). The project reader reads records of fields, so a run of two
or more such items whose labels the vocabulary knows is handed to it as those fields.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.field_vocabulary import field_of
from loaders.structure import Block, StructuredDocument

_BRACKET_LABEL = re.compile(r"^\s*【(?P<label>[^【】]{1,12})】\s*(?P<value>\S.*?)\s*$")
_RUN = 2  # items in a row that make a record


def _as_field(doc: StructuredDocument, block: Block) -> Block | None:
    if block.kind != "item" or block.label is not None:
        return None
    match = _BRACKET_LABEL.search(block.text.splitlines()[0] if block.text else "")
    if match is None or field_of(match.group("label")) is None:
        return None
    # where the value is printed (the item's text has its bullet removed)
    text = doc.folded[block.start : block.end]
    label, value = match.group("label"), match.group("value")
    found = text.find(value, max(0, text.find("】")))
    if found < 0:
        return None
    at = block.start + found
    return replace(block, kind="field", label=label, value=value, value_start=at,
                   text=f"{label} {value}")  # fmt: skip


def with_bracket_fields(doc: StructuredDocument) -> StructuredDocument:
    """`doc` with each run of labelled items read as fields (the same blocks otherwise)."""
    converted = [_as_field(doc, block) for block in doc.blocks]
    blocks = list(doc.blocks)
    run: list[int] = []
    for index, field in enumerate([*converted, None]):
        if field is not None and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        if len(run) >= _RUN:
            for k in run:
                blocks[k] = converted[k]  # type: ignore[assignment]
        run = [index] if field is not None else []
    if blocks == doc.blocks:
        return doc
    return StructuredDocument(doc.text, doc.folded, blocks)
