"""The amount printed unlabelled at the head of a bracket closing a name.

A writer who sets a project's fields in a bracket after its name often leaves the amount
unlabelled — the yen say what it is — and labels the rest, or nothing else follows:
「X事業（○,○○○万円）」, 「X事業（○,○○○万円／担当：みどり課）」. The attribute reader keeps
a bracket only when its first part is labelled (else the bracket may be part of the name), so
such a name came out with its bracket and without its amount.

A bracket is read this way only when it closes the text, its first part is nothing but one
amount, and every other part is a labelled value or only unit names — a record of fields,
not words of a name.
"""

from __future__ import annotations

from loaders.recognisers.bracket_units import unlabelled_unit
from loaders.structure.attributes import Attribute, bracket_groups, leading_label, top_level_parts
from loaders.text.amounts import find_amounts

_SEPARATORS = "、,，/／;；"


def amount_bracket(text: str) -> tuple[str, list[Attribute]] | None:
    """(name, attributes) of 「X事業（○,○○○万円／担当：みどり課）」: the name before the
    bracket, the amount as an unlabelled budget attribute and the labelled parts after it
    (offsets into `text`); None when the text does not end in such a bracket."""
    stripped = text.rstrip()
    groups = bracket_groups(stripped)
    if not groups or groups[-1][1] != len(stripped) or not stripped[: groups[-1][0]].strip():
        return None
    if find_amounts(stripped[: groups[-1][0]]):
        return None  # 「X事業 ○億円（○,○○○万円）」: the bracket is a part of the amount before it
    start, stop = groups[-1]
    parts = top_level_parts(stripped, start + 1, stop - 1, _SEPARATORS)
    if not parts:
        return None
    a, b = parts[0]
    amounts = find_amounts(stripped[a:b])
    if len(amounts) != 1:
        return None
    first, last, _ = amounts[0]
    if stripped[a : a + first].strip() or stripped[a + last : b].strip():
        return None  # words beside the amount: a qualifier, not a field
    found = [Attribute("", "budget", stripped[a + first : a + last], a + first, a + last, a)]
    inner = stripped[start + 1 : stop - 1]
    unit = unlabelled_unit(inner)
    for c, d in parts[1:]:
        if unit is not None and stripped[c:d].strip() == unit[1]:
            continue  # the unit in charge, unlabelled: read by the bracket-unit rules
        labelled = leading_label(stripped, c, d)
        if labelled is None:
            return None
        label, field, at = labelled
        value = stripped[at:d].rstrip()
        found.append(Attribute(label, field, value, at, at + len(value), c))
    return stripped[:start].rstrip(), found
