"""A list whose every record takes two printed lines, each under a header line of its own.

A landscape list printed from a spreadsheet gives each record two lines: the first under a
header 「No.  事業名  所管課  令和７年度 決算額 …」, the second set in deeper under a second
header 「成果指標  単位  目標値  実績値  達成度  評価」 printed right under the first. Read
as space-aligned lines, the two halves are two tables of mismatched rows. Here each record
is one row under both headers' labels; a name wrapped onto a line of its own goes back to
its cell, and group lines between the records (「【政策４ …】」 「施策４－１ …」) break the
list into one table per group, the group lines read as lines of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.structure.tables import is_rule, split_spaces
from loaders.text.normalize import Line

_FIGURE = re.compile(r"^[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$")
_NUMBER = re.compile(r"^[0-9]{1,4}$")
_SELECTION = re.compile(r"^_+$")  # a screen's input field for an option (5=詳細), left empty
_CODE = re.compile(r"^[0-9A-Z][0-9A-Z\-]{2,}$")
_MIN_CELLS = 3
_DEEPER = 3  # places the second header is set in past the first
PAGE_FOOTER = re.compile(r"^\s*[-－―—]\s*[0-9０-９]{1,4}\s*[-－―—]\s*$")
_BARE_PAGE_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}\s*")


def is_page_number(text: str) -> bool:
    """「－ 3 －」, or 「3」 alone on a line between a list's lines: a page's number."""
    return bool(PAGE_FOOTER.match(text) or _BARE_PAGE_NUMBER.fullmatch(text))


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _labels(line: Line) -> list[Cell] | None:
    """A header line's cells: three or more, no figure, one a label of the vocabulary."""
    cells = split_spaces(line) if "\t" not in line.text else []
    if len(cells) < _MIN_CELLS or any(_FIGURE.match(c.text) for c in cells):
        return None
    return cells if any(field_of(c.text) for c in cells) else None


@dataclass
class _Header:
    first: list[str]
    second: list[str]
    first_indent: int
    second_indent: int
    end: int  # the line after the header (and its rule)
    texts: tuple[str, ...] = field(default=())


def _header_at(lines: Sequence[Line], i: int) -> _Header | None:
    """The two header lines from line `i` (the first one's labels maybe stacked over a
    line of qualifiers, 「令和７年度」 over 「決算額」), then a rule; else None."""
    first = _labels(lines[i])
    if first is None:
        return None
    k = i + 1
    stacked: list[Cell] = []
    if k < len(lines) and (under := split_spaces(lines[k])) and len(under) < len(first) and not (
        any(_FIGURE.match(c.text) for c in under)
    ) and _indent(lines[k]) > _indent(lines[i]) + _DEEPER * 4:
        stacked, k = under, k + 1  # 「決算額  予算額」 under the last labels
    if k >= len(lines) or (second := _labels(lines[k])) is None:
        return None
    if _indent(lines[k]) < _indent(lines[i]) + _DEEPER:
        return None
    if k + 1 >= len(lines):
        return None
    ruled = is_rule(lines[k + 1].text)
    if not ruled and not _opens_record(split_spaces(lines[k + 1])):
        return None  # no rule under the header: a record must follow right away
    labels = [c.text for c in first]
    for offset, cell in enumerate(stacked):
        at = len(labels) - len(stacked) + offset
        labels[at] = f"{labels[at]}{cell.text}"
    end = k + 2 if ruled else k + 1
    texts = tuple(lines[x].text for x in range(i, end))
    return _Header(labels, [c.text for c in second], _indent(lines[i]), _indent(lines[k]),
                   end, texts)  # fmt: skip


def _opens_record(cells: Sequence[Cell]) -> bool:
    """A record's first line: its number first (「3」), or a host screen's empty selection
    field (「_」) before its code (「_  10020031  X事業」)."""
    if cells and _NUMBER.match(cells[0].text):
        return True
    return len(cells) >= 2 and bool(_SELECTION.match(cells[0].text)) and bool(
        _CODE.match(cells[1].text)
    )


def _filled(cells: list[Cell], width: int) -> list[Cell]:
    """A line's cells, a cell of two words a single space apart split in two while the
    line has fewer cells than labels: a fixed-width field filled to its edge leaves one
    space before the next (「架空教育事務局 架空施設課」)."""
    cells = list(cells)
    while len(cells) < width:
        k = next((k for k, c in enumerate(cells)
                  if " " in c.text and not _FIGURE.match(c.text.split(" ")[0])), None)  # fmt: skip
        if k is None:
            break
        cell = cells[k]
        cut = cell.text.index(" ")
        rest = cell.text[cut:].lstrip()
        cells[k : k + 1] = [Cell(cell.text[:cut], cell.start, cell.start + cut),
                            Cell(rest, cell.end - len(rest), cell.end)]  # fmt: skip
    return cells


@dataclass
class _Record:
    first: list[Cell]
    second: list[Cell] = field(default_factory=list)
    end: int = 0


def _joined(cell: Cell, tail: Cell) -> Cell:
    return Cell(cell.text + tail.text, cell.start, tail.end)


def paired_line_tables(
    lines: Sequence[Line], i: int
) -> tuple[int, list[tuple[Table, int, int] | Line]] | None:
    """From line `i`, the paired-line list: the line after it, and its parts in order —
    (table, start, end) for each run of records, a line for each group line between them.
    None when line `i` opens no such list."""
    header = _header_at(lines, i)
    if header is None:
        return None
    width = len(header.first) + len(header.second)
    parts: list[tuple[Table, int, int] | Line] = []
    records: list[_Record] = []

    def close() -> None:
        if records:
            rows = [[*r.first, *r.second] for r in records]
            start = records[0].first[0].start
            parts.append((Table(header=[*header.first, *header.second], rows=rows), start,
                          records[-1].end))  # fmt: skip
            records.clear()

    k = header.end
    last = k  # the line after the last record read
    apart = False  # a blank line since the last line read
    while k < len(lines):
        line = lines[k]
        text = line.text.strip()
        if not text or PAGE_FOOTER.match(text) or text in (t.strip() for t in header.texts):
            k += 1  # a blank line, a page's footer, the header printed again on a new page
            apart = True
            continue
        wraps = not apart  # a wrapped cell's line follows its record's right away
        apart = False
        cells = split_spaces(line) if "\t" not in line.text else []
        if _opens_record(cells) and len(cells) >= len(header.first) - 1:
            if sum(bool(_FIGURE.match(c.text)) for c in cells[1:]) < 1:
                break
            records.append(_Record(cells[: len(header.first)], end=line.end))
        elif records and wraps and not records[-1].second and len(cells) == 1 and (
            _indent(line) < header.second_indent
        ):
            name = 1 if len(records[-1].first) > 1 else 0  # a name wrapped in its cell
            records[-1].first[name] = _joined(records[-1].first[name], cells[0])
            records[-1].end = line.end
        elif records and not records[-1].second and _indent(line) >= header.second_indent - 1 and (
            len(cells) >= len(header.second) - 1
        ):
            records[-1].second = _filled(cells, len(header.second))[: len(header.second)]
            records[-1].end = line.end
        elif records and wraps and records[-1].second and len(cells) == 1 and (
            _indent(line) >= header.second_indent - 1
        ):
            second = records[-1].second  # the second line's first cell wrapped
            second[0] = _joined(second[0], cells[0])
            records[-1].end = line.end
        elif len(cells) <= 2 and not any(_FIGURE.match(c.text) for c in cells):
            close()
            parts.append(line)  # a group line (「【政策４ …】」) between the records
        elif is_rule(line.text):
            pass
        else:
            break
        if records and records[-1].end == line.end:
            last = k + 1
        k += 1
    close()
    tables = [p for p in parts if isinstance(p, tuple)]
    if not tables or sum(len(t[0].rows) for t in tables) < 2:
        return None
    if any(len(row) != width for t in tables for row in t[0].rows if len(row) > width):
        return None
    end = lines[last - 1].end
    return last, [p for p in parts if not (isinstance(p, Line) and p.start >= end)]
