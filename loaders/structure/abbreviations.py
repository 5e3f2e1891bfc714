"""Units written as one-letter abbreviations a legend spells out.

A small body's sheet saves room in its 担当 column: 「総」「住」「保」, with a legend under the
table 「担当欄の略称　総：総務課、住：住民課、保：保健福祉課」 (and perhaps a note adding more:
「議：議会事務局」). A table column whose every filled cell is such an abbreviation names the
units the legend gives; its cells are read as those names (their spans stay on the letters
printed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.structure.blocks import Block, Cell, Table

# 「総：総務課」: an abbreviation of a letter or two, a colon, a unit's name
_PAIR = re.compile(
    r"(?:^|[\s、,，（(])(?P<short>[^\W\d_]{1,2})\s*[:：]\s*"
    r"(?P<name>[^\s、,，。:：()（）]{2,24}?(?:課|室|局|部|事務局|委員会|センター|所|署))"
    r"(?=[\s、,，。)）]|です|$)"
)
_MIN_PAIRS = 3  # in the legend line itself (a note adding one or two to it reads with it)


def legend(text: str) -> dict[str, str]:
    """Abbreviation → unit name, from the lines of `text` that spell out several (a line
    adding a pair or two counts once a legend line was found)."""
    found: dict[str, str] = {}
    lines = text.splitlines()
    pairs = [[(m.group("short"), m.group("name")) for m in _PAIR.finditer(ln)] for ln in lines]
    if not any(len(p) >= _MIN_PAIRS for p in pairs):
        return {}
    for line_pairs in pairs:
        for short, name in line_pairs:
            found.setdefault(short, name)
    return found


def expanded(blocks: list[Block], text: str) -> list[Block]:
    """`blocks` with each table column of abbreviations read as the names they stand for."""
    names = legend(text)
    if not names:
        return blocks
    out = []
    for block in blocks:
        if block.table is not None and (table := _expanded_table(block.table, names)):
            block = replace(block, table=table)
        out.append(block)
    return out


def _expanded_table(table: Table, names: dict[str, str]) -> Table | None:
    width = max((len(r) for r in table.rows), default=0)
    columns = []
    for k in range(width):
        cells = [r[k].text.strip() for r in table.rows if k < len(r) and r[k].text.strip()]
        if len(cells) >= 2 and sum(c in names for c in cells) >= max(2, len(cells) - 2) and all(
            c in names or len(c) >= 2 for c in cells
        ):
            columns.append(k)  # (a total or an other row 「公債費・予備費等」 may stand among them)
    if not columns:
        return None
    rows = [
        [Cell(names[c.text.strip()], c.start, c.end) if k in columns and c.text.strip() in names
         else c for k, c in enumerate(row)]
        for row in table.rows
    ]  # fmt: skip
    return Table(header=table.header, rows=rows, header_cells=table.header_cells)
