"""Text hard-wrapped at a narrow column's width, its lines joined back.

A booklet set in narrow columns (two or three to a page, eleven full-width characters a
line), printed to text in reading order, breaks every label, name and figure where the
column ends: 「成果指標　補助による転」 / 「入者数（人）」, 「目標値 90人 実績値 104」 /
「人 達成度 115.6％」. Most of its lines then fill the column to the same printed width,
which no ordinary text does. Such a line goes on in the next one, unless that one opens a
block of its own (an indent, a mark, a bracket): the two are joined, the line break dropped.

Only narrow columns are read so: a page's running text or a table printed to its full width
is left as it is, and so is any line holding a table's gap of spaces.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.text.normalize import printed_width

_MAX_WIDTH = 48  # printed places: a column narrower than half a page
_MIN_WIDTH = 16  # and at least eight full-width characters wide
_MIN_LINES = 12
_SHARE = 0.3  # of the text's lines that fill the column
_WIDER = 0.05  # of the lines that may run past it (page heads, wide notes)
_GAP = re.compile(r"\S[ ]{2,}\S|\S\u3000{2,}\S")
# a line that opens a block of its own: an indent (a single space is where the line broke),
# a mark, a bracket, a numbered item
_OPENS = re.compile(
    r"^(?:\u3000| {2,}|\t|[■□◆◇●○◎・※【［〔「『(（<＜〈《]|[0-9０-９]+[.．、)）](?=[^\s0-9０-９]))"
)
# a field's label opening the line, a space, colon or bracket after it (「評価　Ａ」)
_LABEL_START = re.compile(r"^(?P<label>[^\s:：(（]{2,8})(?=[\s\u3000:：(（])")


def column_width(lines: list[str]) -> int | None:
    """The width most lines fill when the text is wrapped at a narrow column, else None."""
    filled = [line for line in lines if line.strip() and not _GAP.search(line)]
    widths = [printed_width(line.rstrip("\r")) for line in filled]
    if len(widths) < _MIN_LINES:
        return None
    counts = Counter(widths)
    for width, _ in counts.most_common(3):
        if not _MIN_WIDTH <= width <= _MAX_WIDTH:
            continue
        full = counts[width] + counts[width - 1]
        wider = sum(n for w, n in counts.items() if w > width + 1)
        if full >= max(_MIN_LINES, _SHARE * len(widths)) and wider <= _WIDER * len(widths):
            return width
    return None


_UNIT_ALONE = re.compile(r"^[(（][^()（）\s]{1,6}[)）]\s*$")
_INDENTED = re.compile(r"^(?:\u3000{2,}| {3,})")  # 「　　　２８，６００千円」: a value set in


def _opens(line: str) -> bool:
    """Whether a line opens a block of its own rather than going on from the one above."""
    from loaders.field_vocabulary import field_of  # (the vocabulary reads this package)

    if _UNIT_ALONE.match(line):
        return False  # 「（人）」 alone: the unit of the name broken above it
    if _OPENS.match(line):
        return True
    label = _LABEL_START.match(line)
    return label is not None and field_of(label.group("label"), exact=True) is not None


def join_hard_wraps(text: str) -> str:
    """`text` with the breaks of a narrow column's hard wraps removed (see the module)."""
    lines = text.split("\n")
    width = column_width(lines)
    if width is None:
        return text
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        following = lines[k + 1] if k + 1 < len(lines) else ""
        full = printed_width(line.rstrip("\r")) >= width - 1 and not _GAP.search(line)
        if full and following.strip() and not _opens(following) and not _INDENTED.match(line):
            out[-1] = line.rstrip("\r")
            out.append("")  # joined: no line break after this line
        else:
            out.append("\n")
    return "".join(out[:-1]) if out else text
