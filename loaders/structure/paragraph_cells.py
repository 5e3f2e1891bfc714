"""A Word table saved as text a cell a paragraph, each paragraph then a blank line (or each
a line of its own).

`docx2txt` (and the text saves that copy it) ends every paragraph with a blank line, a
table's cells included: the header's labels one after another, then each row's cells in
order, an empty cell two blank lines; LibreOffice's text save (`--convert-to txt`) prints
each cell on a line of its own, an empty one blank. Read line by line, every cell is a heading or a
paragraph of its own and no recogniser sees a table.

The rows show the layout: after a run of label cells, the same columns hold figures (or
a dash, or nothing) row after row, and the other columns never do. The header is the run of
labels whose count makes the figures fall in the same columns for the most rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import TRAILING_BRACKET_NOTE, Line
from loaders.text.project_names import looks_like_project

_MIN_COLUMNS = 3
_FIRST_CELLS = 32  # cells read at first from a line: a header and a few rows
_MAX_COLUMNS = 8
_LABEL_MAX = 20  # characters of a header's label
_LINE_LABEL_MAX = 14  # … when each cell is a line of its own, not a paragraph
_FIGURE = re.compile(
    r"^[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$"
    r"|^[◎○△×]$|^[SA-E][+＋]?$"  # a grade: a column of grades reads as a column of figures
)
# a figure column's cell that prints no figure: a dash for none, maybe with its note
# (「新規」 in a column of the year before's amounts: the project had none)
_NO_FIGURE = re.compile(r"^[-−－―ー‐]+(?:[(（][^)）]{1,8}[)）])?$|^(?:新規|皆増|皆減)$")
_UNIT_NOTE = re.compile(r"^[(（].*単位.*[)）]$")


def _cells(lines: Sequence[Line], i: int, limit: int) -> list[tuple[Cell, int]]:
    """The paragraphs from line `i` with the line each ends on: each one line then a blank
    line, an empty one two blank lines (docx2txt); or each a line of its own, an empty one a
    blank line, two blank lines the end (LibreOffice's text save)."""
    stride = 2 if i + 1 < len(lines) and not lines[i + 1].text.strip() else 1
    cells: list[tuple[Cell, int]] = []
    k = i
    while k < len(lines) and len(cells) < limit:
        text = " ".join(lines[k].text.split())
        if stride == 2:
            if k + 1 < len(lines) and lines[k + 1].text.strip():
                break
            if not text and not cells:
                break
        elif not text and (k + 1 >= len(lines) or not lines[k + 1].text.strip()):
            break
        if stride == 1 and cells and _wrapped_qualifier(cells[-1][0].text, text):
            above = cells[-1][0]  # 「目標値」 over 「（令和12年度）」: one label, wrapped
            cells[-1] = (Cell(above.text + text, above.start, lines[k].end), k + 1)
            k += 1
            continue
        cells.append((Cell(text, lines[k].start, lines[k].end), min(k + stride, len(lines))))
        k += stride
    return cells


_BRACKETED = re.compile(r"^[(（][^()（）]{1,16}[)）]$")


def _wrapped_qualifier(label: str, text: str) -> bool:
    """「（令和６年度）」 on the line under a known label: the label's year, wrapped in its
    cell (a PDF's text prints the cell's two lines apart)."""
    return (
        bool(_BRACKETED.match(text))
        and bool(year_mentions(text))
        and field_of(label, exact=True) is not None
    )


def _figure(text: str) -> bool:
    return bool(_FIGURE.match(text))


def _label(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= _LABEL_MAX
        and not _figure(text)
        and "。" not in text
        and not _UNIT_NOTE.match(text)
    )


def _rows(cells: Sequence[Cell], width: int) -> list[list[Cell]]:
    """The rows of `width` cells after a header of as many, while the figures stay in the
    columns the first row prints them in."""
    if not all(_label(c.text) for c in cells[:width]):
        return []
    rows: list[list[Cell]] = []
    figures: set[int] = set()
    k = width
    while k + width <= len(cells):
        row = list(cells[k : k + width])
        texts = [c.text for c in row]
        if not rows:
            figures = {j for j, t in enumerate(texts) if _figure(t) or _NO_FIGURE.match(t)}
            if not figures or not texts[0] or 0 in figures:
                return []
        in_place = all(
            (not t or _figure(t) or bool(_NO_FIGURE.match(t))) if j in figures else not _figure(t)
            for j, t in enumerate(texts)
        )
        if not in_place or not any(_figure(texts[j]) for j in figures):
            break
        rows.append(row)
        k += width
    if any(_figure(c.text) for c in cells[k : k + width]):
        # a figure within a row's width after the last row: the rows run on out of step (a
        # width that is wrong, or a table whose merged cells print no paragraph)
        return []
    return rows


def _rank(header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> tuple[int, int, bool]:
    """More rows first; then more of the header's cells known labels or years (a caption
    read as a header's first label shifts the labels a cell, a row's name taking the last
    place: a unit's name among the labels); then rows whose last cell is not empty in every
    row (a header taking a caption's cell leaves the rows a column too many, the last one
    empty)."""
    return len(rows), sum(_label_score(c.text) for c in header), any(row[-1].text for row in rows)


def _label_score(text: str) -> int:
    """1 for a known label or a year, -1 for a unit's or a project's name (a row's value),
    else 0."""
    if field_of(text, exact=True) is not None or year_mentions(text):
        return 1
    return -1 if unit_kind(text) is not None or looks_like_project(text) else 0


def _best(cells: Sequence[Cell]) -> tuple[tuple[int, int, bool], int, list[list[Cell]]] | None:
    """(its rank, the width, the rows) of the header at the first cell that ranks best."""
    best: tuple[tuple[int, int, bool], int, list[list[Cell]]] | None = None
    for width in range(_MIN_COLUMNS, min(_MAX_COLUMNS, len(cells) // 2) + 1):
        rows = _rows(cells, width)
        if not rows:
            continue
        rank = _rank(cells[:width], rows)
        if best is None or rank > best[0]:
            best = (rank, width, rows)
    return best


def _headed_values(header: Sequence[Cell], row: Sequence[Cell]) -> bool:
    """Two figures or more in the row, each under a known label or a year (「現状値（Ｒ６）」),
    not a marker (「(a)」) of a header whose labels run over two rows."""
    columns = [j for j, cell in enumerate(row) if _figure(cell.text)]
    return len(columns) >= 2 and all(_label_score(header[j].text) > 0 for j in columns)


def _label_before(line: Line) -> bool:
    """A line that reads as a column's label (「事業名」, 「令和7年度」), not a caption set in
    brackets or after a mark (「【計画事業】」)."""
    text = " ".join(line.text.split())
    if not text or text[0] in "【[［■□●○◆◇〔<＜":
        return False
    return _label(text) and _label_score(text) > 0


def _caption_of(above: Line, first: Line) -> bool:
    """「主な事業」 over 「事業名」: the line above names the same field as the header's first
    label, a caption of the table (of its entries), no label of another column."""
    caption, label = " ".join(above.text.split()), " ".join(first.text.split())
    field = field_of(label, exact=True)
    return field is not None and field_of(caption) == field and caption != label


def _whole_name(text: str) -> bool:
    """A name printed whole: a project's (「…事業」) or a measure's with its unit closing it
    (「…の通行量（人/日）」), no piece of a wrapped cell (「業」, 「の割合」)."""
    return looks_like_project(text) or bool(TRAILING_BRACKET_NOTE.search(text))


def _line_cells_header(header: Sequence[Cell]) -> bool:
    """A header of cells a line each with no blank line between (LibreOffice's text save) is
    short labels, all known but one at most: PDF text breaks a table's cells over lines the
    same way, and its wrapped pieces and titles are no labels."""
    short = all(len(c.text) <= _LINE_LABEL_MAX for c in header)
    # 「目標値」 over 「(令和7年度)」: a label's bracketed rest wrapped onto a line of its own
    wrapped = any(c.text.startswith(("(", "（")) for c in header)
    return short and not wrapped and sum(1 for c in header if _label_score(c.text) <= 0) <= 1


def _given_by_column(header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> bool:
    """「局名」 over 「A局」「B局」…, then 「令和７年度」 over its figures: a column's label
    and its cells read as a header of names, the next column's label opening each row."""
    names = sum(1 for c in header if _label_score(c.text) < 0)
    years = sum(1 for row in rows if year_mentions(row[0].text))
    return 2 * names > len(header) or 2 * years > len(rows)


def paragraph_cell_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table whose header's first label is line `i`, as (the line after it, the table);
    None when the paragraphs from `i` make no such table."""
    if i + 1 >= len(lines) or not _label(" ".join(lines[i].text.split())):
        return None  # a header's first cell is a label
    captioned = bool(lines[i + 1].text.strip()) and i > 0 and _label_before(lines[i - 1])
    if captioned and not _caption_of(lines[i - 1], lines[i]):
        return None  # a label right over the first: the header starts further up, or wraps
    limit = _FIRST_CELLS
    while True:  # a window of cells, widened while the table runs to its end
        ends = _cells(lines, i, limit)
        cells = [cell for cell, _ in ends]
        best = _best(cells)
        if best is None:
            return None
        rank, width, rows = best
        if len(ends) < limit or width * (2 + len(rows)) + _MAX_COLUMNS < len(ends):
            break
        limit *= 4
    if len(rows) < 2 and not _headed_values(cells[:width], rows[0]):
        return None  # one row: a table only where its figures' labels say what they are
    if _given_by_column(cells[:width], rows):
        return None  # a table given column by column (its own reader's), not row by row
    if lines[i + 1].text.strip() and not _line_cells_header(cells[:width]):
        return None  # a line a cell: the header all labels, or a PDF's wrapped cells' lines
    for later in range(1, width + 1):
        # a caption over the header (「【主な事業】」) reads as a header's label with the
        # rows shifted a cell, as many of them: the header starts where it reads as well
        shifted = _best(cells[later:])
        if shifted is not None and shifted[0] >= rank:
            return None
    header = list(cells[:width])
    first = field_of(header[0].text, exact=True)
    if first is not None and any(field_of(c.text, exact=True) == first for c in header[1:]):
        return None  # 「成果指標」 over 「指標名 | 基準値 …」: a caption, the header under it
    if captioned and not all(_whole_name(row[0].text) for row in rows):
        return None  # under a caption, a name cut where a cell wrapped: a PDF's lines
    j = ends[width * (1 + len(rows)) - 1][1]  # the line after the last row's last cell
    return j, Table(header=[c.text for c in header], rows=rows, header_cells=header)
