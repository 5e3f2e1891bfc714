"""A task list exported as a sheet: each row a record whose notes cell holds labelled lines.

A planner's or a tracker's CSV export (Microsoft Planner, Backlog, a kintone app) gives each
entry a row: its coded title (「Ⅰ－１－① 名称」), the group it is filed in (a bucket named
「Ⅰ－１ 歳入の確保」), short fields (status, dates, labels) and one notes cell of many lines,
each a labelled field (「所管：…」, 「【評価】R7：Ａ」). Read as a table, the notes cell is one
run-on line and its labels say nothing. Read as what a person sees when opening the entry,
each row is a record: its groups (the coded values of its cells, 「基本方針Ⅰ …」 over
「Ⅰ－１ …」) as headings where they change, its title as the entry's heading, the labelled
values of its short cells (「R7評価：Ａ」 among its labels), then the notes' own lines. The
system's own fields (IDs, dates, flags, people) are left out, as the card shows them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.text.policy_codes import find_leading_code

Line = list[tuple[str, tuple[int, int]]]  # one line's cells, each with its (row, column)

_MIN_WIDE = 4  # a header of this many labels or more
_MIN_RECORDS = 2
# a labelled line of a notes cell: 「所管：…」, 「【取組指標】…」, 「基準値（R5）：…」
_LABELLED = re.compile(r"^\s*(?:【[^】]{1,20}】|[^:：\s]{1,20}[:：])")
_MIN_LABELLED = 2  # labelled lines in a notes cell


def _labelled_lines(cell: str) -> int:
    return sum(1 for line in cell.splitlines() if _LABELLED.match(line))


def _notes_column(rows: Sequence[Sequence[str]], width: int) -> int | None:
    """The column whose cells, in most rows, hold several labelled lines."""
    for k in range(width):
        cells = [row[k] for row in rows if k < len(row) and row[k].strip()]
        noted = [c for c in cells if _labelled_lines(c) >= _MIN_LABELLED]
        if cells and 2 * len(noted) > len(rows):
            return k
    return None


def _coded(cell: str) -> bool:
    lead = find_leading_code(cell.strip())
    return lead is not None and bool(lead.label) and "\n" not in cell.strip()


def _title_column(rows: Sequence[Sequence[str]], width: int) -> int | None:
    """The first column whose cells are names of their own, most of them coded (the entry's
    title; a task of the secretariat's own among them prints no code)."""
    for k in range(width):
        cells = [row[k].strip() if k < len(row) else "" for row in rows]
        coded = sum(1 for c in cells if _coded(c))
        if all(cells) and 3 * coded >= 2 * len(cells) and len(set(cells)) == len(cells):
            return k
    return None


def record_lines(read: Sequence[Sequence[str]]) -> list[Line] | None:
    """The sheet's lines with its task table written as records (see the module), or None
    when it holds no such table."""
    for h, header in enumerate(read):
        labels = [c.strip() for c in header]
        if sum(1 for c in labels if c) < _MIN_WIDE or any("\n" in c for c in labels):
            continue
        rows = [r for r in read[h + 1 :] if any(c.strip() for c in r)]
        if len(rows) < _MIN_RECORDS:
            return None
        width = len(labels)
        notes = _notes_column(rows, width)
        title = _title_column(rows, width)
        if notes is None or title is None:
            return None
        return _written(read, h, notes, title)
    return None


_PARTS = re.compile(r"[;；\n]")  # a cell listing several values (a task's labels)


def _depth(text: str) -> int:
    lead = find_leading_code(text)
    return len(lead.code.parts) if lead is not None else 0


def _preamble_line(row: Sequence[str], r: int) -> Line:
    """A line over the table (「プラン名 | …」) as its cells, up to its last filled one."""
    last = max((k for k, c in enumerate(row) if c.strip()), default=-1)
    return [(c, (r, k)) for k, c in enumerate(row[: last + 1])]


def _written(read: Sequence[Sequence[str]], h: int, notes: int, title: int) -> list[Line]:
    lines: list[Line] = [_preamble_line(row, r) for r, row in enumerate(read[:h])]
    above: list[str] = []  # the coded groups over the last record, broadest first
    for r in range(h + 1, len(read)):
        row = read[r]
        if not any(c.strip() for c in row):
            continue
        groups: list[tuple[str, int]] = []  # 「Ⅰ－１ 歳入の確保」, 「基本方針Ⅰ …」: its levels
        fields: list[tuple[str, int]] = []  # 「R7評価：Ａ」 among its labels
        for k, cell in enumerate(row):
            if k in (title, notes):
                continue
            for part in (p.strip() for p in _PARTS.split(cell)):
                if part and _coded(part):
                    groups.append((part, k))
                elif part and _LABELLED.match(part):
                    fields.append((part, k))
        groups.sort(key=lambda g: _depth(g[0]))
        lines.append([])
        for n, (text, k) in enumerate(groups):
            if n >= len(above) or above[n] != text or any(
                above[m] != groups[m][0] for m in range(n)
            ):
                lines.append([(text, (r, k))])
        above = [text for text, _ in groups]
        lines.append([(row[title].strip(), (r, title))])
        lines.extend([(text, (r, k))] for text, k in fields)
        if notes < len(row):
            lines.extend([(ln.strip(), (r, notes))] for ln in row[notes].splitlines() if ln.strip())
    return lines
