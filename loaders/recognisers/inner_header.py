"""A report table whose label row is printed inside it, under its title lines.

A finance system's summary page (「所属ｺｰﾄﾞ 所属名 会計 本年度予算額 前年度予算額」 between
rules, under the report's title and output conditions) reaches the structure reader as one
table whose first rows are the title lines; its subtotal lines (「＊ ○○部 計」), printed
without the code, come out a cell short. This module gives such a table its label row back
as the header and puts every cell of the rows under it into the column whose label stands
over its printed position (text columns are printed left-aligned under their label, figures
right-aligned, so a cell and its label always overlap). A subtotal's unit cell 「＊ 部 計」
is given the unit's name. Two budget columns, one labelled as the year before (前年度予算額),
are dated: the page's year and the year before. Read by loaders/recognisers/budgets.py.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import replace

from loaders.field_vocabulary import field_of, label_key
from loaders.genres.units import unit_kind
from loaders.recognisers.page_labels import dated_budget_labels
from loaders.structure import Block, Cell, StructuredDocument, Table

_UNIT_NOTE = re.compile(r"単位\s*[:：]\s*(?P<unit>[百千万億]*円)")
_MARK = re.compile(r"^[^\w(（]+$")  # 「＊」「**」 framing a total
_FIGURE = re.compile(r"[0-9０-９]")  # the figures after a row's names


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in text)


def _span(doc: StructuredDocument, cell: Cell) -> tuple[int, int]:
    line = doc.text.rfind("\n", 0, cell.start) + 1
    left = _width(doc.text[line : cell.start])
    return left, left + _width(doc.text[cell.start : cell.end])


def _label_row(row: list[Cell]) -> bool:
    """A row of labels naming a unit column or an account column (or both) and a budget
    column: 「所属名 | 会計 | 本年度予算額」, 「会計CD | 会計名 | 本年度予算額」."""
    exact = {field_of(c.text, exact=True) for c in row}
    return bool({"division", "account"} & exact) and any(field_of(c.text) == "budget" for c in row)


def with_inner_header(doc: StructuredDocument, block: Block, year: int | None) -> Table | None:
    """`block`'s table headed by the label row printed inside it, or None without one."""
    table = block.table
    if table is None:
        return None
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    at = next((k for k, row in enumerate(rows) if k > 0 and _label_row(row)), None)
    if at is None:
        return None
    labels = rows[at]
    spans = [_span(doc, c) for c in labels]
    unit = next(
        (k for k, c in enumerate(labels) if field_of(c.text, exact=True) == "division"), None
    )
    account = next(
        (k for k, c in enumerate(labels) if field_of(c.text, exact=True) == "account"), None
    )
    body: list[list[Cell]] = []
    for row in rows[at + 1 :]:
        placed = [Cell("", c.start, c.start) for c in labels]
        lead = list(itertools.takewhile(lambda c: not _FIGURE.search(c.text), row))
        if unit is not None and (summed := _subtotal_words(lead)) is not None:
            placed[unit] = summed
            row = row[len(lead) :]
        for cell in row:
            left, right = _span(doc, cell)
            overlaps = [min(right, b) - max(left, a) for a, b in spans]
            k = max(range(len(spans)), key=lambda i: overlaps[i])
            if overlaps[k] <= 0:  # text runs on past its label: the column it starts right of
                k = max((i for i, (a, _) in enumerate(spans) if a <= left), default=k)
                if _inner_unit(placed[k], cell):
                    placed[k] = cell
            elif not placed[k].text or _inner_unit(placed[k], cell):
                placed[k] = cell
        if unit is not None and placed[unit].text:
            placed[unit] = _subtotal_unit(placed[unit])
        if account is not None and placed[account].text:
            placed[account] = _uncoded(placed[account])
        body.append(placed)
    header = dated_budget_labels([c.text for c in labels], year)
    unit = next((m.group("unit") for row in rows[:at] for c in row
                 if (m := _UNIT_NOTE.search(c.text))), None)  # fmt: skip
    if unit is not None:  # 「(単位:円)」 among the title lines: the budget columns' unit
        header = [f"{h}({unit})" if field_of(h) == "budget" else h for h in header]
    return replace(table, header=header, rows=body, header_cells=[])


def _uncoded(cell: Cell) -> Cell:
    """「01 一般会計」: the account without the system's code before it."""
    code, _, name = cell.text.partition(" ")
    if code.isdigit() and name.strip():
        start = cell.start + cell.text.find(name.strip())
        return Cell(name.strip(), start, start + len(name.strip()))
    return cell


def _inner_unit(placed: Cell, cell: Cell) -> bool:
    """「教育委員会　花壇教育課」 under 所属名: two units, the outer printed first; the inner,
    the one the row's figures belong to, takes the cell."""
    return unit_kind(label_key(placed.text)) is not None and (
        unit_kind(label_key(cell.text)) is not None)


def _subtotal_words(lead: list[Cell]) -> Cell | None:
    """「＊＊　○○部　計　＊＊」 come apart into words, printed across the code and name
    columns before the figures: the unit the subtotal line sums, or None for another line."""
    words = [c for c in lead if not _MARK.match(c.text)]
    if len(words) != 2 or field_of(words[1].text, exact=True) != "total":
        return None
    return words[0] if unit_kind(label_key(words[0].text)) is not None else None


def _subtotal_unit(cell: Cell) -> Cell:
    """「＊ ○○部 計」: the unit the subtotal line sums."""
    words = [w for w in cell.text.split() if not _MARK.match(w)]
    total = len(words) == 2 and field_of(words[1], exact=True) == "total"
    if total and unit_kind(label_key(words[0])) is not None:
        start = cell.start + cell.text.find(words[0])
        return Cell(words[0], start, start + len(words[0]))
    return cell
