"""Entries grouped by grade: a progress board (or a report) sets each entry under a lane
headed by one grade and the meaning the page's legend gives it (「◎ 計画を上回って進んでいる
5件」 over the cards of that grade). The lane's grade is the entry's grade; a card's own
「前年度 ○」 is its grade of the year before.

A lane head counts only where the legend (「◎：計画を上回って進んでいる」) gives its grade that
meaning, so a bullet ◎ before a heading is no grade; a head printed without its mark
names its grade by the meaning alone. A lane holds the coded entries after its
head up to the next lane, as many as it counts when it prints its count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.field_vocabulary import cues_of, label_key
from loaders.recognisers.outline import code_of, grade_of
from loaders.structure import Block, StructuredDocument
from loaders.text.normalize import fold_width

_GRADES = "SABCDE◎○〇△×"
# 「◎：計画を上回って進んでいる」: a legend's grade and its meaning
_LEGEND_PAIR = re.compile(
    rf"(?:^|(?<=[\s(（]))(?P<grade>[{_GRADES}])[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<meaning>[^\s:：()（）]{2,30})"
)
# 「◎ 計画を上回って進んでいる　5件」, 「×未着手・延期（1件）」: a lane's head
_LANE_HEAD = re.compile(
    rf"^(?P<grade>[{_GRADES}])?[ \u3000]*(?P<meaning>.+?)[ \u3000]*"
    r"(?:[(（]?(?P<count>[0-9]+)[ \u3000]*件[)）]?)?$"
)
_MIN_LEGEND = 2


@dataclass(frozen=True)
class LaneEntry:
    block: Block  # the entry's own heading or item (「Ⅰ-1-①」 over its name)
    previous: tuple[str, Block] | None  # its grade of the year before, and where printed


@dataclass(frozen=True)
class Lane:
    grade: str
    head: Block
    entries: list[LaneEntry] = field(default_factory=list)


def _legend(doc: StructuredDocument) -> dict[str, str]:
    """Meaning (as a key) → grade, as the page's legend pairs them."""
    legend: dict[str, str] = {}
    for found in _LEGEND_PAIR.finditer(doc.folded):
        grade = grade_of(found.group("grade"))
        if grade is not None:
            legend.setdefault(label_key(found.group("meaning")), grade)
    return legend


def _head(block: Block, legend: dict[str, str]) -> tuple[str, int | None] | None:
    """The grade a lane's head names and the count it prints, else None."""
    if block.kind not in ("heading", "item") or block.number:
        return None
    mark = block.mark if block.mark and block.mark in _GRADES else ""
    found = _LANE_HEAD.match(fold_width(mark + block.text).strip())
    if found is None or found.group("meaning")[0] in ":：":
        return None  # 「◎：…」: the legend's own line
    grade = legend.get(label_key(found.group("meaning")))
    if grade is None or (found.group("grade") and grade_of(found.group("grade")) != grade):
        return None  # (a head whose mark the page dropped names its grade by the meaning)
    count = found.group("count")
    return grade, int(count) if count else None


def _is_entry(block: Block) -> bool:
    if block.kind not in ("heading", "item") or not block.number or block.prefix:
        return False
    code = code_of(block.number)
    return code is not None and len(code.parts) >= 2


_PREVIOUS_GRADE = re.compile(rf"^(?P<label>\S+?)[ \u3000]*[:：]?[ \u3000]*(?P<grade>[{_GRADES}])$")


def _previous(blocks: list[Block]) -> tuple[str, Block] | None:
    """「前年度 ○」 among an entry's own blocks: its grade of the year before."""
    cues = cues_of("previousYear")
    for block in blocks:
        found = _PREVIOUS_GRADE.match(fold_width(block.text).strip())
        if found and label_key(found.group("label")).startswith(cues):
            grade = grade_of(found.group("grade"))
            if grade is not None:
                return grade, block
    return None


def grade_lanes(doc: StructuredDocument) -> list[Lane]:
    """The page's lanes, each with its entries, in page order."""
    legend = _legend(doc)
    if len(set(legend.values())) < _MIN_LEGEND:
        return []
    heads = [(b, found) for b in doc.blocks if (found := _head(b, legend)) is not None]
    lanes: list[Lane] = []
    for n, (head, (grade, count)) in enumerate(heads):
        end = heads[n + 1][0].index if n + 1 < len(heads) else len(doc.blocks)
        entries = [b for b in doc.blocks[head.index + 1 : end] if _is_entry(b)]
        if count is not None:
            entries = entries[:count]
        elif entries:  # the last lane: the entries numbered as its first is
            parts = len(code_of(entries[0].number or "").parts)  # type: ignore[union-attr]
            same = [b for b in entries if len(code_of(b.number or "").parts) == parts]  # type: ignore[union-attr]
            entries = same
        lane = Lane(grade, head)
        for k, entry in enumerate(entries):
            stop = entries[k + 1].index if k + 1 < len(entries) else end
            own = [b for b in doc.blocks[entry.index + 1 : stop] if not _is_entry(b)]
            lane.entries.append(LaneEntry(entry, _previous(own)))
        lanes.append(lane)
    return lanes
