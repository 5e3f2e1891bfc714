"""A Word file's tracked changes, printed to text with its layout, taken off its lines.

Printed with its markup, a draft keeps each deletion and comment in a balloon in the right
margin: 「区民課　…　41　(42)　　　　削除: 43」, 「コメント [区政1]: 生活支援第２係は」 and, on the
lines below in the same place, the rest of the comment. `pdftotext -layout` sets the balloon
beside the line it belongs to, after a wide gap. The words that open a balloon are the
vocabulary's (`mkf:revisionMark`); the balloon's text, and the text below it that starts in
the same place (its continuation), are blanked (spaces, so every offset holds). The body
keeps the final text; what was deleted stays deleted.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.text.normalize import printed_width

_GAP = 4  # spaces before a balloon, at the least
_MIN_BALLOONS = 2  # in the text, for any to be read so
_DRIFT = 2  # printed places a balloon's next line may stand off its first


@cache
def _opening() -> re.Pattern[str]:
    from loaders.field_vocabulary import marked_words  # (the vocabulary reads this package)

    words = "|".join(re.escape(w) for w in sorted(marked_words("revisionMark"), key=len)[::-1])
    opening = rf"(?:{words})\s*(?:\[[^\]]*\]|［[^］]*］)?\s*[:：].*"  # 「コメント [区政1]:」
    return re.compile(
        rf"(?<=\S)[ \u3000]{{{_GAP},}}(?P<balloon>{opening})$"
        rf"|^[ \u3000]{{20,}}(?P<alone>{opening})$",
        re.IGNORECASE,
    )


def drop_revision_balloons(text: str) -> str:
    """`text` with the margin balloons of tracked changes blanked, else `text` itself."""
    lines = text.split("\n")
    found = [(n, m) for n, line in enumerate(lines) if (m := _opening().search(line))]
    if len(found) < _MIN_BALLOONS:
        return text
    for n, match in found:
        group = "balloon" if match.group("balloon") is not None else "alone"
        start = match.start(group)
        column = printed_width(lines[n][:start])
        lines[n] = _blanked(lines[n], start)
        for k in range(n + 1, min(n + 4, len(lines))):  # the comment's lines below it
            line = lines[k]
            tail = _at_column(line, column)
            if tail is None:
                break
            lines[k] = _blanked(line, tail)
    return "\n".join(lines)


def _blanked(line: str, start: int) -> str:
    end = len(line.rstrip("\r"))
    return line[:start] + " " * (end - start) + line[end:]


def _at_column(line: str, column: int) -> int | None:
    """Where `line`'s text starts at printed `column` after a wide gap (or alone there)."""
    for match in re.finditer(r"\S", line):
        at = match.start()
        if abs(printed_width(line[:at]) - column) > _DRIFT:
            continue
        before = line[:at]
        if not before.strip() or re.search(rf"[ \u3000]{{{_GAP},}}$", before):
            return at
    return None
