"""A box drawn beside the running text: a 広報 page sets a note (「村の財政」) in a frame
to the right of its articles, and PDF text interleaves the two line by line
(「◎X事業　1,234万円　　┌────┐」, 「…運営します。（みどり課）　　│ 基金残高 … │」). The
text's lines are read as they run, and the box's rows after the whole text (without its
bars, as lines of their own), each piece keeping its offsets: set between two entries, the
box's short lines would read as headings that close the section the entries sit in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.text.normalize import Line

_MIN_LINES = 3  # a frame's top, one row at least, its bottom

# the frame's piece of a line: a wide gap, then a corner or a bar to the end of the line
_TOP = re.compile(r"[ \u3000]{2,}(?P<box>[┌┏╭][─━]+[┐┓╮])\s*$")
_ROW = re.compile(r"[ \u3000]{2,}(?P<box>[│┃].*[│┃])\s*$")
_BOTTOM = re.compile(r"[ \u3000]{2,}(?P<box>[└┗╰][─━]+[┘┛╯])\s*$")


def _box_start(line: Line, pattern: re.Pattern[str]) -> int | None:
    """Where the frame's piece starts in `line`, when text stands before it."""
    match = pattern.search(line.text)
    if match is None or not line.text[: match.start()].strip():
        return None
    return match.start("box")


def _frame_end(lines: Sequence[Line], i: int) -> int | None:
    """The line after the bottom of a frame whose top sits beside the text of line `i`."""
    if _box_start(lines[i], _TOP) is None:
        return None
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if _BOTTOM.search(line.text) is not None:
            return j + 1 if j + 1 - i >= _MIN_LINES else None
        if _ROW.search(line.text) is None:
            return None
    return None


def _split(line: Line, at: int) -> tuple[Line, Line]:
    text = line.text[:at].rstrip()
    left = Line(text, line.start, line.start + len(text), line.number)
    right = Line(line.text[at:].rstrip(), line.start + at, line.end, line.number)
    return left, right


def _inside_bars(piece: Line) -> Line | None:
    """A row of the frame without its bars, at the same offsets (its title, its notes: read
    as lines of their own, no table); None for the frame's top and bottom rules."""
    text = piece.text
    if not text or text[0] not in "│┃":
        return None
    inner = text[1:].rstrip().rstrip("│┃")
    start = 1 + len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if not inner:
        return None
    return Line(inner, piece.start + start, piece.start + start + len(inner), piece.number)


def sidebars_apart(lines: list[Line]) -> list[Line]:
    """`lines` with each framed sidebar moved to the end."""
    out: list[Line] = []
    frames: list[Line] = []
    i = 0
    while i < len(lines):
        end = _frame_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        text: list[Line] = []
        frame: list[Line] = []
        for line in lines[i:end]:
            match = _TOP.search(line.text) or _ROW.search(line.text) or _BOTTOM.search(line.text)
            assert match is not None
            left, right = _split(line, match.start("box"))
            if left.text.strip():
                text.append(left)
            inner = _inside_bars(right)
            if inner is not None:
                frame.append(inner)
        out.extend(text)
        frames.extend(frame)
        i = end
    return out + frames
