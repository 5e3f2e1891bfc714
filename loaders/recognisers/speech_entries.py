"""Entries and their grades named in running speech (an interview, a council answer).

An article that quotes its head of department names each entry in quotes and the plan's
level it serves in the same breath: 「まず「A」です。これは施策3-2「…」に位置付けて
います」, 「「B」で、施策3-1「…」の柱となる取組です」, or the level first: 「施策3-4「…」の
取組「C」も進めます」. The grades come the same way: 「「A」はＡ、「B」はＢです」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of

_QUOTE = re.compile(r"「(?P<name>[^「」]{2,40})」")
_GAP_MAX = 30  # between an entry's quote and the level it is placed in
# 「…」の取組「C」: the level's quote, の, an initiative label word, the entry's quote
_LEVEL_THEN_ENTRY = re.compile(r"^の(?P<word>[^\s「」、。]{1,4})「(?P<name>[^「」]{2,40})」")
_QUOTED_GRADE = re.compile(
    r"「(?P<name>[^「」]{2,40})」\s*(?:は|も)\s*(?P<grade>[SABCDE]|[◎○〇△×])(?=[、。,，\s]|です|でした|$)"
)


@dataclass(frozen=True)
class Cited:
    """A policy cited in the text: where its citation starts and its quoted name ends."""

    code: str
    label: str
    start: int
    end: int


def placed_quotes(text: str, cited: list[Cited]) -> list[tuple[str, str, int]]:
    """The quoted entries of `text` each with the printed code of the level it is placed in
    and where its name starts: a quote followed closely by a policy citation (no other quote
    between), or one right after a citation's quote as 「の取組「…」」."""
    labels = {c.label for c in cited}
    found: list[tuple[str, str, int]] = []
    for quote in _QUOTE.finditer(text):
        name = quote.group("name")
        if name in labels:
            continue
        after = [c for c in cited if c.start >= quote.end()]
        level = min(after, key=lambda c: c.start, default=None)
        if level is None or level.start - quote.end() > _GAP_MAX:
            continue
        between = text[quote.end() : level.start]
        if "「" in between or between.lstrip().startswith("の"):
            continue  # 「計画名」の施策2「…」: the quote names the plan the level is of
        found.append((name, level.code, quote.start("name")))
    for level in cited:
        entry = _LEVEL_THEN_ENTRY.match(text[level.end :])
        if entry is not None and field_of(entry.group("word"), exact=True) == "initiative":
            found.append((entry.group("name"), level.code, level.end + entry.start("name")))
    return found


def quoted_grades(text: str) -> list[tuple[str, str]]:
    """「「A」はＡ、「B」もＢです」: each quoted name with the grade said of it."""
    return [
        (m.group("name"), "○" if m.group("grade") == "〇" else m.group("grade"))
        for m in _QUOTED_GRADE.finditer(text)
    ]
