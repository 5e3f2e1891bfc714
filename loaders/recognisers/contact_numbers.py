"""The unit in charge of a numbered entry, named in a contact line after the list.

A 広報 page lists its projects ①, ②, ③ … and closes the list with one line of contacts that
maps the numbers to units: 「問　①②＝A課　℡…、③＝B課　℡…」. The entry itself names no
unit; the line after it does, by the entry's number.
"""

from __future__ import annotations

import re

from loaders.facts import Span
from loaders.genres.units import unit_kind
from loaders.structure import Block, StructuredDocument

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# 「①②＝A課」, 「③：B課」: the numbers, a sign, the unit (up to a space, a comma or a phone)
_PAIR = re.compile(
    rf"(?P<numbers>[{_CIRCLED}]+)\s*[=＝:：]\s*(?P<unit>[^\s、,，℡☎()（）{_CIRCLED}]{{2,30}})"
)
_LINE_KINDS = ("paragraph", "item", "field", "heading")


def contact_unit(doc: StructuredDocument, block: Block) -> tuple[str, Span] | None:
    """The unit the first contact line after `block` names for its circled number, else
    None (no such line before the list numbers an entry the same again)."""
    number = (block.number or "").strip()
    if len(number) != 1 or number not in _CIRCLED:
        return None
    for other in doc.blocks[block.index + 1 :]:
        if other.kind == block.kind and (other.number or "").strip() == number:
            return None  # a list numbered anew: its own contact line, if any
        if other.kind not in _LINE_KINDS:
            continue
        text = doc.folded[other.start : other.end]
        for pair in _PAIR.finditer(text):
            if number not in pair.group("numbers"):
                continue
            unit = pair.group("unit")
            if unit_kind(unit) is None:
                return None
            at = other.start + pair.start("unit")
            return unit, doc.span(at, at + len(unit))
    return None
