"""Grades printed apart from a table's grade column: the year a caption gives them, and a
title line that carries its own grades.

The year the grades of a table are of, when the grade column's header names none:
A slide or a page prints the table's title as a line of its own right before it
(「令和4年度を振り返って(自己評価)」, then the table 「重点取組 | 自己評価 | …」): the grades are of
that year, not of the document's plan year. Only a short caption naming exactly one fiscal
year and an evaluation word counts, so a plan year in a page title does not re-date grades.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, labels_of
from loaders.structure import Block, StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import nfkc_key

_LOOK_BACK = 3  # the caption, and a placeholder heading (「[表]」) or two between it and the table
_CAPTION_MAX = 40


def caption_year(doc: StructuredDocument, block: Block, context: int | None) -> int | None:
    """The one fiscal year a caption printed just before `block` gives its grades, or None."""
    labels = [nfkc_key(label) for label in labels_of("evaluation") if len(label) >= 2]
    for before in reversed(doc.blocks[max(0, block.index - _LOOK_BACK) : block.index]):
        text = before.text.strip()
        if before.kind == "table" or not text or len(text) > _CAPTION_MAX:
            return None
        if not any(label in nfkc_key(text) for label in labels):
            continue
        years = {m.year for m in year_mentions(text, context=context) if m.kind == "fiscal"}
        return years.pop() if len(years) == 1 else None
    return None


# 「評価 A (B)」: the label, this year's grade, the previous year's in brackets, at a line's end.
_GRADE = r"(?:[SABCDE][+-]?|[◎○〇△×])"
_LABELLED_GRADES = re.compile(
    rf"[ \u3000]+(?P<label>[^\s0-9A-Za-z()（）]{{1,8}})[ \u3000]*[:：]?[ \u3000]*(?P<now>{_GRADE})"
    rf"(?:[ \u3000]*[(（][ \u3000]*(?P<before>{_GRADE})[ \u3000]*[)）])?[ \u3000]*$"
)


@dataclass(frozen=True)
class HeadingGrades:
    """A title line that ends with its own grades: the name, the grade, the year before's."""

    name: str
    grade: str
    previous: str | None
    grade_start: int  # offset of the grade in the line


def heading_grades(text: str) -> HeadingGrades | None:
    """「取組1-1-① 名称　評価 A (B)」 (a report's entry title with its grade beside it, the
    previous year's in brackets): the name before the evaluation label and the grades."""
    found = _LABELLED_GRADES.search(text)
    if found is None or field_of(found.group("label"), exact=True) != "evaluation":
        return None
    name = text[: found.start()].strip()
    if not name:
        return None
    fold = {"〇": "○"}
    before = found.group("before")
    return HeadingGrades(name, fold.get(found.group("now"), found.group("now")),
                         fold.get(before, before) if before else None, found.start("now"))


def without_heading_grades(text: str) -> str:
    """The name of a title line, its trailing 「評価 A (B)」 cut off."""
    found = heading_grades(text)
    return found.name if found is not None else text
