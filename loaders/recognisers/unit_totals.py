"""「宵見部計」「部計」: a unit's name (or its suffix alone, 部, for the unit the document
is about) glued to a total label of the field vocabulary, printed where an amount's owner
stands (「一般会計　部計　2,345千円」). Read by loaders/recognisers/budgets.py."""

from __future__ import annotations

from functools import cache

from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.genres.units import unit_kind

_SELF = ""  # the unit the document is about: a bare suffix (部計) names no unit of its own


@cache
def _totals() -> tuple[str, ...]:
    return tuple(sorted(labels_of("total"), key=len, reverse=True))


def unit_total(text: str) -> str | None:
    """The unit a 「…計」 word sums: its name (「宵見部計」 → 宵見部), "" for a bare
    suffix (「部計」: the document's own unit), None for any other word."""
    key = label_key(text)
    for total in _totals():
        if not key.endswith(total) or len(key) <= len(total):
            continue
        rest = key[: -len(total)]
        if unit_kind(rest) is None and unit_kind("某" + rest) is not None:
            return _SELF
        if unit_kind(rest) is not None and field_of(rest, exact=True) is None:
            return rest
    return None
