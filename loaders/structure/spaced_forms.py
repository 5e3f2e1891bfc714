"""Forms whose labels are printed letter-spaced to fill their cells, read as fields.

A form set as text (`pdftotext -layout`, a Word form saved as text) spaces a short label's
letters apart to fill its cell (「事 務 事 業 名」, 「所　管　課」) and sets its value beside
it past a wide gap. Read as a space-aligned table, such a line becomes a header whose
"columns" are labels and values; it is a form's line of fields. Beside a year or a figure
the same kind of label is a table's own (「課　名 | Ｒ７ | Ｒ６」, 「部　計 | 3,904」).
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import field_of
from loaders.structure.tables import bare_period, split_spaces
from loaders.text.normalize import Line

_SPACED_FIELD = re.compile(
    r"^\s*(?P<label>\S(?:[ \u3000]\S){1,7})(?P<gap>[ \u3000]{2,})(?P<value>\S.*)$"
)
_FIGURE = re.compile(r"^[▲△\-−+]?[0-9][0-9,.]*")


def form_value(text: str) -> bool:
    """A form's value beside its label: no label, year or figure (those make the label a
    table's row label or its header's first cell)."""
    return field_of(text, exact=True) is None and not bare_period(text) and not _FIGURE.match(text)


def spaced_form_field(text: str) -> re.Match[str] | None:
    """「事 務 事 業 名    X事業」: a known label printed letter-spaced, a wide gap, then its
    value; None for any other line."""
    found = _SPACED_FIELD.match(text)
    if found is None:
        return None
    label = re.sub(r"\s+", "", found.group("label"))
    first = re.split(r"[ \u3000]{2,}", found.group("value"))[0]
    if field_of(label, exact=True) is None or not form_value(first):
        return None
    if _labels_after(found.group("value")):
        return None
    return found


def _labels_after(value: str) -> bool:
    """「事　業　名　　区分　局　等　　担当課　　予算額」: what follows the first label is more
    labels (most of its parts known, each with its letters spaced or not) — a table's
    header, no field and its value."""
    parts = [re.sub(r"\s+", "", p) for p in re.split(r"[ \u3000]{2,}", value) if p.strip()]
    known = sum(1 for p in parts if field_of(p, exact=True) is not None)
    return (len(parts) >= _HEADER_PARTS and known * 2 >= len(parts)) or (
        len(parts) >= 2 and known == len(parts)
    )


_HEADER_PARTS = 3  # labels after the first, for the line to be a header


def spaced_form_line(line: Line) -> bool:
    """「事 務 事 業 名    X事業    所 管 部   Y部」: a form's line of fields, its first label
    letter-spaced and a value beside it; no table's header."""
    cells = split_spaces(line)
    if len(cells) < 2 or " " not in cells[0].text.strip():
        return False
    letters = cells[0].text.split()
    return (
        all(len(letter) == 1 for letter in letters)
        and field_of("".join(letters), exact=True) is not None
        and form_value(cells[1].text)
        and not _labels_after(line.text[cells[1].start - line.start :])
    )
