"""An organisation chart drawn with box characters, as a 機構図 PDF's text (or a plain-text
page) prints it, the tree growing to the right:

    町長 ─┬─ 副町長 ─┬─ 総務課 ───┬─ 総務係
          │          │            └─ 税務係
          │          └─ 企画課 ───── 企画係

A name joined by a line (─) to the name before it on its line sits under that name; a name
after a branch (├─, └─) sits under the name left of the fork (┬) that branch hangs from, up
the vertical line (│) at the branch's column. Each name becomes a list item nested as deep as
it sits in the tree, which is how the recognisers read a hierarchy printed as a nested list
(a post such as 副町長 between two units only groups them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from loaders.structure.numbering import leading_numbering
from loaders.text.normalize import Line

STROKES = "─━│┃┬┳├┣└┗┌┏┐┓┘┛┤┫┼╋"
_HORIZONTAL = "─━"
_BRANCH = "├┣└┗"
_FORK = "┬┳┌┏"
_VERTICAL = "│┃├┣"
# a name: words apart by single spaces at most (a stroke or a wide gap ends it)
_NODE = re.compile(rf"[^\s\u3000{STROKES}]+(?: [^\s\u3000{STROKES}]+)*")
_JOINED = re.compile(rf"[{_HORIZONTAL}]{{2,}}|[{_HORIZONTAL}][{_FORK}]|[{_FORK}][{_HORIZONTAL}]")


@dataclass(frozen=True)
class TreeNode:
    text: str
    start: int  # offsets into the document
    end: int
    depth: int


def _columns(text: str) -> list[int]:
    """The display column of each character (wide kana and kanji two, strokes one)."""
    cols, col = [], 0
    for ch in text:
        cols.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in "FW" else 1
    return cols


def _tree_line(text: str) -> bool:
    """A line of the chart: names joined by strokes, or strokes alone (│ going down)."""
    stripped = text.strip()
    if not stripped or not any(ch in STROKES for ch in stripped):
        return False
    if not _NODE.search(stripped):
        return all(ch in STROKES or ch.isspace() for ch in stripped)
    return bool(_JOINED.search(stripped)) or any(ch in _BRANCH for ch in stripped)


def drawn_tree_end(lines: Sequence[Line], i: int) -> int:
    """The end of a drawn chart from line `i` (its lines in a row, one joining two names by
    a stroke at least); else `i`."""
    j = i
    while j < len(lines) and _tree_line(lines[j].text):
        j += 1
    joined = any(_NODE.search(lines[k].text) and _JOINED.search(lines[k].text)
                 for k in range(i, j))  # fmt: skip
    names = [m.group() for k in range(i, j) for m in _NODE.finditer(lines[k].text)]
    if any(leading_numbering(name) is not None for name in names):
        return i  # 「Ⅰ-1 健康づくり ── Ⅰ-1-1 …」: a plan's system, its codes read as an outline
    return j if joined else i


def drawn_tree(lines: Sequence[Line]) -> list[TreeNode]:
    """The names of the chart in reading order, each with its depth."""
    cols = [_columns(line.text) for line in lines]
    placed: list[list[tuple[int, int, int]]] = []  # per line: (first column, last column, node)
    nodes: list[TreeNode] = []
    depth_of: list[int] = []
    for k, line in enumerate(lines):
        row: list[tuple[int, int, int]] = []
        previous_end = 0
        for match in _NODE.finditer(line.text):
            a, b = match.span()
            between = line.text[previous_end:a]
            parent: int | None = None
            if (
                row
                and any(ch in _HORIZONTAL for ch in between)
                and not any(ch in _BRANCH for ch in between)
            ):
                parent = row[-1][2]  # joined to the name before it on its line
            elif (branch := _last_branch(between)) is not None:
                column = cols[k][previous_end + branch]
                parent = _fork_owner(lines, cols, placed, k, column)
            depth = depth_of[parent] + 1 if parent is not None else 0
            index = len(nodes)
            nodes.append(TreeNode(match.group(), line.start + a, line.start + b, depth))
            depth_of.append(depth)
            row.append((cols[k][a], cols[k][b - 1], index))
            previous_end = b
        placed.append(row)
    return nodes


def _last_branch(between: str) -> int | None:
    at = max(between.rfind(ch) for ch in _BRANCH)
    return at if at >= 0 else None


def _fork_owner(
    lines: Sequence[Line],
    cols: list[list[int]],
    placed: list[list[tuple[int, int, int]]],
    k: int,
    column: int,
) -> int | None:
    """The name a branch at `column` of line `k` hangs from: up the vertical line at that
    column to the fork, then the name left of the fork on that line."""
    for up in range(k - 1, -1, -1):
        found = _stroke_near(lines[up].text, cols[up], column)
        if found is None:
            return None
        ch, column = found
        if ch in _VERTICAL:
            continue
        if ch in _FORK:
            left = [node for first, last, node in placed[up] if last < column]
            return left[-1] if left else None
        return None
    return None


_SLACK = 2  # columns a chart typed by hand may set a stroke off its line (a wide name)


def _stroke_near(text: str, cols: list[int], column: int) -> tuple[str, int] | None:
    """The vertical stroke or fork at `column` of a line, or the nearest within `_SLACK`."""
    near = [(abs(col - column), text[index], col) for index, col in enumerate(cols)
            if abs(col - column) <= _SLACK and text[index] in _VERTICAL + _FORK]  # fmt: skip
    if not near:
        return None
    _, ch, col = min(near)
    return ch, col
