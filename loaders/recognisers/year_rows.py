"""A statistical table printed with its years down the rows and its units or accounts across.

A statistical yearbook prints a series as 「年次 | 総数 | 架空部 | 架空局 …」 over one row a
year (「平成30年 | 310 | 40 | 61 …」), often with the era on the first row only and the later
rows a bare number (「平成 29年」 then 「30」「31」): each cell holds what its column names in the
year its row names. The sheet's title, joined by the structure reader into every label
(「3-1 部局別職員数 架空部」), is the table's caption, not part of the labels. A sheet saved
as CSV may also put the table's notes (「(平成31年4月1日現在)」「(単位:人)」) on the row over
the labels, which the structure reader then takes for the header: the labels are the first
row. Read by loaders/recognisers/staff.py and loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.field_vocabulary import derived_labels, label_key, sentence_cues
from loaders.structure import Table
from loaders.structure.blocks import Cell
from loaders.text.fiscal_year import year_mentions

_BARE_NUMBER = re.compile(r"[0-9]{1,2}")  # 「30」 under 「平成 29年」: the era carried down
_NOTE = re.compile(r"[(（][^()（）]*[)）]")  # a cell wholly in brackets: a note, no label
_FIGURE = re.compile(r"[▲△-]?[0-9][0-9,.]*%?")
_MIN_YEARS = 2


@dataclass(frozen=True)
class YearCell:
    """One value of a year-rows table: its column's label, the row's year and the cell."""

    label: str
    year: int
    year_cell: Cell
    cell: Cell


def note_header(table: Table) -> tuple[Table, list[str]]:
    """`table` headed by its first row when the printed header holds notes only (every filled
    cell wholly in brackets: the day the counts are of, the unit), with those notes; else
    `table` as it is and no notes."""
    filled = [label.strip() for label in table.header if label.strip()]
    if not filled or not all(_NOTE.fullmatch(label_key(t)) for t in filled):
        return table, []
    if len(table.rows) < 2:
        return table, []
    labels = [c.text.strip() for c in table.rows[0] if c.text.strip()]
    if len(labels) < 2 or any(_FIGURE.fullmatch(t.replace(" ", "")) for t in labels):
        return table, []
    head = table.rows[0]
    return replace(table, header=[c.text for c in head], rows=table.rows[1:],
                   header_cells=head), filled  # fmt: skip


def shared_title(header: list[str]) -> tuple[str, list[str]]:
    """The words most labels open with (a title row the structure reader joined into each
    label below it) and the labels without them; no title when most labels share none. A
    label under another upper cell (a note in the title row's last column, 「各年4月1日現在」)
    keeps as many last words as the titled labels keep."""
    words = [label.split() for label in header]
    if len(words) < 3 or any(len(w) < 2 for w in words):
        return "", header
    openings = Counter(w[0] for w in words)
    first, titled = openings.most_common(1)[0]
    if titled * 2 <= len(words) or titled < 2:
        return "", header
    group = [w for w in words if w[0] == first]
    shared = 1
    while all(len(w) > shared + 1 and w[shared] == group[0][shared] for w in group):
        shared += 1
    keep = Counter(len(w) - shared for w in group).most_common(1)[0][0]
    labels = [" ".join(w[shared:] if w[:shared] == group[0][:shared] else w[-keep:])
              for w in words]  # fmt: skip
    return " ".join(group[0][:shared]), labels


def row_years(table: Table, column: int = 0) -> list[int | None] | None:
    """The year each row of `table` names in `column`, a bare number after the first carrying
    its era on (「平成 29年」, 「30」 → 平成30年); None unless at least two rows name years in
    one direction (rising, or falling as a budget's 「令和8年度 | 令和7年度」) and no filled cell
    there names something else than a figure derived from them (増減, 増減率) under them."""
    years: list[int | None] = []
    last: int | None = None
    falling: bool | None = None
    for row in table.rows:
        text = label_key(row[column].text) if column < len(row) else ""
        if not text or (last is not None and text in derived_labels()):
            years.append(None)
            continue
        mentions = year_mentions(text)
        bare = not mentions
        if not mentions and last is not None and _BARE_NUMBER.fullmatch(text):
            mentions = year_mentions(text + "年度", context=last)
        found = {m.year for m in mentions}
        if len(found) != 1:
            return None
        year = found.pop()
        if last is not None and (year == last or falling not in (None, year < last)):
            return None
        if last is not None and bare and year < last:
            return None  # a bare number carries the era on to later years only
        if last is not None:
            falling = year < last
        years.append(year)
        last = year
    return years if sum(1 for y in years if y is not None) >= _MIN_YEARS else None


def year_cells(table: Table, labels: list[str]) -> Iterator[YearCell]:
    """Every filled cell of a table whose first column names the rows' years, with the label
    of its column (`labels`, the caption taken off)."""
    years = row_years(table)
    if years is None:
        return
    for row, year in zip(table.rows, years, strict=True):
        if year is None:
            continue
        for index, cell in enumerate(row[1:], start=1):
            if index < len(labels) and cell.text.strip() and labels[index].strip():
                yield YearCell(labels[index], year, row[0], cell)


_CUE_OFFSETS = {"currentYear": 0, "previousYear": -1}


def cue_year(label: str) -> int | None:
    """「本年度」 → 0, 「前年度」 → -1: the offset from the year the document reports of a
    column labelled by a year cue alone (`mkf:currentYear`, `mkf:previousYear`; the letters
    may be spaced out, 「前 年 度」); None for any other label."""
    key = re.sub(r"\s", "", label_key(label))
    field = sentence_cues().get(key)
    return _CUE_OFFSETS.get(field) if field else None


def cue_dated(header: list[str], year: int | None) -> list[str]:
    """The labels with each lone year cue (「本年度 | 前年度」) written as the fiscal year it
    means, counted from `year` (the document's); unchanged without a year."""
    if year is None:
        return header
    return [
        f"{year + offset}年度" if (offset := cue_year(label)) is not None else label
        for label in header
    ]

