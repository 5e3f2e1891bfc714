"""An organisation chart whose connector lines were lost: names placed in columns.

A 機構図 drawn left to right with boxes and lines, printed to text (`pdftotext -layout`),
keeps only the boxes' labels at their places: 町長 and 副町長 in the first columns, each 課
in the next at the vertical middle of its 係, each 係 in the last column. Each name's parent
is, in the column just to its left, the nearest name in its run of lines (a blank line ends a
run; one on its own line first); else a name further left on its line (a box joined across an
empty column); else the nearest one above it in that column (a parent at the middle of a long
run of children), else the nearest below. The names become list items nested as deep as they
sit, parents first — how the recognisers read a hierarchy printed as a nested list (a post
such as 副町長 between two units only groups them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from loaders.structure.drawn_trees import TreeNode
from loaders.structure.tables import printed_width
from loaders.text.normalize import Line

_GAP = re.compile(r"[ \u3000]{3,}")
_COUNTED = re.compile(r"^(?P<name>[^\s()（）0-9０-９]{2,20})[(（][0-9０-９]{1,4}[)）]$")
_WORD = re.compile(r"^[^\s0-9０-９()（）、。:：・]{2,8}$")
_SPACED_WORD = re.compile(r"^[^\s0-9０-９]( [^\s0-9０-９]){1,3}$")  # 「町 長」 letter-spaced
_MIN_NAMES = 8
_MIN_COLUMNS = 3
_COLUMN_GAP = 4  # printed places between two columns' starts at least
_MAX_BLANKS = 3


@dataclass
class _Name:
    line: int  # index in the region
    column: int  # printed column where the name starts
    start: int
    end: int
    text: str
    level: int = 0
    parent: int | None = None


def _names(text: str, line: Line, at: int) -> list[_Name] | None:
    """The names a chart's line places, or None when any part of it is no name."""
    raw = text[line.start : line.end]
    parts: list[_Name] = []
    pos = 0
    for piece in [*_GAP.finditer(raw), None]:
        end = piece.start() if piece else len(raw)
        chunk = raw[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            word = chunk.strip()
            if not _is_name(word):
                return None
            begin = pos + lead
            printed = line.text[begin : begin + len(word)]  # (folded: half-width digits)
            parts.append(_Name(at, printed_width(raw[:begin]), line.start + begin,
                               line.start + begin + len(word), printed))  # fmt: skip
        pos = piece.end() if piece else len(raw)
    return parts


def _is_name(word: str) -> bool:
    from loaders.genres.units import unit_kind  # (the units' vocabulary reads no structure)

    folded = word.replace("\u3000", " ")
    return bool(
        _COUNTED.match(folded)
        or unit_kind(folded) is not None
        or _WORD.match(folded)
        or _SPACED_WORD.match(folded)
    )


def position_chart(text: str, lines: Sequence[Line], i: int) -> tuple[int, list[TreeNode]] | None:
    """The chart opening at line `i` (its end and its names, parents first), else None."""
    found: list[_Name] = []
    k, blanks, end = i, 0, i
    while k < len(lines):
        if not lines[k].text.strip():
            blanks += 1
            if blanks > _MAX_BLANKS:
                break
            k += 1
            continue
        names = _names(text, lines[k], k - i)
        if not names:
            break
        blanks = 0
        found.extend(names)
        k += 1
        end = k
    if len(found) < _MIN_NAMES or not any(sum(n.line == m.line for m in found) > 1 for n in found):
        return None
    starts = sorted({n.column for n in found})
    clusters = [starts[0]]
    for column in starts[1:]:
        if column - clusters[-1] > _COLUMN_GAP:
            clusters.append(column)
    if len(clusters) < _MIN_COLUMNS:
        return None
    for name in found:
        name.level = max(c for c, start in enumerate(clusters) if start <= name.column)
    runs = _runs(lines[i:end])
    for level in range(1, len(clusters)):
        _place(found, level, runs)
    return end, _in_tree_order(found)


def _place(found: list[_Name], level: int, runs: list[int]) -> None:
    """The parents of the names of column `level`: in the column just left, the nearest
    name in its run of lines (one on its own line first); else the name left of it on its
    line; else, in the column just left, the nearest name above it (a parent at the middle
    of a long run of children), else the nearest below."""
    for name in (n for n in found if n.level == level):
        beside = [k for k, n in enumerate(found) if n.line == name.line and n.level < level]
        left = [k for k, n in enumerate(found) if n.level == level - 1]
        run = [k for k in left if runs[found[k].line] == runs[name.line]]
        above = [k for k in left if found[k].line < name.line]
        below = [k for k in left if found[k].line > name.line]
        if run:  # (the name left of it on its line first, when it is in that column)
            name.parent = min(run, key=lambda k: (abs(found[k].line - name.line), found[k].line))
        elif beside:  # 「議会　　　　議会事務局」: a box joined across an empty column
            name.parent = max(beside, key=lambda k: found[k].level)
        elif above or below:
            name.parent = max(above, key=lambda k: found[k].line) if above else below[0]


def _runs(lines: Sequence[Line]) -> list[int]:
    """The run (between blank lines) each line of the region is in."""
    runs, run = [], 0
    for line in lines:
        if not line.text.strip():
            run += 1
        runs.append(run)
    return runs


def _in_tree_order(found: list[_Name]) -> list[TreeNode]:
    """The names depth first, each parent before its children, children by line."""
    children: dict[int | None, list[int]] = {}
    for k, name in enumerate(found):
        children.setdefault(name.parent, []).append(k)
    nodes: list[TreeNode] = []

    def visit(k: int, depth: int) -> None:
        name = found[k]
        nodes.append(TreeNode(name.text, name.start, name.end, depth))
        for child in sorted(children.get(k, []), key=lambda c: (found[c].line, found[c].column)):
            visit(child, depth + 1)

    for root in sorted(children.get(None, []), key=lambda c: (found[c].line, found[c].column)):
        visit(root, 0)
    return nodes
