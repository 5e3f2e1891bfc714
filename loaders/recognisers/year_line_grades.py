"""Grades shown as a year's line over a line holding only the grade, under a coded entry.

A page that draws each year's grade as a scale of choices with the current one marked
(`aria-current`, see `text/current_choices.py`) leaves, once only the marked choice is kept,
「令和6年度」 over a lone 「A」 under each coded heading. Nothing else on the page says 評価
beside the grade, so the pair itself is the evidence: a line that is only a fiscal year, right
before a line that is only a grade, inside the section of a coded entry, in a document that
speaks of 評価 somewhere (a legend, its title).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import labels_of
from loaders.recognisers.outline import grade_of
from loaders.structure import Block, StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import nfkc_key

_GRADE_MAX = 2  # 「A」, 「S+」, 「◎」: the whole line
_KINDS = ("heading", "paragraph", "item")


@dataclass(frozen=True)
class YearLineGrade:
    entry: Block  # the coded heading the grade is of
    year: int
    grade: str
    line: Block  # the grade's own line


def year_line_grades(doc: StructuredDocument, context: int | None) -> Iterator[YearLineGrade]:
    """Each lone grade under a lone year line, with the coded heading it sits under."""
    speaks: bool | None = None  # (the document's text searched only once a pair is found)
    entry: Block | None = None
    blocks = doc.blocks
    for at, (before, block) in enumerate(itertools.pairwise(blocks)):
        if before.kind == "heading" and before.number is not None:
            entry = before
        if entry is None or before.kind not in _KINDS or block.kind not in _KINDS:
            continue
        grade = _lone_grade(block.text)  # (the short line first: most lines are no grade)
        year = _lone_year(before.text, context) if grade is not None else None
        if year is None or grade is None:
            continue
        after = blocks[at + 2] if at + 2 < len(blocks) else None
        if after is not None and _lone_grade(after.text) is not None:
            continue  # 「S」「A」「B」「C」: the whole scale, no choice marked
        speaks = _speaks_of_grades(doc) if speaks is None else speaks
        if not speaks:
            return
        yield YearLineGrade(entry, year, grade, block)


def _speaks_of_grades(doc: StructuredDocument) -> bool:
    text = nfkc_key(doc.text)
    return any(nfkc_key(label) in text for label in labels_of("evaluation") if len(label) >= 2)


def _lone_year(text: str, context: int | None) -> int | None:
    """The fiscal year a line is made of and nothing else (「令和6年度」, 「2024年度」)."""
    line = text.strip()
    mentions = year_mentions(line, context=context)
    if len(mentions) != 1 or mentions[0].kind != "fiscal":
        return None
    found = mentions[0]
    return found.year if found.start == 0 and found.end == len(line) else None


def _lone_grade(text: str) -> str | None:
    line = text.strip()
    return grade_of(line) if 0 < len(line) <= _GRADE_MAX else None
