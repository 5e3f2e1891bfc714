"""Two columns of a page printed side by side, as PDF text extraction leaves them.

A newsletter or budget summary laid out in two columns comes out of a PDF line by line
across both: 「A事業        B事業」, then A's description beside B's. Where many lines of a
stretch have a gap of spaces ending at the same display column (full-width characters are
two columns wide), and no line's text runs across that column, the stretch is two columns.
`column_regions` finds such stretches; `unfold` prints each one as its left column, then its
right column, with a map from every character back to its offset in the original text, so
what is read there is quoted from the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from loaders.facts import Span
from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import StructuredDocument, read_structure
from loaders.structure.tables import is_unit_note
from loaders.text.amounts import find_amounts

# A gap between columns: at least this many display columns of spaces.
MIN_GAP = 4
# A stretch is two columns only when this many of its lines print both columns.
MIN_PAIRED_LINES = 4
# A column of running text is at least this wide (twelve full-width characters).
MIN_COLUMN = 24
# The right column's text may start a little right of its edge (an indented first line).
EDGE_SLACK = 3
_GAP = re.compile(r"[ \u3000]+")
_BOX_RULES = "│┃|"


@dataclass(frozen=True)
class Region:
    """Lines [first, last] of a text (0-based) printed as two columns split at `edge`."""

    first: int
    last: int
    edge: int  # the display column where the right column starts
    start: int  # offsets of the stretch in the text
    end: int
    gutter: bool = False  # found by its gutter (`_gutter_regions`): lines cut at the gap


def _width(ch: str) -> int:
    """Display columns of a character; ambiguous ones (─, ○) are wide in Japanese text."""
    return 2 if unicodedata.east_asian_width(ch) in "FWA" else 1


def _columns_of(line: str) -> list[int]:
    """The display column of each character of `line`."""
    cols, col = [], 0
    for ch in line:
        cols.append(col)
        col += _width(ch)
    return cols


def index_at_column(line: str, column: int) -> int:
    """The index in `line` of the character at display column `column` (its length when the
    line ends before it)."""
    return next((k for k, col in enumerate(_columns_of(line)) if col >= column), len(line))


def _right_starts(line: str) -> list[int]:
    """Display columns where text resumes after a wide gap inside `line`."""
    cols = _columns_of(line)
    found = []
    for gap in _GAP.finditer(line):
        if gap.start() == 0 or gap.end() >= len(line):
            continue
        width = sum(_width(ch) for ch in gap.group())
        if width >= MIN_GAP:
            found.append(cols[gap.end()])
    return found


def _split_at(line: str, edge: int) -> tuple[int, bool] | None:
    """The character index where `line` is cut at display column `edge` (the left part
    ends in spaces there); None when text runs across it. The flag says the line has text
    right of the edge."""
    if any(ch in _BOX_RULES for ch in line) or "\t" in line:
        return None  # a row of a table: its cells, not two columns
    starts = _right_starts(line)
    if len(starts) > 1:
        return None  # three or more pieces: a row of a table aligned with spaces
    cols = _columns_of(line)
    if starts and edge - EDGE_SLACK <= starts[0] < edge:
        # 「柱2 名称」 over its 「2-(1) 名称」: the right column's outer level, printed a little
        # left of its items, after the same wide gap
        return cols.index(starts[0]), True
    for index, col in enumerate(cols):
        if col >= edge - 1:
            before = line[:index]
            if before.strip() and not before.endswith((" ", "\u3000")) and col < edge:
                return None  # a character spans the edge
            if before.strip() and not re.search(r"[ \u3000]{2,}$|\u3000$", before):
                return None
            return index, bool(line[index:].strip())
    return len(line), False


_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _prose(piece: str) -> bool:
    """Text (a kana or kanji), not only figures; an empty piece is none, and so is an
    amount (「1,234万円」: the kanji of its unit are no words, the piece a table's cell)."""
    for start, end, _ in reversed(find_amounts(piece)):
        piece = piece[:start] + piece[end:]
    return bool(_WORDS.search(piece))


def column_regions(text: str) -> list[Region]:
    """The stretches of `text` printed as two columns side by side: those whose lines split
    in two at one gap (`_text_regions`), and those whose left column holds a table of its own
    beside running text (`_gutter_regions`)."""
    return list(_column_regions(text))


@lru_cache(maxsize=4)
def _column_regions(text: str) -> tuple[Region, ...]:
    regions = _text_regions(text)
    for gutter in _gutter_regions(text):
        overlapping = [o for o in regions if gutter.first <= o.last and o.first <= gutter.last]
        if all(_within(o, gutter) for o in overlapping):
            # the same two columns, followed further: over the left column's tables too
            regions = [o for o in regions if o not in overlapping] + [gutter]
    return tuple(sorted(regions, key=lambda r: r.first))


def _within(inner: Region, outer: Region) -> bool:
    """`inner` is a part of `outer`: its lines, split at the same edge."""
    return outer.first <= inner.first and inner.last <= outer.last and inner.edge == outer.edge


def _text_regions(text: str) -> list[Region]:
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    regions: list[Region] = []
    i = 0
    while i < len(lines):
        starts = _right_starts(lines[i])
        if not starts:
            i += 1
            continue
        edge = _edge(lines, i)
        if edge is None or not any(edge - EDGE_SLACK <= col <= edge + EDGE_SLACK for col in starts):
            i += 1
            continue
        paired, last, j = 0, i, i
        while j < len(lines):
            line = lines[j]
            split = _split_at(line, edge)
            if split is None:
                break
            left, right = line[: split[0]], line[split[0] :]
            if split[1] and not (_prose(right) and (_prose(left) or not left.strip())):
                break  # a figure beside a label: a table's row, not two columns of text
            if split[1]:
                paired, last = paired + 1, j
            j += 1
        if paired >= MIN_PAIRED_LINES and _left_is_text(lines[i : last + 1], edge):
            end = offsets[last] + len(lines[last])
            regions.append(Region(i, last, edge, offsets[i], end))
            i = last + 1
        else:
            i += 1
    return regions


# A gap of the gutter: two spaces at least, or one full-width space.
_GUTTER_GAP = re.compile(r"[ \u3000]{2,}|\u3000")
_WIDE_SPACES = re.compile(r"[ \u3000]{2,}")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_WORD_START = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]")
_PROSE_WIDTH = 20  # a line of running text fills at least this many display columns
_PROSE_KANA = 3


def _gutter_cut(line: str, edge: int) -> int | None:
    """The index where `line` is cut at a gutter ending near display column `edge`: the end
    of the gap of spaces across it (text may start a column early, as extraction leaves
    it); the line's length when all its text is left of it; None when text runs across."""
    if "\t" in line or any(ch in _BOX_RULES for ch in line):
        return None
    stripped = line.rstrip()
    if not stripped:
        return len(line)
    cols = _columns_of(line)
    if cols[len(stripped) - 1] + _width(stripped[-1]) <= edge - 1:
        return len(line)
    for gap in _GUTTER_GAP.finditer(line):
        if gap.end() >= len(stripped) or cols[gap.start()] > edge - 2:
            break
        if cols[gap.end()] >= edge - 1:
            return gap.end()
    return None


def _running_text(piece: str) -> bool:
    """A line of a column's running text: a stretch of words with kana, no gap in it."""
    words = piece.strip()
    return (
        len(_HIRAGANA.findall(words)) >= _PROSE_KANA
        and not _WIDE_SPACES.search(words)
        and sum(_width(ch) for ch in words) >= _PROSE_WIDTH
    )


def _gutter_regions(text: str) -> list[Region]:
    """Stretches printed as two columns whose left column holds tables of its own (an
    evaluation sheet: 目的 and 指標 beside 構成事業), so that its lines split at several gaps:
    a gutter, a gap that every line of the stretch leaves at one display column, where at
    least four lines print text on both sides and the right column starts, and beside which
    the left column runs as text (two lines of it at least) and the right column prints
    lines of its own beside blank ones (a table's rows always start in its first column),
    most of them words (a table's cells wrapped under its figures print brackets, numbers)."""
    lines = text.split("\n")
    starts = [_right_starts(line) for line in lines]
    if sum(1 for found in starts if found) < MIN_PAIRED_LINES:
        return []  # no gaps wide enough: no two columns (the cheap check, most documents)
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    counts = Counter(col for found in starts for col in found)
    found = [
        region
        for edge, n in counts.items()
        if n >= MIN_PAIRED_LINES and edge >= MIN_COLUMN
        for region in _gutter_runs(lines, offsets, edge)
    ]
    regions: list[Region] = []
    for region in sorted(found, key=lambda r: r.last - r.first, reverse=True):
        if not any(region.first <= o.last and o.first <= region.last for o in regions):
            regions.append(region)  # of stretches overlapping, the longest
    return sorted(regions, key=lambda r: r.first)


def _gutter_runs(lines: list[str], offsets: list[int], edge: int) -> list[Region]:
    """The two-column stretches split at `edge`: each run of lines the gutter cuts, from
    the paragraph of its first line printing the right column to its last line of text."""
    cuts = [_gutter_cut(line, edge) for line in lines]
    regions: list[Region] = []
    j = 0
    while j < len(lines):
        if cuts[j] is None:
            j += 1
            continue
        stop = j
        while stop < len(lines) and cuts[stop] is not None:
            stop += 1
        right = [k for k in range(j, stop) if lines[k][cuts[k] or 0 :].strip()]
        if right:
            first = right[0]
            while first > j and lines[first - 1].strip():
                first -= 1  # the lines of the left column's paragraph above it
            last = stop - 1
            while last > right[-1] and not lines[last].strip():
                last -= 1  # the left column runs on below the right one's end
            if (table := _table_column(lines, cuts, first, last)) is not None:
                last = table - 1  # the two columns end where a table headed across them starts
                while last > first and not lines[last].strip():
                    last -= 1
            if (
                last > first
                and _two_columns(lines, cuts, edge, first, last)
                and not _headed_table(lines[first])
            ):
                end = offsets[last] + len(lines[last])
                regions.append(Region(first, last, edge, offsets[first], end, gutter=True))
        j = stop
    return regions


def _headed_table(line: str) -> bool:
    """「取組　　　指標(令和6年度実績)　　　自己評価」: a line of three cells or more set apart by
    wide gaps, most of them labels of fields, heads a table whose cells wrap (its second
    column's rest beside a blank first cell), not two columns of text."""
    cells = [c for c in re.split(r"[ \u3000]{2,}", line.strip()) if c]
    if len(cells) < 3:
        return False
    labelled = sum(1 for c in cells if field_of(c) is not None)
    return labelled * 2 > len(cells)


def _table_column(lines: list[str], cuts: list[int | None], first: int, last: int) -> int | None:
    """The first line of the stretch that heads a table (`_headed_table`) printing one
    field's label right of the gutter (「所　管」): from there the gutter is a gap inside a
    table, before its last column, whose two-line cells print their second line beside
    blank ones, no column of text."""
    for j in range(first, last + 1):
        cut = cuts[j]
        right = lines[j][cut:].strip() if cut is not None else ""
        # (one label: a right column's own table opens with a header of several)
        if right and not _WIDE_SPACES.search(right) and _headed_table(lines[j]) and field_of(right):
            return j
    return None


def _two_columns(
    lines: list[str], cuts: list[int | None], edge: int, first: int, last: int
) -> bool:
    """Lines [first, last], cut at the gutter, print two columns: see `_gutter_regions`."""
    paired = at_edge = prose = alone = worded = wrapped = 0
    # a running head printed on each page, a unit note over a table (「（単位：千円）」): set
    # to the right beside blank lines on any page, no column of text
    heads = Counter(lines[j][cut:].strip() for j in range(first, last + 1)
                    if (cut := cuts[j]) is not None and not lines[j][:cut].strip())  # fmt: skip
    for j in range(first, last + 1):
        cut = cuts[j]
        if cut is None:
            return False
        left, right = lines[j][:cut], lines[j][cut:]
        prose += _running_text(left)
        wrapped += bool(_CONTINUED.match(left.strip()))
        if not right.strip():
            continue
        paired += bool(left.strip())
        # the right column's line beside a blank: no table row
        piece = right.strip()
        alone += not left.strip() and heads[piece] < 2 and not is_unit_note(piece)
        worded += bool(_WORD_START.match(right.strip()))
        lead = len(right) - len(right.lstrip(" \u3000"))
        at_edge += _columns_of(lines[j])[cut] + lead <= edge + EDGE_SLACK
    # the right column prints lines of its own beside blank ones (a table's rows always
    # start in its first column), or the left column runs as prose on most lines, sentences
    # wrapped from line to line (a line opening with a particle: 「のにぎわいが…」), where a
    # table's first column holds whole items: PDF text interleaving a column of sentences
    # with a table beside it, line by line
    apart = alone >= 2 or (prose * 2 > paired and wrapped >= 2)
    return (
        paired >= MIN_PAIRED_LINES and at_edge >= MIN_PAIRED_LINES and prose >= 2 and apart
        and worded * 2 > paired + alone  # words, not a table's figures and their notes
    )


# A line of running text continued from the line above: it opens with a particle or
# punctuation (「のにぎわいが…」「、早めの…」), which no cell of a table opens with.
_CONTINUED = re.compile(r"^[\u3041-\u309f、。，．」）)]")


def _left_is_text(lines: list[str], edge: int) -> bool:
    """A left column of running text fills most of its width where its lines wrap;
    labels set before their values (「事業名　　　X事業」) are short words."""
    if edge < MIN_COLUMN:
        return False
    widths = sorted(
        sum(_width(ch) for ch in line[: split[0]].rstrip())
        for line in lines
        if (split := _split_at(line, edge)) is not None and line[: split[0]].strip()
    )
    return bool(widths) and widths[-1] * 4 >= edge * 3


def _edge(lines: list[str], first: int) -> int | None:
    """The display column the right column starts at: the leftmost of the gap ends that
    recur in the lines from `first` on (its first lines may be indented further)."""
    counts: Counter[int] = Counter()
    for line in lines[first : first + 4 * MIN_PAIRED_LINES]:
        for col in _right_starts(line):
            counts[col] += 1
    common = [col for col, n in counts.items() if n >= 2]
    if not common:
        return None
    edge = min(common)
    near = sum(n for col, n in counts.items() if edge <= col <= edge + EDGE_SLACK)
    return edge if near >= MIN_PAIRED_LINES else None


def column_pieces(text: str, region: Region) -> list[tuple[int, int]]:
    """The [start, end) offsets of the region's lines cut at its gap, left column first,
    then the right column: the order a reader takes them in. Each piece is one stretch of
    `text`, so what is read there keeps its offsets."""
    unfolded, origin = unfold(text, region)
    pieces: list[tuple[int, int]] = []
    at = 0
    for line in unfolded.split("\n"):
        if line.strip():
            pieces.append((origin[at], origin[at + len(line) - 1] + 1))
        at += len(line) + 1
    return pieces


def unfold(text: str, region: Region) -> tuple[str, list[int]]:
    """The region's left column, a blank line, then its right column; and for each
    character of that text its offset in `text`."""
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []
    for k in range(region.first, region.last + 1):
        line = lines[k]
        if region.gutter:
            found = _gutter_cut(line, region.edge)
            cut = len(line) if found is None else found
            left.append((line[:cut].rstrip(), offsets[k]))
            right.append((line[cut:], offsets[k] + cut))
            continue
        split = _split_at(line, region.edge)
        cut = split[0] if split is not None else len(line)
        cols = _columns_of(line)
        while cut < len(line) and line[cut] == " " and cols[cut] < region.edge:
            cut += 1  # the half-width space before the edge
        left.append((line[:cut].rstrip(), offsets[k]))
        right.append((line[cut:], offsets[k] + cut))
    out: list[str] = []
    origin: list[int] = []
    for piece, start in [*left, ("", region.end), *right]:
        out.append(piece + "\n")
        origin.extend(range(start, start + len(piece)))
        origin.append(start + len(piece))
    return "".join(out), origin


def unfold_all(text: str) -> tuple[str, list[int]] | None:
    """`text` with every two-column stretch printed column by column (`unfold`), and for
    each character the offset in `text` it comes from; None when `text` has no such
    stretch."""
    regions = [_with_left_tail(text, r) for r in column_regions(text)]
    if not regions:
        return None
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for region in regions:
        out.append(text[at : region.start])
        origin.extend(range(at, region.start))
        piece, mapped = unfold(text, region)
        out.append(piece)
        origin.extend(mapped)
        at = region.end + 1 if region.end < len(text) and text[region.end] == "\n" else region.end
    out.append(text[at:])
    origin.extend(range(at, len(text)))
    return "".join(out), origin


def _with_left_tail(text: str, region: Region) -> Region:
    """The region and the lines right after it that print the left column alone (its
    last entry runs on below the right one's end), up to a blank line."""
    lines = text.split("\n")
    last, end = region.last, region.end
    if region.gutter:
        return region  # its stretch runs to the last line its gutter splits
    for k in range(region.last + 1, len(lines)):
        line = lines[k]
        split = _split_at(line, region.edge)
        if not line.strip() or split is None or split[1]:
            break
        last, end = k, end + 1 + len(line)
    return Region(region.first, last, region.edge, region.start, end)


@dataclass
class Unfolded:
    """A document read with its two-column stretches unfolded, and the way back: what is
    read there is quoted from the original by offset (a span over several lines of one
    column covers those lines of the stretch)."""

    doc: StructuredDocument
    original: StructuredDocument
    origin: list[int]  # offset in the unfolded text → offset in the original

    @cached_property
    def _position(self) -> dict[int, int]:
        """Offset in the original → its first offset in the unfolded text."""
        position: dict[int, int] = {}
        for unfolded, original in enumerate(self.origin):
            position.setdefault(original, unfolded)
        return position

    def back(self, evidence: dict[str, Span]) -> dict[str, Span]:
        mapped = {}
        for key, span in evidence.items():
            at = [self.origin[i] for i in range(span.start, min(span.end, len(self.origin)))]
            found = self.original.span(min(at), max(at) + 1) if at else None
            if found is not None and found.text:
                mapped[key] = found
        return mapped

    def into(self, evidence: dict[str, Span]) -> dict[str, Span]:
        """Evidence over the original as the same passage of the unfolded text."""
        position = self._position
        mapped = {}
        for key, span in evidence.items():
            at = [position[i] for i in range(span.start, span.end) if i in position]
            if at:
                mapped[key] = self.doc.span(min(at), max(at) + 1)
        return mapped


def unfolded(doc: StructuredDocument) -> Unfolded | None:
    """`doc` read again with its two-column stretches unfolded; None when it has none."""
    found = _unfolded_structure(doc.text)
    if found is None:
        return None
    structure, origin = found
    return Unfolded(structure, doc, origin)


@lru_cache(maxsize=4)
def _unfolded_structure(text: str) -> tuple[StructuredDocument, list[int]] | None:
    """The unfolded text's structure, remembered: the policy and initiative recognisers read
    the same document (unfolding and reading it once, not once each)."""
    found = unfold_all(text)
    if found is None:
        return None
    unfolded_text, origin = found
    return read_structure(unfolded_text, labels=all_labels()), origin


def across_columns(text: str) -> bool:
    """Whether `text` holds a gap as wide as the one between two columns (a name read
    across both columns of a line, 「名称      Ⅱ-1 名称」)."""
    return any(
        sum(_width(ch) for ch in gap.group()) >= MIN_GAP and gap.start() > 0
        and gap.end() < len(text.strip())
        for gap in _GAP.finditer(text.strip())
    )
