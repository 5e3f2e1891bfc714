"""「２　部の体制（令和８年４月１日現在）」 printed over 「課・室 | 係 | 令和８年度 | 令和７年度」:
a caption naming a unit's 体制 (`mkf:staffing`'s caption cue) says the table is the unit's
make-up, and a column per year beside its units can then only count their people. The caption
alone says nothing of counts (「推進体制」 over a list of meetings), so the staff reader asks
for the table's shape too."""

from __future__ import annotations

import re

from loaders.field_vocabulary import caption_cues, field_of, label_key, labels_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block

_CAPTION_REACH = 3  # blocks between the caption and its table (a unit note, the date)
_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def staffing_caption(doc: StructuredDocument, block: Block) -> bool:
    """Whether the nearest caption above `block` names a 体制, past notes in brackets
    (「（単位：人）」) between them."""
    for other in reversed(doc.blocks[max(0, block.index - _CAPTION_REACH) : block.index]):
        text = other.text
        if other.kind == "field" and not _TRAILING_BRACKET.sub("", label_key(other.value or "")):
            text = other.label or ""  # 「【局の体制】（令和８年４月１日現在）」: a label, a note
        elif other.kind not in ("heading", "paragraph", "item"):
            return False
        if not text.strip():
            return False
        key = label_key(text)
        while (bare := _TRAILING_BRACKET.sub("", key)) != key:
            key = bare
        if not key:
            continue  # 「（単位：人）」: a note, the caption is further up
        if "。" in key:
            # 「職員数は各年4月1日現在（…）。」 between the caption and the table: a
            # note saying what the columns count, under a 体制 caption further up
            if not any(len(label) >= 3 and label in key for label in labels_of("staff")):
                return False
            continue
        if field_of(key, exact=True) is not None:
            return False
        return key.endswith(caption_cues("staffing"))
    return False
