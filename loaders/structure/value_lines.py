"""A value's label on a line of its own and the value alone on the next (a page's card:
「令和7年度実績」 over 「○○.○ 億円」, the figure a widget sets under its caption). Read as two
lines, the label is a heading and the figure a line of nothing; the line break between them
is read as the colon a labelled field prints (same offsets), so 「令和7年度実績：○○.○ 億円」 is
the field it is on the page."""

from __future__ import annotations

import itertools
import re

from loaders.field_vocabulary import field_of
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import lines_with_offsets

_VALUE_FIELDS = ("actual", "target", "baseline", "estimate")
_LABEL_MAX = 16  # characters of such a caption: a year and a value's word
_LONE_FIGURE = re.compile(
    r"^[ \u3000]*[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?[ \u3000]*[^\s0-9]{0,4}[ \u3000]*$"
)


def _value_label(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= _LABEL_MAX
        and not re.search(r"[:：]", text)
        and field_of(text) in _VALUE_FIELDS
        and any(m.kind == "fiscal" for m in year_mentions(text))
    )


def join_value_lines(folded: str) -> str:
    """`folded` with the line break between a dated value label and its lone figure read as
    a colon."""
    lines = lines_with_offsets(folded)
    breaks = [above.end for above, below in itertools.pairwise(lines)
              if _value_label(above.text) and _LONE_FIGURE.match(below.text)]  # fmt: skip
    if not breaks:
        return folded
    chars = list(folded)
    for at in breaks:
        chars[at] = "："  # the line break itself, one character
    return "".join(chars)
