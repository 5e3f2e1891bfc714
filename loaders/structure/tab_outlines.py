"""An outline indented with tabs: each line one entry, its depth the tabs before it.

A word processor's outline, a slide's SmartArt tree or a plan's 施策体系 saved as text
indents each level by one more tab (「政策1」, 「\\t施策1-1」, 「\\t\\t・取組」), and may set a
line's own parts apart by tabs too (「\\t\\t施策1-1\\t名称\\t〔部 課〕」). Read as a table
of tab-separated cells it becomes a staircase of blank cells, each entry in another column
and none under its parent. The signs of an outline rather than a table: the depth (the
leading tabs) changes from line to line, never by more than one level deeper at a time, and
a line holds few parts after its indent. Each line is then read as an entry of its own at
its depth, the parent an entry less deep above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.text.normalize import Line

_BRACKETED = re.compile(r"^[(（〔【\[〈《][^\t]*[)）〕】\]〉》]$")
_MIN_LINES = 3
_MIN_TABLE_WIDTH = 4  # cells in every line alike (blank ones counted): a table, no outline
_MAX_PARTS = 4  # parts of one entry set apart by tabs after its indent (code, name, owner …)


def depth(line: Line) -> int:
    """The tabs before a line's text."""
    return len(line.text) - len(line.text.lstrip("\t"))


def _entry(line: Line) -> bool:
    text = line.text.lstrip("\t")
    if not text.strip() or text[:1].isspace():
        return False
    parts = [p for p in text.split("\t") if p.strip()]
    return 0 < len(parts) <= _MAX_PARTS and not text.rstrip(" ").endswith("\t")


def _one_part(line: Line) -> bool:
    return len([p for p in line.text.split("\t") if p.strip()]) == 1


def tab_outline_end(lines: Sequence[Line], i: int) -> int:
    """The end of a tab-indented outline starting at line `i` (its first line one tab
    in, or its root: one part at the margin over such an outline), else `i`: three
    entries at least, on two depths at least, no line deeper than one level below the line
    above, and some line at each depth from the first to the deepest; two blank lines, a
    blank line beside an entry of several parts, or a line of other shape end it."""
    if i >= len(lines) or not _entry(lines[i]) or depth(lines[i]) > 1:
        return i
    if depth(lines[i]) == 0 and (
        "\t" in lines[i].text.strip()
        or i + 1 >= len(lines)
        or depth(lines[i + 1]) != 1  # (asked before the tree is read: a run of lines at the
        or tab_outline_end(lines, i + 1) == i + 1  # margin asks no deeper than one line on)
    ):
        return i  # a root over its tree is one part alone (「A局 90人」 over 「\tB部 40人」)
    j, last = i + 1, i
    while j < len(lines):
        # (a blank line between two entries, as a web page's tree of nodes leaves one after
        # some, goes on with the outline)
        k = j + 1 if not lines[j].text.strip() and j + 1 < len(lines) else j
        if not (_entry(lines[k]) and 1 <= depth(lines[k]) <= depth(lines[last]) + 1):
            break
        if k > j and not (_one_part(lines[last]) and _one_part(lines[k])):
            break  # (a blank line before or after a row of parts ends it: a table's rows)
        j, last = k + 1, k
    j = last + 1
    entries = [line for line in lines[i:j] if line.text.strip()]
    depths = {depth(line) for line in entries}
    if len(entries) < _MIN_LINES or len(depths) < 2:
        return i
    if depths != set(range(min(depths), max(depths) + 1)):
        return i
    if all(depth(line) == min(depths) for line in entries[1:]):
        return i  # one entry over a flat list: a caption over rows, not a tree
    widths = {len(line.text.rstrip().split("\t")) for line in entries}
    if len(widths) == 1 and widths.pop() >= _MIN_TABLE_WIDTH:
        return i  # 「\t基本目標\t施策\t…」 over 「\t\t施策1-2\t…」: a table's rows, a blank cell
    return j


def outline_note(line: Line) -> str | None:
    """The last part of an entry with several parts when it is wholly in brackets
    (「〔A部 B課〕」, 「(主担当:A部)」): a note on the entry (its owner), set apart
    from its name by a tab; None otherwise."""
    parts = [p.strip() for p in line.text.strip("\t ").split("\t") if p.strip()]
    if len(parts) < 2 or not _BRACKETED.match(parts[-1]):
        return None
    return parts[-1]
