"""A name cut off by a fixed-width field, made whole from where the document prints it all.

A host system's list gives a name a field of so many places and cuts the rest off
(「○○駅東口地区再開発事業（施設建築物」); its detail screen, or a later page, prints the
whole name, wrapped over two lines if need be (「…再開発事業（施設」 / 「建築物整備）」).
A name that opens a bracket it never closes was cut: the whole one is the same letters
printed elsewhere, white space and a line break allowed between them, on to the bracket's
close.
"""

from __future__ import annotations

import re

_OPEN = "(（"
_CLOSE = "）)"
_REST = 40  # characters: the most a cut name's lost rest runs to its closing bracket


def _unclosed(name: str) -> bool:
    opened = sum(name.count(c) for c in _OPEN)
    return opened > sum(name.count(c) for c in _CLOSE)


def completed_name(text: str, name: str) -> str:
    """`name`, if it was cut inside a bracket, as `text` prints it whole elsewhere; else
    `name` unchanged."""
    if not _unclosed(name) or len(name) < 2:
        return name
    letters = re.sub(r"\s+", "", name)
    pattern = r"\s*".join(re.escape(ch) for ch in letters)
    whole = re.compile(pattern + rf"(?P<rest>[^()（）]{{1,{_REST}}}?)[)）]")
    for match in whole.finditer(text):
        rest = re.sub(r"\s+", "", match.group("rest"))
        if rest and "\n\n" not in match.group("rest"):
            return letters + rest + match.group()[-1]
    return name
