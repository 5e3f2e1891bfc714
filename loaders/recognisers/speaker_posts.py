"""The title of the person who answers, run into the project name they answer about.

A council newsletter's Q&A prints each answer as a mark (答), the answering official's
title (「みどり推進課長」) and the answer, in separate inline elements the page's text
runs together: 「答みどり推進課長X事業に1,234万円を計上」. A name read from such a
sentence opens with the title; the title is no part of the name, and the unit it heads
(the 課 of a 課長) is the unit that answers for the project, its division.
"""

from __future__ import annotations

from loaders.genres.generic import facility_kind
from loaders.genres.units import unit_kind
from loaders.text.project_names import looks_like_project

_HEAD = "長"  # 課長, 室長, 部長, 局長, 所長, センター長: the head of the unit before it
_QA_MARKS = "問答QA"  # a Q&A column's marks, printed right before the speaker's title
_MIN_UNIT = 2


def split_speaker(name: str, *, place: bool = False) -> tuple[str, int, int] | None:
    """(unit, its offset in `name`, where the project's or place's name starts) when `name`
    opens with a unit's head title and the rest is still a project name or a place's;
    None otherwise. `place`: `name` is a place the reader found, whatever its rest ends in."""
    at = name.find(_HEAD)
    while at >= _MIN_UNIT:
        unit, rest = name[:at], name[at + 1 :]
        start = 1 if unit[0] in _QA_MARKS and unit_kind(unit[1:]) else 0
        named = bool(rest) and (place or looks_like_project(rest) or facility_kind(rest))
        if unit_kind(unit[start:]) is not None and named:
            return unit[start:], start, at + 1
        at = name.find(_HEAD, at + 1)
    return None


_OPENING_REACH = 24  # a title opening an answer: 「答」, the unit, 長


def opening_speaker(text: str) -> tuple[str, int] | None:
    """(unit, offset) of the answering official's title an answer opens with (「答みどり課長
    令和7年度から…」, 「教育委員会 みどり課長…」): the unit that answers for what it says."""
    head = text[:_OPENING_REACH]
    at = head.find(_HEAD)
    while at >= _MIN_UNIT:
        words = head[:at].split()
        unit = words[-1] if words else ""
        start = at - len(unit)
        if unit and unit[0] in _QA_MARKS and unit_kind(unit[1:]):
            unit, start = unit[1:], start + 1
        if len(words) <= 2 and unit_kind(unit) is not None:
            return unit, start
        at = head.find(_HEAD, at + 1)
    return None
