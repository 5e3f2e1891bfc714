"""Tables as cities' tools leave them: tab-separated rows (HTML tables arrive so), pipe
tables with or without a `---` rule (rows wrapped onto several lines, or one cell per line),
tables drawn with box-drawing characters (┌─┬─┐ │a│b│), and columns aligned with runs of
spaces. Each becomes a `Table` whose cells know their
column, so a recogniser asks for "the 予算額 column" rather than for a position.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from loaders.field_vocabulary import field_of
from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import Line

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SPACE_GAP = re.compile(r"[ \u3000]{2,}")
_NUMERIC = re.compile(r"^[-‐▲△+]?[0-9][0-9,.]*\s*[%％千万億円人件台本点回箇所ha]*$")
_MAX_COLUMNS = 40


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text)) and "-" in text


def _cell(line: Line, start: int, end: int) -> Cell:
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return Cell(text.strip(), line.start + start + lead, line.start + start + trail)


def split_pipes(line: Line, *, outer: bool = True) -> list[Cell]:
    """The cells between a line's pipes. Not `outer`, the table prints no pipe before its
    first column, so a line opening with a pipe after blanks starts with a blank cell (a
    name printed once for two rows: 「名称|目標値|…」 then 「    |実績値|…」)."""
    cells: list[Cell] = []
    pos = 0
    for piece in line.text.split("|"):
        cells.append(_cell(line, pos, pos + len(piece)))
        pos += len(piece) + 1
    # "| a | b |" and "a | b |": the empty pieces outside the outer pipes are not cells
    if cells and not cells[0].text and line.text.lstrip().startswith("|") and outer:
        cells = cells[1:]
    if cells and not cells[-1].text and line.text.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def split_tabs(line: Line) -> list[Cell]:
    cells: list[Cell] = []
    pos = 0
    for piece in line.text.split("\t"):
        cells.append(_cell(line, pos, pos + len(piece)))
        pos += len(piece) + 1
    return cells


def split_spaces(line: Line) -> list[Cell]:
    """Cells set apart by runs of spaces. A piece made of field labels set apart by single
    spaces (「単位 現状値(令和3年度) 目標値」, where a full-width space was one column's gap) is
    one cell per label: a label never holds a space."""
    cells: list[Cell] = []
    pos = 0
    for gap in _SPACE_GAP.finditer(line.text):
        if gap.start() > pos:
            cells.append(_cell(line, pos, gap.start()))
        pos = gap.end()
    if pos < len(line.text):
        cells.append(_cell(line, pos, len(line.text)))
    if len(cells) < 2:
        return [c for c in cells if c.text]
    return [part for c in cells if c.text for part in _label_words(c)]


def _words(cell: Cell) -> list[Cell]:
    return [
        Cell(m.group(), cell.start + m.start(), cell.start + m.end())
        for m in re.finditer(r"\S+", cell.text)
    ]


def _label_words(cell: Cell) -> list[Cell]:
    words = _words(cell)
    if len(words) >= 2 and all(field_of(w.text, exact=True) is not None for w in words):
        return words
    return [cell]


def _fill_row(row: list[Cell], width: int) -> list[Cell]:
    """A space-aligned row short of the table's width whose cells hold exactly as many single
    spaces as cells are missing: those spaces were gaps (a full-width space, one column)."""
    missing = width - len(row)
    if missing <= 0 or sum(len(_words(c)) - 1 for c in row) != missing:
        return row
    return [word for c in row for word in _words(c)]


def _kind(text: str) -> str:
    if not text:
        return "empty"
    if _NUMERIC.match(text):
        return "number"
    return "text"


def _period(cells: Sequence[Cell]) -> int | None:
    """The row width of a table whose cells arrive one after another (one per line, or
    rows wrapped anywhere): the width at which the columns' contents repeat best."""
    scores: dict[int, float] = {}
    for width in range(2, min(_MAX_COLUMNS, len(cells) // 3) + 1):
        body = cells[width:]
        if len(body) < width:
            continue
        same = 0
        total = 0
        for i in range(len(body) - width):
            a, b = body[i].text, body[i + width].text
            total += 1
            if a == b:
                same += 2
            elif _kind(a) == _kind(b):
                same += 1
        scores[width] = same / total if total else 0.0
    if not scores:
        return None
    top = max(scores.values())
    mean = sum(scores.values()) / len(scores)
    if top < 0.8 or top < 1.25 * mean:
        return None  # nothing repeats: not a table
    # a multiple of the true width repeats as well: take the narrowest width near the best
    return min(w for w, score in scores.items() if score >= 0.85 * top and score >= 1.25 * mean)


def pipe_table(lines: Sequence[Line]) -> Table | None:
    """A pipe table from consecutive lines that hold `|`; rows may be wrapped."""
    rule = next((i for i, line in enumerate(lines) if is_rule(line.text)), None)
    # the first line shows whether the table prints a pipe before its first column
    outer = lines[0].text.lstrip().startswith("|") if lines else True
    cells: list[Cell] = []
    header_count: int | None = None
    for i, line in enumerate(lines):
        if i == rule:
            header_count = len(cells)
            continue
        cells.extend(split_pipes(line, outer=outer))
    if header_count is None:
        # rows of whole lines, each with the same number of cells: the first is the header
        per_line = [split_pipes(line, outer=outer) for line in lines]
        widths = {len(c) for c in per_line}
        if len(widths) == 1 and widths.pop() > 1:
            return _table(per_line[0], per_line[1:])
        header_count = _period(cells)
        if header_count is None:
            return None
    width = header_count
    if width < 2:
        return None
    header = cells[:width]
    body = cells[width:]
    rows = [list(body[i : i + width]) for i in range(0, len(body), width)]
    return _table(header, rows)


def _table(header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> Table:
    """A body row that repeats the header is the header printed again (a table continued on
    the next page, or two tables of one kind with nothing between them), not data."""
    header, rows = _two_row_header(header, rows)
    labels = [c.text for c in header]
    return Table(
        header=labels,
        rows=[list(r) for r in rows if any(c.text for c in r) and [c.text for c in r] != labels],
        header_cells=list(header),
    )


_SUB_LABEL_MAX = 8  # 予算額, 構成比, 目標: a lower label is a word, never a value or phrase


def _is_sub_label(text: str) -> bool:
    """A short word, no number: a label under the one spanning it."""
    return (
        len(text) <= _SUB_LABEL_MAX
        and not any(ch.isdigit() for ch in text)
        and any(ch.isalpha() for ch in text)  # 「-」 is a blank value, not a label
    )


def _two_row_header(
    header: Sequence[Cell], rows: Sequence[Sequence[Cell]]
) -> tuple[list[Cell], list[list[Cell]]]:
    """A header printed on two rows, a label over the columns it spans (「令和5年度」 over
    「目標 | 実績」): one label per column, the upper and the lower joined (令和5年度 目標).

    The spanned columns arrive blank beside the upper label (a spreadsheet's merged cells),
    or missing altogether (an HTML colspan), the lower row then short by the columns whose
    label spans both rows (指標名 at the left): the upper labels are spread evenly."""
    header, body = list(header), [list(r) for r in rows]
    if len(body) < 2:
        return header, body
    lower, width = body[0], max(len(r) for r in body[1:])
    labels = [c for c in lower if c.text]
    if len(labels) < 2 or not all(_is_sub_label(c.text) for c in labels):
        return header, body
    if not any(field_of(c.text, exact=True) for c in labels):
        return header, body  # a row of words none of which labels a field: data
    if len(header) == len(lower) == width:
        spans = any(
            not top.text and bottom.text and left.text
            for left, top, bottom in zip(header, header[1:], lower[1:], strict=False)
        )
        if not spans:
            return header, body  # no upper label spans a blank beside it: a row of data
        upper: list[Cell | None] = []
        for cell in header:
            upper.append(cell if cell.text else (upper[-1] if upper else None))
        lower_cells = lower
    elif len(lower) < width and len(header) < width:
        left = width - len(lower)  # columns labelled once for both rows
        spanning = len(header) - left
        if spanning < 1 or len(lower) % spanning or any(not c.text for c in lower):
            return header, body
        span = len(lower) // spanning
        upper = [*header[:left], *(c for c in header[left:] for _ in range(span))]
        lower_cells = [*(Cell("", c.start, c.start) for c in header[:left]), *lower]
    else:
        return header, body
    merged = []
    for top, bottom in zip(upper, lower_cells, strict=True):
        if top is None or not bottom.text:
            merged.append(bottom if bottom.text else (top or bottom))
        elif not top.text:
            merged.append(bottom)
        else:
            merged.append(Cell(f"{top.text} {bottom.text}", bottom.start, bottom.end))
    return merged, body[1:]


def delimited_table(lines: Sequence[Line], split: str) -> Table | None:
    """Rows of tab- or space-separated cells; the first row is the header."""
    splitter = split_tabs if split == "tab" else split_spaces
    rows = [splitter(line) for line in lines]
    rows = [r for r in rows if any(c.text for c in r)]
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    if split != "tab":
        rows = [_fill_row(r, width) for r in rows]
    return _table(rows[0], rows[1:])


def _is_label_row(cells: Sequence[Cell], *, exact: bool = True) -> bool:
    """Every cell a field label (事業名 | 予算額(千円) | 担当課): a header, never data.
    Not `exact`, a label may be a longer word starting or ending with one (取組名)."""
    texts = [c.text for c in cells if c.text]
    return len(texts) >= 2 and all(field_of(t, exact=exact) is not None for t in texts)


def table_runs(lines: Sequence[Line], split: str) -> list[tuple[int, int]]:
    """[start, end) line ranges of the tables in a region of tab-separated lines.

    HTML tables printed one after another leave no blank line between them; a new table
    starts where a row of labels follows data: its labels exactly the vocabulary's, or
    words built on them where the row width changes too.
    """
    if split != "tab":
        return [(0, len(lines))]
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines)):
        cells = split_tabs(lines[i])
        previous = split_tabs(lines[i - 1])
        header = _is_label_row(cells) or (
            len(cells) != len(previous) and _is_label_row(cells, exact=False)
        )
        if i - start >= 2 and header and not _is_label_row(previous):
            runs.append((start, i))
            start = i
    runs.append((start, len(lines)))
    return runs


# -- tables drawn with box-drawing characters ------------------------------------------------
_BOX_BARS = "│┃║"
_BOX_RULE = re.compile(r"^\s*[\u2500-\u257f]+\s*$")
_BOX_INNER = "┼╋╬├┣╠┤┫╣"  # a rule between rows, not the table's top or bottom edge


def is_box_line(text: str) -> bool:
    """A line of a drawn table: a rule (┌──┬──┐) or a row opening with a bar (│a│b│)."""
    return bool(_BOX_RULE.match(text)) or text.lstrip()[:1] in tuple(_BOX_BARS)


def _split_bars(line: Line) -> list[Cell]:
    bars = [i for i, ch in enumerate(line.text) if ch in _BOX_BARS]
    return [_cell(line, a + 1, b) for a, b in itertools.pairwise(bars)]


def _joined(cells: Sequence[Sequence[Cell]]) -> list[Cell]:
    """One row printed over several lines: each column's pieces joined, as a wrapped cell."""
    width = max(len(c) for c in cells)
    joined: list[Cell] = []
    for index in range(width):
        parts = [row[index] for row in cells if index < len(row) and row[index].text]
        if not parts:
            blank = next(row[index] for row in cells if index < len(row))
            joined.append(blank)
            continue
        joined.append(Cell("".join(p.text for p in parts), parts[0].start, parts[-1].end))
    return joined


def box_table(lines: Sequence[Line]) -> Table | None:
    """A table drawn with box-drawing characters: the rows above its first inner rule (├─┼─┤)
    are its header, joined by column; below it, rows set apart by rules are each one row
    however many lines it wraps onto, and rows with no rule between them are a line each."""
    groups: list[list[list[Cell]]] = [[]]
    header_groups: int | None = None
    for line in lines:
        if _BOX_RULE.match(line.text):
            if groups[-1]:
                inner = any(ch in _BOX_INNER for ch in line.text)
                if inner and header_groups is None:
                    header_groups = len(groups)
                groups.append([])
            continue
        cells = _split_bars(line)
        if len(cells) >= 2:
            groups[-1].append(cells)
    groups = [g for g in groups if g]
    if not groups:
        return None
    if header_groups is None:
        header_groups = 0  # no inner rule: the first line is the header
        groups = [[row] for g in groups for row in g]
        groups, header = groups[1:], groups[0][0]
    else:
        header = _joined([row for g in groups[:header_groups] for row in g])
        groups = groups[header_groups:]
    if len(groups) == 1 or all(len(g) == 1 for g in groups):
        rows = [row for g in groups for row in g]
    else:
        rows = [_joined(g) for g in groups]
    if len(header) < 2 or not rows:
        return None
    return _table(header, rows)
