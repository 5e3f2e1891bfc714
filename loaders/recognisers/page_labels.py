"""Column labels printed once per page above a line-printer report's rows.

A report printed by a finance or personnel system (fixed-width, one page per form feed)
prints its column labels in the page header — 「番号 事業名 … 予算額 前年度予算額」
between two rules — and then a section line (「[第3章 架空費]」) before the rows. The
structure reader sees the page header as a table of its own and the rows as a table
without a header (its first row taken for one). This module gives such a table its labels
back: each column is labelled by the words of the nearest label line above it that stand
over the column's printed positions (text columns are printed left-aligned under their
label, figures right-aligned, so a label and its column always overlap).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from loaders.field_vocabulary import cues_of, field_of, labels_of
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.spaced_labels import spaced_labels

_WORD = re.compile(r"\S+")
_RULE = re.compile(r"[-=_─━═－＝＿]{10,}")
_WINDOW = 2_000  # characters looked back for the page header's label line


def _width(text: str) -> int:
    """Display columns of `text` (full-width characters are two wide)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in text)


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _label_words(doc: StructuredDocument, before: int) -> list[tuple[str, int, int]] | None:
    """(word, first column, end column) of the last line before `before` whose words label
    both a project and a budget column, closed off by a rule under it (the page header's
    frame; labels right above the rows head a table the structure reader already reads);
    None when the window holds no such line."""
    start = max(0, before - _WINDOW)
    lines = doc.text[start:before].split("\n")
    ruled = False
    for line in reversed(lines):
        if _RULE.fullmatch(line.strip()):
            ruled = True
            continue
        if not ruled:
            continue
        words = _line_words(line)
        if len(words) >= 3 and _names_fields([w for w, _, _ in words]):
            return words
    return None


def _line_words(line: str) -> list[tuple[str, int, int]]:
    """(word, first column, end column) of each label of a label line; a label printed
    letter-spaced to fill its column (「事　業　名」) is one word, its letters joined."""
    spaced = [(s.start, s.end) for s in spaced_labels(line)]
    words: list[tuple[str, int, int]] = []
    for start, end in spaced:
        label = re.sub(r"[ \u3000]", "", line[start:end])
        words.append((label, _width(line[:start]), _width(line[:end])))
    for m in _WORD.finditer(line):
        if not any(a <= m.start() < b for a, b in spaced):
            words.append((m.group(), _width(line[: m.start()]), _width(line[: m.end()])))
    return sorted(words, key=lambda w: w[1])


def _names_fields(labels: list[str]) -> bool:
    """Whether `labels` name a project column (its own label, exactly) and a budget column
    (a label ending in one: 本年度予算額)."""
    exact = {field_of(label, exact=True) for label in labels}
    ending = {field_of(label) for label in labels}
    return "project" in exact and "budget" in ending


def _column_span(doc: StructuredDocument, cell: Cell) -> tuple[int, int]:
    line = _line_start(doc.text, cell.start)
    left = _width(doc.text[line : cell.start])
    return left, left + _width(doc.text[cell.start : cell.end])


def labelled_from_page_header(
    doc: StructuredDocument, block: Block, year: int | None
) -> Table | None:
    """`block`'s table with its first row given back as a row and each column labelled by
    the page header's label words standing over it; None when no label line is above it
    or the labels do not reach the project and budget columns. Total rows (「** 章計 **」)
    are left out; `year` is the document's, the year of a budget column beside one labelled
    as the year before (本年度予算額 beside 前年度予算額)."""
    table = block.table
    if table is None or not table.header_cells:
        return None
    words = _label_words(doc, block.start)
    if words is None:
        return None
    rows = [table.header_cells, *table.rows]
    labels: list[str] = []
    for column in range(len(table.header_cells)):
        cell = next((r[column] for r in rows if column < len(r) and r[column].text), None)
        if cell is None:
            labels.append("")
            continue
        left, right = _column_span(doc, cell)
        over = [w for w, a, b in words if a < right and left < b]
        labels.append("".join(over))
    if not _names_fields([label for label in labels if label]):
        return None
    project = next(k for k, label in enumerate(labels) if field_of(label, exact=True) == "project")
    rows = [r for r in rows if project >= len(r) or not _total_row(r[project].text)]
    labels = _previous_year_budget(labels)
    return replace(table, header=dated_budget_labels(labels, year), rows=rows, header_cells=[])


def _previous_year_budget(labels: list[str]) -> list[str]:
    """「予算額 | 前年度」: a column labelled only as the year before (a `mkf:previousYear`
    cue word) beside one budget column holds the budget of the year before — labelled so
    (「前年度予算額」)."""
    budget = [label for label in labels if field_of(label) == "budget"]
    cues = set(cues_of("previousYear"))
    if len(budget) != 1:
        return labels
    return [f"{label}{budget[0]}" if label in cues else label for label in labels]


def _total_row(name: str) -> bool:
    """「** 章計 **」「## 章計 ##」: a row summing the rows above it."""
    bare = _QUALIFIER.sub("", _MARKS.sub("", name))
    return any(bare.endswith(label) for label in _total_labels())


_MARKS = re.compile(r"[^\w()（）]+")  # the stars, hashes and spaces framing a total
_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]$")


@cache
def _total_labels() -> tuple[str, ...]:
    return tuple(sorted({*labels_of("total"), *labels_of("subtotal")}, key=len, reverse=True))


def dated_budget_labels(labels: list[str], year: int | None) -> list[str]:
    """Two budget columns, one labelled as the year before (`mkf:previousYear` cue words:
    前年度予算額) and one not (本年度予算額): each label given its fiscal year, so a reader
    takes each column's amounts for their own year."""
    budget = [k for k, label in enumerate(labels) if field_of(label) == "budget"]
    if year is None or len(budget) != 2:
        return labels
    cues = list(cues_of("previousYear"))
    earlier = [k for k in budget if any(labels[k].startswith(c) for c in cues)]
    if len(earlier) != 1:
        return labels
    dated = list(labels)
    for k in budget:
        dated[k] = f"{year - 1 if k in earlier else year}年度{labels[k]}"
    return dated
