"""Rows of a graded table whose cells PDF extraction ran together, with no gap between them.

A table of coded entries and their grades copied out of a PDF may lose every gap: the
header 「施策番号施策名評価」 over 「Ⅲ-1名称B」, or 「推進項目担当課取組内容…R5評価R6評価」 over
「1-1名称担当課1…」 wrapped onto a second line that closes on 「○◎」. The header still reads
as labels of the vocabulary one after another; each row opens with its code and closes on
one grade per evaluation label. The entry's name runs from the code to the next column:
the grades themselves when nothing stands between, else the unit in charge when the next
label names the division (the unit is told from the name by the word that ends the name —
a verbal noun such as 推進/向上, or 化 — before the unit's own words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import StructuredDocument
from loaders.text.fiscal_year import parse_fiscal_year
from loaders.text.names import find_organizations, tokens
from loaders.text.policy_codes import CodeParse, find_leading_code

_GRADE = r"(?:[SABCDE]|[◎○〇△×✕●])"
_MAX_LINES = 3  # a row wraps onto at most this many lines before its grades
_NAME_MAX = 40
# a label may carry the year it is of (R5評価, 令和5年度実績) and a bracket (目標(R8))
_YEAR_PREFIX = r"(?:[RH][0-9]{1,2}|令和[0-9元]{1,2}年度|平成[0-9元]{1,2}年度)?"
_BRACKET = r"(?:[(（][^()（）]{1,10}[)）])?"


@dataclass(frozen=True)
class RunTogetherRow:
    code: CodeParse
    name: str
    code_field: str  # the field of the label over the code (policy / initiative)
    grades: list[tuple[int | None, str]]  # (year the label names, grade), one per label
    start: int  # offsets of the row in the document's folded text
    end: int


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted((lb for lb in all_labels() if len(lb) >= 2), key=len, reverse=True)
    alternatives = "|".join(re.escape(lb) for lb in labels)
    return re.compile(f"{_YEAR_PREFIX}(?:{alternatives}){_BRACKET}")


def header_labels(line: str) -> list[str] | None:
    """The labels a line of labels run together prints, in order; None unless the whole
    line is three labels or more with no space between them."""
    text = line.strip()
    if not text or re.search(r"\s", text) or len(text) > 80:
        return None
    pattern = _label_pattern()
    labels: list[str] = []
    at = 0
    while at < len(text):
        found = pattern.match(text, at)
        if found is None or found.end() == at:
            return None
        labels.append(found.group())
        at = found.end()
    return labels if len(labels) >= 3 else None


def run_together_rows(doc: StructuredDocument, fiscal_year: int | None) -> Iterator[RunTogetherRow]:
    """Every row under a run-together header whose first label names a policy or initiative
    and whose last labels are evaluations."""
    lines = _lines(doc.folded)
    for index, (_, line) in enumerate(lines):
        labels = header_labels(line)
        if labels is None:
            continue
        fields = [field_of(label) for label in labels]
        graded = [i for i, f in enumerate(fields) if f == "evaluation"]
        if fields[0] not in ("policy", "initiative") or not graded:
            continue
        if graded != list(range(len(labels) - len(graded), len(labels))):
            continue  # the grades must close the row
        years = [parse_fiscal_year(labels[i], context=fiscal_year) or fiscal_year for i in graded]
        yield from _rows(lines, index + 1, labels, fields, years)


def parent_printed(code: CodeParse) -> str | None:
    """The printed code of the level `code` sits in (「Ⅲ-1」 → 「Ⅲ」, 「1-(2)」 → 「1」)."""
    if not code.parents:
        return None
    cut = re.match(r"^(.*?)[-－‐.．]\(?[^-－‐.．()]*\)?$", code.printed)
    return cut.group(1) if cut and cut.group(1) else None


def _lines(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def _rows(
    lines: list[tuple[int, str]],
    first: int,
    labels: list[str],
    fields: list[str | None],
    years: list[int | None],
) -> Iterator[RunTogetherRow]:
    closing = re.compile(rf"(?<![A-Za-z])((?:{_GRADE}\s*){{{len(years)}}})\s*$")
    index = first
    while index < len(lines):
        start, line = lines[index]
        leading = find_leading_code(line.strip())
        if leading is None or leading.prefix:
            return
        text = line.strip()
        end = start + len(line)
        taken = 1
        while closing.search(text) is None and taken < _MAX_LINES and index + taken < len(lines):
            _, more = lines[index + taken]
            if not more.strip() or find_leading_code(more.strip()) is not None:
                break
            text += more.strip()
            end = lines[index + taken][0] + len(lines[index + taken][1])
            taken += 1
        index += taken
        grades = closing.search(text)
        if grades is None:
            return  # a row that does not close on its grades: no such table
        marks = re.findall(_GRADE, grades.group(1))
        body = (
            text[len(leading.code.printed) : grades.start()]
            if text.startswith(leading.code.printed)
            else None
        )
        if body is None:
            return
        name = _name(body, labels, fields)
        if name is None:
            continue
        yield RunTogetherRow(
            leading.code,
            name,
            fields[0] or "policy",
            [(year, "○" if m == "〇" else m) for year, m in zip(years, marks, strict=True)],
            start,
            end,
        )


def _name(body: str, labels: list[str], fields: list[str | None]) -> str | None:
    """The entry's name at the head of a row's `body` (its code and grades cut off)."""
    body = body.strip()
    following = next(
        (f for label, f in zip(labels[1:], fields[1:], strict=True)
         if not (f in ("policy", "initiative") and label.endswith("名"))),
        None,
    )  # fmt: skip
    if following == "evaluation":
        name = body  # code | name | grades: nothing else in the row
    elif following == "division":
        name = _before_unit(body)
    else:
        return None
    if name is None or not 2 <= len(name) <= _NAME_MAX or re.search(r"[0-9]", name):
        return None
    return name


def _before_unit(text: str) -> str | None:
    """The text before the first unit in charge named in it (「…の推進町民協働課1…」 →
    「…の推進」). The unit a name runs into starts after the last word that ends a name: a
    verbal noun (推進, 向上), a word of kanji closing on kana (見直し, not みどり) or a
    suffix (化)."""
    units = [m for m in find_organizations(text) if m.start >= 2]
    if not units:
        return None
    unit = units[0]
    words = tokens(unit.name)
    cut = None
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        if (
            (len(word.pos) > 2 and word.pos[2] == "サ変可能")
            or word.pos[0] == "接尾辞"
            or re.search(r"[\u3400-\u9fff][\u3040-\u309f]+$", word.surface)
        ):
            cut = words[index + 1].start
            break
    if cut is None:
        last = words[-1]
        cut = last.start if len(last.surface) >= 3 else words[max(len(words) - 2, 0)].start
    return text[: unit.start + cut].strip() or None
