"""Evaluation sheets filled in as a form: the grade is the ticked box of the overall grade.

A Word form prints every option of a choice with a box (「☐A(拡充) ☑B(継続) ☐C …」) and the
filler ticks one (☑, ☒, ■): under a heading labelled as the evaluation, the ticked option's
grade is the sheet's grade; the unticked ones are only the choices offered. What a sheet
grades is the project it names in its own labelled line (「事務事業名 X事業」), filed under the
policy code printed after it on the same sheet (「施策番号 6-4 …」).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import code_of, grade_of
from loaders.structure import Block, StructuredDocument

_TICKED = re.compile(r"[☑☒■✓✔]\s*(?P<option>\S+)")
_UNTICKED = "☐□"


@dataclass(frozen=True)
class CheckedGrade:
    """A sheet's graded entry: its name, its policy code (printed), the ticked grade."""

    name: str
    code: str | None
    grade: str
    subject: Block
    graded: Block


def ticked_grade(text: str) -> str | None:
    """The grade of the one ticked option among boxed options, else None."""
    if not any(box in text for box in _UNTICKED):
        return None
    ticked = [m.group("option") for m in _TICKED.finditer(text)]
    if len(ticked) != 1:
        return None
    return grade_of(ticked[0])


def _subject(block: Block) -> str | None:
    """「事務事業名 X事業」: the name a line labelled as the project gives."""
    label, _, rest = block.text.partition(" ")
    if rest.strip() and field_of(label, exact=True) == "project":
        return rest.strip()
    return None


def checked_grades(doc: StructuredDocument) -> Iterator[CheckedGrade]:
    """Each sheet's ticked overall grade with the project the sheet names before it."""
    subject: Block | None = None
    code: str | None = None
    for k, block in enumerate(doc.blocks):
        if block.kind in ("heading", "item", "field", "paragraph") and _subject(block):
            subject, code = block, None
            continue
        if (subject is not None and code is None and block.prefix and block.number
                and field_of(block.prefix, exact=True) == "policy" and code_of(block.number)):
            code = block.number  # 「施策番号 6-4 …」 on the sheet: where its project is filed
        if subject is None or k == 0:
            continue
        labels = [doc.blocks[k - 1]]  # the label on the line before, or the heading over it
        if block.parent is not None:
            labels.append(doc.blocks[block.parent])
        if not any(field_of(b.text.strip(), exact=True) == "evaluation" for b in labels):
            continue
        grade = ticked_grade(block.text)
        if grade is not None:
            yield CheckedGrade(_subject(subject) or "", code, grade, subject, block)
            subject = None
