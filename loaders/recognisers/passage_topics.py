"""The unit a passage of running text is about, for a project it names with no unit of its own.

An explanation read out at a council or a governor's budget speech goes unit by unit:
「続きまして、みどり課でございます。」「緑化部では、…」「…につきましては、花壇課において…」
name the unit, and the projects and amounts that follow are that unit's, sentence after
sentence, until another unit is named or another speaker (「◎…部長」) or heading begins.
"""

from __future__ import annotations

import re

from loaders.genres.units import unit_kind

# 「みどり課では、」「緑化部において」「みどり課でございます」: a unit named as the topic
_TOPIC = re.compile(
    r"(?:^|(?<=[。、\n\s]))(?P<unit>[^\s、。,()（）「」『』]{2,30}?)\s*"
    r"(?:では|において|におきましては|でございます|所管分)"
)
# a new speaker's line (「◎みどり部長（…）」「○委員長」), a numbered heading or a bullet:
# another passage begins
_PASSAGE_BREAK = re.compile(r"\n[ \u3000]*(?:[◎○●■◆□◇]|[(（]?[0-9０-９]{1,2}[)）．.]|第[0-9０-９])")
_REACH = 1500  # a passage is a few paragraphs
# kinds of unit that take charge of a project (no office building, no facility)
_IN_CHARGE = ("division", "department", "committee", "section")


def topic_unit_before(text: str, pos: int) -> tuple[str, int] | None:
    """The last unit the passage before `pos` names as its topic, and where; None when it
    names none (or names a place, not a unit)."""
    start = max(0, pos - _REACH)
    breaks = list(_PASSAGE_BREAK.finditer(text, start, pos))
    if breaks:
        start = breaks[-1].start() + 1
    best: tuple[str, int] | None = None
    for match in _TOPIC.finditer(text, start, pos):
        unit = match.group("unit")
        if unit_kind(unit) in _IN_CHARGE:
            best = unit, match.start("unit")
    return best
