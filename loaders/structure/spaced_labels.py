"""Letter-spaced labels inside a field's value: 「事務事業名 X事業部 名企画部課 名政策課」.

A form prints its short labels letter-spaced to fill a cell (「部　名」, 「課　名」, 「施　策」).
PDF text extraction then runs each label into the value before it and the value after it,
so one line holds several fields with no gap between them. A known label of the field
vocabulary (`ontology/fields.ttl`) with a space between each of its letters is such a
label wherever it stands: ordinary text does not space a word's letters apart. Each one
found starts a field of its own.

Only values holding a space are looked at (most hold none), so reading stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.field_vocabulary import all_labels, label_key

_GAP = "[ \u3000]"  # exactly one space between two letters of a letter-spaced label
_MAX_LETTERS = 6
_LETTER = re.compile(r"[\u3400-\u9fff\u3040-\u30ff]")


@dataclass(frozen=True)
class SpacedLabel:
    """A letter-spaced label found in a value: offsets into that value."""

    label: str  # as printed, spaces included
    start: int
    end: int
    value_start: int  # after the label and any space or colon following it


@cache
def _pattern() -> re.Pattern[str]:
    """Every known label of 2–6 letters (kanji or kana only), its letters one space apart,
    longest first so 「事 業 名」 wins over 「業 名」."""
    keys = {
        key
        for key in (label_key(x) for x in all_labels())
        if 2 <= len(key) <= _MAX_LETTERS and all(_LETTER.match(ch) for ch in key)
    }
    ordered = sorted(keys, key=len, reverse=True)
    body = "|".join(_GAP.join(re.escape(ch) for ch in key) for key in ordered)
    # the label is followed by its value: never by the end of the value
    return re.compile(f"(?:{body})(?=[ \u3000:：]*\\S)")


def spaced_labels(value: str) -> list[SpacedLabel]:
    """The letter-spaced known labels inside `value`, in order; [] when there is none."""
    if " " not in value and "\u3000" not in value:
        return []
    found = []
    for match in _pattern().finditer(value):
        after = match.end()
        while after < len(value) and value[after] in " \u3000:：":
            after += 1
        found.append(SpacedLabel(match.group(), match.start(), match.end(), after))
    return found
