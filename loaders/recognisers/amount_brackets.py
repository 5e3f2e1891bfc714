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

from loaders.field_vocabulary import leading_cue
from loaders.recognisers.bracket_units import unlabelled_unit
from loaders.structure.attributes import Attribute, bracket_groups, leading_label, top_level_parts
from loaders.text.amounts import BARE_FIGURE, find_amounts
from loaders.text.normalize import fold_width
from loaders.text.project_names import status_marks

_SEPARATORS = "、,，/／;；"


def _figure(text: str, unit: str | None) -> tuple[int, int] | None:
    """Where the one amount of `text` is: one with its yen unit, or a bare figure when the
    document states the unit (「金額の単位は千円です」); None for any other text."""
    amounts = find_amounts(text)
    if len(amounts) == 1:
        return amounts[0][0], amounts[0][1]
    bare = BARE_FIGURE.search(text)
    return bare.span() if not amounts and unit is not None and bare is not None else None


def _previous_year_part(text: str, unit: str | None) -> tuple[str, int, int] | None:
    """「前年度 ○,○○○」: a cue of the year before (`mkf:previousYear`) and its amount, as the
    cue and where the amount is; None for any other part."""
    cue = leading_cue(text.strip(), "previousYear")
    if cue is None:
        return None
    rest = text[text.index(cue) + len(cue) :]
    found = _figure(rest, unit)
    if found is None or rest[: found[0]].strip(" :：") or rest[found[1] :].strip():
        return None
    offset = len(text) - len(rest)
    return cue, offset + found[0], offset + found[1]


def amount_bracket(text: str, unit: str | None = None) -> tuple[str, list[Attribute]] | None:
    """(name, attributes) of 「X事業（○,○○○万円／担当：みどり課）」: the name before the
    bracket, the amount as an unlabelled budget attribute and the labelled parts after it
    (offsets into `text`); None when the text does not end in such a bracket. Given the
    document's `unit`, a bare figure is an amount (「X事業（○,○○○／前年度 ○,○○○）」), the
    year before's after its cue; a status mark (新規) is passed over."""
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
    figure = _figure(stripped[a:b], unit)
    if figure is None:
        return None
    first, last = figure
    if stripped[a : a + first].strip() or stripped[a + last : b].strip():
        return None  # words beside the amount: a qualifier, not a field
    found = [Attribute("", "budget", stripped[a + first : a + last], a + first, a + last, a)]
    inner = stripped[start + 1 : stop - 1]
    in_charge = unlabelled_unit(inner)
    for c, d in parts[1:]:
        if in_charge is not None and stripped[c:d].strip() == in_charge[1]:
            continue  # the unit in charge, unlabelled: read by the bracket-unit rules
        if fold_width(stripped[c:d].strip()) in status_marks():
            continue  # 「新規」: no field, the project's status
        if (previous := _previous_year_part(stripped[c:d], unit)) is not None:
            cue, e, f = previous
            found.append(Attribute(cue, "budget", stripped[c + e : c + f], c + e, c + f, c))
            continue
        labelled = leading_label(stripped, c, d)
        if labelled is None:
            return None
        label, field, at = labelled
        value = stripped[at:d].rstrip()
        found.append(Attribute(label, field, value, at, at + len(value), c))
    return stripped[:start].rstrip(), found
