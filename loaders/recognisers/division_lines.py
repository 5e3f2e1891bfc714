"""A line under a listed project that says nothing but which unit is in charge of it.

Newsletters and mail magazines print a project as a line of its own (「◇X事業　○,○○○万円」)
and the unit to ask on a line further down, after the description, as a labelled value of
its own: 「（担当：みどり課）」, 「→担当：みどり課（内線1234）」. The label is a division label
of the field vocabulary; marks and brackets around it are how the line is printed. The
project reader looks for such a line among the lines under the project, up to the next
project of the list. A line that is nothing but a bracketed unit name (「（みどり課）」,
perhaps with a 「※」 note after it) says the same without the label: the bracket under a
listed item is how a newsletter prints whom to ask.
"""

from __future__ import annotations

import re
import unicodedata

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind

_LABELLED = re.compile(r"(?P<label>[^:：()（）\s]{1,8})\s*[:：]\s*(?P<value>[^:：]+)$")
_OPENING = "(（［[〔【"
_CLOSING = ")）］]〕】"
_TAIL_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]$")  # 「（内線1234）」 after the unit


def _is_mark(ch: str) -> bool:
    """A printed mark before the label (→, ・, ◇): a symbol or punctuation, not a letter."""
    return unicodedata.category(ch)[0] in "SP" and ch not in _OPENING


def division_line(text: str) -> tuple[int, str] | None:
    """(offset, unit) of the unit a line names in charge, when the line is nothing but a
    division label and one unit name (perhaps in brackets, after a mark, with a bracket
    such as the extension number after the unit); None otherwise."""
    start, end = 0, len(text.rstrip())
    while start < end and (text[start].isspace() or _is_mark(text[start])):
        start += 1
    if start < end and text[start] in _OPENING:
        if text[end - 1] != _CLOSING[_OPENING.index(text[start])]:
            return None
        start, end = start + 1, end - 1
    labelled = _LABELLED.match(text[start:end].strip())
    if labelled is None or field_of(labelled.group("label"), exact=True) != "division":
        return None
    value = _TAIL_BRACKET.sub("", labelled.group("value")).strip()
    if not value or not all(unit_kind(piece) for piece in value.split()):
        return None  # 「緑化部 みどり課」: a chain of units, the reader takes its 課
    return text.index(value, start), value


_NOTE = "※"  # a printed note after the bracket (「（みどり課）　※特別会計」)
_DIVISION_KINDS = ("division", "section", "office")  # the kinds a chain's last unit may be


def bracketed_unit_line(text: str) -> tuple[int, str] | None:
    """(offset, unit) when a line is nothing but one unit name (or a chain of them) in
    brackets, perhaps after a mark and before a 「※」 note; None otherwise."""
    start = 0
    while start < len(text) and (text[start].isspace() or _is_mark(text[start])):
        start += 1
    if start >= len(text) or text[start] not in _OPENING or text[start] == "【":
        # 「【みどり課】」 is how a list heads the group of its items
        return None
    close = text.find(_CLOSING[_OPENING.index(text[start])], start + 1)
    if close < 0:
        return None
    rest = text[close + 1 :].strip()
    if rest and not rest.startswith(_NOTE):
        return None
    value = text[start + 1 : close].strip()
    if not value or not all(unit_kind(piece) for piece in value.split()):
        return None
    return text.index(value, start), value


def unit_chain_line(text: str) -> tuple[int, str] | None:
    """(offset, unit) when a line is nothing but a chain of two unit names or more ending in
    a 課 or the like (「○○局 ○○課」 on the line right under a listed project, as a budget
    outline prints who runs it): its last unit; None otherwise."""
    pieces = text.split()
    if len(pieces) < 2 or not all(unit_kind(piece) for piece in pieces):
        return None  # (one name alone may be a room, 「…計9室」: a chain says it is a unit)
    last = pieces[-1]
    if unit_kind(last) not in _DIVISION_KINDS:
        return None
    return text.rindex(last), last

