"""The unit in charge printed in a sentence right before the project it budgets.

A council answer or a budget speech names the unit in charge just before the project, joined
by a word that says so (「みどり課所管のX事業に2億円を計上」, 「みどり課において
X事業として1,234万円を計上」; the words are `mkf:unitInCharge` cues in
ontology/fields.ttl). The unit is the project's division and no part of its name; words
opening the clause (「まず」, 「同じく」) are neither. Read by
`loaders.recognisers.project_sentences` for the names it finds in sentences.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.field_vocabulary import sentence_cues
from loaders.genres.units import split_unit_chain, unit_kind
from loaders.text.names import tokens

# what may stand between the cue and the name: a comma, spaces
_GAP = re.compile(r"[、,，\s]*")
# words that are no part of a unit: a clause's opening (「まず」, 「同じく」, 「次に」), a particle
_OPENING_POS = ("副詞", "接続詞", "助詞", "連体詞", "感動詞")


@cache
def _cues() -> tuple[str, ...]:
    """The cue words, longest first."""
    found = [c for c, f in sentence_cues().items() if f == "unitInCharge"]
    return tuple(sorted(found, key=len, reverse=True))


def unit_in_charge(text: str, name_start: int, name_end: int) -> tuple[str, int, int] | None:
    """(unit, where it starts in `text`, where the project's name starts) when a unit and a
    cue stand right before the name (in `text`) or open it (the name as read ran over them);
    None otherwise."""
    name = text[name_start:name_end]
    for cue in _cues():
        inside = name.find(cue)
        if inside > 0:
            start = name_start + inside + len(cue)
            if start < name_end:
                found = _unit_ending(text, name_start, name_start + inside)
                if found is not None:
                    return found[0], found[1], start
    before = text[:name_start]
    gap = _GAP.search(before[::-1])
    head = before[: len(before) - (gap.end() if gap else 0)]
    for cue in _cues():
        if head.endswith(cue):
            found = _unit_ending(text, 0, len(head) - len(cue))
            if found is not None:
                return found[0], found[1], name_start
    return None


def _unit_ending(text: str, floor: int, end: int) -> tuple[str, int] | None:
    """The unit whose name ends at `end` (after `floor`): the innermost of a chain written
    together (「緑化部みどり課」 → みどり課), clause-opening words left out."""
    start = end
    while start > floor and not re.match(r"[、。,，\s「」()（）]", text[start - 1]):
        start -= 1
    run = text[start:end]
    skip = 0
    for token in tokens(run):
        if token.pos[0] in _OPENING_POS:
            skip = token.end  # 「令和7年度はみどり課」: the unit starts after the last particle
    run = run[skip:]
    if len(run) < 2:
        return None
    chain = split_unit_chain(run)
    unit = chain[-1]
    if unit_kind(unit) != "division" or not run.endswith(unit):
        return None
    return unit, end - len(unit)


def department_before(text: str, unit_start: int) -> tuple[str, int] | None:
    """「緑化部みどり課所管の…」: the unit written together right before the unit in
    charge (its department), and where it starts; None when none is."""
    start = unit_start
    while start > 0 and not re.match(r"[、。,，\s「」()（）]", text[start - 1]):
        start -= 1
    run = text[start:unit_start]
    skip = 0
    for token in tokens(run):
        if token.pos[0] in _OPENING_POS:
            skip = token.end
    chain = split_unit_chain(run[skip:])
    outer = chain[-1] if chain else ""
    if len(outer) < 2 or unit_kind(outer) is None or not run.endswith(outer):
        return None
    return outer, unit_start - len(outer)
