"""Tables whose columns are headed by item codes that a legend above them defines.

A data export often heads its columns with short codes (「c01 | c02 | …」) and prints what
each code means in a legend before the table (「# c02　事業名」, one line or row per code).
The codes say nothing to a reader of fields; the legend's labels do. `relabel_coded_headers`
gives such a table its legend's labels as header, so recognisers read the columns by the
field words they know (`ontology/fields.ttl`).
"""

from __future__ import annotations

import re

from loaders.structure.blocks import Block

# 「c01」, 「A1」, 「項目3」 are too varied: a code is a few letters, then a few digits
_CODE = re.compile(r"[A-Za-z]{1,3}_?[0-9]{1,3}")
# a legend lies within a few blocks above its table
_LEGEND_BLOCKS = 4


def relabel_coded_headers(blocks: list[Block]) -> None:
    """Give each table headed only by codes the labels a legend above it defines, when the
    legend defines every one of its codes."""
    for block in blocks:
        table = block.table
        if block.kind != "table" or table is None:
            continue
        codes = [h.strip() for h in table.header]
        if len(codes) < 2 or not all(_CODE.fullmatch(c) for c in codes):
            continue
        legend = _legend(blocks[max(0, block.index - _LEGEND_BLOCKS) : block.index])
        if all(c in legend for c in codes):
            table.header = [legend[c] for c in codes]


def _legend(blocks: list[Block]) -> dict[str, str]:
    """Code → label of the legend lines in `blocks`: a table row or a line whose cells are
    a code and then its label (a comment mark 「#」 before them allowed)."""
    found: dict[str, str] = {}
    for block in blocks:
        rows: list[list[str]] = []
        if block.table is not None:
            rows = [block.table.header, *([c.text for c in r] for r in block.table.rows)]
        else:
            rows = [block.text.split()]
        for cells in rows:
            words = [c.strip() for c in cells if c.strip() and c.strip() != "#"]
            if len(words) == 2 and _CODE.fullmatch(words[0]):
                found.setdefault(words[0], words[1])
    return found
