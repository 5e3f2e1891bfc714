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

from loaders.field_vocabulary import field_of
from loaders.text.policy_codes import find_leading_code

Line = list[tuple[str, tuple[int, int]]]  # one line's cells, each with its (row, column)

_MIN_WIDE = 4  # a header of this many labels or more
_MIN_RECORDS = 2
# a labelled line of a notes cell: 「所管：…」, 「【取組指標】…」, 「基準値（R5）：…」
# (a line in bold alone, 「*取組内容*」 in a tracker's wiki markup, heads the lines under it)
# (a list item's mark may open it: 「* 所管：…」; a wiki heading 「h4. 取組内容」 heads lines too)
_LABELLED = re.compile(
    r"^\s*(?:[*\-・]\s+)?(?:【[^】]{1,20}】|(?![0-9]+[:：])\*{0,2}[^:：\s|*]{1,20}[:：]"
    r"|\*{1,2}[^*\s][^*]{0,19}\*{1,2}\s*$|h[1-6]\.\s+\S)"
)
# 「h4. 取組内容」: a tracker's wiki heading in a notes cell, printed as the label it is
_WIKI_HEADING = re.compile(r"^h[1-6]\.\s+(?P<text>\S.*)$")
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


# fields a record's title names (its key, its type: 「課題キー」「課題タイプ」), not values
_TITLE_FIELDS = ("initiative", "policy", "project")
_UNIT_FIELDS = ("division", "department")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _named_value(label: str, value: str) -> bool:
    """A short cell worth a line 「label：value」: a value of a field of the vocabulary (an
    indicator, a target, a grade, the unit in charge — a unit by its name, not an account
    「t.sakai」 nor a person)."""
    if not label or not value or "\n" in value:
        return False
    field = field_of(label)
    if field is None or field in _TITLE_FIELDS:
        return False
    # (a unit is one word; 「○○ ○○」 under 「担当者」 is a person)
    return field not in _UNIT_FIELDS or (bool(_JAPANESE.search(value)) and " " not in value)


def _note_line(line: str) -> str:
    """A notes cell's line as printed: a wiki heading (「h4. 取組内容」) as its label."""
    heading = _WIKI_HEADING.match(line.strip())
    return f"【{heading.group('text').strip()}】" if heading else line.strip()


def _in_code_order(read: Sequence[Sequence[str]], h: int, title: int) -> list[int]:
    """The records' rows in the order of their titles' codes (a tracker lists them by last
    update; the plan they track reads Ⅰ, Ⅰ-1, Ⅰ-1-① …), so each coded record stands under
    the record of the level above it; a record without a code after the coded one it follows."""
    keyed: list[tuple[tuple[int, ...], int]] = []
    last: tuple[int, ...] = ()
    for r in range(h + 1, len(read)):
        cell = read[r][title].strip() if title < len(read[r]) else ""
        code = _code_parts(cell)
        if code is None:  # under the deepest coded record its cells name (its parent's)
            named = [c for k, c in enumerate(read[r]) if k != title and _coded(c)]
            codes = [p for p in map(_code_parts, named) if p is not None]
            code = (*(max(codes, key=len) if codes else last), _UNCODED)
        else:
            last = code
        keyed.append((code, r))
    return [r for _, r in sorted(keyed)]


def _within(chain: list[str], text: str) -> list[str]:
    """The levels of `chain` that `text`'s code lies under (Ⅰ and Ⅰ-1 for Ⅰ-1-②)."""
    code = _code_parts(text) or ()
    return [c for c in chain if (p := _code_parts(c)) is not None and code[: len(p)] == p
            and len(p) < len(code)]  # fmt: skip


_UNCODED = 10_000  # a record without a code sorts after the coded ones of its level


def _code_parts(cell: str) -> tuple[int, ...] | None:
    lead = find_leading_code(cell.strip()) if cell.strip() else None
    return tuple(lead.code.parts) if lead is not None and lead.label else None


def _written(read: Sequence[Sequence[str]], h: int, notes: int, title: int) -> list[Line]:
    lines: list[Line] = [_preamble_line(row, r) for r, row in enumerate(read[:h])]
    above: list[str] = []  # the coded groups over the last record, broadest first
    for r in _in_code_order(read, h, title):
        row = read[r]
        if not any(c.strip() for c in row):
            continue
        groups: list[tuple[str, int]] = []  # 「Ⅰ－１ 歳入の確保」, 「基本方針Ⅰ …」: its levels
        fields: list[tuple[str, int]] = []  # 「R7評価：Ａ」 among its labels
        named: list[Line] = []  # 「指標 | …」: a short cell under a field's label
        for k, cell in enumerate(row):
            if k in (title, notes):
                continue
            for part in (p.strip() for p in _PARTS.split(cell)):
                if part and _coded(part):
                    groups.append((part, k))
                elif part and _LABELLED.match(part):
                    fields.append((part, k))
            label = read[h][k].strip() if k < len(read[h]) else ""
            if _named_value(label, cell.strip()):
                named.append([(f"{label}：{cell.strip()}", (r, k))])
        own = row[title].strip() if title < len(row) else ""
        groups = [g for g in groups if g[0] != own]  # an epic's name cell: its own title
        groups.sort(key=lambda g: _depth(g[0]))
        lines.append([])
        for text, k in groups:  # each level not already over the last record
            if text not in above:
                lines.append([(text, (r, k))])
                above = [*_within(above, text), text]
        if _code_parts(own) is not None:  # a record's own level, over its sub-records
            above = [*_within(above, own), own]
        lines.append([(row[title].strip(), (r, title))])
        lines.extend([(text, (r, k))] for text, k in fields)
        printed = {text for text, _ in groups}
        lines.extend(line for line in named if line[0][0].split("：", 1)[1] not in printed)
        if notes < len(row):
            lines.extend([(_note_line(ln), (r, notes))] for ln in row[notes].splitlines()
                         if ln.strip())  # fmt: skip
    return lines
