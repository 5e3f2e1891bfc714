"""Notes printed between the rows of a space-aligned table: a work report gives each row
(「1-1  窓口の改善  市民課  ━━━→  B」) and, set in under it, lines of text on that row
(「【実績】申請を20件受け付けた。」「関連事業：…」) before the next row. Such a line is no
cell: it runs across the columns' starts, where a cell wrapped in its column never does
(printed a place off, it may cross one).
The table is read from its rows (and their wrapped cells); the notes are read as lines of
text after it, so their fields (【実績】, 関連事業, ［事業］ X事業 and its amount) are kept."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from loaders.field_vocabulary import field_of
from loaders.text.normalize import Line

NOTE_RUN_MAX = 6  # lines of notes under one row
_ROW_CELLS = 3  # cells of a table's row (a line of fewer is a label and its value)
_ACROSS = 2  # column starts a note runs across (a cell printed a place off may cross one)

# 「※…」「(注)…」 or a sentence: a note, never the rest of a cell
_NOTE_TEXT = re.compile(r"^\s*(?:[※＊*]|[(（]?注|.*。\s*$)")
_GAP = re.compile(r"\S+(?:\s(?=\S)\S*)*")  # a cell: words apart by single spaces


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _one_cell(line: Line) -> bool:
    return len(_GAP.findall(line.text)) == 1 and "\t" not in line.text


def note_run_end(lines: Sequence[Line], j: int, header: Line) -> int:
    """The end of a run of notes from line `j`, under a table whose header is `header`: lines
    of one cell each, set in deeper than the header, at most `NOTE_RUN_MAX` of them, with a
    row of the table (three cells or more, set in as the header) right after. `j` if none."""
    indent = _indent(header.text)
    end = j
    while (
        end < len(lines)
        and end - j < NOTE_RUN_MAX
        and lines[end].text.strip()
        and _one_cell(lines[end])
        and _indent(lines[end].text) > indent
    ):
        end += 1
    if end == j or end >= len(lines) or _indent(lines[end].text) != indent:
        return j
    if len(_GAP.findall(lines[end].text)) < _ROW_CELLS:
        return j
    return end


# 「［事業］」「【実績】」 opening a line set in under a row: a field of that row, no cell
_LABELLED = re.compile(r"^\s*[［\[【〔][^］\]】〕]{1,8}[］\]】〕]\s*\S")


# 「指標：…」 opening a line set in under a row: a field of that row too, its label a known one
_COLON_LABEL = re.compile(r"^\s*(?P<label>[^\s:：()（）]{1,8})[:：]\s*\S")


_FIGURE_CELL = re.compile(r"^[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?$")


def _data_row(line: Line) -> bool:
    """A row of the table: cells enough, one of them a figure (no title line of a report)."""
    cells = _GAP.findall(line.text)
    return len(cells) >= _ROW_CELLS and any(_FIGURE_CELL.match(c) for c in cells)


def _colon_labelled(text: str) -> bool:
    colon = _COLON_LABEL.match(text)
    return colon is not None and field_of(colon.group("label"), exact=True) is not None


def labelled_line(text: str) -> bool:
    """「［事業］X事業　○○千円」, 「指標：○○率　基準値…」: a line opening with a bracketed
    label or a known field's label and a colon, a note of a row."""
    return _LABELLED.match(text) is not None or _colon_labelled(text)


# brackets run together under a header's labels, each the qualifier of the label above it
_QUALIFIERS = re.compile(r"(?:[(（][^()（）\s]+[)）]){2,}")


def note_lines(lines: Sequence[Line], raw: Sequence[str], width: Callable[[str], int]) -> set[int]:
    """The indices of `lines` (a space-aligned table's region, `raw` as printed) that are
    notes between its rows: a line of one cell, set in deeper than the header, whose text
    runs across the starts of two of the header's columns or reads as a note (※, 注, a
    sentence),
    and the lines after it up to the next line set in as the header (the next row)."""
    head = next(
        (k for k, line in enumerate(lines) if len(_GAP.findall(line.text)) >= _ROW_CELLS), None
    )
    if head is None:
        return set()
    indent = _indent(lines[head].text)
    starts = [width(raw[head][: m.start()]) for m in _GAP.finditer(lines[head].text)]
    notes: set[int] = set()
    in_note = False
    rows_above = False  # a row of the table's data read above the line
    for k in range(head + 1, len(lines)):
        line = lines[k]
        rows_above = rows_above or (k - 1 > head and _data_row(lines[k - 1]))
        if line.text.strip() and _indent(line.text) > indent and labelled_line(line.text):
            notes.add(k)  # 「［事業］X事業　　○○,○○○千円」: a labelled line under its row
            in_note = False
            continue
        if rows_above and _colon_labelled(line.text):
            notes.add(k)  # 「指標：○○率　基準値…」: a field of the row above, however set in
            in_note = False
            continue
        if not line.text.strip() or _indent(line.text) <= indent or not _one_cell(line):
            in_note = False
            continue
        if k == head + 1 and _QUALIFIERS.fullmatch(line.text.strip()):
            continue  # 「（令和６年度）（令和８年度）」 under the labels: a line of the header
        m = _GAP.search(line.text)
        assert m is not None
        a, b = width(raw[k][: m.start()]), width(raw[k][: m.end()])
        if in_note or _NOTE_TEXT.match(line.text) or sum(a < s < b for s in starts) >= _ACROSS:
            notes.add(k)
            in_note = True
    return notes
