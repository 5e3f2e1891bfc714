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
from functools import cache

from loaders.field_vocabulary import cues_of, field_of, labels_of
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
        if not any(label in nfkc_key(text) for label in labels) or _dates_previous(text):
            continue  # (「前年度評価は、令和5年度の…です。」: a note dating one column, no caption)
        years = {m.year for m in year_mentions(text, context=context) if m.kind == "fiscal"}
        return years.pop() if len(years) == 1 else None
    return None


def _dates_previous(text: str) -> bool:
    """A line naming the grades of the year before (「前年度評価」, `mkf:previousYear` cue
    words): it dates that column, not the table's grades."""
    cues = list(cues_of("previousYear"))
    return any(cue in nfkc_key(text) for cue in cues)


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
    # (「事業の評価 B」: whose grade, then の, then the evaluation's label)
    label = found.group("label").rsplit("の", 1)[-1] if found is not None else ""
    if found is None or field_of(label, exact=True) != "evaluation":
        found = _glued_grades().search(text)  # 「…の振興評価 A」: a badge set right after
        if found is None:
            return None
    name = text[: found.start()].strip()
    if len(name) < _NAME_MIN:
        return None  # (「自己評価 A」: a label and its grade, nothing graded named)
    fold = {"〇": "○"}
    before = found.group("before")
    return HeadingGrades(name, fold.get(found.group("now"), found.group("now")),
                         fold.get(before, before) if before else None, found.start("now"))


_NAME_MIN = 3  # characters of a name a grade badge may follow


@cache
def _glued_grades() -> re.Pattern[str]:
    """An evaluation label set right after the name, no space between (a page's grade
    badge, 「<span>評価 A</span>」 after the heading's words), then the grades."""
    labels = "|".join(re.escape(x) for x in sorted(labels_of("evaluation"), key=len, reverse=True)
                      if len(x) >= 2)  # fmt: skip
    return re.compile(
        rf"(?<=[\u3040-\u30ff\u3400-\u9fff々])(?P<label>{labels})[ \u3000]*[:：]?[ \u3000]*"
        rf"(?P<now>{_GRADE})"
        rf"(?:[ \u3000]*[(（][ \u3000]*(?P<before>{_GRADE})[ \u3000]*[)）])?[ \u3000]*$"
    )


def without_heading_grades(text: str) -> str:
    """The name of a title line, its trailing 「評価 A (B)」 cut off."""
    found = heading_grades(text)
    return found.name if found is not None else text


# what may stand between one year's grade and the next year's: a slash, a comma, a line
# break, an arrow (「R6 A → R7 S」)
_PACKED_GAP = re.compile(r"^[\s/／,，、;；|｜→⇒➡]*$")
# 「R6 －」: a year printing no grade (the work began later)
_NO_GRADE = re.compile(r"[ \u3000]*[:：]?[ \u3000]*[-－―ー‐][ \u3000]*(?![0-9])")
_PACKED_GRADE = re.compile(rf"[ \u3000]*[:：]?[ \u3000]*(?P<grade>{_GRADE})[ \u3000]*")


def packed_grades(text: str, context: int | None) -> list[tuple[int, str]]:
    """A cell packing several years' grades (「R5:○／R6:◎」, 「令和5年度 A、令和6年度 B」, or one
    year's alone): each year with its grade, in the cell's order. Empty unless the cell is
    made of nothing but years each followed by a grade, so a comment naming a year is none."""
    mentions = [m for m in year_mentions(text, context=context) if m.kind == "fiscal"]
    found: list[tuple[int, str]] = []
    at = 0
    for mention in mentions:
        if not _PACKED_GAP.match(text[at : mention.start]):
            return []
        grade = _PACKED_GRADE.match(text, mention.end)
        if grade is None and (blank := _NO_GRADE.match(text, mention.end)) is not None:
            at = blank.end()
            continue
        if grade is None:
            return []
        found.append((mention.year, "○" if grade.group("grade") == "〇" else grade.group("grade")))
        at = grade.end()
    if not found or not _PACKED_GAP.match(text[at:]):
        return []
    return found


_SCALE = re.compile(r"^\s*(?P<score>[1-9][0-9]?)\s*[/／]\s*(?P<scale>[1-9][0-9]?)\s*$")
_SCALE_MAX = 10  # a grading scale of 3, 4, 5 or 10 steps; beyond it a fraction is a figure


def scale_grade(text: str | None) -> str | None:
    """「4/5」 (達成度 ４／５): a score printed against its scale, read as the score "4". Only for
    a value an evaluation label gives: elsewhere 4/5 may be a date."""
    found = _SCALE.match(text or "")
    if found is None:
        return None
    score, scale = int(found.group("score")), int(found.group("scale"))
    return found.group("score") if 2 <= scale <= _SCALE_MAX and score <= scale else None


# 「名称 …… ○」: an entry's name, a leader of dots, its grade at the line's end
_LEADER_GRADE = re.compile(
    rf"^(?P<name>.+?)[ \u3000]*[…‥.．・]{{2,}}[ \u3000]*(?P<grade>{_GRADE})[ \u3000]*$"
)


def leader_grade(text: str) -> tuple[str, str] | None:
    """「バス路線の維持 …… ◎」: (name, grade) of an entry printed with its
    grade after a leader of dots, as a report lists graded entries; None for anything else."""
    found = _LEADER_GRADE.match(text.strip())
    if found is None or not found.group("name").strip():
        return None
    grade = found.group("grade")
    return found.group("name").strip(), "○" if grade == "〇" else grade


# 「B 利用者は増えています。」, 「C（…を踏まえ見直しを検討）」: a grade, then the comment on it
_GRADE_TOKEN = re.compile(rf"(?:^|(?<=[\s/／、,，]))(?:{_GRADE})(?=[\s:：])")
_LEADING_GRADE = re.compile(
    rf"^[ \u3000]*(?P<grade>{_GRADE})(?:[ \u3000]+|[(（])(?=[^\x00-\x7f])"
)


def leading_grade(text: str | None) -> str | None:
    """The grade an evaluation's value opens with before its comment (「B 利用者は…」);
    None when the value opens otherwise."""
    found = _LEADING_GRADE.match(text or "")
    if found is None or len(_GRADE_TOKEN.findall(text or "")) > 1:
        return None  # 「A 順調/B 概ね順調/C …」: a legend of the grades, no grade
    return "○" if found.group("grade") == "〇" else found.group("grade")


# 「評価A 名称（施策3-1）」: an evaluation label and its grade set before the entry's name
_GRADE_FIRST = re.compile(
    rf"^[ \u3000]*(?P<label>[^\s0-9A-Za-z]{{1,6}}?)[ \u3000]*(?P<grade>{_GRADE})"
    r"[ \u3000]+(?P<rest>\S.*)$"
)


def grade_first(text: str) -> tuple[str, str, int] | None:
    """「評価A 灯台の一般公開」 (a badge printed before an entry): (grade, the rest, the rest's
    offset), when the word before the grade is an evaluation label; None otherwise."""
    found = _GRADE_FIRST.match(text)
    if found is None or field_of(found.group("label"), exact=True) != "evaluation":
        return None
    grade = found.group("grade")
    return ("○" if grade == "〇" else grade), found.group("rest"), found.start("rest")


def dated_heading(
    doc: StructuredDocument, block: Block, *, fiscal_only: bool = True
) -> Block | None:
    """The nearest heading above `block` that names a fiscal year (with not `fiscal_only`,
    any year but a date's): the section a table of grades sits in, past headings naming
    none (「### 内容」 under 「## 令和7年度 …の振り返り」)."""
    for heading in doc.headings_above(block):
        if any(m.kind == "fiscal" if fiscal_only else m.kind != "date"
               for m in year_mentions(heading.text)):  # fmt: skip
            return heading
    return None


def heading_year(doc: StructuredDocument, block: Block) -> int | None:
    """The one fiscal year the nearest heading above a grade that names any year gives (a
    review section 「令和5年度の取組の振り返り」 in a plan for the next year): its grades are
    of that year, when earlier than the document's. None when that heading names several."""
    heading = dated_heading(doc, block)
    if heading is None:
        return None
    years = {m.year for m in year_mentions(heading.text) if m.kind == "fiscal"}
    return years.pop() if len(years) == 1 else None
