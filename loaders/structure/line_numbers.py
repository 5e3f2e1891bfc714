"""Line numbers a word processor prints down the margin (行番号), blanked.

A council paper or a draft set with line numbering comes out of `pdftotext -layout` with a
number at the head of each line of text (「 12    （１）○○の確保…」), counting on line by
line, blank lines too, starting again on each page and leaving out the rows of a table.
Read as they are, every line is a numbered entry. The numbers are blanked (the same number
of spaces, so offsets hold) when the lines count on one by one for long enough, some of
them blank and most of them text, so that they can be nothing else (a list numbers words
only; a table given a cell a line numbers its rows alone); any other text is unchanged.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^(?P<pad> {0,3})(?P<n>[0-9]{1,3})(?= {2,}[^ ]| *$)")
_MIN_RUN = 8  # lines counting on one by one: a margin's numbers, not a list's
_MIN_BARE = 2  # of them numbering a blank line


def _runs(lines: list[str]) -> list[list[int]]:
    """Runs of line indices whose numbers count on by one (lines between left out)."""
    runs: list[list[int]] = []
    current: list[int] = []
    last = 0
    for index, line in enumerate(lines):
        found = _NUMBERED.match(line)
        if found is None:
            continue
        number = int(found.group("n"))
        if current and number == last + 1:
            current.append(index)
        else:
            if len(current) >= _MIN_RUN:
                runs.append(current)
            current = [index]
        last = number
    if len(current) >= _MIN_RUN:
        runs.append(current)
    # a margin numbers the blank lines too (「  2」 alone) but mostly lines of text; a list's
    # numbers stand before words, a table's row numbers a line each (a cell a line)
    return [
        run
        for run in runs
        if _MIN_BARE <= sum(_bare(lines[k]) for k in run) <= len(run) // 2
    ]


def _bare(line: str) -> bool:
    """A numbered line with nothing after its number."""
    return not line.strip().lstrip("0123456789")


def blank_line_numbers(text: str) -> str:
    """`text` with the numbers of its numbered lines blanked, where it has such lines."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return text
    for run in runs:
        for index in run:
            found = _NUMBERED.match(lines[index])
            if found is not None:
                end = found.end("n")
                lines[index] = " " * end + lines[index][end:]
    return "\n".join(lines)
