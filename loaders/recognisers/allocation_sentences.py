"""Projects named in running text as what an amount is allotted to.

Budget newsletters (広報) and explanatory prose print a year's main projects as sentences,
not as a table: 「…屋根を直す架空ホール屋根改修事業に○億○,○○○万円。」, 「「架空バス
運行事業」に○,○○○万円を計上しました。」, the unit in charge in a bracket or a sentence after
it (「（担当：総務課）」, 「（建設課）」, 「担当は企画課です」). This module reads the text:
where the name opens (after the clause that describes it, whose last word is a verb or a
case particle), the amount, and the unit in charge; the projects recogniser builds the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.text.amounts import find_amounts
from loaders.text.names import tokens
from loaders.text.project_names import looks_like_project, project_ending

# 「…事業に ○,○○○万円」: the particle に right before an amount (a figure, perhaps after 約)
_TO_AMOUNT = re.compile(r"に[ \u3000]*(?=(?:約[ \u3000]*)?[0-9０-９])")
# what closes the clause before a name: sentence and clause marks, a label's colon
_CLAUSE_END = re.compile(r"[。、，,：:\s]")
# particles after which a name opens (の stays inside a name: 「町道A線の道路改良事業」)
_NAME_OPENS_AFTER = ("を", "は", "が", "も", "て", "へ", "から", "より", "に", "で")
_BRACKET = re.compile(r"[（(](?P<inner>[^（()）]{1,40})[)）]")
_LABELLED = re.compile(r"(?P<label>[^:：\s]{1,6})[:：]\s*(?P<units>.+)")
# 「担当は企画振興課です」: a sentence naming the unit in charge
_UNIT_SENTENCE = re.compile(
    r"(?P<label>[^\s。、「」]{1,6}?)は(?P<units>[^\s。、「」]{2,30}?)(?:です|となります)"
)
_UNIT_PIECE = re.compile(r"[^\s\u3000、,・]+")
MAX_NAME = 40
# 「X基金に N円を積み立て」 puts money into a fund and 「X費に N円」 adds to a cost line: what
# these endings name takes an amount without being a project it is allotted to
_NO_ALLOTMENT_ENDINGS = ("基金", "費")


@dataclass(frozen=True)
class Allocation:
    """Offsets into the text read: the project's name, its amount, and the yen."""

    name_start: int
    name_end: int
    amount_start: int
    amount_end: int
    yen: int


def allocations(text: str) -> list[Allocation]:
    """Every 「X事業に N円」 of `text` whose X reads as a project's name."""
    found: list[Allocation] = []
    for match in _TO_AMOUNT.finditer(text):
        amounts = find_amounts(text[match.end() :])
        if not amounts or amounts[0][0] != 0 or not amounts[0][2]:
            continue
        name = _name_before(text, match.start())
        if name is None:
            continue
        a, b, yen = amounts[0]
        found.append(Allocation(name[0], name[1], match.end() + a, match.end() + b, yen))
    return found


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the project name closing `text[:end]`: a quoted name (「X事業」), or
    the words after the last verb or case particle of the clause that describes it."""
    head = text[:end]
    if head.endswith(("」", "』")):
        opening = max(head.rfind("「"), head.rfind("『"))
        if opening < 0:
            return None
        start, stop = opening + 1, end - 1
    else:
        clause = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
        start, stop = clause, end
        for token in tokens(head[clause:]):
            pos = token.pos[0]
            particle = pos == "助詞" and token.surface in _NAME_OPENS_AFTER
            if pos in ("動詞", "助動詞") or particle:
                start = clause + token.end
    name = text[start:stop]
    if not 2 <= len(name) <= MAX_NAME or not looks_like_project(name):
        return None
    if project_ending(name) in _NO_ALLOTMENT_ENDINGS:
        return None
    return start, stop


def unit_in_charge(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the units named in charge in `text[start:end]` (the text after an
    amount, to the next project): the first bracket holding only unit names, perhaps after
    a label of the unit in charge (「（担当：総務課）」), or a sentence 「担当は企画課です」."""
    for match in _BRACKET.finditer(text, start, end):
        inner, at = match.group("inner"), match.start("inner")
        labelled = _LABELLED.fullmatch(inner)
        if labelled and field_of(labelled.group("label"), exact=True) == "division":
            inner, at = labelled.group("units"), at + labelled.start("units")
        if _only_units(inner):
            return at, at + len(inner)
    for match in _UNIT_SENTENCE.finditer(text, start, end):
        labelled = field_of(match.group("label"), exact=True) == "division"
        if labelled and _only_units(match.group("units")):
            return match.span("units")
    return None


def _only_units(text: str) -> bool:
    pieces = _UNIT_PIECE.findall(text)
    return 0 < len(pieces) <= 3 and all(unit_kind(p) is not None for p in pieces)
