"""A personnel system's staff report: one row per unit with its total and last year's.

「所属コード | 上位コード | 所属名称 | 階層 | 事務 | 技術 | … | 合計 | 前年度 合計 | 増減」 under a
caption naming staff (「所属別職員配置表(令和7年4月1日現在)」, printed in the page header): each
unit's staff is its 合計, the 前年度 column the year before's. A subtotal line (「** ○○課 課計
**」「*** ○○部 部計 ***」) gives the whole of the unit it names, whose own row counts only its
direct staff (the head's office), so a subtotal is read before the rows; a grand total line
(「総合計」), printed a cell short, is the whole body's. The report's page header, a table of
its own, is where the caption stands. Read by loaders/recognisers/staff.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import cues_of, field_of, label_key, labels_of
from loaders.genres.units import unit_kind
from loaders.structure import Block, Cell, StructuredDocument
from loaders.text.fiscal_year import year_mentions

_CAPTION_REACH = 3  # blocks above a report's rows that hold its page header
_COUNT = re.compile(r"^[0-9][0-9,]*$")
_MARKS = re.compile(r"[^\w()]+")  # the stars framing a subtotal's words


@dataclass(frozen=True)
class ReportCount:
    name: str  # the unit as printed, "" for the whole body
    year: int
    count: int
    name_cell: Cell
    count_cell: Cell


def report_counts(
    doc: StructuredDocument, names_staff: Callable[[str], bool], year: int | None
) -> Iterator[ReportCount]:
    """Every subtotal's count, then every row's, of each staff report in the document."""
    subtotals: list[ReportCount] = []
    rows: list[ReportCount] = []
    for block in doc.of_kind("table"):
        caption_year = _caption_year(doc, block, names_staff)
        if caption_year is None and year is None:
            continue
        if caption_year is None and not _caption_year(doc, block, names_staff, dated=False):
            continue
        for item, subtotal in _counts(block, caption_year or year or 0):
            (subtotals if subtotal else rows).append(item)
    yield from subtotals
    yield from rows


def _caption_year(
    doc: StructuredDocument, block: Block, names_staff: Callable[[str], bool], dated: bool = True
) -> int | None:
    """The year of the staff caption in the blocks just above (a page header's cells too):
    the one year it names; 0 when `dated` is False and a caption names staff at all."""
    for other in doc.blocks[max(0, block.index - _CAPTION_REACH) : block.index + 1]:
        texts = [other.text]
        if other.table is not None:
            texts = [*other.table.header, *(c.text for r in other.table.rows for c in r)]
        for text in texts:
            if text.strip() and names_staff(text):
                years = {m.year for m in year_mentions(label_key(text))}
                if len(years) == 1:
                    return years.pop()
                if not dated:
                    return 0
    return None


def _counts(block: Block, year: int) -> Iterator[tuple[ReportCount, bool]]:
    table = block.table
    if table is None:
        return
    # the label row: the table's header, or a row under the page header's lines inside it
    lines = [list(table.header), *([c.text for c in r] for r in table.rows)]
    at = next((k for k, line in enumerate(lines) if _labels(line) is not None), None)
    if at is None:
        return
    header = lines[at]
    name, total = _labels(header) or (0, 0)
    named = [k for k, h in enumerate(header) if k < total and field_of(h, exact=True) == "division"]
    # 「所属 | 所属名称」 over 「010100 | 総務課」: the column of names, not of the units' codes
    name = next((k for k in named if _names_units(table.rows[at:], k)), name)
    cues = cues_of("previousYear")
    previous = next((k for k, h in enumerate(header) if k > total and h.startswith(cues)), None)
    for printed in table.rows[at:]:
        row, found = list(printed), _row_unit(printed, name)
        if found is None and len(row) < len(header):
            # 「****** 総合計 ******」: the codes' cells merged, the figures still under theirs
            row = [Cell("", 0, 0)] * (len(header) - len(row)) + row
            found = _row_unit(row, name)
        if found is None:
            continue
        cell, subtotal = found
        for column, when in ((total, year), (previous, year - 1)):
            if column is None or column >= len(row) or not _COUNT.match(row[column].text):
                continue
            count = int(row[column].text.replace(",", ""))
            yield ReportCount(cell.text, when, count, cell, row[column]), subtotal


def _names_units(rows: list[list[Cell]], column: int) -> bool:
    """Whether most filled cells of a column name units (not codes nor marks)."""
    cells = [label_key(r[column].text) for r in rows if column < len(r) and r[column].text.strip()]
    return bool(cells) and 2 * sum(unit_kind(c) is not None for c in cells) > len(cells)


def _labels(line: list[str]) -> tuple[int, int] | None:
    """The unit-name column and the total column of a label row, or None."""
    name = next((k for k, h in enumerate(line) if field_of(h, exact=True) == "division"), None)
    total = next((k for k, h in enumerate(line) if field_of(h, exact=True) == "total"), None)
    return None if name is None or total is None or total < name else (name, total)


def _row_unit(row: list[Cell], name: int) -> tuple[Cell, bool] | None:
    """The unit a row counts and whether the row is a subtotal (the unit's whole)."""
    first = next((c for c in row if c.text.strip()), None)
    total = first is not None and field_of(_MARKS.sub("", first.text)) == "total"
    if first is not None and total and (len(row) <= name or not row[name].text.strip()):
        if (unit := _unit_before_total(first)) is not None:
            return unit, True  # 「企画部　計」 after the 部's 課: the 部's whole
        return Cell("", first.start, first.end), True  # 「*** 総合計 ***」: the body
    if name >= len(row):
        return None
    cell = row[name]
    key = label_key(cell.text)
    if unit_kind(key) is not None and field_of(key, exact=True) is None:
        return cell, False
    if name > 0 and _total_word(key):
        unit = row[name - 1]  # 「** | ○○課 | 課計 | **」: the unit before the total word
        if unit_kind(label_key(unit.text)) is not None:
            return unit, True
    return None


def _unit_before_total(cell: Cell) -> Cell | None:
    """「企画部　計」: the unit a total line names before its total word, else None."""
    text = _MARKS.sub(" ", cell.text).strip()
    for label in sorted(labels_of("total"), key=len, reverse=True):
        if text.endswith(label) and len(text) > len(label):
            rest = text[: -len(label)].strip()
            if unit_kind(label_key(rest)) is not None and field_of(rest, exact=True) is None:
                at = cell.text.find(rest)
                return Cell(rest, cell.start + max(at, 0), cell.start + max(at, 0) + len(rest))
            return None
    return None


def _total_word(key: str) -> bool:
    """「課計」「部計」: a unit suffix and the total word, or a total label."""
    if field_of(key, exact=True) == "total":
        return True
    suffix, word = key[:1], key[1:]
    unit = unit_kind(suffix) is None and unit_kind("某" + suffix) is not None  # 「課」 alone
    return len(key) == 2 and unit and field_of(word, exact=True) == "total"
