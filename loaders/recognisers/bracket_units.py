"""The unit in charge printed unlabelled among a bracket's other parts.

A bracket after a project's name often sets its fields side by side, and a writer labels
the amount but not the unit: 「〔予算 ○,○○○万円／みどり課〕」,
「（令和6年度予算額 ○,○○○千円、みどり課）」, 「（○○○万円・みどり課）」. The attribute reader
keeps only labelled parts, so the unit is lost.
A part that is nothing but unit names is the division when every other part of the bracket is
a labelled value or an amount — that is what shows the bracket is a record of fields and not
a name that happens to hold a 「・」.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.structure.attributes import top_level_parts
from loaders.text.amounts import find_amounts

_SEPARATORS = "、,，/／;；・"
_UNIT_PIECE = re.compile(r"\S+")
_LABEL = re.compile(r"^\s*(?P<label>[^\s:：0-9０-９]{1,12})\s*[:：]?")
_MAX_CHAIN = 3


def _parts(inner: str) -> list[tuple[int, str]]:
    """Pieces of `inner` between separators (・ too: 「X万円・〇〇課」), outside nested brackets."""
    pieces = top_level_parts(inner, 0, len(inner), _SEPARATORS)
    return [(a + len(inner[a:b]) - len(inner[a:b].lstrip()), inner[a:b].strip()) for a, b in pieces]


def _only_units(part: str) -> bool:
    pieces = _UNIT_PIECE.findall(part)
    return 0 < len(pieces) <= _MAX_CHAIN and all(unit_kind(p) is not None for p in pieces)


def _a_field(part: str) -> bool:
    """A labelled value (「担当：…」, 「予算 …」) or an amount."""
    if find_amounts(part):
        return True
    label = _LABEL.match(part)
    return label is not None and field_of(label.group("label")) is not None


def unlabelled_unit(inner: str) -> tuple[int, str] | None:
    """(offset, text) of the one part of a bracket's text `inner` that is only unit names,
    when every other part is a labelled value or an amount; None otherwise."""
    parts = _parts(inner)
    units = [(a, p) for a, p in parts if _only_units(p)]
    if len(parts) < 2 or len(units) != 1:
        return None
    if not all(_a_field(p) for a, p in parts if (a, p) != units[0]):
        return None
    return units[0]
