"""A PostgreSQL console session's results (psql, copied from a terminal or a log): the
aligned tables 「 col | col 」 over 「-----+-----」 and the expanded records of `\\x on`
(「-[ RECORD 1 ]--+-----」 over 「key | value」 lines).

Read by eye, a result is a table or a card of fields; read as text, its 「|」 separators and
its 「+」 marks (the value goes on in the line below) leave a reader no cells. So each aligned
result is written as tab-separated rows, a value broken over lines joined, and each expanded
record as its 「key：value」 fields. A database names its columns in romaji or English
(shisaku_nm, kessangaku_yen): each name is printed as the field vocabulary says a page
prints it (`loaders.field_vocabulary.printed_key`: 施策名, 決算額（円）). The row count
psql prints after a result (「(12 行)」, 「(3 rows)」) is no row.
"""

from __future__ import annotations

import re

from loaders.field_vocabulary import NAME_LABEL_ENDS, printed_key

_RULE = re.compile(r"^-+(?:\+-+)+$")
_RECORD = re.compile(r"^-\[ (?:RECORD|レコード) \d+ \]-*(?:\+-*)?$")
_COUNT = re.compile(r"^\((?:\d+ (?:行|rows?)|[0-9]+行)\)$")
_MORE = "+"  # psql's mark of a value going on in the next line


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().split("|")]


def _name(cell: str) -> str:
    return printed_key(cell) if cell else cell


def _aligned(lines: list[str], at: int, out: list[str]) -> int:
    """The aligned result whose rule is line `at` (its header already in `out`): written
    as tab rows; the index of the first line after it."""
    columns = lines[at].count("+") + 1
    header = _cells(out[-1])
    out[-1] = "\t".join(_name(c) for c in header)
    i = at + 1
    going_on = False  # the row above ended a value with 「+」: this line carries it on
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            break
        if _COUNT.match(line.strip()):
            i += 1
            break
        cells = _cells(line)
        if len(cells) != columns:
            break
        more = [c.endswith(_MORE) for c in cells]
        cells = [c.removesuffix(_MORE).rstrip() for c in cells]
        if going_on:
            above = out[-1].split("\t")
            out[-1] = "\t".join(f"{a} {c}" if a and c else a or c
                                for a, c in zip(above, cells, strict=False))  # fmt: skip
        else:
            out.append("\t".join(cells))
        going_on = any(more)
        i += 1
    return i


def _expanded(lines: list[str], at: int, out: list[str]) -> int:
    """The expanded records from line `at` (a 「-[ RECORD n ]-」 line): each one's fields
    as 「名：値」 lines, a value broken over lines joined; the index after them."""
    i = at
    while i < len(lines) and _RECORD.match(lines[i].strip()):
        record: list[tuple[str, str]] = []
        i += 1
        while i < len(lines) and "|" in lines[i] and not _RECORD.match(lines[i].strip()):
            key, _, value = lines[i].partition("|")
            value = value.strip().removesuffix(_MORE).rstrip()
            if key.strip():
                record.append((_name(key.strip()), value))
            elif record and value:  # the value of the field above, going on
                record.append(("", value))
            i += 1
        # a record headed by what it is called (its first 「…名」 field), as a page heads a
        # card, so its fields are read as that thing's
        name = next((v for k, v in record if k.endswith(NAME_LABEL_ENDS) and v), None)
        out.extend(["", f"### {name}"] if name else [""])
        out.extend(f"{k}：{v}" if k else v for k, v in record)
    out.append("")
    return i



def tab_psql_results(text: str) -> str:
    """`text` with each psql result written as rows and fields."""
    if "|" not in text or ("-+-" not in text and "RECORD" not in text and "レコード" not in text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _RULE.match(line) and out and out[-1].count("|") == line.count("+"):
            i = _aligned(lines, i, out)
            continue
        if _RECORD.match(line):
            i = _expanded(lines, i, out)
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
