"""Grades in a row of their own under each entry of a progress sheet: a column of row kinds
(「区分」) types the entry's rows 計画 / 実績 / 進捗, the year columns hold that year's plan,
result and grade. The 進捗 (評価) row's cells are the entry's grades, by year; a legend may
define the grades as roman numerals (「進捗区分　Ⅰ：計画以上に進んでいる　Ⅱ：…」)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.recognisers.outline import grade_of
from loaders.structure import Cell, StructuredDocument, Table
from loaders.text.fiscal_year import year_mentions

_ROW_KINDS = ("target", "actual", "evaluation")  # 計画, 実績, 進捗: what a kind cell says
# a legend of roman-numeral grades: two or more 「Ⅱ：計画どおり」 on one line
_ROMAN_LEGEND = re.compile(r"(?:^|(?<=[\s(（]))(?P<grade>[ⅠⅡⅢⅣⅤ])\s*[:：]\s*\S")
_MIN_LEGEND = 2


@dataclass(frozen=True)
class KindRowGrade:
    name: Cell  # the entry's name, in its first row
    cell: Cell  # the grade's cell, under its year's column
    year: int
    grade: str


def kind_row_grades(doc: StructuredDocument) -> Iterator[KindRowGrade]:
    """Each grade of an evaluation row typed by a kind column, under its year's column."""
    legend: set[str] | None = None  # read once, when a table of typed rows is there
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        kind = _kind_column(table)
        name = _name_column(table, kind)
        if kind is None or name is None:
            continue
        years = {k: m[0].year for k, label in enumerate(table.header)
                 if (m := year_mentions(label)) and len(m) == 1}  # fmt: skip
        if not years:
            continue
        if legend is None:
            legend = _legend_grades(doc.folded)
        entry: Cell | None = None
        for row in table.rows:
            if name < len(row) and row[name].text.strip():
                entry = row[name]
            if entry is None or kind >= len(row):
                continue
            if field_of(row[kind].text.strip(), exact=True) != "evaluation":
                continue
            for k, year in years.items():
                if k >= len(row):
                    continue
                text = row[k].text.strip()
                grade = grade_of(text) or (text if text in legend else None)
                if grade is not None:
                    yield KindRowGrade(entry, row[k], year, grade)


def _kind_column(table: Table) -> int | None:
    """The column whose cells name each row's kind, an evaluation among them."""
    for k in range(len(table.header)):
        kinds = {field_of(row[k].text.strip(), exact=True) for row in table.rows if k < len(row)}
        if "evaluation" in kinds and len(kinds & set(_ROW_KINDS)) >= 2:
            return k
    return None


def _name_column(table: Table, kind: int | None) -> int | None:
    """The column labelled as the entry's name, before the kind column."""
    if kind is None:
        return None
    named = ("initiative", "project", "name")
    return next((k for k, label in enumerate(table.header[:kind])
                 if field_of(label, exact=True) in named), None)  # fmt: skip


def _legend_grades(text: str) -> set[str]:
    """The roman numerals a legend line defines as grades."""
    found: set[str] = set()
    for line in text.splitlines():
        grades = {m.group("grade") for m in _ROMAN_LEGEND.finditer(line)}
        if len(grades) >= _MIN_LEGEND:
            found |= grades
    return found
