"""Numbered entries that share a printed line, read as lines of their own.

Two ways of printing put several entries of an outline on one line, and both lose every
entry but the first when the line is read as one heading:

* entries run together (PDF text, a list set in a paragraph): 「1-1 A 1-2 B 1-3 C」,
  「取組内容 1 X 2 Y」. Each later entry opens with the number that follows the first
  one's in the same style (1-2 after 1-1, 2 after 1), set apart by a space;
* an outline set in two columns side by side: 「7-1 A　　　7-2 B」 over 「(1) a　　　(1) c」:
  every line of the run is parted by a wide gap at the same printed place, each part
  opening with a number. The left column is read first, then the right one, as a person
  reads the page.

Each part is a `Line` over its own stretch of the text, so spans stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.structure.numbering import Numbering, leading_numbering
from loaders.text.normalize import Line, printed_width
from loaders.text.quantities import find_quantities

# a gap between two columns: two full-width spaces or more, as folded (one space each)
_COLUMN_GAP = re.compile(r" {3,}")
_MIN_COLUMN_LINES = 2
_ALIGN_SLACK = 2  # printed columns a right part's start may wander by


def _successor(first: Numbering, other: Numbering) -> bool:
    """Whether `other` is the entry numbered right after `first`, in its style."""
    if other.style != first.style or other.prefix or not first.parts or not other.parts:
        return False
    a, b = first.parts, other.parts
    return len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1


def _entry_text(text: str, numbering: Numbering) -> bool:
    """Text after the number that names an entry: a word, no figure or count."""
    rest = text[numbering.end :].strip()
    if not rest or rest[0].isdigit() or rest.startswith((".", ",", "%")):
        return False
    # 「2 か所」「3 件」: a count, its unit (the whole word after the number) set apart
    word = rest.split()[0]
    return not any(
        start == 0 and quantity.unit == word
        for start, _, quantity in find_quantities(numbering.printed + word)
    )


def split_run_entries(line: Line) -> list[Line]:
    """`line` parted before each later entry run on after its first one (see the module);
    [line] when it holds one entry. A label before the first number (「取組内容 1 X 2 Y」)
    stays with the first entry. Every entry's name must be one phrase: 「①必要性 A
    ②有効性 B」 are labelled grades, no entries."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    first = leading_numbering(text[lead:])
    if first is None or not first.parts or not _entry_text(text[lead:], first):
        return [line]
    # 「取組内容 1 X 2 Y」: the later entries print the number without the label word
    current = leading_numbering(f"{first.printed} x") if first.prefix else first
    if current is None:
        return [line]
    cuts: list[int] = []
    names = [lead + first.end]  # where each entry's name starts
    for gap in re.finditer(r"\s+", text[lead + first.end :]):
        at = lead + first.end + gap.end()
        found = leading_numbering(text[at:])
        if found is not None and _successor(current, found) and _entry_text(text[at:], found):
            cuts.append(at)
            names.append(at + found.end)
            current = found
    if not cuts:
        return [line]
    bounds = [*cuts, len(text)]
    spans = zip(names, bounds, strict=True)
    if any(re.search(r"\s", text[name:end].strip()) for name, end in spans):
        return [line]
    parts: list[Line] = []
    for start, end in zip([0, *cuts], bounds, strict=True):
        piece = text[start:end].rstrip()
        parts.append(Line(piece, line.start + start, line.start + start + len(piece),
                          line.number))  # fmt: skip
    return parts


def _column_cut(line: Line) -> int | None:
    """Where the right column of a line printed in two columns starts: after its one wide
    gap, both parts opening with a number and an entry's text; else None."""
    text = line.text.rstrip()
    indent = len(text) - len(text.lstrip())
    gaps = list(_COLUMN_GAP.finditer(text, indent))
    if len(gaps) != 1:
        return None
    left = text[: gaps[0].start()].lstrip()
    right = text[gaps[0].end() :]
    a, b = leading_numbering(left), leading_numbering(right)
    if a is None or b is None or a.style != b.style:
        return None
    if not (_entry_text(left, a) and _entry_text(right, b)):
        return None
    return gaps[0].end()


def side_by_side_end(lines: Sequence[Line], i: int) -> int:
    """The end of a run of lines printed as two columns side by side from line `i` (see
    the module), else i."""
    first = _column_place(lines[i])
    if first is None:
        return i
    j = i + 1
    while j < len(lines) and (place := _column_place(lines[j])) is not None:
        # the right part starts where the first line's does, or as far right of the line's
        # indent (a level indented in both columns: 「施策5-1 …　　施策6-1 …」 under
        # 「政策5 …　　政策6 …」), by one count or the other
        if all(abs(a - b) > _ALIGN_SLACK for a, b in zip(place, first, strict=True)):
            break
        j += 1
    return j if j - i >= _MIN_COLUMN_LINES else i


def _column_place(line: Line) -> tuple[int, int, int, int] | None:
    """Where a two-column line's right part starts, from the line's start and from its
    indent: counted in characters (a page padded with full-width spaces, each one as the
    folded text holds it) and in printed places (one padded with ASCII spaces)."""
    cut = _column_cut(line)
    if cut is None:
        return None
    indent = len(line.text) - len(line.text.lstrip())
    printed_indent = printed_width(line.text[:indent])
    at = printed_width(line.text[:cut])
    return cut, cut - indent, at, at - printed_indent


def column_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines of a two-column run, the left column's parts first, then the right's."""
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        cut = _column_cut(line)
        assert cut is not None
        head = line.text[:cut].rstrip()
        left.append(Line(head, line.start, line.start + len(head), line.number))
        right.append(Line(line.text[cut:], line.start + cut, line.end, line.number))
    return left + right
