"""Graded entries listed like a contents page: a name, a leader of dots, the grades.

A report, a committee paper or a 広報 article sums up its evaluations as a run of lines
「◆名称〔担当課〕…………　Ａ　→　Ｓ」, 「No.3　名称（担当課）……… Ｃ」 or
「施策Ⅱ－３－(1)　名称 …… Ｂ（Ｂ）」: each line names an entry (the unit in charge in a
closing bracket is no part of its name) and prints after the leader one grade, a chain of
grades (earlier years first, the last the year evaluated) or this year's grade with the
previous year's in brackets. A line printed so is read only among at least two of them in a
row: a lone line may be a name that happens to end in a letter. The reader blanks a leader
to spaces, so a wide gap stands for one.

The years: a line just above the run that names as many years as each line prints grades
(「左＝令和5年度　右＝令和6年度」) gives them in order; otherwise the last grade (the one
outside the bracket) is of the year evaluated and each one before it, or in the bracket, of
the year before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.structure import Block, StructuredDocument
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import fold_width

_GRADE = r"(?:[SABCDE][+-]?|[◎○〇△×])"
# the name, a leader of three dots or more (or two ellipses), the grades closing the line;
# a leader the reader has blanked (`loaders.structure.leaders`) is a wide gap of spaces
_LEADER_LINE = re.compile(
    r"^(?P<name>.*?\S)(?:[ \u3000]*(?P<dots>[…‥]{2,}|[・.．･]{3,}|(?<=[ \u3000])[…‥](?=[ \u3000]))"
    r"[ \u3000]*|[ \u3000]{3,})"
    r"(?P<tail>\S.*?)\s*$"
)
_CHAIN = re.compile(rf"^{_GRADE}(?:[ \u3000]*[→⇒][ \u3000]*{_GRADE})*$")
_BRACKETED = re.compile(
    rf"^(?P<now>{_GRADE})[ \u3000]*[(（][^()（）{{}}A-Z]{{0,6}}?(?P<before>{_GRADE})[)）]$"
)
_GRADE_TOKEN = re.compile(_GRADE)
# 「自己評価　４」, 「評価：Ｂ」: an evaluation label and its grade (a digit of a scale too)
_LABELLED = re.compile(
    rf"^(?P<label>[^\s0-9:：]{{2,8}})[ \u3000]*[:：]?[ \u3000]*(?P<grade>{_GRADE}|[1-5])$"
)
# 「名称〔担当課〕」, 「名称（担当課）」: a closing bracket that holds the unit in charge
_UNIT_BRACKET = re.compile(r"[〔(（【\[](?P<unit>[^〔〕()（）【】\[\]]{1,20})[〕)）】\]]$")
_UNIT_ENDINGS = ("課", "室", "局", "部", "係", "センター", "事務所", "担当")
_RUN_MIN = 2
_LEGEND_LOOK_BACK = 3  # the legend line over the run, and a note or two under it


@dataclass(frozen=True)
class LeaderEntry:
    """One line of a run: the entry's name, the unit in its bracket and its grades, each
    with the year's offset from the year evaluated (0 is that year, -1 the year before)."""

    block: Block
    name: str
    unit: str | None
    grades: tuple[tuple[int, str], ...]
    dotted: bool  # a leader of dots, not a gap of spaces, before the grades
    labelled: bool = False  # the grade after an evaluation label (「自己評価　４」)


def leader_tail_grades(tail: str) -> tuple[tuple[int, str], ...] | None:
    """「Ａ → Ｓ」, 「Ｂ（Ｂ）」, 「Ｃ」: the grades after a leader with their years' offsets;
    None when the tail is anything else (a page number, an amount)."""
    tail = fold_width(tail).strip()
    if _CHAIN.match(tail):
        grades = [_mark(g) for g in _GRADE_TOKEN.findall(tail)]
        return tuple((i - len(grades) + 1, g) for i, g in enumerate(grades))
    if (found := _BRACKETED.match(tail)) is not None:
        return ((0, _mark(found.group("now"))), (-1, _mark(found.group("before"))))
    if (grade := _labelled_grade(tail)) is not None:
        return ((0, _mark(grade)),)  # 「自己評価　４」: the label, then its grade
    return None


def _labelled_grade(tail: str) -> str | None:
    """The grade of a folded tail that is an evaluation label and a grade, else None."""
    found = _LABELLED.match(tail)
    if found is None or field_of(found.group("label")) != "evaluation":
        return None
    return found.group("grade")


def _mark(grade: str) -> str:
    return "○" if grade == "〇" else grade


def without_leader_grades(text: str) -> str:
    """A name without the leader and the grades after it (「名称 …… Ｂ（Ｂ）」 → 「名称」)."""
    found = _LEADER_LINE.match(text.strip())
    if found is None or leader_tail_grades(found.group("tail")) is None:
        return text
    return found.group("name").rstrip()


def _entry(block: Block) -> LeaderEntry | None:
    if block.kind not in ("heading", "item", "paragraph"):
        return None
    found = _LEADER_LINE.match(block.text.strip())
    if found is None or (grades := leader_tail_grades(found.group("tail"))) is None:
        return None
    name, unit = found.group("name").strip(), None
    bracket = _UNIT_BRACKET.search(name)
    if bracket is not None and bracket.group("unit").strip().endswith(_UNIT_ENDINGS):
        name, unit = name[: bracket.start()].rstrip(), bracket.group("unit").strip()
    if len(name) < 2 or not re.search(r"[^\x00-\x7f]", name):
        return None
    labelled = _labelled_grade(fold_width(found.group("tail")).strip()) is not None
    return LeaderEntry(block, name, unit, grades, found.group("dots") is not None, labelled)


def leader_runs(doc: StructuredDocument) -> list[list[LeaderEntry]]:
    """The runs of two or more graded leader lines in a row, each a list of entries. A run
    whose lines each print two grades (「Ａ → Ｓ」, 「Ｂ（Ｂ）」) is one whatever is above it;
    one grade a line only after a leader of dots, under a line that names an evaluation
    (「推進項目ごとの評価は次のとおり」): a list of notices (「…の清掃日・・・Ａ」) is none."""
    runs: list[list[LeaderEntry]] = []
    current: list[LeaderEntry] = []
    for block in [*doc.blocks, None]:
        entry = _entry(block) if block is not None else None
        if entry is not None:
            current.append(entry)
            continue
        if len(current) >= _RUN_MIN and _graded_run(doc, current):
            runs.append(current)
        current = []
    return runs


def _graded_run(doc: StructuredDocument, run: list[LeaderEntry]) -> bool:
    if all(len(entry.grades) >= 2 for entry in run):
        return True
    if all(entry.labelled and entry.dotted for entry in run):
        return True  # 「…………自己評価　４」: each line says its grade is one
    labels = [label_key(label) for label in labels_of("evaluation") if len(label) >= 2]
    first = run[0].block.index
    grades = {grade for entry in run for _, grade in entry.grades}
    for before in doc.blocks[max(0, first - _LEGEND_LOOK_BACK) : first]:
        if not any(label in label_key(before.text) for label in labels):
            continue
        if all(entry.dotted for entry in run):
            return True
        # 「（評価　◎：目標を上回った　○：…）」: a legend defining every grade the lines print
        # after a gap of spaces
        if all(re.search(rf"{re.escape(g)}\s*[:：=＝]", fold_width(before.text)) for g in grades):
            return True
    return False


def legend_years(doc: StructuredDocument, run: list[LeaderEntry]) -> list[int] | None:
    """The years a line just above the run names, in order, when it names as many distinct
    fiscal years as each line of the run prints grades (and they print two or more)."""
    count = len(run[0].grades)
    if count < 2 or any(len(entry.grades) != count for entry in run):
        return None
    first = run[0].block.index
    for before in reversed(doc.blocks[max(0, first - _LEGEND_LOOK_BACK) : first]):
        years: list[int] = []
        for mention in year_mentions(before.text):
            if mention.kind == "fiscal" and mention.year not in years:
                years.append(mention.year)
        if len(years) == count and years == sorted(years):
            return years
    return None
