"""The finest coded entries of a plan's tree that are its items, not only levels of its system.

A reform or progress report prints its plan as a tree of codes (「Ⅰ 方針」 over 「Ⅰ-1 名称」,
「【基本方針1 …】」 over 「1-1 名称」) and says, under or beside each finest entry, what it
costs and how it was graded (「令和6年度予算：…千円」, 「評価：令和5年度 B／令和6年度 A」, or
grades in brackets on the entry's own line: 「1-1 (A) 名称 [B]　　A課」, their years given by
a legend of the bracket shapes). A level of a policy system is graded as a whole, not entry
by entry with its own budget: such entries are the plan's items (initiatives), filed under
their own code, whose broader level the page states. An owner alone (「担当：A課」) is no
sign — a plan prints one beside its policy levels too. The entry's name loses the grades
printed around it and the unit printed apart after it (kept as its owner).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.recognisers.grade_years import packed_grades
from loaders.recognisers.outline import code_of, extends, grade_of
from loaders.structure import Block, StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import fold_width, nfkc_key
from loaders.text.policy_codes import CodeParse

_GRADE = r"[SABCDEＳＡＢＣＤＥ◎○〇△×]"
# a grade in brackets before the name, after it, or both: 「(A) 名称 [B]」
_BRACKETED_GRADE = re.compile(rf"[(（\[［【〔]\s*{_GRADE}\s*[)）\]］】〕]")
# a unit set apart after the name by a wide gap (a right-aligned 所管課 column)
_APART = re.compile(r"(?:[ \u3000]{2,}|\t)(?P<unit>[^\s]{2,20})\s*$")


@dataclass(frozen=True)
class ItemLeaf:
    """A finest coded entry read as an item: its heading, code, name and owning unit."""

    block: Block
    code: CodeParse
    name: str
    unit: str | None


def item_leaves(doc: StructuredDocument, known: set[str]) -> Iterator[ItemLeaf]:
    """The finest coded headings under a heading whose code is a known policy (`known`:
    normalised codes), each extending it, that carry an item's own fields."""
    for heading in doc.of_kind("heading"):
        code = code_of(heading.number)
        if code is None or len(code.parts) < 2 or heading.prefix or heading.parent is None:
            continue
        parent = doc.blocks[heading.parent]
        broader = code_of(parent.number)
        if broader is None or broader.normalized not in known or not extends(code, broader):
            continue
        if any(b.kind == "heading" and code_of(b.number) for b in _children(doc, heading)):
            continue  # a level with coded entries of its own below it
        name, unit = _name_and_unit(heading.text)
        if not name:
            continue
        if not _BRACKETED_GRADE.search(heading.text) and not _carries_fields(doc, heading):
            continue  # an owner alone is printed beside a policy level too
        yield ItemLeaf(heading, code, name, unit)


def _children(doc: StructuredDocument, heading: Block) -> list[Block]:
    return [b for b in doc.under(heading) if b.parent == heading.index]


def _carries_fields(doc: StructuredDocument, heading: Block) -> bool:
    """Whether the entries right under `heading` give it an owner, a budget or a grade
    (「担当：A課」, 「令和6年度予算：…」, 「評価：…」)."""
    for label, value in _labelled(doc, heading):
        field = field_of(label)
        if field == "evaluation" and (packed_grades(value, None) or grade_of(value)):
            return True  # a grade, not a sentence after the label (「評価：…予定です。」)
        if field == "budget" and re.search(r"[0-9０-９]", value):
            return True
    return False


def _labelled(doc: StructuredDocument, heading: Block) -> Iterator[tuple[str, str]]:
    """The (label, value) pairs of the fields and 「label：value」 list entries right under
    `heading`."""
    for block in _children(doc, heading):
        if block.kind == "field" and block.label:
            yield block.label.strip(), (block.value or "")
        elif block.kind == "item":
            label, colon, value = _split_label(block.text)
            if colon:
                yield label.strip(), value


def _split_label(text: str) -> tuple[str, str, str]:
    parts = re.split(r"([:：])", text, maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (text, "", "")


def _name_and_unit(text: str) -> tuple[str, str | None]:
    """「(A)名称[B]　　　A課」 → (「名称」, 「A課」): the grades around the name dropped and a
    unit printed apart after it taken as the entry's owner."""
    unit = None
    apart = _APART.search(text)
    if apart is not None and unit_kind(apart.group("unit")) is not None:
        unit = apart.group("unit")
        text = text[: apart.start()]
    name = _BRACKETED_GRADE.sub("", text).strip()
    return name, unit


def leaf_grades(
    doc: StructuredDocument, leaf: ItemLeaf, context: int | None
) -> list[tuple[int, str]]:
    """The grades an item's entry prints, each with its year: a 「評価：令和5年度 B／令和6年度 A」
    entry under it, or grades in brackets on its own line (「(A) 名称 [B]」) whose years a
    legend of the page gives by the shape of the bracket (「( )内は令和6年度評価、[ ]内は令和5年度
    評価」)."""
    found: list[tuple[int, str]] = []
    for label, value in _labelled(doc, leaf.block):
        if field_of(label) == "evaluation":
            found.extend(packed_grades(value, context))
    if found:
        return found
    legend = bracket_years(doc.folded, context)
    for match in _BRACKETED_GRADE.finditer(fold_width(leaf.block.text)):
        year = legend.get(_shape(match.group(0)[0]))
        if year is not None:
            found.append((year, nfkc_key(match.group(0)[1:-1])))
    return found


_OPENING = {"(": "(", "（": "(", "[": "[", "［": "[", "【": "【", "〔": "〔"}
_CLOSING = {"(": ")）", "[": "]］", "【": "】", "〔": "〕"}
# 「( )内は令和6年度評価」, 「［　］内の記号は令和5年度の評価」: an empty bracket, 内, a year
_LEGEND = re.compile(
    r"(?P<open>[(（\[［【〔])[ \u3000]*[)）\]］】〕][ \u3000]*内(?P<between>[^、。,，]{0,8}?)"
    r"(?P<year>(?:令和|平成|R|H)[0-9元]{1,2}年度?|20[0-9]{2}年度?)"
)


def _shape(char: str) -> str:
    return _OPENING.get(char, char)


def bracket_years(text: str, context: int | None) -> dict[str, int]:
    """The year each shape of bracket holds the grade of, by a legend on the page
    (「※( )内の記号は令和6年度評価、[ ]内は令和5年度評価。」); empty without one."""
    years: dict[str, int] = {}
    for found in _LEGEND.finditer(fold_width(text)):
        mentions = year_mentions(found.group("year"), context=context)
        close = fold_width(found.group(0))
        shape = _shape(found.group("open"))
        if mentions and any(c in close for c in _CLOSING[shape]):
            years.setdefault(shape, mentions[0].year)
    return years
