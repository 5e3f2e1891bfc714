"""The blanks of a Word form filled in on underscores: 「所管課　＿＿架空課＿＿＿＿」.

A form printed as text draws each blank as a run of full-width low lines (＿) with the value
written over it; what a person reads is the label and the value. The low lines are blanked
to spaces in the folded text (offsets hold): after the value, so it follows its label as a
field's value does and stands apart from the next label; before it when a unit is written
right after the blank, so the value keeps its unit (「＿＿1,234＿＿千円」: 「    1,234千円」).
"""

from __future__ import annotations

import re

_FILLED = re.compile(r"(?P<lead>＿+)(?P<value>[^＿\n]*?)(?P<trail>＿+)")
_EMPTY = re.compile(r"＿+")


def blank_fill_ins(text: str, folded: str) -> str:
    """`folded` (the same length as `text`) with the fill-in lines of `text` blanked."""
    if "＿" not in text or len(text) != len(folded):
        return folded
    parts: list[str] = []
    at = 0
    for match in _FILLED.finditer(text):
        value = folded[match.start("value") : match.end("value")]
        blanks = len(match.group("lead")) + len(match.group("trail"))
        parts.append(folded[at : match.start()])
        after = text[match.end() : match.end() + 1]
        if after and not after.isspace():
            parts.append(" " * blanks + value)  # the unit written after the blank stays on
        else:
            parts.append(value + " " * blanks)
        at = match.end()
    parts.append(folded[at:])
    out = "".join(parts)
    # a blank left empty, or a lone run: no text at all
    return "".join(
        " " if text[k] == "＿" and out[k] == "_" else ch for k, ch in enumerate(out)
    ) if _EMPTY.search(text) else out
