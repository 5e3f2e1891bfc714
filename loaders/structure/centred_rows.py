"""Tables whose rows print their one-line cells on a middle line, wrapped cells around it.

A PDF's text layer taken line by line (pdfplumber's `extract_text`, single spaces for every
gap) gives a ruled table whose cells are centred in their row as lines of pieces: the cells
that fit on one line (the row's number, its figures) print on the row's middle line, a cell
wrapped over two lines (a long name, 「局」 over 「課」 in a 所管 column) puts its first piece
on the line above and its second on the line below, each beside the pieces of the other
wrapped cells:

    架空世帯訪問 架空局
    1 ○○○,○○○ －
    支援事業【新規】 架空支援課

Read as lines, the name and the unit are split from the row they belong to, and the line
above a row looks like the end of the row before it. The rows show themselves by their
middle lines (a number in sequence, then figures); the lines between two of them are shared
out as the layout prints them: a centred row prints as many lines above its middle as below,
so the first row's lines above tell how many lines each row keeps below. A row's pieces go
to the columns its middle line left blank, in order. A 「・」 note line under a row (a
remark spanning the table) belongs to no column.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.structure.cell_labels import number_label
from loaders.structure.paired_lines import PAGE_FOOTER
from loaders.structure.tables import is_unit_note, spaced_words, table_of, word_figure
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import Line

_MIN_COLUMNS = 4
_NUMBER_LABEL_OPENINGS = ("No", "NO", "№", "番")
_MIN_ROWS = 2
_MAX_AROUND = 3  # lines a row prints above (and below) its middle line
_MAX_LABEL = 12
_ROW_NUMBER = re.compile(r"^[0-9]{1,3}$")
_NOTE = re.compile(r"^[・※*＊]")
_BRACKETED = re.compile(r"^[(（][^()（）]{1,10}[)）]$")
# a line that opens what follows the table: a heading's mark, a numbered section
_OPENS_OTHER = re.compile(r"^[■□◆◇●◎★☆【〔]")
_FIGURE_FIELDS = frozenset({"fiscalYear", "budget", "staff", "baseline", "target", "actual"})
_NAME_FIELDS = frozenset({"project", "policy", "indicator", "initiative", "facility"})


def _figure_label(text: str) -> bool:
    return bool(year_mentions(text)) or field_of(text) in _FIGURE_FIELDS


def _header(line: Line) -> list[Cell] | None:
    """「No. 事 業 名 令和8年度 前年度 所 管」: a row-number label, a name's label and the
    labels of figure columns, set apart by single spaces; else None."""
    text = line.text.strip()
    if not text or "  " in text or "\t" in text or "\u3000" in text:
        return None
    if not text.startswith(_NUMBER_LABEL_OPENINGS):
        return None  # (the cheap check: a row number's label opens the header, 「番 号」 too)
    cells = spaced_words(line)
    if len(cells) < _MIN_COLUMNS or not number_label(cells[0].text):
        return None
    if any(len(c.text) > _MAX_LABEL or word_figure(c.text) for c in cells):
        return None
    if field_of(cells[1].text) not in _NAME_FIELDS:
        return None
    return cells if any(_figure_label(c.text) for c in cells[2:]) else None


def _middle(line: Line, expected: int | None) -> tuple[list[Cell], list[Cell], list[Cell]] | None:
    """A row's middle line as its number, the words before its figures, and the figures and
    words after them together; None when the line is no such line (or numbers out of turn)."""
    words = [Cell(m.group(), line.start + m.start(), line.start + m.end())
             for m in re.finditer(r"\S+", line.text)]  # fmt: skip
    if len(words) < 2 or not _ROW_NUMBER.match(words[0].text) or "。" in line.text:
        return None
    if expected is not None and int(words[0].text) != expected:
        return None
    first = next((k for k, w in enumerate(words[1:], 1) if word_figure(w.text)), None)
    if first is None:
        return None
    return words[:1], words[1:first], words[first:]


def _ends_table(line: Line) -> bool:
    text = line.text.strip()
    return (
        not text
        or bool(_OPENS_OTHER.match(text))
        or bool(PAGE_FOOTER.match(text))
        or _header(line) is not None
        or ("。" in text and not _NOTE.match(text))
    )


def centred_row_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table whose header is `lines[i]` and the line after its last row, else None."""
    header = _header(lines[i])
    if header is None:
        return None
    k = i + 1
    while k < len(lines) and (
        _BRACKETED.match(lines[k].text.strip()) or is_unit_note(lines[k].text.strip())
    ):
        piece = lines[k].text.strip()  # 「(局・課)」 under 「所 管」: the rest of the last label
        if not is_unit_note(piece):
            last = header[-1]
            header[-1] = Cell(last.text + piece, last.start, lines[k].start + len(lines[k].text))
        k += 1
    body: list[Line] = []
    while k + len(body) < len(lines) and not _ends_table(lines[k + len(body)]):
        body.append(lines[k + len(body)])
    rows = _rows(header, body)
    if rows is None:
        return None
    used, table_rows = rows
    return k + used, table_of(header, table_rows)


def _rows(header: Sequence[Cell], body: Sequence[Line]) -> tuple[int, list[list[Cell]]] | None:
    """The body's rows and how many of its lines they take; None unless its lines share out
    into rows as a centred (or top-set) table prints them."""
    middles: list[tuple[int, tuple[list[Cell], list[Cell], list[Cell]]]] = []
    expected: int | None = None
    for n, line in enumerate(body):
        parts = _middle(line, expected)
        if parts is not None:
            middles.append((n, parts))
            expected = int(parts[0][0].text) + 1
    if len(middles) < _MIN_ROWS:
        return None
    pieces = [n for n, line in enumerate(body) if not _NOTE.match(line.text.strip())]
    places = [pieces.index(n) for n, _ in middles] + [len(pieces)]
    above = places[0]  # the first row's lines above its middle: as many below it, if centred
    if above > _MAX_AROUND:
        return None
    centred = above > 0  # else a top-set table: a row's wrapped lines all below its middle
    spans: list[tuple[list[int], list[int]]] = []
    for m, here in enumerate(places[:-1]):
        between = places[m + 1] - here - 1
        if m + 2 < len(places):
            below = above if centred else between
        else:
            below = min(above, between) if centred else min(between, _MAX_AROUND)
        if below > between or below > _MAX_AROUND:
            return None
        spans.append((pieces[here - above : here], pieces[here + 1 : here + 1 + below]))
        above = between - below if centred else 0
        if above > _MAX_AROUND:
            return None
    last = spans[-1][1][-1] if spans[-1][1] else middles[-1][0]
    used = last + 1
    while used < len(body) and _NOTE.match(body[used].text.strip()):
        used += 1
    figure_at = next(k for k, c in enumerate(header) if k > 1 and _figure_label(c.text))
    figures = max(sum(1 for c in p[2] if word_figure(c.text)) for _, p in middles)
    rows = []
    for (_, parts), (top, bottom) in zip(middles, spans, strict=True):
        row = _row(header, figure_at, figures, parts, [body[k] for k in (*top, *bottom)])
        if row is None:
            return None
        rows.append(row)
    return used, rows


def _row(
    header: Sequence[Cell],
    figure_at: int,
    figures: int,
    parts: tuple[list[Cell], list[Cell], list[Cell]],
    around: Sequence[Line],
) -> list[Cell] | None:
    """One row's cells: its middle line's, then the pieces of the lines above and below it
    in the columns that line left blank (a unit's name in the unit's column)."""
    number, words, rest = parts
    cells: list[list[Cell]] = [[] for _ in header]
    cells[0] = number
    lead = list(range(1, figure_at))
    if words:
        if not lead:
            return None
        cells[lead[0]].append(_joined(words))
    k = figure_at
    trailing: list[Cell] = []
    for cell in rest:
        if word_figure(cell.text) and k < figure_at + figures and not trailing:
            cells[k].append(cell)
            k += 1
        else:
            trailing.append(cell)
    after = list(range(figure_at + figures, len(header)))
    if trailing:
        if not after:
            return None
        cells[after[0]].append(_joined(trailing))
    blank = [c for c in (*lead, *after) if not cells[c]]
    for line in around:
        tokens = [Cell(m.group(), line.start + m.start(), line.start + m.end())
                  for m in re.finditer(r"\S+", line.text)]  # fmt: skip
        if not blank or any(word_figure(t.text) for t in tokens):
            return None
        for column, piece in _placed(header, blank, tokens):
            cells[column].append(piece)
    at = parts[2][-1].end
    return [_cell(pieces, at) for pieces in cells]


def _placed(
    header: Sequence[Cell], blank: Sequence[int], tokens: Sequence[Cell]
) -> list[tuple[int, Cell]]:
    """The pieces of a line beside a row's middle placed in the row's blank columns: one
    each in order; fewer pieces than columns by kind (a unit's name in a unit's column);
    more than columns, the first column's words joined."""
    if len(tokens) >= len(blank):
        extra = len(tokens) - len(blank) + 1
        return [(blank[0], _joined(tokens[:extra])),
                *zip(blank[1:], tokens[extra:], strict=True)]  # fmt: skip
    units = [c for c in blank if field_of(header[c].text) in ("division", "department")]
    others = [c for c in blank if c not in units]
    placed = []
    for token in tokens:
        pool = units if unit_kind(token.text) is not None and units else others or units
        placed.append((pool[0], token))
        if len(pool) > 1:
            pool.pop(0)
    return placed


def _joined(words: Sequence[Cell]) -> Cell:
    return Cell(" ".join(w.text for w in words), words[0].start, words[-1].end)


def _cell(pieces: Sequence[Cell], at: int) -> Cell:
    """The pieces of one cell over lines as one: a wrapped word joined, a unit name under
    another (「局」 over 「課」) kept apart by a space."""
    if not pieces:
        return Cell("", at, at)
    text = pieces[0].text
    for before, piece in itertools.pairwise(pieces):
        both_units = unit_kind(before.text) is not None and unit_kind(piece.text) is not None
        text += (" " if both_units else "") + piece.text
    return Cell(text, pieces[0].start, pieces[-1].end)
