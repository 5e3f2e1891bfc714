"""A table cell printing two values one after the other: an amount, then the unit in charge.

Cities stack a project's budget and its division in one cell (「予算額<br>担当課」 over
「6,813<br>みどり課」), or print the division in brackets after the amount under a label that
names neither (「内容」 over 「2,470千円　〈花壇係〉」). The cell's shape says what it holds:
a number (with its yen unit or without, the table's unit note applying) and then nothing but
a unit's name.
"""

from __future__ import annotations

import re

from loaders.genres.units import unit_kind

# the amount: digits with separators, an optional yen unit; then a gap or a bracket
_AMOUNT_THEN_UNIT = re.compile(
    r"^\s*(?P<amount>[△▲-]?[0-9０-９][0-9０-９,，.．]*(?:\s*(?:百万円|千円|万円|億円|円))?)"
    r"[\s\u3000]*[〈<(（【［\[]?\s*(?P<unit>[^\s〈〉<>()（）【】［］\[\]]+?)\s*[〉>)）】］\]]?\s*$"
)


def amount_then_unit(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the amount and of the unit's name in a cell such as 「6,813 みどり課」
    or 「2,470千円　〈花壇係〉」; None when the cell holds anything else."""
    match = _AMOUNT_THEN_UNIT.match(text)
    if match is None or unit_kind(match.group("unit")) is None:
        return None
    if match.end("amount") == match.start("unit"):
        return None  # 「6,813課」: no gap nor bracket between them
    return (match.start("amount"), match.end("amount")), (match.start("unit"), match.end("unit"))
