"""Labels printed down the left margin one character a line, blanked.

A form whose tall merged cell carries its label written vertically (事 / 業 / 費 beside the
rows of the costs, 活 / 動 / ・ / 成 / 果 / 指 / 標 beside the indicators) comes out of
`pdftotext -layout` as one character at the start of each of those lines, before the
row's own cells. Read as a cell, each character shifts its row one column off its header
(and a character alone on its line reads as a heading). The characters label the block,
not a row: they are blanked here (same offsets), so the rows line up under their header.
"""

from __future__ import annotations

import re

from loaders.structure.tables import printed_width

_MARGIN_MAX = 12  # printed places before a stacked character: the form's left margin
_MIN_STACK = 2  # characters down the margin that make a stacked label
# one character alone at the margin, then a wide gap or the line's end
_STACKED = re.compile(
    r"^(?P<pad>[ \u3000]*)(?P<char>[\u3040-\u30ff\u4e00-\u9fff々・])(?:[ \u3000]{2,}|$)"
)


def _stacked_at(line: str) -> tuple[int, int] | None:
    """(offset, printed column) of a stacked label's character on `line`, or None."""
    found = _STACKED.match(line)
    if found is None:
        return None
    column = printed_width(found.group("pad"))
    if column > _MARGIN_MAX or not found.group("pad"):
        return None
    return found.start("char"), column


def blank_stacked_labels(folded: str) -> str:
    """`folded` with each run of stacked margin characters (see the module) blanked."""
    lines = folded.split("\n")
    offsets = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    blanks: list[int] = []
    run: list[int] = []
    column: int | None = None
    for k, line in enumerate([*lines, ""]):
        found = _stacked_at(line) if k < len(lines) else None
        if found is not None and (column is None or found[1] == column):
            run.append(offsets[k] + found[0])
            column = found[1]
            continue
        if not line.strip() and run and k < len(lines):
            continue  # a blank line inside the stack: the merged cell goes on
        if sum(1 for p in run if folded[p] != "・") >= _MIN_STACK:
            blanks.extend(run)  # a word's letters (a middle dot between them, not alone)
        run, column = [], None
        if found is not None:
            run, column = [offsets[k] + found[0]], found[1]
    if not blanks:
        return folded
    chars = list(folded)
    for position in blanks:
        chars[position] = "\u3000" if printed_width(chars[position]) == 2 else " "
    return "".join(chars)
