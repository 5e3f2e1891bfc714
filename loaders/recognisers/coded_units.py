"""Units' parents from the codes a table prints beside their names (所属コード).

A staff or organisation list exported from a personnel system prints each unit's code in a
column of its own, and the code is the hierarchy: fixed-width digits in groups of two, a
group per level, the levels below the unit zero (「010000 総務部」, 「010100 総務課」, 「010201
庶務係」). The rows may be in any order and indented not at all; the code alone says that
総務課 is of 総務部. A unit's parent is the row whose code is its own with its last
non-zero group set to zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.field_vocabulary import label_key
from loaders.genres.units import unit_kind
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Table

_CODE = re.compile(r"^[0-9]{4,10}$")
_GROUP = 2  # digits per level
_MIN_ROWS = 3


def _parent_code(code: str) -> str | None:
    groups = [code[k : k + _GROUP] for k in range(0, len(code), _GROUP)]
    for k in range(len(groups) - 1, 0, -1):
        if groups[k] != "0" * _GROUP:
            return "".join(groups[:k]) + "0" * (_GROUP * (len(groups) - k))
    return None


def _coded_columns(table: Table) -> tuple[int, int] | None:
    """(the code column, the name column beside it) of a table listing units by code."""
    width = max((len(r) for r in table.rows), default=0)
    for k in range(width - 1):
        codes = [r[k].text.strip() for r in table.rows if k < len(r) and r[k].text.strip()]
        if len(codes) < _MIN_ROWS or not all(_CODE.match(c) for c in codes):
            continue
        if len({len(c) for c in codes}) != 1 or len(codes[0]) % _GROUP:
            continue
        names = [r[k + 1].text.strip() for r in table.rows if k + 1 < len(r)]
        if sum(1 for n in names if unit_kind(label_key(n))) * 2 > len(names):
            return k, k + 1
    return None


def coded_parents(doc: StructuredDocument) -> Iterator[tuple[str, str]]:
    """(unit, parent) for each unit a table lists by a hierarchical code whose parent's
    code is listed too."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or (columns := _coded_columns(table)) is None:
            continue
        code_column, name_column = columns
        named = {
            r[code_column].text.strip(): r[name_column].text.strip()
            for r in table.rows
            if name_column < len(r) and r[code_column].text.strip()
        }
        for code, name in named.items():
            parent = _parent_code(code)
            if parent is not None and parent in named and unit_kind(label_key(name)):
                yield name, named[parent]
