"""Fields read out as sentences: 「事業の名前は、X事業です。」「予算額は、1,234万円です。」.

A text version of a newsletter made for screen readers speaks each field of a record as a
sentence of its own — the label, the topic particle は, the value, and the copula です —
one sentence a line, with a description between the fields. Such a line is a labelled
field in every sense but its punctuation; the label is read with the field vocabulary, so
only a label the vocabulary knows makes a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of

_SPOKEN = re.compile(
    r"^\s*(?P<label>[^\s、。,は]{1,12}(?:の[^\s、。,は]{1,6})?)は[、,]?\s*"
    r"(?P<value>[^。]+?)\s*(?:です|でした|となります)。\s*$"
)


@dataclass(frozen=True)
class SpokenField:
    label: str
    field: str
    value: str
    value_start: int  # offset of the value in the line


def spoken_field(line: str) -> SpokenField | None:
    """The field a line speaks (「担当は、緑化部 みどり課です。」), or None when the line is
    not one sentence of a known label, は, a value and です."""
    match = _SPOKEN.match(line)
    if match is None:
        return None
    field = field_of(match.group("label"))
    if field is None:
        return None
    return SpokenField(match.group("label"), field, match.group("value"), match.start("value"))
