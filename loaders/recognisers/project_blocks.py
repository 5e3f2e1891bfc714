"""A block of lines per project, as PDF text prints a plan's project sheets.

A plan laid out as one box per 事業 comes out of PDF extraction as a block of lines with the
labels at the left (「事業名　X事業」, 「担当所属　Y課」, 「計画額　R7 1,000千円　R8 …」), blank
lines between the blocks. A label broken over two lines (「事業の概」 over 「要」) or a wrapped
description leaves lines in the block that are no field, so the fields of one block are not
all adjacent; and the amounts line continues on the next line (「（千円）　R9　1,100千円」).

`block_lines` gives the lines of a project field's block (before and after the field, up to a
blank line or another project field); `year_series` reads a budget label's line of year
amounts with its continuation lines. Both only look at the few lines of one block, so
reading stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.field_vocabulary import field_of
from loaders.structure import Block, StructuredDocument
from loaders.text.amounts import YearAmount, unit_scale, year_amounts

# a block is a sheet of a few lines; a longer run without a blank line is no such block
MAX_BLOCK_LINES = 14
_BLANK = re.compile(r"\n[ \t\u3000]*\n")
# 「計画額　　R7 …」: a label, a gap, then the value
_LABEL = re.compile(r"(?P<label>[^\s0-9:：]{2,12})[ \u3000:：]+(?P<value>\S.*)")
# 「（千円）　R9　…」: a continuation line may open with the unit bracket under the label
_UNIT_BRACKET = re.compile(r"[(（][^()（）]{1,6}[)）][ \u3000]*")


def block_lines(
    doc: StructuredDocument, field: Block, is_project_field: Callable[[Block], bool]
) -> tuple[list[Block], list[Block]]:
    """The lines of `field`'s block before it and after it (each nearest first): up to a
    blank line, another project field or a table; empty when the block runs on longer than a
    sheet does."""
    sides: list[list[Block]] = []
    for step in (-1, 1):
        lines: list[Block] = []
        near = field
        k = field.index + step
        while 0 <= k < len(doc.blocks):
            block = doc.blocks[k]
            if block.kind == "table" or is_project_field(block):
                break
            upper, lower = (block, near) if step < 0 else (near, block)
            if _BLANK.search(doc.text[upper.end : lower.start]):
                break
            lines.append(block)
            if len(lines) > MAX_BLOCK_LINES:
                return [], []  # a run of lines with no blank one: no sheet, stop early
            near = block
            k += step
        sides.append(lines)
    if len(sides[0]) + len(sides[1]) > MAX_BLOCK_LINES:
        return [], []
    return sides[0], sides[1]


def _offset(doc: StructuredDocument, block: Block) -> int:
    return doc.folded.find(block.text, block.start) if block.text else -1


def year_series(
    doc: StructuredDocument, lines: list[Block], unit: str | None
) -> list[YearAmount]:
    """「計画額　R7 4,321千円　R8 4,567千円」 over 「（千円）　R9 4,567千円」: the budget
    label's years and amounts (offsets into the document), continued on the lines right
    under it that hold nothing but years and amounts. Empty when the block has no such line
    (a budget field with one amount is read as a field)."""
    for k, block in enumerate(lines):
        if block.kind not in ("paragraph", "heading"):
            continue
        at = _offset(doc, block)
        match = _LABEL.fullmatch(block.text) if at >= 0 else None
        if match is None or field_of(match.group("label"), exact=True) != "budget":
            continue
        found = _shifted(year_amounts(match.group("value"), unit), at + match.start("value"))
        if not found:
            continue
        for more in lines[k + 1 :]:
            start = _offset(doc, more)
            if more.kind not in ("paragraph", "heading") or start < 0:
                break
            bracket = _UNIT_BRACKET.match(more.text)
            skip = bracket.end() if bracket else 0
            inner = more.text[1 : skip].strip(" \u3000)）") if bracket else ""
            series = year_amounts(more.text[skip:], inner if unit_scale(inner) else unit)
            if not series:
                break
            found.extend(_shifted(series, start + skip))
        years = [one.year for one in found]
        return found if len(set(years)) == len(years) else []
    return []


def _shifted(series: list[YearAmount], by: int) -> list[YearAmount]:
    return [YearAmount(one.year, one.year_start + by, one.year_end + by, one.start + by,
                       one.end + by, one.yen) for one in series]  # fmt: skip
