"""Tables as cities' tools leave them: tab-separated rows (HTML tables arrive so), pipe
tables with or without a `---` rule (rows wrapped onto several lines, or one cell per line),
tables drawn with box-drawing characters (┌─┬─┐ │a│b│), and columns aligned with runs of
spaces. Each becomes a `Table` whose cells know their
column, so a recogniser asks for "the 予算額 column" rather than for a position.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from loaders.field_vocabulary import caption_cues, field_of, is_total_label
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.structure.left_merges import right_aligned
from loaders.structure.mail_wraps import joined_at_tab
from loaders.structure.numbering import leading_numbering
from loaders.structure.row_notes import note_run_end
from loaders.structure.title_rows import is_title_number, is_title_over_labels
from loaders.text.amounts import unit_scale
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import Line, fold_width, printed_width
from loaders.text.project_names import (
    looks_like_project,
    status_marks,
    strip_leading_status_mark,
)

# a Markdown delimiter cell: three dashes, or fewer with the colon that aligns the column (--:)
_RULE_CELL = r"(?::?-{3,}:?|:-+:?|-+:)"
_RULE = re.compile(rf"^\s*\|?\s*{_RULE_CELL}\s*(?:\|\s*{_RULE_CELL}\s*)*\|?\s*$")
_SPACE_GAP = re.compile(r"[ \u3000]{2,}")
_NUMERIC = re.compile(r"^[-‐▲△+]?[0-9][0-9,.]*\s*[%％千万億円人件台本点回箇所ha]*$")
_MAX_COLUMNS = 40


def is_rule(text: str) -> bool:
    return (bool(_RULE.match(text)) and "-" in text) or is_drawn_rule(text)


# 「────┼──────┼───」 under 「番号｜名称｜評価」: a text page's pipe table whose rule is drawn
# with box lines crossed where the pipes stand, no pipe of its own
_DRAWN_RULE = re.compile(r"^\s*[─━]+(?:[┼╋┿╂][─━]+)+\s*$")


def is_drawn_rule(text: str) -> bool:
    """A rule of box lines crossed at the columns (──┼──) under a pipe table's header."""
    return bool(_DRAWN_RULE.match(text))


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
    cells = [part for c in cells for part in _bracket_run(c) for part in _amount_and_bracket(part)]
    if len(cells) < 2:
        return [c for c in cells if c.text]
    return [part for c in cells if c.text for part in _label_words(c)]


# 「（令和６年度）（令和８年度）（令和10年度）」: qualifiers of the labels above, each as wide
# as its column, so no space parts them
_BRACKET_RUN = re.compile(r"(?:[(（][^()（）\s]+[)）]){2,}")
_ONE_BRACKET = re.compile(r"[(（][^()（）\s]+[)）]")


def _bracket_run(cell: Cell) -> list[Cell]:
    """A cell of brackets run together, one cell per bracket; any other cell as it is."""
    if not _BRACKET_RUN.fullmatch(cell.text):
        return [cell]
    return [Cell(m.group(), cell.start + m.start(), cell.start + m.end())
            for m in _ONE_BRACKET.finditer(cell.text)]  # fmt: skip


# 「○○億○,○○○万円　（○○億○,○○○万円）」: this year's amount and, bracketed, the year before's,
# a full-width space apart (one space once folded): two columns, as the header over them says
_AMOUNT = r"[▲△]?[0-9][0-9,]*(?:億(?:[0-9][0-9,]*)?)?(?:百万|千|万)?円"
_AMOUNT_AND_BRACKET = re.compile(rf"(?P<a>{_AMOUNT}) (?P<b>[(（]{_AMOUNT}[)）])")


def _amount_and_bracket(cell: Cell) -> list[Cell]:
    match = _AMOUNT_AND_BRACKET.fullmatch(cell.text)
    if match is None:
        return [cell]
    return [Cell(match.group(k), cell.start + match.start(k), cell.start + match.end(k))
            for k in ("a", "b")]  # fmt: skip


def _words(cell: Cell) -> list[Cell]:
    return [
        Cell(m.group(), cell.start + m.start(), cell.start + m.end())
        for m in re.finditer(r"\S+", cell.text)
    ]


def _label_words(cell: Cell) -> list[Cell]:
    """A cell of field labels (or of years, 「令和7年 令和6年」) set apart by single spaces:
    a full-width space was each one's gap, one cell per label."""
    words = _words(cell)
    if len(words) >= 2 and (
        all(field_of(w.text, exact=True) is not None for w in words)
        or all(bare_period(w.text) and not w.text.isdigit() for w in words)
    ):
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


# 「-------」 alone between 「| … |」 rows (a database's text export rules every row off): a
# rule of dashes only, no pipe in it
_DASH_RULE = re.compile(r"^\s*-{3,}\s*$")


def _row_rules_dropped(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines without the dash rules between body rows: the first rule (under the header)
    stays, the rest only part the rows."""
    rules = [k for k, line in enumerate(lines) if _DASH_RULE.match(line.text)]
    if len(rules) < 2:
        return lines
    return [line for k, line in enumerate(lines) if k not in rules[1:]]


def pipe_table(lines: Sequence[Line]) -> Table | None:
    """A pipe table from consecutive lines that hold `|`; rows may be wrapped."""
    lines = _row_rules_dropped(lines)
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
    width_of_rule = len(split_pipes(lines[rule], outer=outer)) if rule is not None else 0
    if rule is not None and rule > 1 and (
        broken := _hard_broken_header(lines[:rule], outer, width_of_rule)
    ):
        # 「施策 | KPI | 基準値␣␣」 over 「（年度） | 令和4年度 | … | 目標値␣␣」 over
        # 「（令和7年度）」: one header row, its cells broken at their line breaks (html2text)
        per_line = [split_pipes(line, outer=outer) for line in lines[rule + 1 :]]
        return _table(broken, _rows_by_line(per_line, len(broken)))
    if rule is not None and rule > 1 and (stacked := _stacked_header(lines[:rule], outer)):
        # 「| 課名 | 職員数 | 職員数 |」 over 「| | 令和5年度 | 令和6年度 |」 above the rule: a
        # header of two rows, one label per column (the lower first, as merged cells read)
        width = len(stacked)
        body = cells[header_count or 0 :]
        return _table(stacked, [list(body[i : i + width]) for i in range(0, len(body), width)])
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
    body_lines = lines[rule + 1 :] if rule is not None else []
    per_line = [split_pipes(line, outer=outer) for line in body_lines]
    if any(len(cells) < width for cells in per_line):
        # a row a converter broke at a cell's line break, or printed short of its merged cells
        joined = _rows_broken_at_breaks(body_lines, per_line, width)
        if joined is None and rule == 1 and outer:
            joined = _rows_of_dropped_spans(per_line, width)
        if joined:
            return _table(header, joined)
    body = cells[width:]
    rows = [list(body[i : i + width]) for i in range(0, len(body), width)]
    return _table(header, rows)


def _rows_of_dropped_spans(
    per_line: Sequence[Sequence[Cell]], width: int
) -> list[list[Cell]] | None:
    """Rows of a converter that dropped merged cells (Jina Reader's Markdown of an HTML table):
    a row a line, short rows where a cell spanned rows or columns. A row of one cell that is
    no figure is a part under the row above (「| 架空係 |」 under 「| 架空課 | 総務係 |
    ○○（○○） |」): it takes the column whose cells end as it does, the others held over from
    the row above, as the merged cells hold; a short row ending in a figure spans its first
    cell over the columns before the figure's (「| 架空センター | ○○（○○） |」). None where
    a line is too long."""
    if any(len(cells) > width for cells in per_line):
        return None
    full = [cells for cells in per_line if len(cells) == width]
    if not full:
        return None
    rows: list[list[Cell]] = []
    for cells in per_line:
        if len(cells) == width:
            rows.append(list(cells))
            continue
        if not rows:
            return None
        if len(cells) == 1 and not _figure_like(cells[0].text):
            column = _column_ending_like(full, cells[0].text.strip())
            held = list(rows[-1])
            held[column] = cells[0]
            rows.append(held)
            continue
        if not _figure_like(cells[-1].text):
            return None
        at = cells[0].end
        blank = [Cell("", at, at)] * (width - len(cells))
        rows.append([cells[0], *blank, *cells[1:]])
    return rows


def _figure_like(text: str) -> bool:
    """A figure, or a figure with another year's in brackets after it (「27（25）」)."""
    text = text.strip()
    return word_figure(text) or bool(_FIGURE_PAIR.match(text))


_FIGURE_PAIR = re.compile(r"^[0-9][0-9,]*\s*[(（][0-9][0-9,]*[)）]$")


def _column_ending_like(rows: Sequence[Sequence[Cell]], text: str) -> int:
    """The column whose cells most often end with the character `text` ends with."""
    counts = [sum(1 for row in rows if row[k].text.strip().endswith(text[-1:]))
              for k in range(len(rows[0]))]  # fmt: skip
    return counts.index(max(counts))


def _rows_broken_at_breaks(
    lines: Sequence[Line], per_line: Sequence[Sequence[Cell]], width: int
) -> list[list[Cell]] | None:
    """Body rows a converter broke at a cell's line break (html2text: 「1 | X事業 | 架空部」
    over 「架空課 | ○○,○○○ | …」): lines joined, the last cell of one and the first of the
    next one cell, until the row has the header's cells; None when no line is short or the
    lines do not join up so."""
    if not any(ln.text.endswith("  ") for ln, c in zip(lines, per_line, strict=True)
               if len(c) < width):  # fmt: skip
        return None  # (no line broken at a Markdown line break: cells dropped, not broken)
    rows: list[list[Cell]] = []
    run: list[list[Cell]] = []
    for line, cells in zip(lines, per_line, strict=True):
        if not run and rows and "|" not in line.text:
            rows[-1] = joined_broken_cells([rows[-1], cells])  # the rest of its last cell
            continue
        run.append(cells)
        row = joined_broken_cells(run)
        if len(row) > width:
            return None
        if len(row) == width:
            rows.append(row)
            run = []
    return rows if rows and not run and len(rows) < len(per_line) else None


def pipe_region_end(lines: Sequence[Line], i: int) -> int:
    """The end of the lines of a pipe table from `i`: lines that hold a pipe (or a drawn
    rule), and above its rule the pieces of header cells broken by a Markdown line break
    (two spaces closing the line before), which may hold none."""
    j, ruled = i, False
    while j < len(lines):
        text = lines[j].text
        if "|" in text or is_drawn_rule(text) or _rule_between_rows(lines, j, i):
            ruled = ruled or is_rule(text)
        elif not (
            not ruled and j > i and lines[j - 1].text.endswith("  ") and text.strip()
            and j + 1 < len(lines) and "|" in lines[j + 1].text
        ) and not (ruled and _broken_cell_rest(lines, j)):  # fmt: skip
            break
        j += 1
    return j


def is_ruled_pipe_top(lines: Sequence[Line], i: int) -> bool:
    """A rule of dashes over a row of pipes, then another rule: the top of a table ruled off
    row by row."""
    return (
        i + 2 < len(lines)
        and bool(_DASH_RULE.match(lines[i].text))
        and lines[i + 1].text.lstrip().startswith("|")
        and bool(_DASH_RULE.match(lines[i + 2].text))
    )


def _rule_between_rows(lines: Sequence[Line], j: int, i: int) -> bool:
    """A rule of dashes after a row of pipes (「| a | b |」 over 「------」): the table's rows
    are ruled off, and the rule is the table's (its last when no row follows)."""
    return bool(_DASH_RULE.match(lines[j].text)) and j > i and "|" in lines[j - 1].text


_CELL_REST_MAX = 20  # characters: the rest of one cell (a 課 under its 局), no paragraph


def _broken_cell_rest(lines: Sequence[Line], j: int) -> bool:
    """「…| 架空局␣␣」 over 「架空課」: under a pipe table's rule, a short line with no
    pipe after a row closed by a Markdown line break, before another row or the table's
    end — the rest of that row's last cell."""
    text = lines[j].text.strip()
    after = lines[j + 1].text if j + 1 < len(lines) else ""
    return (
        lines[j - 1].text.endswith("  ") and "|" in lines[j - 1].text
        and 0 < len(text) <= _CELL_REST_MAX and not text.endswith("。")
        and ("|" in after or not after.strip())
    )  # fmt: skip


def _hard_broken_header(lines: Sequence[Line], outer: bool, width: int) -> list[Cell] | None:
    """The header row above a pipe table's rule given over several lines by a converter that
    keeps a cell's line breaks (each piece's line closing in two spaces): the last cell of a
    line and the first of the next are one, when the cells so joined are as many as the rule
    has; else None."""
    if not all(line.text.endswith("  ") for line in lines) or width < 2:
        return None
    cells = joined_broken_cells([split_pipes(line, outer=outer) for line in lines])
    return cells if len(cells) == width else None


def joined_broken_cells(pieces_by_line: Sequence[Sequence[Cell]]) -> list[Cell]:
    """One row from the cells of its lines, a converter having broken each cell where it
    wrapped: each line's first piece is the rest of the cell the line before stopped in."""
    cells: list[Cell] = []
    for k, line in enumerate(pieces_by_line):
        pieces = list(line)
        if k and cells and pieces:
            head = pieces.pop(0)
            last = cells[-1]
            # 「総務部」 over 「人事課」: a unit broken after its outer unit keeps the gap
            gap = " " if unit_kind(last.text) and unit_kind(head.text) else ""
            cells[-1] = Cell(last.text + gap + head.text, last.start if last.text else head.start,
                             head.end if head.text else last.end)  # fmt: skip
        cells.extend(pieces)
    return cells


def _rows_by_line(per_line: list[list[Cell]], width: int) -> list[list[Cell]]:
    """Rows a line each; a row short of cells lost its first ones (a name merged over rows
    that the converter printed once): blank cells make up the row at its left."""
    rows = []
    for cells in per_line:
        if not cells or len(cells) > width:
            continue
        at = cells[0].start
        rows.append([*(Cell("", at, at) for _ in range(width - len(cells))), *cells])
    return rows


def _stacked_header(lines: Sequence[Line], outer: bool) -> list[Cell] | None:
    """The header rows above a pipe table's rule, merged column by column, when each row
    has the same number of cells; None otherwise."""
    rows = [split_pipes(line, outer=outer) for line in lines]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return None
    merged = []
    for column in zip(*rows, strict=True):
        filled = [c for c in column if c.text.strip()]
        text = " ".join(dict.fromkeys(c.text.strip() for c in reversed(filled)))
        anchor = filled[0] if filled else column[0]
        merged.append(Cell(text, anchor.start, anchor.end))
    return merged


_DASHES = re.compile(r"^[-=‐―─━＝]{2,}$")


def _dashes_only(row: Sequence[Cell]) -> bool:
    """「------  -----  ----」 under a header of aligned columns: a rule, no row of data."""
    return all(_DASHES.match(c.text.strip()) for c in row if c.text)


def table_of(header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> Table:
    """A table of a header and rows split elsewhere (`loaders.structure.grid_tables`)."""
    return _table(header, rows)


def cell_between(line: Line, start: int, end: int) -> Cell:
    """The cell of `line` between two of its offsets, its spaces trimmed."""
    return _cell(line, start, end)


def _table(header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> Table:
    """A body row that repeats the header is the header printed again (a table continued on
    the next page, or two tables of one kind with nothing between them), not data."""
    header, rows = _two_row_header(header, rows)
    labels = [_unbracketed_label(c.text) for c in header]
    return Table(
        header=labels,
        rows=[
            list(r) for r in _dittos_filled(rows)
            if any(c.text for c in r) and [c.text for c in r] != labels and not _dashes_only(r)
        ],
        header_cells=list(header),
    )


# 「【事業】」: a header label in lenticular brackets, as a form prints a field's label
_BRACKETED_LABEL = re.compile(r"^[【［\[](?P<label>[^】］\]]{1,12})[】］\]]$")


def _unbracketed_label(text: str) -> str:
    """A header label wholly in brackets, the label itself when it names a field."""
    found = _BRACKETED_LABEL.match(text.strip())
    if found is not None and field_of(found.group("label"), exact=True) is not None:
        return found.group("label")
    return text


_DITTO_MARKS = frozenset({"〃", "同上"})  # 「〃」 under a cell: the same as the cell above


def _dittos_filled(rows: Sequence[Sequence[Cell]]) -> list[list[Cell]]:
    """「総務課 | 総務係」 then 「〃 | 企画係」: a ditto mark repeats the cell above it, so the
    row reads as the cell it points at (its text and where that text stands)."""
    filled: list[list[Cell]] = []
    for row in rows:
        cells = list(row)
        above = filled[-1] if filled else []
        for k, cell in enumerate(cells):
            if cell.text in _DITTO_MARKS and k < len(above) and above[k].text:
                cells[k] = above[k]
        filled.append(cells)
    return filled


_SUB_LABEL_MAX = 8  # 予算額, 構成比, 目標: a lower label is a word, never a value or phrase


def _is_sub_label(text: str) -> bool:
    """A short word, no number: a label under the one spanning it."""
    return (
        len(text) <= _SUB_LABEL_MAX
        and not any(ch.isdigit() for ch in text)
        and any(ch.isalpha() for ch in text)  # 「-」 is a blank value, not a label
    )


_YEAR_BRACKET = re.compile(r"\s*[(（][^()（）]+[)）]\s*$")


def _dated_word(text: str) -> str | None:
    """「現状値（R6）」「目標値（R12）」: a field's word with its year in brackets after it —
    the word; else None."""
    bracket = _YEAR_BRACKET.search(text)
    if bracket is None or not year_mentions(bracket.group()):
        return None
    word = text[: bracket.start()]
    return word if _is_sub_label(word) and field_of(word, exact=True) is not None else None


def _dated_label(text: str) -> bool:
    """「令和6年度決算」「前回（令和5年度）」: a short label with its year, under the label that
    spans it (事業費, 評価), the year saying which of the spanned columns it is."""
    mentions = year_mentions(text)
    if len(text) > _DATED_LABEL_MAX or len(mentions) != 1 or _FIGURE.match(text):
        return False
    rest = (text[: mentions[0].start] + text[mentions[0].end :]).strip(" ()（）")
    return len(rest) <= _DATED_WORD_MAX and "の" not in rest  # (「令和7年度の重点取組」: a title)


_DATED_LABEL_MAX = 14
_DATED_WORD_MAX = 6


def _year_kind(text: str) -> bool:
    """「R6実績」「R9目標（最終）」: a year, then a field's word (a note in brackets after)."""
    return _year_kind_word(text) is not None


def _year_kind_word(text: str) -> str | None:
    key = re.sub(r"\s+", "", text)
    mentions = year_mentions(key)
    if not mentions or mentions[0].start != 0:
        return None
    word = _YEAR_BRACKET.sub("", key[mentions[0].end :])
    return word if _is_sub_label(word) and field_of(word, exact=True) is not None else None


_KINDS = ("target", "actual", "baseline", "estimate")


def _kind_word(text: str) -> bool:
    """「目標」「実績」「見込」: a label of a kind of value."""
    return field_of(text, exact=True) in _KINDS


def _names_other_field(top: str, bottom: str) -> bool:
    """Whether a spanning label groups columns that each name a kind of value of their own
    (「成果指標」 over 「現状値（R6）」 「R6実績」): the lower label alone."""
    if bare_period(top) or year_mentions(top):
        return False  # 「令和4年度」 over 「実績」: the year dates the kind (令和4年度 実績)
    word = _dated_word(bottom) or _year_kind_word(bottom) or bottom
    own = field_of(word, exact=True) if _is_sub_label(word) else None
    return own in _KINDS and field_of(top) not in (None, own, "fiscalYear")


def _dated_field_over(top: str, bottom: str) -> str | None:
    """「成果指標（令和6年度）」 over 「目標値」: a field's word dated in brackets over labels of
    fields of their own — each lower label with the year's bracket (目標値（令和6年度）);
    else None."""
    word = _dated_word(top)
    bracket = _YEAR_BRACKET.search(top)
    own = field_of(bottom, exact=True) if _is_sub_label(bottom) else None
    if word is None or bracket is None or own is None or own == field_of(word, exact=True):
        return None
    return bottom + bracket.group().strip()


def bare_period(text: str) -> bool:
    """A label that is a year and nothing else (令和5年度): a period over labels of kinds."""
    key = re.sub(r"\s+", "", text)
    mentions = year_mentions(key)
    if len(mentions) != 1:
        return False
    rest = key[: mentions[0].start] + key[mentions[0].end :]
    return not re.sub(r"[()（）]", "", rest)


_BARE_CODE = re.compile(r"^\s*[0-9]+(?:\s*[-ー－]\s*[0-9]+)+\s*$")  # 「1-2-1」 alone in a cell


def _pairs_row(row: Sequence[Cell]) -> bool:
    """「事業名 | X事業」, 「所管局 | A局 | 所管課 | B課」: a form's row of labels each with its
    value (no label, no year) beside it."""
    texts = [c.text.strip() for c in row]
    if len(texts) not in (2, 4) or not all(texts):
        return False
    return all(field_of(t, exact=True) is not None for t in texts[0::2]) and not any(
        field_of(t, exact=True) is not None or bare_period(t) for t in texts[1::2]
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
    if len(body) < 2 or any(_BARE_CODE.match(c.text) for c in header) or _pairs_row(header):
        return header, body  # 「取組番号 | 1-2-1 | 所管 | …」: a form's row of values, no labels
    lower, width = body[0], max(len(r) for r in body[1:])
    if _labels_under_offset_header(header, lower):
        # 「　　　　　R6決算額　R7予算額　事業」 over 「事業名　担当課　（千円）　（千円）　評価」:
        # the upper labels stand right, over the lower row's qualifiers and kinds
        merged = [
            low if not top.text else
            Cell(f"{top.text}{low.text}" if _QUALIFIER_CELL.match(low.text)
                 else f"{top.text} {low.text}".strip(), top.start, low.end)
            for top, low in zip(header, lower, strict=True)
        ]  # fmt: skip
        return merged, body[1:]
    if lower and not lower[0].text and len(header) == width and len(lower) < width:
        # a sheet's lower row saved without its blank cells at the end: blank there still
        end = lower[-1].end
        lower = [*lower, *(Cell("", end, end) for _ in range(width - len(lower)))]
    labels = [c for c in lower if c.text]
    # the years under one label (予算額 over 令和6年度 | 令和5年度) are labels too, beside
    # the kinds under others (成果指標 over 指標名 | 単位)
    years = bool(labels) and all(bare_period(c.text) for c in labels)
    # (a label over both rows printed again in the lower one, 「局名」 under 「局名」, is as good)
    again = {id(c) for k, c in enumerate(lower) if k < len(header) and c.text == header[k].text}
    if len(labels) < 2 or not all(
        bare_period(c.text) or _is_sub_label(c.text) or _dated_word(c.text) or _year_kind(c.text)
        or (id(c) in again and len(again) < len(labels)) or _dated_label(c.text)
        for c in labels
    ):
        return header, body
    # 「局 | 予算額（百万円）」 over 「局 | 令和8年度 | 令和7年度」: years under a row of labels
    dated = sum(bare_period(c.text) for c in labels) >= 2 and all(
        field_of(c.text) is not None or (k < len(lower) and lower[k].text == c.text)
        for k, c in enumerate(header) if c.text
    )  # (a label over both rows is printed again in the lower one)
    if not years and not dated and not any(field_of(c.text, exact=True) for c in labels) and not (
        all(_dated_label(c.text) for c in labels)
    ):
        return header, body  # a row of words none of which labels a field (nor dates one): data
    given = len(header)  # the upper row's own cells (a sheet's may stop short)
    if len(header) < width == len(lower) and header and any(c.text for c in lower[len(header) :]):
        # a sheet's upper row saved without the blank cells its last label spans
        end = header[-1].end
        header = [*header, *(Cell("", end, end) for _ in range(width - len(header)))]
    under = width - len(labels)  # the first column a row of kinds under the years labels
    if (
        not years
        and len(header) == width
        and under > 0
        and [k for k, c in enumerate(lower) if c.text] in (list(range(len(labels))),
                                                          list(range(under, width)))
        and all(bare_period(c.text) for c in header[under:])
    ):
        # 「令和4年度 | 令和5年度」 over 「実績 | 目標」, the lower row blank (or short) under
        # the columns left of the years (指標名 | 単位): each kind under the year at its place
        upper = list(header)
        lower_cells = [*(Cell("", c.start, c.start) for c in header[:under]), *labels]
    elif len(header) == len(lower) == width:
        # (a merged cell a converter repeats in each column it spans, 「当初予算額 | 当初予算額」
        # over 「令和8年度 | 令和7年度」, spans them as a blank beside it does)
        spans = any(
            (not top.text or (top.text == left.text and bottom.text != top.text))
            and bottom.text
            and left.text
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
        if spanning < 1 or any(not c.text for c in lower):
            return header, body
        periods = [k for k, c in enumerate(header) if k and bare_period(c.text)]
        if (
            periods
            and len(lower) % len(periods) == 0
            and len(header) - len(periods) + len(lower) == width
        ):
            # the spanning labels are the bare years (令和5年度 over 目標 | 実績); a label
            # naming its own value (令和7年度 目標) stands over one column, wherever it is
            upper, lower_cells, queue = [], [], list(lower)
            span = len(lower) // len(periods)
            for k, cell in enumerate(header):
                count = span if k in periods else 1
                upper.extend([cell] * count)
                lower_cells.extend(
                    [queue.pop(0) for _ in range(span)]
                    if k in periods
                    else [Cell("", cell.start, cell.start)]
                )
            if len(upper) != width:
                return header, body
        elif len(lower) % spanning:
            return header, body
        else:
            span = len(lower) // spanning
            upper = [*header[:left], *(c for c in header[left:] for _ in range(span))]
            lower_cells = [*(Cell("", c.start, c.start) for c in header[:left]), *lower]
    else:
        return header, body
    # the labels under each spanning label: years beside a change (「当初予算額」 over
    # 「令和6年度 | 令和5年度 | 増減」) make the change a column of its own
    dated_spans = {
        id(top) for top, bottom in zip(upper, lower_cells, strict=True)
        if top is not None and top.text and bare_period(bottom.text)
    }  # fmt: skip
    merged = []
    for k, (top, bottom) in enumerate(zip(upper, lower_cells, strict=True)):
        if (
            not years and top is not None and id(top) in dated_spans and bottom.text
            and not bare_period(bottom.text) and field_of(bottom.text, exact=True) is None
            and not year_mentions(bottom.text)
        ):  # fmt: skip
            merged.append(bottom)  # 「増減」 under 「当初予算額」 beside the years (「前回（令和5
            # 年度）」 is one of the years)
            continue
        spread = top is not None and len(header) == len(upper) and top is not header[k]
        if spread and k >= given and bare_period(top.text) and not _kind_word(bottom.text):
            merged.append(bottom)  # 「令和7年度」 at a short row's end spans no 「担当課」
            continue
        if top is None or not bottom.text:
            # a blank under a label spread from the left (a merged cell's last column left
            # empty in both rows): no column of that label
            merged.append(bottom if bottom.text or spread else (top or bottom))
        elif not top.text or top.text == bottom.text or _names_other_field(top.text, bottom.text):
            merged.append(bottom)  # 「成果指標」 over 「現状値（R6）」: the kind names the column
        elif bare_period(top.text) and year_mentions(bottom.text):
            merged.append(bottom)  # 「前年度実績(2025年度)」 under 「2026年度」: its own year
        elif (dated := _dated_field_over(top.text, bottom.text)) is not None:
            merged.append(Cell(dated, bottom.start, bottom.end))  # 「目標値（令和6年度）」
        else:
            # the year first, as a one-row header prints it (令和6年度 予算額)
            words = (bottom.text, top.text) if years else (top.text, bottom.text)
            merged.append(Cell(" ".join(words), bottom.start, bottom.end))
    return merged, body[1:]


def _labels_under_offset_header(header: Sequence[Cell], lower: Sequence[Cell]) -> bool:
    """A header whose first cells are blank over a row of field labels (and bracketed
    qualifiers) filling every column: the labels a two-line header prints below, the upper
    line's labels set right over the columns they qualify."""
    if len(header) != len(lower) or len(header) < 3 or header[0].text or not header[-1].text:
        return False
    if not all(c.text for c in lower) or any(_FIGURE.match(c.text) for c in lower):
        return False
    if any(c.text and (is_unit_note(c.text) or not _label_or_year(c.text)) for c in header):
        return False  # 「（単位：千円）」 over the labels: a note, no upper line of labels
    return all(
        field_of(c.text) is not None or _QUALIFIER_CELL.match(c.text) for c in lower
    ) and sum(field_of(c.text) is not None for c in lower) >= 2


def _label_or_year(text: str) -> bool:
    return field_of(text) is not None or bare_period(text)


def delimited_table(
    lines: Sequence[Line], split: str, raw: Sequence[str] | None = None
) -> Table | None:
    """Rows of tab- or space-separated cells; the first row is the header.

    Space-aligned lines, given as printed (`raw`, whose wide characters take two places), are
    read by the columns their alignment draws (`space_table`)."""
    if split != "tab" and raw is not None:
        table = space_table(lines, raw)
        if table is not None:
            return table
    splitter = split_tabs if split == "tab" else split_spaces
    if split != "tab":
        # a rule (------) between space-aligned rows separates them; it is no row
        lines = [line for line in lines if not is_space_rule(line.text)]
    lines = [line for line in lines if any(c.text for c in splitter(line))]
    rows = [splitter(line) for line in lines]
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    if split != "tab" and len(rows[1]) == width and _over_later_columns(lines[0], lines[1]):
        # 「　　　　R6　　R7」: the labels of the columns after the first, whose label is blank
        rows[0] = [Cell("", lines[0].start, lines[0].start), *rows[0]]
    if split != "tab":
        rows = [rows[0], *_rows_rejoined(rows[1:], width)]
        rows = _spread_first_joined(rows)
        width = max(len(r) for r in rows)
    if split != "tab":
        rows = [_fill_row(r, width) for r in rows]
    else:
        rows = [rows[0], *right_aligned(_rows_rejoined(rows[1:], len(rows[0])), len(rows[0]))]
    return _table(rows[0], rows[1:])


_CLAUSE_ENDS = ("、", "，", ",")


def _rows_rejoined(rows: list[list[Cell]], width: int) -> list[list[Cell]]:
    """A row broken in two where a cell held two paragraphs (Word's text save ends the line
    inside the cell, mid-sentence after a comma): two short rows whose cells, the broken cell
    joined, fill the header's width are one row."""
    joined: list[list[Cell]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        after = rows[k + 1] if k + 1 < len(rows) else None
        if after is not None and (whole := joined_at_tab(row, after, width)) is not None:
            joined.append(whole)  # a mailer's wrap at the tab between two amounts
            k += 2
            continue
        if (
            after is not None
            and len(row) < width
            and len(after) < width
            and len(row) + len(after) - 1 == width
            and after[0].text
            and (
                row[-1].text.endswith(_CLAUSE_ENDS)  # 「…追加し、」: the sentence goes on
                or _broken_numbered_row(row, after)
            )
        ):
            cell = Cell(row[-1].text + after[0].text, row[-1].start, after[0].end)
            joined.append([*row[:-1], cell, *after[1:]])
            k += 2
            continue
        joined.append(row)
        k += 1
    return joined


def _broken_numbered_row(row: Sequence[Cell], after: Sequence[Cell]) -> bool:
    """「11　　指定管理者制度の効果的」 over 「な運用　　行政改革推進課　　Ｂ」: a numbered row
    whose name wrapped in its cell, the rest of the row on the next line after the name's end
    (which is words, no figure or grade of a column of its own)."""
    return (
        len(row) == 2
        and row[0].text.isdigit()
        and _kind(row[1].text) == "text"
        and _kind(after[0].text) == "text"
        and not after[0].text[0].isdigit()
        and len(after[0].text) <= _MAX_WRAPPED_TAIL
    )


_MAX_WRAPPED_TAIL = 12  # the rest of a wrapped name: a word or two, never a row's own text


def _spread_first_joined(rows: list[list[Cell]]) -> list[list[Cell]]:
    """「区　　分」 over 「一般会計　○,○○○　○,○○○」, 「合　　計」 among the rows: a first cell
    spread over its width (均等割付) reads as two cells, so the row has one more than the
    others; when every such row's second cell is such a tail (「分」, 「計」), its two leading
    words are one cell."""
    width = max(len(r) for r in rows)
    wide = [r for r in rows if len(r) == width]
    if width < _SPREAD_MIN_WIDTH or len(wide) == len(rows) or any(len(r) < width - 1 for r in rows):
        return rows
    if not all(_kind(r[0].text) == "text" and _SPREAD_TAIL.match(r[1].text) for r in wide):
        return rows
    return [
        [Cell(r[0].text + r[1].text, r[0].start, r[1].end), *r[2:]] if len(r) == width else r
        for r in rows
    ]


_SPREAD_MIN_WIDTH = 4
# 「分」, 「計」: a spread word's last letters (kanji or kana), never a label such as R7
_SPREAD_TAIL = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{1,2}$")


def is_unit_note(text: str) -> bool:
    """「(単位:人)」, 「単位:千円」: a note of the unit a table's numbers are in."""
    inner = re.sub(r"\s+", "", text).strip("()（）")
    return field_of(re.split(r"[:：、,]", inner)[0], exact=True) == "unit"


def fenced_table(lines: Sequence[Line]) -> Table | None:
    """The lines of a Markdown code block as a table: a header of words set apart by wide
    gaps, then rows of as many cells (rules of dashes between them only separate). A code
    block is printed as is, so two columns (職種 | 人数) are a table there as well."""
    kept = [ln for ln in lines if ln.text.strip() and not is_space_rule(ln.text)]
    if len(kept) < 3 or any("\t" in ln.text or "|" in ln.text for ln in kept):
        return None
    rows = [split_spaces(ln) for ln in kept]
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return None
    if any(_FIGURE.match(cell.text) for cell in rows[0]):
        return None  # figures in the first line: no header
    return _table(rows[0], rows[1:])


_FIGURE_TOKEN = re.compile(r"^[▲△\-−+±]?[0-9][0-9,]*(?:\.[0-9]+)?%?$|^[-―]$")
_FIGURE_RUN = re.compile(r"^(?P<name>\S.*?)\s+(?P<figures>(?:\S+\s+)*\S+)\s*$")


def _figure_row(line: Line, columns: int) -> list[Cell] | None:
    """「架空来訪者 341  352 360 373」: a name, then one figure per column after
    the first, set apart by single spaces where the text layer dropped the alignment."""
    tokens = list(re.finditer(r"\S+", line.text))
    figures = tokens[-(columns - 1) :] if len(tokens) >= columns else []
    if len(figures) < 2 or not all(_FIGURE_TOKEN.match(t.group()) for t in figures):
        return None
    name_end = tokens[len(tokens) - len(figures) - 1].end()
    name = line.text[: name_end].strip()
    if not name or _FIGURE_TOKEN.match(name.split()[-1]) or "。" in name:
        return None
    start = line.start + line.text.index(name)
    return [Cell(name, start, start + len(name)),
            *(Cell(t.group(), line.start + t.start(), line.start + t.end()) for t in figures)]


def figure_table_end(lines: Sequence[Line], i: int) -> int:
    """The end of a table from line `i` whose header is set apart by wide gaps and whose rows
    print a name and one figure per column apart by single spaces (a PDF's text layer), its
    wrapped name lines and the qualifiers under its header among them; else `i`."""
    text = lines[i].text
    if "\t" in text or ("  " not in text and "\u3000" not in text):
        return i  # no wide gap: no such header (the cheap check, most lines)
    header = split_spaces(lines[i])
    if len(header) < 3 or any(_FIGURE.match(c.text) for c in header):
        return i
    return _rows_end(lines, i, lambda line: _figure_row(line, len(header)) is not None)


def _rows_end(
    lines: Sequence[Line], i: int, is_row: Callable[[Line], bool], least: int = 2
) -> int:
    """The end of the rows under header line `i` (at least two), wrapped name lines and
    qualifiers among them, the last row's wrapped name after it; else `i`. A unit note
    under the rows (「(単位:千円)」) is a note, no part of the last name."""
    rows, end, k = 0, i, i + 1
    while k < len(lines) and lines[k].text.strip():
        if is_row(lines[k]):
            rows, end = rows + 1, k
        elif k + 1 < len(lines) and is_row(lines[k + 1]) and name_over_unit(lines[k], lines[k + 1]):
            pass  # 「○○までの平均時間」 over 「(分) ○.○ ○.○」: the name of the row under it
        elif (k + 2 < len(lines) and _figures_only(lines[k + 1]) and _name_piece(lines[k])
              and _name_piece(lines[k + 2])):  # fmt: skip
            pass  # a name's first piece over its row's figures, the rest under them
        elif not _wrap_or_qualifier(lines[k]) or (rows == 0 and k > i + 2):
            break
        k += 1
    if rows < least:
        return i
    while end + 1 < k and _wrap_or_qualifier(lines[end + 1]) and not is_unit_note(
        lines[end + 1].text
    ):
        end += 1
    return end + 1


_HEADING_MARKS = "■□◆◇▼▽▲●◎【"
_UNIT_BRACKET = re.compile(r"^\s*[^\s()（）\d]{0,6}[(（][^()（）\d]{1,6}[)）]\s")
_NAME_LINE_MAX = 40


def name_over_unit(line: Line, below: Line) -> bool:
    """A line of words alone (no figure, no sentence) over a row whose name is only the unit
    in brackets, or a word or two and the unit (「(分) ○.○ ○.○」, 「者数(千人) ○,○○○ …」):
    a name too long for its cell, wrapped, the rest printed with the figures."""
    text = line.text.strip()
    return (
        bool(_UNIT_BRACKET.match(below.text))
        and 0 < len(text) <= _NAME_LINE_MAX
        and "。" not in text
        and not any(_FIGURE_TOKEN.match(p) for p in text.split())
    )


def _wrap_or_qualifier(line: Line) -> bool:
    """A line of a name's wrapped rest (「数(人)」) or of qualifiers under labels (「(R2)  標」):
    short pieces, no figure of a row, no sentence."""
    pieces = line.text.split()
    return (
        0 < len(pieces) <= 2
        and "。" not in line.text
        and pieces[0][0] not in _HEADING_MARKS  # 「■主な取組」: the next section's heading
        and all(len(p) <= 8 and not _FIGURE_TOKEN.match(p) for p in pieces)
    )


def figure_table(
    lines: Sequence[Line], column_of: Callable[[int], int] | None = None
) -> Table | None:
    """The table `figure_table_end` found: qualifiers under the header join the label they
    sit under (「R6目」 over 「標」, 「基準値」 over 「(R2)」), a wrapped name joins its row.
    `column_of` gives an offset's printed place on its page line (the lines may be pieces of
    wider lines: a column of a two-column page), else places count from each line's start."""
    top = lines[0]
    header = split_spaces(top)

    def place(line: Line, offset: int) -> int:
        if column_of is not None:
            return column_of(offset)
        return printed_width(line.text[: offset - line.start])

    places = [place(top, c.start) for c in header]
    rows: list[list[Cell]] = []
    for line in lines[1:]:
        row = _figure_row(line, len(header))
        if row is not None:
            rows.append(row)
        elif rows:  # the rest of the name above
            name, rest = rows[-1][0], line.text.strip()
            end = line.start + line.text.index(rest) + len(rest)
            rows[-1][0] = Cell(name.text + rest, name.start, end)
        else:
            for piece in re.finditer(r"\S+", line.text):
                at = place(line, line.start + piece.start())
                # the label whose printed span is nearest the qualifier's (under or beside it)
                gaps = [max(p - (at + printed_width(piece.group())),
                            at - (p + printed_width(c.text)), 0)
                        for p, c in zip(places, header, strict=True)]  # fmt: skip
                k = gaps.index(min(gaps))
                cell = header[k]
                header[k] = Cell(cell.text + piece.group(), cell.start, line.start + piece.end())
    return _table(header, rows) if rows else None


_WORD_HEADER_MAX = 10  # labels a header line prints: 所属名, 令和6年度, R7当初, 備考
_WORD_LABEL_MAX = 10  # a label is a word, never a phrase
_UNIT_FIELDS = ("division", "department")
_KIND_FIELDS = ("baseline", "target", "actual", "estimate")
_AMOUNT_FIELDS = ("budget", "staff")  # 「課名 予算額(千円) 構成比」: the amount's own label
_BRACKET_FIGURE = re.compile(r"^[(（][0-9][0-9,]*(?:\.[0-9]+)?[)）]$")  # 「(9)」: an 内数
_COUNTED_FIGURE = re.compile(r"^[0-9][0-9,]*人$")  # 「18人」: a count with its counter


def word_figure(token: str) -> bool:
    token = _NOTED.sub("", token)  # 「○.○※」: a figure with a note's mark after it
    return bool(
        _FIGURE_TOKEN.match(token) or _BRACKET_FIGURE.match(token) or _COUNTED_FIGURE.match(token)
    )


_NOTED = re.compile(r"(?<=[0-9])[※＊*]+[0-9]?$")


def _word_header(line: Line) -> list[Cell] | None:
    """「所属名 令和6年度 令和7年度 備考」: labels set apart by single spaces (a PDF's text layer
    dropped the gaps), one of them a year, none a figure or a phrase; else None."""
    text = line.text.strip()
    if len(text) > _WORD_HEADER_MAX * (_WORD_LABEL_MAX + 1) or " " not in text:
        return None  # the cheap check: no single-spaced words, or a line of prose
    if "  " in text or "\u3000" in text or "\t" in text:
        return None  # a wide gap: the space and figure tables read it
    cells = spaced_words(line)
    if not 3 <= len(cells) <= _WORD_HEADER_MAX:
        return None
    if any(len(c.text) > _WORD_LABEL_MAX or word_figure(c.text) or re.search(r"[。、,，]", c.text)
           for c in cells):  # fmt: skip
        return None
    if field_of(cells[0].text, exact=True) == "indicator" and all(
        field_of(c.text) in _KIND_FIELDS for c in cells[1:]
    ):
        return cells  # 「指標名 現状値 中間目標値 目標値」: a column per kind of value
    projects = field_of(cells[0].text) == "project" and any(
        field_of(c.text, exact=True) in _UNIT_FIELDS for c in cells[2:]
    )  # 「計画事業 令和8年度 … 担当課」: a project, its figures, then its unit
    if field_of(cells[0].text, exact=True) not in (*_UNIT_FIELDS, "account") and not (
        cells[0].text in _UNIT_WORDS and field_of(cells[1].text, exact=True) in _UNIT_FIELDS
    ) and not projects:
        return None  # rows named by unit (所属名, 課名; 「課 主な係」) or account: other lines
        # stay lines (「局 区分 事業名」: a row under its 局's first prints no 局)
    if not any(
        year_mentions(c.text) or field_of(c.text, exact=True) in _AMOUNT_FIELDS for c in cells[1:]
    ):
        return None  # a column per year (or 当初/決算 of a year, or 予算額) makes it a table
    return cells


def spaced_words(line: Line) -> list[Cell]:
    """A line's words apart by single spaces, a label printed letter by letter joined."""
    return _letter_spaced_joined(line, [m.span() for m in re.finditer(r"\S+", line.text)])


def _letter_spaced_joined(line: Line, spans: list[tuple[int, int]]) -> list[Cell]:
    """The cells of words at `spans` (offsets into the line), a label printed letter by
    letter (「会 計 名」, 「増 減 額」: single kanji apart by single spaces) joined into one."""
    cells: list[Cell] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= 2:
            text = "".join(line.text[a:b] for a, b in run)
            cells.append(Cell(text, line.start + run[0][0], line.start + run[-1][1]))
        else:
            cells.extend(_cell(line, a, b) for a, b in run)
        run.clear()

    for a, b in spans:
        if b - a == 1 and _KANJI.match(line.text[a]) and (not run or a - run[-1][1] == 1):
            run.append((a, b))
            continue
        close()
        if b - a == 1 and _KANJI.match(line.text[a]):
            run.append((a, b))
        else:
            cells.append(_cell(line, a, b))
    close()
    return cells


_KANJI = re.compile(r"[\u3400-\u9fff]")
# 「後期高齢者医療特別会計12,345,678」: a name and the first figure run together
_NAME_THEN_FIGURE = re.compile(
    r"(?P<name>.*[\u3040-\u30ff\u3400-\u9fff])(?P<figure>[▲△]?[0-9]{1,3}(?:,[0-9]{3})+)"
)


def _word_spans(text: str) -> list[tuple[int, int]]:
    """The words of a row line, a name run into its first figure split from it."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"\S+", text):
        joined = _NAME_THEN_FIGURE.fullmatch(m.group())
        if joined is not None and not spans:
            cut = m.start() + joined.end("name")
            spans += [(m.start(), cut), (cut, m.end())]
        else:
            spans.append(m.span())
    return spans


def _word_parts(line: Line) -> tuple[list[Cell], list[Cell], list[Cell]] | None:
    """A row's words before its run of figures, the figures, and the words after them;
    None for a line that is no such row (a sentence, a line of words alone)."""
    if "。" in line.text:
        return None
    words = [_cell(line, a, b) for a, b in _word_spans(line.text)]
    first = next((k for k, w in enumerate(words) if word_figure(w.text)), None)
    if not first:
        return None  # no figure, or no name before the figures
    end = first
    while end < len(words) and word_figure(words[end].text):
        end += 1
    if any(word_figure(w.text) for w in words[end:]):
        return None  # figures among words: prose, or two records on one line
    return words[:first], words[first:end], words[end:]


def word_table_end(lines: Sequence[Line], i: int) -> int:
    """The end of a table from line `i` whose header and rows are words and figures apart by
    single spaces (「環境課 28 30 室を含む」 under 「所属名 令和6年度 令和7年度 備考」): a name, a
    figure per year column, a note after them; wrapped lines among the rows; else `i`."""
    found = _header_lines(lines, i)
    if found is None:
        return i
    header, taken = found
    columns = len(header)

    def is_row(line: Line) -> bool:
        parts = _word_parts(line)
        if parts is None:
            return 2 <= len(_figures_only(line)) < columns  # a centred name's middle line
        return 2 <= len(parts[1]) < columns

    start = i + taken - 1
    while start + 1 < len(lines) and _qualifier_line(lines[start + 1], columns):
        start += 1  # 「(千円) (千円) 増減」 under 「局名 R7当初 R6当初 対前年度」
    # a table of projects, its header naming a project, years and a unit, may list one
    end = _rows_end(lines, start, is_row, 1 if field_of(header[0].text) == "project" else 2)
    indents = {_indent(line.text) for line in lines[start + 1 : end] if is_row(line)}
    if len(indents) > 1 and field_of(header[0].text, exact=True) == "account":
        return i  # accounts set in under their group (「特別会計」 over 「 介護保険事業」): an
        # outline of accounts, read line by line (a unit set in under its 課 is a row)
    return end if end > start else i


def _figures_only(line: Line) -> list[Cell]:
    """The figures of a line that prints figures and nothing else, else []."""
    if "  " in line.text.strip():
        return []  # figures set apart by gaps: a space table's row
    words = [_cell(line, m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
    return words if words and all(_FIGURE_TOKEN.match(w.text) for w in words) else []


def _centred_names_joined(
    parsed: list[tuple[Line, tuple[list[Cell], list[Cell], list[Cell]] | None]],
) -> list[tuple[Line, tuple[list[Cell], list[Cell], list[Cell]] | None]]:
    """「架空福祉資金」 over 「○○○ ○○○ △○○」 over 「貸付事業特別会計」: a name wrapped in
    a row centred on its figures (a PDF's text, a line per printed line), the two pieces of
    the name around the line of figures, read as one row."""
    out = list(parsed)
    k = 1
    while k + 1 < len(out):
        (above, a), (middle, m), (below, b) = out[k - 1], out[k], out[k + 1]
        figures = _figures_only(middle) if m is None else []
        if figures and a is None and b is None and _name_piece(above) and _name_piece(below):
            name = Cell(above.text.strip() + below.text.strip(),
                        above.start + above.text.index(above.text.strip()[0]),
                        below.start + len(below.text.rstrip()))  # fmt: skip
            out[k - 1 : k + 2] = [(middle, ([name], figures, []))]
        k += 1
    return out


def _name_piece(line: Line) -> bool:
    text = line.text.strip()
    return 0 < len(text) <= _NAME_LINE_MAX and " " not in text and "。" not in text and not (
        word_figure(text) or text[0] in _HEADING_MARKS
    )


_STACKED_HEADER_LINES = (2, 3)
_STACKED_CUE = re.compile(r"年|[RH][0-9]|(?:19|20)[0-9]{2}")  # a year's mention
_STACKED_LINE_MAX = 80


def _header_lines(lines: Sequence[Line], i: int) -> tuple[list[Cell], int] | None:
    """The header of a single-spaced word table from line `i` and the lines it takes: one
    line (`_word_header`), or labels over two or three lines (a PDF's header cells centred in
    a row, 「令和8年度」 over 「会 計 名 増減額」 over 「予算額(A) 予算額(B) (A)-(B)」) whose
    first label names the rows (会計名, 課名) and whose labels give each column of the first
    row's figures its label: years from the left, other words (増減額) from the right."""
    one = _word_header(lines[i])
    if one is not None:
        return one, 1
    band = "\n".join(line.text for line in lines[i : i + max(_STACKED_HEADER_LINES)])
    if len(lines[i].text) > _STACKED_LINE_MAX or "。" in lines[i].text or (
        not _STACKED_CUE.search(band)
    ):
        return None  # (the cheap check: a stacked header's labels date a column)
    for taken in _STACKED_HEADER_LINES:
        if i + taken >= len(lines):
            return None
        band = lines[i : i + taken]
        if not all(_label_line(line) for line in band) or any(
            _word_header(line) is not None for line in band[1:]
        ):
            return None  # (a title over a header of one line: the header's own table)
        parts = _word_parts(lines[i + taken])
        if parts is None or len(parts[1]) < 2:
            continue
        header = _stacked_labels([spaced_words(line) for line in band], len(parts[1]),
                                 len(parts[0]))  # fmt: skip
        if header is not None:
            return header, taken
    return None


def _label_line(line: Line) -> bool:
    text = line.text.strip()
    if not text or "  " in text or "\t" in text or "\u3000" in text or "。" in text:
        return False
    if is_unit_note(text) or re.search(r"単位\s*[:：]", text):
        return False  # 「(単位:千円)」 over the labels: a note, the table's own unit
    cells = spaced_words(line)
    return len(cells) >= 2 and all(len(c.text) <= _WORD_LABEL_MAX and not word_figure(c.text)
                                   for c in cells)  # fmt: skip


def _stacked_labels(band: list[list[Cell]], figures: int, words: int) -> list[Cell] | None:
    """The labels of a stacked header over rows of `words` words and `figures` figures: the
    line naming the rows (会計名, 課名, 指標名) gives the leading labels, one per word of a row
    where it prints them all (「指標名 単位 現状値 令和7年度 目標値」 over 「(令和6年度) 見込
    (令和8年度)」, rows 「架空件数 件 ○○ ○○ ○○」), else one."""
    names = [k for k, cells in enumerate(band)
             if field_of(cells[0].text, exact=True) in (*_UNIT_FIELDS, "account", "indicator")]
    if len(names) != 1 or not any(year_mentions(c.text) for cells in band for c in cells):
        return None
    if not all(any(year_mentions(c.text) for c in cells) for cells in band[: names[0]]):
        return None  # 「■ 成果指標」 over the labels: a title, no band of the header
    named = band[names[0]]
    lead = words if words >= 2 and len(named) == words + figures else 1
    if field_of(named[0].text, exact=True) == "indicator" and lead == 1:
        return None  # (an indicator's table says its unit's column apart, or is read elsewhere)
    columns: list[list[Cell]] = [[] for _ in range(figures)]
    for k, cells in enumerate(band):
        pieces = cells[lead:] if k == names[0] else cells
        if len(pieces) > figures:
            return None
        if len(pieces) == figures:
            places = list(range(figures))
        else:
            years = [p for p in pieces if year_mentions(p.text)]
            if pieces[: len(years)] != years:
                return None  # a year after a word: no way to tell the columns apart
            rest = len(pieces) - len(years)
            places = [*range(len(years)), *range(figures - rest, figures)]
        for place, piece in zip(places, pieces, strict=True):
            columns[place].append(piece)
    if any(not column for column in columns):
        return None
    labels = [Cell("".join(c.text for c in column), column[0].start, column[-1].end)
              for column in columns]  # fmt: skip
    return [*named[:lead], *labels]


def _qualifier_line(line: Line, columns: int) -> bool:
    """A line under a header of single-spaced labels that qualifies them: units in brackets
    (「(千円)」) and the rest of a label, no figure, at most a piece per column."""
    pieces = line.text.split()
    if 2 <= len(pieces) <= columns and all(_bracketed_year(p) for p in pieces):
        return True  # 「(令和6年度) (令和12年度)」: the year of each column of values
    return (
        3 <= len(pieces) <= columns
        and any(is_unit_note(p) or unit_scale(p.strip("()（）")) is not None for p in pieces)
        and not any(word_figure(p) or len(p) > _WORD_LABEL_MAX for p in pieces)
    )


def _bracketed_year(piece: str) -> bool:
    return piece[:1] in "(（" and piece[-1:] in ")）" and bool(year_mentions(piece))


def _joined_cell(cells: Sequence[Cell], text: str) -> Cell:
    return Cell(text, cells[0].start, cells[-1].end)


def word_table(lines: Sequence[Line], text: str) -> Table | None:
    """The table `word_table_end` found, `text` the document the lines' offsets point into.
    Figures sit in the year columns; the words before them fill the leading columns (a name
    of several words is one cell), the words after them the trailing ones (備考). A line under
    the header continues a label (「/継続」 the last, 「(R4)」 the first year's); a line among
    the rows continues the name above."""
    found = _header_lines(lines, 0)
    header, taken = (list(found[0]), found[1]) if found is not None else ([], 1)
    parsed = _centred_names_joined([(line, _word_parts(line)) for line in lines[taken:]])
    counts = Counter(len(p[1]) for _, p in parsed if p is not None)
    # (a row whose blank name cell prints a dash, 「区長・副区長 － 2 2」, counts no more)
    figures = max(counts, key=lambda n: (counts[n], n)) if counts else 0
    parsed = [(line, p if p is None or len(p[1]) <= figures else _dash_as_word(p, figures))
              for line, p in parsed]  # fmt: skip
    figures = max((len(p[1]) for _, p in parsed if p is not None), default=0)
    after = max((len(p[2]) for _, p in parsed if p is not None), default=0)
    lead = max(1, len(header) - figures - after)
    after = len(header) - figures - lead
    if figures < 2 or after < 0:
        return None
    rows: list[list[Cell]] = []
    head: Cell | None = None  # a name printed over the row it names
    for k, (line, parts) in enumerate(parsed):
        if parts is None and k + 1 < len(parsed) and name_over_unit(line, parsed[k + 1][0]):
            piece = line.text.strip()
            at = line.start + line.text.index(piece)
            head = Cell(piece, at, at + len(piece))
            continue
        if not rows and _qualifier_line(line, len(header)):
            # 「(千円) (千円) 増減」 under 「局名 R7当初 R6当初 対前年度」: each piece qualifies a
            # label, the last ones (the row names' column has none)
            pieces = [_cell(line, m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
            for k, piece in zip(range(len(header) - len(pieces), len(header)), pieces, strict=True):
                header[k] = Cell(header[k].text + piece.text, header[k].start, piece.end)
            continue
        if not rows and is_unit_note(line.text):
            # 「(単位:百万円)」 under the labels: the unit of every column of figures
            note = line.text.strip()
            for k in range(lead, min(lead + figures, len(header))):
                header[k] = Cell(header[k].text + note, header[k].start, header[k].end)
            continue
        if parts is None or len(parts[1]) < 2:
            piece = line.text.strip()
            at = line.start + line.text.index(piece)
            kind = field_of(piece, exact=True)
            if rows and kind is not None and field_of(rows[-1][0].text) == kind:
                # 「一般会計 …」 then 「特別会計」 alone: a name whole in itself over the rows
                # it groups (both names of the same field), no rest of the name above
                blank = Cell("", at + len(piece), at + len(piece))
                rows.append([Cell(piece, at, at + len(piece)), *(blank,) * (len(header) - 1)])
            elif rows:  # the rest of the name above, or of a list it ends (「…係・」)
                k = next((j for j in range(lead - 1, 0, -1)
                          if rows[-1][j].text.endswith(("・", "、"))), 0)  # fmt: skip
                name = rows[-1][k]
                rows[-1][k] = Cell(name.text + piece, name.start, at + len(piece))
            else:
                k = len(header) - 1 if piece[0] in "/／・" else lead
                label = header[k]
                header[k] = Cell(label.text + piece, label.start, at + len(piece))
            continue
        words, figs, notes = parts
        if len(figs) > figures:
            return None
        extra = len(words) - lead + 1
        if extra >= 2 and _group_beside(words[0].text, words[1:extra]):
            # 「特別会計 架空医療事業特別会計 …」: the group's name, centred in its
            # merged cell, printed on the line of a row of the group: a group row of its own
            at = words[0].end
            rows.append([words[0], *(Cell("", at, at),) * (len(header) - 1)])
            words, extra = words[1:], extra - 1
        if extra == 1:
            first = [words[0]]  # (a name joined from the lines around its figures, whole)
        if extra > 1:
            first = [_joined_cell(words[:extra], text[words[0].start : words[extra - 1].end])]
        if extra >= 1:
            leading = first + words[extra:]
        else:
            leading = [*words, *(Cell("", words[-1].end, words[-1].end),) * (lead - len(words))]
        notes_cells = list(notes)
        if after and len(notes_cells) > after:
            tail = notes_cells[after - 1 :]
            notes_cells = [*notes_cells[: after - 1],
                           _joined_cell(tail, text[tail[0].start : tail[-1].end])]  # fmt: skip
        end = (notes_cells or figs)[-1].end
        blank = Cell("", end, end)
        if head is not None:  # 「○○までの平均時間」 + 「(分)」
            leading[0] = Cell(head.text + leading[0].text, head.start, leading[0].end)
            head = None
        row = [*leading, *figs, *(blank,) * (figures - len(figs)), *notes_cells]
        rows.append(row + [blank] * (len(header) - len(row)))
    return _table(header, rows) if rows else None


def _group_beside(first: str, rest: Sequence[Cell]) -> bool:
    """「特別会計」 before 「架空医療事業特別会計」: a name that is a field's own word
    (the group's) before a name of that field, not a part of one name (「特別会計 計」)."""
    kind = field_of(first, exact=True)
    name = "".join(c.text for c in rest)
    return kind is not None and field_of(name) == kind and field_of(name, exact=True) is None


_DASH = frozenset("-－―‐ー−")


def _dash_as_word(
    parts: tuple[list[Cell], list[Cell], list[Cell]], figures: int
) -> tuple[list[Cell], list[Cell], list[Cell]]:
    """A row's parts with its first figures, when dashes beyond the table's `figures` (a
    blank cell before the figures: 「－」 in 主な係), moved to its words."""
    words, figs, notes = parts
    while len(figs) > figures and figs[0].text in _DASH:
        words, figs = [*words, figs[0]], figs[1:]
    return words, figs, notes


def unit_captioned(lines: Sequence[Line]) -> bool:
    """「3 構成事業        （単位：千円）」 over 「事業名  R5決算  R6予算」: a caption ending in
    a unit note, printed on the first line of a space-aligned table; no header of it."""
    if len(lines) < 3 or "\t" in lines[0].text:
        return False
    cells = split_spaces(lines[0])
    return (
        len(cells) >= 2
        and is_unit_note(cells[-1].text)
        and not any(_FIGURE.match(c.text) for c in cells[:-1])
        # the header and the first row under the caption print as many cells (the header
        # one fewer where the first column's label is blank): a table
        and len(split_spaces(lines[1])) >= 2
        and len(split_spaces(lines[2])) - len(split_spaces(lines[1])) in (0, 1)
    )


# 「うち 架空浄化センター」 under 「架空課 | 27人」: the mark that a row counts a part of the
# row above it (内数); what follows the mark is the part's own name.
_PART_MARK = re.compile(r"^\s*[(（]?\s*(?:うち|内(?=[\s:：、)）]))[\s:：、]*(?=\S)")


def part_of_above(text: str) -> str | None:
    """The name a row label printed as a part of the row above (「うち 架空浄化センター」,
    「(うち)架空係」) gives, without the mark; None for any other label."""
    found = _PART_MARK.match(text)
    if found is None:
        return None
    rest = text[found.end() :].strip().lstrip(")）").strip()
    return rest or None


# 「令和6年4月1日現在」「（各年4月1日現在）（単位：人）」: the day a table's figures were
# taken on, printed beside its title as its unit is
_AS_OF_NOTE = re.compile(
    r"^[(（]?(?P<date>[^()（）]*?[0-9]+月[0-9]+日|[^()（）]*?[0-9]+年度?末?)"
    r"(?:現在|時点)[)）]?(?P<rest>.*)$"
)


def is_as_of_note(text: str) -> bool:
    """「令和6年4月1日現在」, 「(各年4月1日現在)(単位:人)」: the date a table's figures were
    taken on (a unit note may follow, in the same brackets too: 「(各年4月1日現在、単位:人)」),
    no title or label of it."""
    found = _AS_OF_NOTE.match(re.sub(r"\s+", "", text))
    if found is None:
        return False
    rest = found.group("rest").lstrip("、,，")
    return not rest or is_unit_note(rest)


def is_caption_note(text: str) -> bool:
    """A unit note or an as-of date (or a bare date, the day a sheet was printed on): what a
    caption row prints beside a table's title."""
    return is_unit_note(text) or is_as_of_note(text) or bool(_BARE_DATE.match(text.strip()))


_BARE_DATE = re.compile(
    r"^(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:令和|平成)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日)$"
)


_FULL_LABEL_ROW = 3  # labels under a caption row that make it a title over a whole header


def caption_row(lines: Sequence[Line]) -> bool:
    """「表2 計画事業一覧 | | … | (単位:千円)」 over 「事業名 | 担当課 | 令和7年度 | …」: a
    spreadsheet's (or HTML table's) title printed in the first cell of a row of its own, a
    unit note (or the date the figures were taken on) perhaps at its far right, over the
    table's header row. The title is a caption to read as a line; the header is the row
    under it. A row of such notes alone (「| | | (単位:百万円)」, 「(令和6年4月1日現在) | |
    (単位:人)」) is a caption too, over a table of two columns as well. A bare year spanning
    the columns (令和5年度 over 目標 | 実績) or a field label is a header, no caption."""
    if len(lines) < 3:
        return False
    cells = split_tabs(lines[0])
    filled = [c for c in cells if c.text]
    under = [c for c in split_tabs(lines[1]) if c.text]
    if not filled or len(under) < 2:
        return False
    if all(is_caption_note(c.text) for c in filled):
        return True  # notes only: the unit and the day, set over the table
    if is_title_over_labels(cells, split_tabs(lines[1]), bare_period, is_caption_note):
        return True  # a title (its number, notes) over a row of field labels
    if not cells[0].text or len(under) < len(filled) + 1:
        return False
    caption = filled[0].text
    lower = split_tabs(lines[1])
    if (
        len(under) >= _FULL_LABEL_ROW
        and not bare_period(caption)  # 「令和5年度」 over the labels: their year, no title
        and all(is_caption_note(c.text) for c in filled[1:])
        and lower[0].text
        and all(_kind(c.text) == "text" for c in under)
    ):
        # 「主な関連事業 | | … | (単位：千円)」 over a full row of labels that opens with its
        # own first column's: the words in the first cell title the table, no label over it
        return True
    return (
        all(is_caption_note(c.text) for c in filled[1:])
        and _kind(caption) == "text"
        and not bare_period(caption)
        and field_of(caption, exact=True) is None
    )


_GAP = re.compile(r"[ \t]+")
_LATER_LABEL_MIN = 2  # a one-letter word (問, 款) is too common to open a field


def later_fields(
    text: str, start: int, labels: Collection[str], tight: Collection[str] = ()
) -> list[tuple[int, int, int, int]]:
    """「【所管課】 A課   係名 B係        会計 一般会計  款02」: the further labelled fields a
    form prints on one line after a field's value, each past a wide gap and opening with a
    known label followed by its value (what follows without a label continues that value).
    A label of `tight` (a unit's: 係名, 担当課) opens a field past a single space too
    (「【所管課】 A課 係名 B係」). (label start, label end, value start, value end) each,
    offsets into `text`."""
    opening = re.match(r"\s*([^\s:：]+)\s*[:：]", text[start:])
    if opening is not None and opening.group(1) in labels:
        return []  # 「予算額:4,321千円 担当:A課」: a value of labelled attributes, read as one
    found: list[tuple[int, int, int, int]] = []
    for gap in _GAP.finditer(text, start):
        word = re.match(r"[^\s:：]+", text[gap.end() :])
        if word is None or len(word.group()) < _LATER_LABEL_MIN or gap.start() == start:
            continue
        if word.group() not in (labels if gap.end() - gap.start() > 1 else tight):
            continue
        label_end = gap.end() + word.end()
        value = re.match(r"[ \t]*[:：]?[ \t]*(?=\S)", text[label_end:])
        if value is None or gap.start() <= (found[-1][2] if found else start):
            continue
        if found:
            last = found[-1]
            found[-1] = (last[0], last[1], last[2], gap.start())
        found.append((gap.end(), label_end, label_end + value.end(), len(text.rstrip())))
    return found


def _is_label_row(cells: Sequence[Cell], *, exact: bool = True) -> bool:
    """Every cell a field label (事業名 | 予算額(千円) | 担当課): a header, never data.
    Not `exact`, a label may be a longer word starting or ending with one (取組名)."""
    texts = [c.text for c in cells if c.text]
    return len(texts) >= 2 and all(field_of(t, exact=exact) is not None for t in texts)


def colon_form_line(line: Line) -> bool:
    """「事業コード  ：R5-011      事業名    ：X事業」: a form's line of fields, each label
    padded to its colon so the values line up; its columns are no table's. A known label
    shows it, or words opening the line (a host screen's prompt 「款項目  ：08 土木費」)."""
    cells = split_spaces(line)
    return any(
        cell.text.startswith((":", "：")) and len(cell.text) > 1 and (
            field_of(before.text, exact=True) is not None
            or (k == 0 and not re.search(r"[0-9:：]", before.text))
        )
        for k, (before, cell) in enumerate(itertools.pairwise(cells))
    )


def table_runs(lines: Sequence[Line], split: str) -> list[tuple[int, int]]:
    """[start, end) line ranges of the tables in a region of tab-separated lines.

    HTML tables printed one after another leave no blank line between them; a new table
    starts where a row of labels follows data: its labels exactly the vocabulary's, or
    words built on them where the row width changes too.
    """
    if split != "tab":
        # space-aligned: a numbered title over a row of labels (「４　　職員数の推移（…）」
        # over 「区分　　令和4年　　…」) starts the next table, though no blank line parts them
        cuts = [i for i in range(2, len(lines) - 1)
                if numbered_title_over_years(lines, i, split_spaces)]  # fmt: skip
        # a header printed again atop a page (a sheet's print titles), no row under it, then
        # a blank line and another table's row of labels: the other table starts there
        cells = [split_spaces(line) for line in lines]
        figured = [any(_FIGURE.match(c.text) for c in row) for row in cells]
        labels = next((i for i in range(2, len(lines) - 1)
                       if _is_label_row(cells[i]) and len(cells[i]) >= 3
                       and any(not ln.text.strip() for ln in lines[1:i])
                       and not any(figured[:i])), None)  # fmt: skip
        if labels is not None and labels not in cuts:
            cuts = sorted([labels, *cuts])
        bounds = [0, *cuts, len(lines)]
        return list(itertools.pairwise(bounds))
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines)):
        cells = split_tabs(lines[i])
        previous = split_tabs(lines[i - 1])
        header = _is_label_row(cells) or (
            len(cells) != len(previous) and _is_label_row(cells, exact=False)
        )
        starts = (header and not _is_label_row(previous)) or _titles_next_table(lines, i)
        if i - start >= 2 and (starts or _notes_from(lines, i)):
            runs.append((start, i))
            start = i
    runs.append((start, len(lines)))
    return runs


NOTE_ROW = re.compile(r"^\s*(?:[※＊*]|[(（]?注\s*[0-9０-９]*\s*[)）:：]|注\s)")


def _notes_from(lines: Sequence[Line], i: int) -> bool:
    """「注）…」 in a row of its own under a table's rows, then only short rows to the end (more
    notes, a contact line): the notes under the table, no rows of it."""
    first = [c for c in split_tabs(lines[i]) if c.text]
    if len(first) != 1 or not NOTE_ROW.match(first[0].text):
        return False
    # the table above is wider than the short rows under the note (a note row inside a
    # table of two columns is followed by more of its rows)
    width = max(len([c for c in split_tabs(line) if c.text]) for line in lines[:i])
    return all(len([c for c in split_tabs(line) if c.text]) < width for line in lines[i:])


def note_rows(lines: Sequence[Line]) -> bool:
    """The rows `_notes_from` split off under a table: read as lines of text, no table."""
    first = [c for c in split_tabs(lines[0]) if c.text] if lines else []
    return len(first) == 1 and bool(NOTE_ROW.match(first[0].text))


def _titles_next_table(lines: Sequence[Line], i: int) -> bool:
    """「【2】部の予算（単位：百万円）| | |」 over 「会計 | R6 | R7」: a spreadsheet saving several
    tables in one sheet prints each one's title in a row of its own, then its header (words,
    no figure): the title starts the next table. A one-cell row over figures is a group row
    of the table it sits in (「総務部 | |」 over 「総務課 | 12」)."""
    if not caption_row(lines[i : i + 3]):
        return False
    header = [c.text for c in split_tabs(lines[i + 1]) if c.text]
    if any(_FIGURE.match(text) for text in header):
        return False
    caption = next(c.text for c in split_tabs(lines[i]) if c.text)
    # a section's title (「【2】…」「表3 …」「(1) …」), or labels the vocabulary knows under
    # it: a group row of a table of words (「総務部」 over 「総務課 | 庶務・人事」) is neither
    labelled = sum(1 for t in header if field_of(t) is not None or bare_period(t))
    return bool(SECTION_MARK.match(caption)) or labelled * 2 >= len(header)


def numbered_title_over_years(
    lines: Sequence[Line], i: int, splitter: Callable[[Line], list[Cell]]
) -> bool:
    """「４　　職員数の推移（…）」 over 「区分　　令和4年　　令和5年　…」 over figures: a
    numbered section title over a header of years (a word first) starts a table of its own."""
    if i + 2 >= len(lines):
        return False
    title = [c.text for c in splitter(lines[i]) if c.text]
    header = [c.text for c in splitter(lines[i + 1]) if c.text]
    below = [c.text for c in splitter(lines[i + 2]) if c.text]
    return (
        len(title) == 2
        and is_title_number(title[0])
        and _kind(title[1]) == "text"
        and len(header) >= 3
        and _kind(header[0]) == "text"
        and all(bare_period(t) for t in header[1:])
        and sum(1 for t in below if _FIGURE.match(t)) >= 2
    )


SECTION_MARK = re.compile(
    r"^\s*(?:【[^】]*】|\[[^\]]*\]|[(（][0-9０-９]+[)）]|表\s*[0-9０-９]|[0-9０-９]+[.．、]"
    r"|[■□◆◇●○▼▽★☆])"
)


# -- tables drawn with box-drawing characters ------------------------------------------------
_BOX_BARS = "│┃║"
_BOX_RULE = re.compile(r"^\s*[\u2500-\u257f]+\s*$")
_BOX_INNER = "┼╋╬├┣╠┤┫╣"  # a rule between rows, not the table's top or bottom edge


def is_box_line(text: str) -> bool:
    """A line of a drawn table: a rule (┌──┬──┐) or a row opening with a bar (│a│b│)."""
    return bool(_BOX_RULE.match(text)) or text.lstrip()[:1] in tuple(_BOX_BARS)


_BOX_JOINTS = "├┣┤┫┼╋┬┳"  # a rule drawn inside a header row meets its bars at these
_BOX_SPLIT_BELOW = "┬┳"  # a column splitting under a label that spans both halves
_BOX_LINE = re.compile(r"^[\u2500-\u257f]+$")


def _split_bars(line: Line) -> list[Cell]:
    return _split_bars_with_joints(line)[0]


def _split_bars_with_joints(line: Line) -> tuple[list[Cell], str]:
    """The cells between a row's bars, and the bars between them. A header row may draw a
    rule under a spanning label (│基準値├──┬──┼──┬──┤目標値│): its joints are bars too, and
    a cell that is only rule is blank."""
    bars = [i for i, ch in enumerate(line.text) if ch in _BOX_BARS or ch in _BOX_JOINTS]
    cells = []
    for a, b in itertools.pairwise(bars):
        cell = _cell(line, a + 1, b)
        cells.append(Cell("", cell.start, cell.start) if _BOX_LINE.match(cell.text) else cell)
    return cells, "".join(line.text[i] for i in bars[1:-1])


def _spanned_header(lines: Sequence[Line]) -> list[Cell] | None:
    """A header over several lines where an upper label spans the columns a rule drawn
    inside the header splits (「令和4年度」 over 「目標 | 実績」): one label per column, the
    spanning label before the column's own (令和4年度 目標). None when no line spans."""
    split = [_split_bars_with_joints(line) for line in lines]
    width = max(len(cells) for cells, _ in split)
    joints = next((j for cells, j in split if len(cells) == width and
                   any(ch in _BOX_SPLIT_BELOW for ch in j)), None)  # fmt: skip
    if joints is None:
        return None
    groups: list[list[int]] = [[0]]
    for index, joint in enumerate(joints, start=1):
        if joint in _BOX_SPLIT_BELOW:
            groups[-1].append(index)
        else:
            groups.append([index])
    span = [""] * width
    own: list[list[Cell]] = [[] for _ in range(width)]
    for cells, _ in split:
        if len(cells) == width:
            for index, cell in enumerate(cells):
                if cell.text:
                    own[index].append(cell)
        elif len(cells) == len(groups):
            for cell, group in zip(cells, groups, strict=True):
                if not cell.text:
                    continue
                if len(group) == 1:
                    own[group[0]].append(cell)
                else:
                    for index in group:
                        span[index] = f"{span[index]}{cell.text}"
        else:
            return None
    labels = []
    for index in range(width):
        text = "".join(c.text for c in own[index])
        if span[index]:
            text = f"{span[index]} {text}".strip()
        first = own[index][0] if own[index] else None
        labels.append(Cell(text, first.start if first else 0, own[index][-1].end if first else 0))
    return labels


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


def _header_end(lines: Sequence[Line]) -> int:
    """The index of a drawn table's first inner rule line (the header ends there)."""
    seen_row = False
    for index, line in enumerate(lines):
        if _BOX_RULE.match(line.text):
            if seen_row and any(ch in _BOX_INNER for ch in line.text):
                return index
        elif len(_split_bars(line)) >= 2:
            seen_row = True
    return len(lines)


def box_groups(lines: Sequence[Line]) -> tuple[list[list[list[Cell]]], int | None]:
    """The cells of a drawn table's lines in groups set apart by its rules, and how many
    groups come before its first inner rule (├─┼─┤; None when it has none)."""
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
    return [g for g in groups if g], header_groups


def box_table(lines: Sequence[Line]) -> Table | None:
    """A table drawn with box-drawing characters: the rows above its first inner rule (├─┼─┤)
    are its header, joined by column; below it, rows set apart by rules are each one row
    however many lines it wraps onto, and rows with no rule between them are a line each."""
    groups, header_groups = box_groups(lines)
    if not groups:
        return None
    if header_groups is None:
        header_groups = 0  # no inner rule: the first line is the header
        groups = [[row] for g in groups for row in g]
        groups, header = groups[1:], groups[0][0]
    else:
        header_lines = [
            line for line in lines[: _header_end(lines)] if not _BOX_RULE.match(line.text)
        ]
        header = _spanned_header(header_lines) or _joined(
            [row for g in groups[:header_groups] for row in g]
        )
        groups = groups[header_groups:]
    if len(groups) == 1 and len(groups[0]) > 1:
        rows = [_joined(part) for part in _wrapped_box_lines(groups[0], lines)]
    elif all(len(g) == 1 for g in groups):
        rows = [row for g in groups for row in g]
    else:
        # (inside a part of words only, a line whose cells stop short of their bars is a row
        # of its own: 「総務課」 over 「人事課」 beside a merged 部; where figures stand, a line
        # under them holds what their row wraps: 「0」 over 「(R元)」)
        rows = [_joined(line_rows) for g in groups for part in _wrapped_rows(g)
                for line_rows in (_rows_short_of_bars(part, lines) if not _figured(part)
                                  else [part])]  # fmt: skip
    if len(header) < 2 or not rows:
        return None
    return _table(header, rows)


_FIGURE = re.compile(r"^[▲△\-−－+]?[\d０-９,，.．]+\s*[%％]?$")
_FULL_CELL_ROOM = 4  # printed places left in a cell that wrapped: less than two wide letters


def _wrapped_box_lines(
    lines: Sequence[Sequence[Cell]], printed: Sequence[Line]
) -> list[list[Sequence[Cell]]]:
    """The rows of a drawn table with no rule between its rows: a line continues the row
    above when it fills only some of the cells the row fills, leaves blank every column
    where the row has a figure, and each text it holds sits under a cell that ran to its
    bar (「架空交流」 then 「課」; 「…広場整」 then 「備事業」). A line of its own figures,
    or a text under a short cell (a group row 「総務部」 under 「人事課 12」), is a row."""
    rows: list[list[Sequence[Cell]]] = []
    for line in lines:
        if rows and _continues_row(rows[-1][0], rows[-1][-1], line, printed):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _continues_row(
    first: Sequence[Cell], above: Sequence[Cell], line: Sequence[Cell], printed: Sequence[Line]
) -> bool:
    filled = [k for k, c in enumerate(line) if c.text]
    if not filled or len(line) != len(first):
        return False
    if not any(first[k].text and not line[k].text for k in range(len(line))):
        return False  # a line as full as the row: a row of its own
    if any(_FIGURE.match(first[k].text.strip()) and line[k].text for k in range(len(line))):
        return False
    return all(
        above[k].text and _room_after(above[k], printed) <= _FULL_CELL_ROOM for k in filled
    )


def _room_after(cell: Cell, printed: Sequence[Line]) -> int:
    """The printed places between a cell's text and the bar closing it."""
    line = next((ln for ln in printed if ln.start <= cell.end <= ln.end), None)
    if line is None:
        return 0
    rest = line.text[cell.end - line.start :]
    gap = re.match(rf"[ \u3000]*(?=[{_BOX_BARS}])", rest)
    return printed_width(gap.group()) if gap else 0


def _wrapped_rows(
    lines: Sequence[Sequence[Cell]], *, against_first: bool = False
) -> list[list[Sequence[Cell]]]:
    """The rows of the lines between two rules: a line continues the row above (a wrapped
    cell) unless a column holds a figure on both lines — a figure never wraps onto a second
    figure, so such a line is a row of its own (a block of rows with no rule between them).
    The lines compared are the row's first and its last (a numbered row of two lines, the
    second holding only its wrapped cells, then the next number: 「1 …／ …／2 …」), or with
    `against_first` its first alone."""
    rows: list[list[Sequence[Cell]]] = []
    for line in lines:
        if rows and not _both_figures(rows[-1][0], line) and (
            against_first or not _both_figures(rows[-1][-1], line)
        ):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


_OWN_ROW_CELLS = 2  # cells a line fills, for it to be a row of its own in a merged part


def _rows_short_of_bars(
    lines: Sequence[Sequence[Cell]], printed: Sequence[Line]
) -> list[list[Sequence[Cell]]]:
    """A part's lines as rows: a line filling two cells or more starts a row of its own where
    a text of it stands under a text that stopped well short of its bar (「総務課　　　」 over
    「人事課」 with their 係 beside them: a unit a line, not a wrapped name), else it goes on
    the row above (「架空橋の」 over 「点検」; a list of one column's entries in a merged row)."""
    rows: list[list[Sequence[Cell]]] = []
    for line in lines:
        above = rows[-1][-1] if rows else None
        if above is not None and (
            sum(1 for cell in line if cell.text) < _OWN_ROW_CELLS
            or not any(
                k < len(above) and above[k].text and cell.text
                and _room_after(above[k], printed) > _FULL_CELL_ROOM
                for k, cell in enumerate(line)
            )
        ):  # fmt: skip
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _figured(lines: Sequence[Sequence[Cell]]) -> bool:
    return any(_FIGURE.match(c.text.strip()) for line in lines for c in line)


def _both_figures(above: Sequence[Cell], line: Sequence[Cell]) -> bool:
    return any(
        _FIGURE.match(a.text.strip()) and _FIGURE.match(b.text.strip())
        for a, b in zip(above, line, strict=False)
    )


# -- tables of columns aligned with spaces ----------------------------------------------------
_SPACE_RULE = re.compile(r"^\s*[-=‐―─━＝]{3,}\s*$")
_MARKER = r"[(（]?[A-Za-zＡ-Ｚａ-ｚ\u2460-\u2473][)）]?"
_MARKERS = re.compile(rf"^{_MARKER}(?:\s*[-+×÷/*=＝－]\s*{_MARKER})*$")
_QUALIFIER_CELL = re.compile(r"^[(（][^()（）]+[)）]$")
# 「━━━━→」「‥‥⇒━━━→★」: a schedule's bar drawn across its period columns (a Gantt column)
_SCHEDULE_BAR = re.compile(r"^(?=.*[━─―═‥…])[━─―═‥…→⇒⇨➡▶▷►★☆◆◇●○◎]{3,}$")


def is_space_rule(text: str) -> bool:
    """A line of dashes (or ═, ─) ruling a space-aligned table: a separator inside it."""
    return bool(_SPACE_RULE.match(text))


_TWO_COLUMN_ROWS = 2  # rows under a two-column header before it reads as a table


def _two_column_end(lines: Sequence[Line], k: int) -> int:
    """The end of a table of two space-aligned columns opening at line `k` (「組織    職員数」
    over 「総務課    22」), else `k`: its second label names a field and every row under it
    is a name and a figure (rules between rows allowed). Two columns alone are also a
    label and its value, so the header's field label and the figures are the evidence."""
    label = split_spaces(lines[k])[1].text
    if field_of(label) is None or _FIGURE.match(label):
        return k
    j, rows, end = k + 1, 0, k
    while j < len(lines):
        if is_space_rule(lines[j].text):
            j += 1
            continue
        row = split_spaces(lines[j]) if "\t" not in lines[j].text else []
        if len(row) != 2:
            break
        name, value = row
        if not _FIGURE.match(value.text) or _FIGURE.match(name.text):
            break
        total = field_of(name.text, exact=True) == "total"  # 「計    21」 closing the rows
        if field_of(name.text) and not total:
            break
        rows += 0 if total else 1
        j += 1
        end = j
        if total:
            break
    return end if rows >= _TWO_COLUMN_ROWS else k


def space_region(lines: Sequence[Line], i: int) -> int:
    """The end of the space-aligned table starting at line `i`, else `i`.

    It opens (after any rules) with a line of three cells or more set apart by runs of
    spaces, and holds at least two such lines. Rules between its rows separate them, never
    end the table (a rule under the header, another above a total row); lines of two cells
    belong to it only between its wide lines, at most two in a row (a row of qualifiers
    under the header), or as the row right under a rule after the last (a total)."""

    def cells(k: int) -> int:
        return len(split_spaces(lines[k])) if "\t" not in lines[k].text else 0

    k = i
    while k < len(lines) and is_space_rule(lines[k].text):
        k += 1
    if (
        k + 1 < len(lines)
        and cells(k) == 2
        and cells(k + 1) >= 3
        and len(lines[k].text.split()) >= cells(k + 1)
        and space_region(lines, k + 1) > k + 1
    ):
        # a header whose labels are set apart by single (full-width) spaces, over aligned
        # rows: as many words as the row under it has cells
        return space_region(lines, k + 1)
    if (
        k + 1 < len(lines)
        and cells(k) == 2
        and cells(k + 1) == 3
        and _over_later_columns(lines[k], lines[k + 1])
        and space_region(lines, k + 1) > k + 1
    ):
        # 「　　　　R6　　R7」 over 「総務課　　18　　18」: labels set in over the columns after
        # the first, whose own label is left blank
        return space_region(lines, k + 1)
    if k < len(lines) and cells(k) == 2 and (body := _spanned_header_body(lines, k)) > k:
        return space_region(lines, body)
    if k < len(lines) and cells(k) == 2 and (end := _two_column_end(lines, k)) > k:
        return end
    if k >= len(lines) or cells(k) < 3 or _mark_legend(lines[k]) or colon_form_line(lines[k]):
        return i  # 「予算年度  ：2026  …  単位  ：千円」: a form's fields, no table's header
    wide = [k]
    gap = 0
    group_title = None  # the next group's title line the rows stop at (no row of this table)
    j = k + 1
    while j < len(lines) and gap <= _TABLE_GAP:
        if (
            cells(j) in (1, 2)
            and _group_line(lines[j])
            and j + 1 < len(lines)
            and lines[j + 1].text.split() == lines[k].text.split()
        ):
            group_title = j
            break  # 「推進項目(2) …」 over the header printed again: the next group's table
        if (
            cells(j) >= 3
            and j > k + 1
            and lines[j].text.split()[0] == lines[k].text.split()[0]
            and lines[j].text.split() != lines[k].text.split()
        ):
            break  # 「番号 事業名 令和8年度 …」 under 「番号 施策 事業名 担当課 …」: another table
        if cells(j) == 2 and _short_row(lines[j - 1], lines[wide[-1]], lines[j], lines[k]):
            pass  # 「会計課  4」 under 「総務課  22  総務係」: a row whose last cells are blank
        elif cells(j) < 3 and _single_spaced_row(lines[j], cells(k), labelled=len(wide) > 1):
            # (a labelled row only among aligned rows: under the header alone it is a PDF's
            # run of figures, which `figure_table` reads)
            wide.append(j)
            gap = 0
        elif is_space_rule(lines[j].text) or cells(j) == 2 or not lines[j].text.strip():
            gap += 1
        elif cells(j) >= 3:
            wide.append(j)
            gap = 0
        elif cells(j) == 1 and j - 1 in wide and _last_cell_rest(lines[k], lines[j - 1], lines[j]):
            pass  # 「…を運営」 then 「する。」 under it: the row's last cell, wrapped
        elif cells(j) in (1, 2) and _aligned_rest(lines[k], lines[j]):
            # 「防災訓練に…」 under the 指標 cell above: that cell's second line; lines of
            # such cells one after another (a 係 under its 課, the 課's cells blank) are the
            # table's sparse rows, no gap
            gap = gap + 1 if j == wide[-1] + 1 else gap
        elif (
            len(wide) > 1
            and cells(j) in (1, 2)
            and j + 1 < len(lines)
            and cells(j + 1) >= 3
            and _name_over_figures(lines[j], lines[j + 1])
        ):
            gap += 1  # 「市民協働推進」 over 「(blank) 5 5 7」: a name half over its row
        elif j == k + 1 and _qualifiers_under(lines[k], lines[j]):
            gap += 1  # 「(R7-R3)」 under 「増減」: a label's qualifier on the line below
        elif cells(j) == 1 and not lines[j - 1].text.strip() and _group_line(lines[j]):
            break  # 「政策2　…　＞　施策2-1　…」 after a blank line: the next group's title
        elif cells(j) == 1 and _BRACKETED_TITLE.fullmatch(lines[j].text.strip()):
            break  # 「【関連事業】」 alone on its line: the next section's title
        elif len(wide) > 1 and (notes := note_run_end(lines, j, lines[k])) > j:
            j = notes  # notes set in under a row, the next row right after them
            continue
        elif _wrapped_line(lines, j):
            gap += 1
        else:
            break
        j += 1
    if len(wide) < 2:
        return i
    end = wide[-1] + 1
    # rows whose first cell wraps onto a line of its own at the row's indent (「①…のイベ」
    # over 「ントの開催」): the last row's may too, though no row follows to hold it in
    wraps = any(
        cells(j) == 1 and j - 1 in wide and _indent(lines[j].text) == _indent(lines[j - 1].text)
        for j in range(k + 1, end)
    )
    while end < len(lines) and end != group_title and (
        (cells(end) == 2 and _row_below(lines[wide[-1]], lines[end]))
        or (wraps and end == wide[-1] + 1 and cells(end) == 1
            and _cut_tail(lines[end - 1], lines[end]))
        or (cells(end) == 2 and _short_row(lines[end - 1], lines[wide[-1]], lines[end], lines[k]))
        or (cells(end) in (1, 2) and _wrapped_tail(lines[end - 1], lines[end]))
        or (cells(end) in (1, 2) and _aligned_rest(lines[k], lines[end]))
    ):
        end += 1
    if (
        end + 1 < len(lines)
        and is_space_rule(lines[end].text)
        and cells(end + 1) == 2
        and not (end + 2 < len(lines) and cells(end + 2) >= 2)
    ):
        end += 2  # a total of two cells under a rule
    if end < len(lines) and is_space_rule(lines[end].text):
        end += 1  # the rule closing the table
    return end


_TABLE_GAP = 2



def _single_spaced_row(line: Line, width: int, *, labelled: bool = True) -> bool:
    """「その他(議会・行政委員会) 31 31 32」 in a table of `width` columns: a row whose cells
    are set apart by single spaces (a long label left no room for runs), as many words as
    the header has cells and every one after the first a figure (every one, unless
    `labelled`)."""
    words = line.text.split()
    return (
        len(words) == width
        and width >= 3
        and all(_signed_figure(word) for word in words[0 if not labelled else 1 :])
        and _signed_figure(words[0]) != labelled  # a label first, or no label at all
    )


def _signed_figure(word: str) -> bool:
    """「31」, 「1,109」, 「+1」, 「±0」, 「△1」: a figure, its sign of change kept; or an amount
    written with its unit, bracketed or not (「○億○,○○○万円」「(○億○○○万円)」)."""
    return (
        _kind(word) == "number"
        or (word[:1] in "±+△▲" and _kind(word[1:]) == "number")
        or bool(_UNIT_AMOUNT.fullmatch(word))
    )


# 「○億○,○○○万円」「(○億○○○万円)」: an amount in 億・万円, as a row of amounts prints it
_UNIT_AMOUNT = re.compile(r"[(（]?[△▲\-]?[0-9][0-9,]*(?:兆[0-9,]*)?(?:億[0-9,]*)?(?:万)?円[)）]?")


# 「※金額は見込み」「(注)…」 or a sentence under a table: a note, not the rest of a cell
_NOTE_LINE = re.compile(r"^\s*(?:[※＊*]|[(（]?注|.*。\s*$)")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


_NOTE_LABEL = re.compile(r"^[(（\[［〔※*＊]")


def _column_starts(header: Line) -> list[int]:
    """The printed place each of the header's cells starts at."""
    return [printed_width(header.text[: c.start - header.start]) for c in split_spaces(header)]


_BRACKETED_TITLE = re.compile(r"【[^】]{1,20}】")


def _group_line(line: Line) -> bool:
    """A line opening with a labelled level's number (「政策2 …」, 「施策3-1 …」): a group's
    title between a table's groups of rows, no note of the row above."""
    found = leading_numbering(line.text.strip())
    return found is not None and bool(found.prefix)


def _over_later_columns(header: Line, row: Line) -> bool:
    """Labels, none a bracketed note, one over each column of `row` after its first, the
    first set in past that column's end: a header whose first column has no label."""
    labels, cells = split_spaces(header), split_spaces(row)
    if len(labels) != len(cells) - 1 or any(
        _NOTE_LABEL.match(c.text) and not _bracketed_year(c.text) for c in labels
    ):
        return False  # (a bracketed year labels a column: 「（令和7年度）」 the year before's)
    first_end = printed_width(row.text[: cells[0].end - row.start])
    return _column_starts(header)[0] > first_end


def _aligned_rest(header: Line, line: Line) -> bool:
    """A line whose cells start exactly where the header's columns after the first start
    (by printed width), its first cell perhaps inside the first column: the rest of the
    cells above, wrapped (「づくり　　　自治会の割合 58.2%」)."""
    text = line.text
    if not text.strip() or "。" in text:
        return False
    starts = _column_starts(header)
    if len(starts) < 2:
        return False
    cells = [printed_width(text[: c.start - line.start]) for c in split_spaces(line)]
    if not cells:
        cells = [printed_width(text[: _indent(text)])]
    if cells[0] < starts[1] and len(cells) > 1:
        cells = cells[1:]  # a first cell's own rest, inside the first column
    return all(at in starts[1:] for at in cells)


def _last_cell_rest(header: Line, above: Line, line: Line) -> bool:
    """One cell set in exactly under the last cell of the row above and under the header's
    last label: that cell's text going on (a description wrapped, its sentence's end)."""
    labels, cells = split_spaces(header), split_spaces(above)
    if len(cells) < 3 or len(labels) < 3 or _indent(line.text) == 0:
        return False
    at = printed_width(line.text[: _indent(line.text)])
    last = printed_width(above.text[: cells[-1].start - above.start])
    label = printed_width(header.text[: labels[-1].start - header.start])
    return at == last and abs(at - label) <= 2


def _mark_legend(line: Line) -> bool:
    """「評価  ◎：目標を上回った  ○：おおむね目標どおり」: a label and its marks explained, each
    a mark and its meaning after a colon — a legend, no row of a table."""
    cells = split_spaces(line)
    return len(cells) >= 3 and all(re.match(r"^\S{1,2}\s*[:：]", c.text) for c in cells[1:])


def _wrapped_line(lines: Sequence[Line], j: int) -> bool:
    """A line of one cell, indented, between two lines of the table with no blank line
    around it: a cell wrapped onto a line of its own (the rest of a name or a note)."""
    text = lines[j].text
    return (
        0 < j < len(lines) - 1
        and _indent(text) > 0
        and len(text.split()) == 1  # one word: a row of values apart by single spaces is none
        and not _NOTE_LINE.match(text)
        and bool(lines[j - 1].text.strip())
        and bool(lines[j + 1].text.strip())
        and not is_space_rule(lines[j - 1].text)
    )


def _wrapped_tail(above: Line, line: Line) -> bool:
    """A line of one or two cells right under a table's last line (no blank line between),
    indented deeper than that line: the wrapped rest of its cells."""
    if (
        bool(above.text.strip())
        and not is_space_rule(above.text)
        and len(split_spaces(line)) == len(line.text.split())  # no value apart by one space
        and not _NOTE_LINE.match(line.text)
        and not is_space_rule(line.text)
    ):
        if _indent(line.text) > _indent(above.text):
            return True
        # 「子ども食堂・居場所づくり支援事」 over 「業」 at the same indent: a name cut at its
        # column's edge, whole only with the line under it
        first = split_spaces(above)[0].text if split_spaces(above) else ""
        tail = line.text.strip()
        if (
            _indent(line.text) == _indent(above.text)
            and first.count("(") + first.count("（") > first.count(")") + first.count("）")
            and re.fullmatch(r"[^()（）\s]{1,12}[)）]", tail)
        ):
            return True  # 「…の全国比（」 over 「小学校）」: a bracket closed on the next line
        return (
            _indent(line.text) == _indent(above.text)
            and len(tail) <= _MAX_CUT_TAIL
            and looks_like_project(first + tail)
            and not looks_like_project(first)
        )
    return False


_MAX_CUT_TAIL = 6  # the rest of a name cut at its column's edge: a word or two


def _cut_tail(above: Line, line: Line) -> bool:
    """A word or two at a row's indent under it, no note: the rest of its first cell."""
    tail = line.text.strip()
    return (
        _indent(line.text) == _indent(above.text)
        and len(tail) <= _MAX_CUT_TAIL
        and not _NOTE_LINE.match(line.text)
        and not _FIGURE.match(tail)
    )


# a short row's value: a figure, or a count with the year before's in brackets (「9人(8)」)
_ROW_VALUE = re.compile(
    r"^[▲△\-−－+]?[\d,.]+\s*[%％人名]?(?:[(（][▲△\-−]?[\d,.]+\s*[%％人名]?[)）])?$"
)


def _short_row(above: Line, last: Line, line: Line, header: Line | None = None) -> bool:
    """A line of a name and a figure right under a line of the table (no blank line), set
    in as far as the table's last wide row, or to where a column of the header starts (its
    first cells blank: 「　　　　財政係　　4」 under 「課名　係名　職員数」): a row whose other
    cells are blank, however many such rows follow one another before the next wide row."""
    if not above.text.strip() or is_space_rule(above.text):
        return False
    name, value = split_spaces(line)
    if not _ROW_VALUE.match(value.text) or _FIGURE.match(name.text):
        return False
    if _indent(line.text) == _indent(last.text):
        return True
    if header is None or not _indent(line.text):
        return False
    at = printed_width(line.text[: _indent(line.text)])
    starts = _column_starts(header)
    return at in starts[1:]


def _row_below(last: Line, line: Line) -> bool:
    """A line of two cells right under a table's last row is a row of it: one indented as
    that row (a row with a blank cell), or one of qualifiers in parentheses (the years of
    the values above it)."""
    cells = split_spaces(line)
    if all(_QUALIFIER_CELL.match(c.text) for c in cells):
        return True
    indent = len(line.text) - len(line.text.lstrip())
    return indent == len(last.text) - len(last.text.lstrip())


_SPANNED_HEADER_ROWS = 2
_HEADER_CELL_MAX = 16


def _spanned_header_body(lines: Sequence[Line], k: int) -> int:
    """Where the body of a table starts whose header runs over two lines of two cells:
    「部局名    職員数」 over 「      令和5年  令和6年」 over 「総務部  45  47」, the upper
    label spanning the years under it. The line right over the body sits right of the body's
    first column (it labels the figures, not the names); no header cell is a figure, a unit
    note or a sentence. `k` when the lines from `k` are no such header."""
    for body in range(k + 1, min(k + _SPANNED_HEADER_ROWS, len(lines) - 1) + 1):
        header = [split_spaces(lines[m]) for m in range(k, body)]
        if any(len(row) != 2 for row in header):
            return k
        if any(
            _FIGURE.match(c.text) or is_unit_note(c.text) or len(c.text) > _HEADER_CELL_MAX
            or "。" in c.text
            for row in header for c in row
        ):  # fmt: skip
            return k
        first = split_spaces(lines[body])
        if len(first) < 3 or not any(_FIGURE.match(c.text) for c in first[1:]):
            continue
        above, line = lines[body - 1], lines[body]
        label_end = printed_width(line.text[: first[0].end - line.start])
        sub_start = printed_width(above.text[: header[-1][0].start - above.start])
        if body - k >= 2 and sub_start > label_end:
            return body
    return k


def _aligned_rows(
    lines: Sequence[Line],
    raw: Sequence[str],
    anchors: set[int] | None = None,
    measure: Callable[[str], int] = printed_width,
    *,
    opening: bool = False,
) -> list[list[Cell]] | None:
    """Each line's cells by the columns all lines draw together: a column is a stretch of
    printed places some line's word covers, a gap between columns one no line's word
    covers. So a word set apart by one space (「区　分」) stays one cell where the words of
    other lines cover that space, and a row missing a cell leaves that column blank. None
    when a line's cells would share a column (the lines are not aligned). Given `anchors`
    (indices of the lines that draw the columns), the other lines' words go to the column
    they open in, else the nearest (a wrapped cell printed a place or two off). `measure`
    gives a text's printed width (a wide character two places, or one as some tools pad).
    With `opening`, every line's words opening after a run of spaces mark where columns
    start, the anchors' or not."""
    placed: list[list[tuple[int, int, Cell]]] = []
    covered: set[int] = set()
    spaced: set[int] = set()  # where a word opens after a run of spaces
    crossed: set[int] = set()  # places a word runs on into from the place before
    opened: Counter[int] = Counter()  # how many lines open a word there after spaces
    labels: set[int] = set()  # where a word of the first line (the header) opens after spaces
    # (and of the second, a header's lower line of labels: no figure in it)
    lower_labels = len(lines) > 1 and not any(
        _kind(m.group()) == "number" for m in _WORD.finditer(lines[1].text)
    )
    # a header label over two or more of the lower line's years (「当初予算額」 over
    # 「令和8年度　令和7年度」) groups their columns: it runs across no column's edge (a
    # year in brackets, 「R8 (R7)」, is the count's other year in the same column)
    lower = (
        [(measure(raw[1][: m.start()]), measure(raw[1][: m.end()]))
         for m in _row_words(lines[1].text)
         if bare_period(m.group()) and m.group()[:1] not in "(（"]
        if lower_labels else []
    )  # fmt: skip
    for index, (line, printed) in enumerate(zip(lines, raw, strict=True)):
        words = []
        for m in _header_words(line.text) if index == 0 else _row_words(line.text):
            a, b = measure(printed[: m.start()]), measure(printed[: m.end()])
            words.append((a, b, Cell(m.group(), line.start + m.start(), line.start + m.end())))
            anchored = anchors is None or index in anchors
            if (not anchored and not opening) or _SCHEDULE_BAR.match(m.group()):
                continue
            if anchored:
                covered.update(range(a, b))
                if index or sum(la < b and a < lb for la, lb in lower) < 2:
                    crossed.update(range(a + 1, b))
            # (a full-width space is a gap two places wide, as a 一太郎 table pads its cells,
            # unless inside a bracket: 「（前年度　46億円）」)
            before = line.text[: m.start()]
            padded = printed[: m.start()].endswith("\u3000") and before.count("(") <= before.count(
                ")"
            )
            # (a header's label run on after another, 「令和８年度令和９年度」, opens a column)
            run_on = index == 0 and bool(before) and not before[-1].isspace()
            if not before.strip() or before.endswith("  ") or padded or run_on:
                spaced.add(a)
                opened[a] += 1
                if index == 0 or (index == 1 and lower_labels):
                    labels.add(a)
        placed.append(words)
    if not covered:
        return None
    columns: list[tuple[int, int]] = []
    for x in sorted(covered):
        if (
            columns
            and columns[-1][1] == x
            and not (
                x in spaced
                and x not in crossed
                and (anchors is not None or _label_after_label(labels, columns[-1][0], x)
                     or (len(columns) == 1
                         and min(opened[x], opened[columns[0][0]]) >= _OPENED_COLUMN))
            )
        ):
            # (drawn by anchors, a cell opening after spaces right where another line's
            # cell ends, no word running across, starts a column: a label over numbers
            # printed a place off; so does a header label after another label's column
            # whose long cell in some line reaches right up to where the label opens, or a
            # place where many lines open a word, as they open the first column: names right
            # after a code column as wide as its label 「ｺｰﾄﾞ」)
            columns[-1] = (columns[-1][0], x + 1)
        elif columns and not any(x <= y < _next_covered(covered, x) for y in spaced):
            # no line opens a cell here after a run of spaces: a word after a single space
            # in the one line reaching so far (「約10%減」), not a column
            columns[-1] = (columns[-1][0], x + 1)
        else:
            columns.append((x, x + 1))
    rows: list[list[Cell]] = []
    for line, words in zip(lines, placed, strict=True):
        row: list[list[Cell]] = [[] for _ in columns]
        for a, _, cell in words:
            column = next((k for k, (lo, hi) in enumerate(columns) if lo <= a < hi), None)
            if column is None:
                column = min(range(len(columns)), key=lambda k: abs(columns[k][0] - a))
            row[column].append(cell)
        cells = []
        for parts in row:
            if parts:
                start, end = parts[0].start, parts[-1].end
                text = line.text[start - line.start : end - line.start]
                cells.append(Cell(text, start, end))
            else:
                cells.append(Cell("", line.end, line.end))
        while cells and not cells[-1].text:
            cells.pop()
        rows.append(cells)
    # a table's lines each hold their cells apart by runs of spaces: a column that joins two
    # such cells of one line shows the lines are not aligned
    for index, (line, cells) in enumerate(zip(lines, rows, strict=True)):
        if anchors is not None and index not in anchors:
            continue
        pieces = split_spaces(line)
        for cell in cells:
            inside = [p for p in pieces if cell.start <= p.start and p.end <= cell.end]
            long = [p for p in inside if len(p.text) > 1]
            tails = all(_SPREAD_TAIL.match(p.text) for p in inside if len(p.text) == 1)
            spread = len(long) == 1 and tails and inside[0] is long[0]
            if len(inside) > 1 and long and not spread and not _status_tagged(inside):
                return None  # not one letter-spaced word (「区  分」, 「特別会計　計」)
    return rows


_OPENED_COLUMN = 3  # lines opening a word at one place after spaces: a column starts there
_STATUS_BRACKET = re.compile(r"^[【〔\[［(（](?P<mark>[^】〕\]］)）]{1,6})[】〕\]］)）]$")


def _status_tagged(pieces: Sequence[Cell]) -> bool:
    """「【新規】  X事業」: a status mark in brackets (`mkf:statusMark`) set before a name in
    the name's column, two pieces of one cell, as the other rows' names run across the gap."""
    mark = _STATUS_BRACKET.match(pieces[0].text) if len(pieces) == 2 else None
    return mark is not None and fold_width(mark.group("mark")).strip() in status_marks()

# a word of a table's line; 「62, 318, 400」, a figure whose digit groups a text layer (OCR)
# set apart by a space after each comma, is one word
_WORD = re.compile(r"[0-9]{1,3}(?:, [0-9]{3})+(?![0-9,])|[(（][^()（）\s]+[)）](?=[(（])|\S+")


def _row_words(text: str) -> list[re.Match[str]]:
    """The words of a table's row, a figure with a status mark run on after it read as two
    (「○○○,○○○継続」: the total, then the 区分 column a fixed-width print set with no gap)."""
    return list(_marked_figure_words().finditer(text))


@functools.cache
def _marked_figure_words() -> re.Pattern[str]:
    marks = "|".join(sorted((re.escape(m) for m in status_marks()), key=len, reverse=True))
    figure = rf"[▲△\-−]?[0-9][0-9,.]*(?=(?:{marks})(?!\S))"
    return re.compile(f"{_WORD.pattern[: _WORD.pattern.rindex('|')]}|{figure}|\\S+")


# 「所　管」「事　業　名」: a label letter-spaced by full-width spaces, one character a word
_SPACED_LABEL = re.compile(r"(?<!\S)\w(?: \w)+(?!\S)")


def _header_words(text: str) -> list[re.Match[str]]:
    """The words of a header line, a label spaced out one character a word read as one (its
    characters are no columns, however short the cells under it), labels run together with
    no gap between them (`run_together_labels`) read apart."""
    spaced = [m for m in _SPACED_LABEL.finditer(text) if field_of(m.group()) is not None]
    words = [piece for m in _WORD.finditer(text)
             if not any(s.start() <= m.start() < s.end() for s in spaced)
             for piece in _label_pieces(text, m)]  # fmt: skip
    return sorted([*words, *spaced], key=lambda m: m.start())


def _label_pieces(text: str, word: re.Match[str]) -> list[re.Match[str]]:
    spans = run_together_labels(word.group())
    if not spans:
        return [word]
    return [m for a, b in spans if (m := _ANY.match(text, word.start() + a, word.start() + b))]


_ANY = re.compile(r".+")


def run_together_labels(word: str) -> list[tuple[int, int]]:
    """The labels of a word made of two or more labels printed with no gap between them, as
    a printer's fixed-width columns set a label that fills its column (「令和８年度令和９年度」,
    「３か年計区分」): each label's span in the word; [] for a word of one label or none.
    Years that tile the word are its labels; else a label of the vocabulary after a label or
    a total (…計)."""
    key = fold_width(word)
    if field_of(key, exact=True) is not None or bare_period(key):
        return []
    years = year_mentions(key)
    if (
        len(years) >= 2
        and years[0].start == 0
        and years[-1].end == len(key)
        and all(a.end == b.start for a, b in itertools.pairwise(years))
    ):
        return [(m.start, m.end) for m in years]
    for cut in range(len(key) - _MIN_RUN_LABEL, _MIN_RUN_LABEL - 1, -1):
        head, tail = key[:cut], key[cut:]
        total = is_total_label(head)  # 「３か年計」
        if (field_of(tail, exact=True) is not None or tail in caption_cues("rowCategory")) and (
            field_of(head, exact=True) is not None or total
        ):
            return [(0, cut), (cut, len(key))]
    return []


_MIN_RUN_LABEL = 2  # characters of each label run together (「計」 alone ends a total's label)




def _label_after_label(labels: set[int], column_start: int, x: int) -> bool:
    """A header label opens at `x` and another opens in the column running up to it."""
    return x in labels and any(column_start <= y < x for y in labels)


def _next_covered(covered: set[int], x: int) -> int:
    """The end of the stretch of covered places starting at `x`."""
    while x in covered:
        x += 1
    return x


def _is_marker_row(row: Sequence[Cell]) -> bool:
    """「(a) (b) (b)-(a)」 under a header: letters naming columns for a formula, no label."""
    texts = [c.text for c in row if c.text]
    return bool(texts) and all(_MARKERS.match(t) for t in texts)


def _name_over_figures(line: Line, row: Line) -> bool:
    """Words alone on a line, ending left of where the next line's first cell (a figure,
    its name blank) starts: a name printed half over its row (`_names_around_figures`)."""
    words, cells = split_spaces(line), split_spaces(row)
    if not words or not cells or _kind(cells[0].text) != "number":
        return False
    if any(_kind(w.text) != "text" for w in words):
        return False
    end = printed_width(line.text[: words[-1].end - line.start])
    return end < printed_width(row.text[: cells[0].start - row.start])


def _qualifiers_under(header: Line, line: Line) -> bool:
    """A line of bracketed words only, each printed under the span of a header label right
    of the first (「(R7-R3)」 under 「増減」): the labels' qualifiers, a line of the header."""
    cells = split_spaces(line)
    if not cells or not all(_QUALIFIER_CELL.match(c.text) for c in cells):
        return False
    labels = [(printed_width(header.text[: c.start - header.start]),
               printed_width(header.text[: c.end - header.start])) for c in split_spaces(header)]
    for cell in cells:
        start = printed_width(line.text[: cell.start - line.start])
        end = printed_width(line.text[: cell.end - line.start])
        if not any(a <= end and start <= b for a, b in labels[1:]):
            return False
    return True


_LABEL_LETTERS = re.compile(r"^[\w()（）%％・/／゛゜ ]+$")  # a label's letters, no mark


def _is_lower_label_row(header: Sequence[Cell], row: Sequence[Cell]) -> bool:
    """「ｺｰﾄﾞ 会計名 予算額 予算額 (%)」 under 「会計 令和8年度 令和7年度 増減率」: a
    header's lower line of labels, a year's column over the figure it names (予算額)."""
    texts = [c.text for c in row if c.text]
    if len(texts) < 2 or any(_FIGURE.match(t) or not _LABEL_LETTERS.match(t) for t in texts):
        return False  # a figure, or a chart's legend (「■ 実績値」, 「─◆─ 目標値」)
    if not all(field_of(t) is not None or _QUALIFIER_CELL.match(t) or (
        len(t) <= _LABEL_REST_MAX and _kind(t) == "text") for t in texts):  # fmt: skip
        return False
    return any(
        top.text and bare_period(top.text) and low.text and field_of(low.text) is not None
        and not bare_period(low.text)
        for top, low in zip(header, row, strict=False)
    )


def _joined_lower_line(header: Sequence[Cell], lower: Sequence[Cell]) -> list[Cell]:
    """Each label with the one under it: a year and the figure it names read as one
    (「令和8年度予算額」), a label and its longer form as the longer (「会計」 over 「会計名」)."""
    width = max(len(header), len(lower))
    end = header[-1].end
    tops = [*header, *[Cell("", end, end)] * (width - len(header))]
    lows = [*lower, *[Cell("", 0, 0)] * (width - len(lower))]
    joined: list[Cell] = []
    for top, low in zip(tops, lows, strict=True):
        if not low.text:
            joined.append(top)
        elif not top.text or low.text.startswith(top.text):
            joined.append(low)
        else:
            joined.append(Cell(top.text + low.text, top.start, low.end))
    return joined


def _is_qualifier_row(row: Sequence[Cell]) -> bool:
    """「(令和2年4月1日) (令和8年4月1日)」 under 「基準値 目標値」: each cell qualifies the
    label above it; the row's first cell is blank (its label spans both rows)."""
    texts = [c.text for c in row if c.text]
    if not texts or row[0].text:
        return False
    if len(texts) >= 2 and all(field_of(t, exact=True) in _KIND_FIELDS for t in texts):
        return True  # 「実績 実績 目標 実績」 under 「令和3年度 令和4年度 令和5年度 令和5年度」
    if (
        len(texts) >= 2
        and any(bare_period(t) for t in texts)
        and any(field_of(t, exact=True) == "evaluation" for t in texts)
        and all(bare_period(t) or field_of(t, exact=True) == "evaluation" for t in texts)
    ):
        return True  # 「評価　令和5年度」 under 「令和6年度　（参考）」: each label's other half
    qualifiers = [t for t in texts if _QUALIFIER_CELL.match(t)]
    # 「(千円)」 beside 「方向性」: a label's rest, wrapped under it, among the qualifiers
    return bool(qualifiers) and all(
        _QUALIFIER_CELL.match(t) or (len(t) <= _LABEL_REST_MAX and _kind(t) == "text")
        for t in texts
    )


_LABEL_REST_MAX = 4  # characters of a header label wrapped onto the line under it
_UNIT_WORDS = frozenset("局部課係室")


def _unit_levels_row(row: Sequence[Cell]) -> bool:
    """「局　　課」 under 「所管」: the levels of unit a spanning label's columns hold, each a
    bare unit word, the row's first cell blank."""
    texts = [c.text for c in row if c.text]
    return len(texts) >= 2 and not row[0].text and all(t in _UNIT_WORDS for t in texts)


def _levels_under_label(header: Sequence[Cell], lower: Sequence[Cell]) -> list[Cell]:
    """Each column a unit word stands in labelled by the label spanning them and the word
    (所管 局, 所管 課): the label printed over them (centred, perhaps in a column of its own
    between theirs), else the nearest label left of them."""
    units = [k for k, c in enumerate(lower) if c.text]
    inside = [k for k in range(units[0], min(units[-1] + 1, len(header))) if header[k].text]
    left = [k for k in range(min(units[0], len(header))) if header[k].text]
    if len(inside) > 1 or not (inside or left):
        return list(header)
    at = inside[0] if inside else left[-1]
    label = header[at]
    out = [*header, *(Cell("", header[-1].end, header[-1].end)
                      for _ in range(len(lower) - len(header)))]  # fmt: skip
    if at not in units:
        out[at] = Cell("", label.start, label.start)  # the label's own place: no column
    for k in units:
        out[k] = Cell(f"{label.text} {lower[k].text}", label.start, label.end)
    return out


def _printed_cells(line: Line, printed: str) -> list[tuple[int, int, Cell]]:
    """A line's cells, each with the printed places it spans."""
    return [
        (printed_width(printed[: c.start - line.start]),
         printed_width(printed[: c.end - line.start]), c)
        for c in split_spaces(line)
    ]  # fmt: skip


def _spanning_label(text: str) -> bool:
    """A label a header may print over, or under, other labels: the vocabulary's, a year, or
    a dated word (「R5決算」); no figure, no sentence."""
    if _FIGURE.match(text) or "。" in text or len(text) > _HEADER_CELL_MAX:
        return False
    return field_of(text) is not None or bare_period(text) or _dated_label(text)


def _overlaps(a: tuple[int, int, Cell], b: tuple[int, int, Cell]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def group_labels_over(rows: Sequence[tuple[Line, str]]) -> bool:
    """「事業費（千円）」 and 「令和６年度」 over a header whose columns under them are blank,
    the labels of those columns on the line below (「R5決算 R6決算 R7予算」, 「目標値 実績値」):
    a header three lines high, its first line's labels each spanning the lower labels it
    stands over. `rows` are the three lines with their printed texts."""
    if len(rows) < 3:
        return False
    group = _printed_cells(*rows[0])  # (asked of most lines: the first line's cells first)
    if not 1 <= len(group) <= 3 or not all(_spanning_label(c.text) for *_, c in group):
        return False
    header, lower = _printed_cells(*rows[1]), _printed_cells(*rows[2])
    if len(header) < 3 or len(lower) < 2 or not all(_spanning_label(c.text) for *_, c in lower):
        return False
    if any(_overlaps(low, top) for low in lower for top in header):
        return False  # the lower labels stand in the header's gaps: its blank columns
    return group[0][0] > header[0][1] and all(
        any(_overlaps(top, low) for low in lower) for top in group
    )


def _group_labels_joined(
    group: tuple[Line, str], header: Sequence[Cell], lower: tuple[Line, str],
    lower_cells: Sequence[Cell],
) -> list[Cell]:
    """The header with the lower line's labels in its blank columns, each run of them under
    the upper label standing over the run (事業費（千円） R5決算); a column with a label of
    its own keeps it."""
    tops = _printed_cells(*group)
    placed = {c.start: (a, b) for a, b, c in _printed_cells(*lower)}
    out = list(header)
    k = 0
    while k < len(out):
        if out[k].text or k >= len(lower_cells) or not lower_cells[k].text:
            k += 1
            continue
        run = k
        while run < len(out) and not out[run].text and run < len(lower_cells) and (
            lower_cells[run].text
        ):
            run += 1
        spans = [placed[c.start] for c in lower_cells[k:run] if c.start in placed]
        over = [t[2].text for t in tops
                if any(t[0] < b and a < t[1] for a, b in spans)]  # fmt: skip
        label = over[0] if len(over) == 1 else ""
        for m in range(k, run):
            low = lower_cells[m]
            out[m] = Cell(f"{label} {low.text}".strip(), low.start, low.end)
        k = run
    return out


def space_table(lines: Sequence[Line], raw: Sequence[str]) -> Table | None:
    """A table of space-aligned columns, its first line the header. Rules and blank lines
    only separate rows. Rows of markers or of qualifiers in parentheses right under the
    header belong to it (a marker names a column for a formula, dropped; a qualifier joins
    its label: 基準値(令和2年4月1日))."""
    kept = [(line, text) for line, text in zip(lines, raw, strict=True)
            if not is_space_rule(line.text) and line.text.strip()]  # fmt: skip
    # 「（Ａ）　（Ｂ）　（Ａ）－（Ｂ）」 under the header names columns for formulas, centred
    # under labels wider than the figures: it draws no column (and is dropped below)
    kept = [k for index, k in enumerate(kept)
            if not (0 < index <= 2 and _is_marker_row(split_spaces(k[0])))]  # fmt: skip
    # 「事業費（千円）」 over the header, over the blank columns the line below labels: a
    # third header line, the labels it spans read with it (joined below)
    group = kept.pop(0) if group_labels_over(kept) else None
    if len(kept) < 2:
        return None
    rows = _columns_read(kept, printed_width)
    if rows is not None:
        rows = _labels_over_last_values(_labels_beside_values(rows))
    padded = any("\u3000" in text for _, text in kept)
    if padded and (rows is None or _unlabelled_columns(rows)):
        # padded by a tool that gives a wide character (a full-width space) one place: the
        # columns line up counting characters, a label over its values again
        by_count = _columns_read(kept, len)
        by_count = _labels_beside_values(by_count) if by_count is not None else None
        if by_count is not None and (
            rows is None or _unlabelled_columns(by_count) < _unlabelled_columns(rows)
        ):
            rows = by_count
    if rows is None:
        return None
    for index, (line, _) in enumerate(kept[1:], start=1):
        if len(split_spaces(line)) < 3 and _single_spaced_row(line, len(rows[0])):
            # its words, set apart by single spaces, placed off the columns: one per cell
            rows[index] = [Cell(m.group(), line.start + m.start(), line.start + m.end())
                           for m in re.finditer(r"\S+", line.text)]  # fmt: skip
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    end = rows[0][-1].end
    header = [*rows[0], *(Cell("", end, end) for _ in range(width - len(rows[0])))]
    body = rows[1:]
    if group is not None:
        header = _group_labels_joined(group, header, kept[1], body.pop(0))
    while body and (
        _is_marker_row(body[0]) or _is_qualifier_row(body[0]) or _unit_levels_row(body[0])
        or _is_lower_label_row(header, body[0])
    ):
        lower = body.pop(0)
        if _is_marker_row(lower):
            continue
        if _is_lower_label_row(header, lower):
            header = _joined_lower_line(header, lower)
            continue
        if _unit_levels_row(lower):
            header = _levels_under_label(header, lower)
            continue
        header = [
            Cell(top.text + low.text, top.start, low.end) if top.text and low.text else top
            for top, low in zip(header, [*lower, *[Cell("", 0, 0)] * width], strict=False)
        ]
    if not body or len([c for c in header if c.text]) < 2:
        return None
    placed = [line for line, _ in kept]
    body = _join_first_cell_rests(
        _join_broken_names(_join_continuations(_names_around_figures(body)), placed)
    )
    header, body = _labels_one_column_off(header, body)
    labels = [cell for cell in header if cell.text]
    if len(labels) < len(header) and all(len(row) == len(labels) for row in body):
        # every row prints one cell per label, the header a gap placed as a column of its own
        # (「指標名　　　　現状値　　目標値」 over 「X件数　　124件　　200件」): cells in order
        header = labels
    return _table(header, _join_figures_below(_join_wrapped_cells(body)))


def _labels_one_column_off(
    header: list[Cell], body: list[list[Cell]]
) -> tuple[list[Cell], list[list[Cell]]]:
    """Labels set left of the figures they head, each over the gap before them (「令和○年度」
    over nothing, its figures under no label, and so on to the last column): a labelled
    column no row fills, the last column filled under no label. The blank column goes and
    each label heads the figures right of it."""
    width = len(header)
    if width < 3 or header[-1].text or not any(len(r) == width and r[-1].text for r in body):
        return header, body
    blank = next((k for k in range(1, width - 1) if header[k].text
                  and all(len(r) <= k or not r[k].text for r in body)), None)  # fmt: skip
    if blank is None or not all(c.text for c in header[blank : width - 1]):
        return header, body
    return header[:-1], [[*r[:blank], *r[blank + 1 :]] if len(r) > blank else r for r in body]


def _columns_read(
    kept: Sequence[tuple[Line, str]], measure: Callable[[str], int]
) -> list[list[Cell]] | None:
    """The rows of a space-aligned table, its columns placed by `measure`."""
    lines, raw = [k[0] for k in kept], [k[1] for k in kept]
    rows = _aligned_rows(lines, raw, measure=measure)
    if rows is None:
        # wrapped cells printed off their column: the header and the other lines of three
        # cells or more draw the columns, and the wrapped pieces fall into them
        # (a line of qualifiers in brackets, as wide as their columns or wider, draws none)
        anchors = {i for i, (line, _) in enumerate(kept)
                   if len(cells := split_spaces(line)) >= 3
                   and not all(_QUALIFIER_CELL.match(c.text) for c in cells)}  # fmt: skip
        if 0 in anchors and len(anchors) >= 2 and len(anchors) < len(kept):
            rows = _aligned_rows(lines, raw, anchors, measure)
    if rows is None and len(kept) >= _MIN_FOR_BRIDGES:
        # a line printed a place off (a wide dash set one place wide by the tool that padded
        # it) fills a gap between two columns that every other line leaves: the other lines
        # draw the columns, and its words fall into them
        bridges = _gap_fillers(lines, raw, measure)
        if bridges and 0 not in bridges and len(bridges) * _BRIDGE_SHARE <= len(kept):
            rows = _aligned_rows(
                lines, raw, set(range(len(kept))) - bridges, measure, opening=True
            )
    return rows


_MIN_FOR_BRIDGES = 5  # lines of a table for the many to outvote a line or two printed off
_BRIDGE_SHARE = 3  # at most one line in so many printed off
_BRIDGED_GAP = 3  # places of a gap between columns that a line printed off may fill


def _gap_fillers(
    lines: Sequence[Line], raw: Sequence[str], measure: Callable[[str], int]
) -> set[int]:
    """The lines after the first whose words alone cover a narrow gap (three places or less)
    that the other lines leave between the columns they cover on both sides: the header's
    lower line (a qualifier wider than its label), or a row printed a place off: its words
    from the one filling the gap on, moved a place, fill none, that one a word or a figure
    (a total row's 「**」 marks running across columns are no row printed off)."""
    found = [list(_WORD.finditer(line.text)) for line in lines]
    spans = [
        [(measure(text[: m.start()]), measure(text[: m.end()])) for m in matches]
        for matches, text in zip(found, raw, strict=True)
    ]
    count = Counter(x for words in spans for x in {x for a, b in words for x in range(a, b)})
    firsts = [_first_filler(words, count) if index else None for index, words in enumerate(spans)]
    fillers = set()
    for index, words in enumerate(spans):
        first = firsts[index]
        if first is None:
            continue
        if index == 1 or (
            _FILLING.search(found[index][first].group()) is not None
            and any(
                _first_filler([*words[:first], *((a + d, b + d) for a, b in words[first:])],
                              count, words) is None
                for d in (-1, 1)
            )
        ):  # fmt: skip
            fillers.add(index)
    return fillers


_FILLING = re.compile(r"\w")  # a word or a figure, no run of marks


def _first_filler(
    words: Sequence[tuple[int, int]],
    count: Counter[int],
    counted: Sequence[tuple[int, int]] | None = None,
) -> int | None:
    """The index of the first of `words` covering alone a narrow gap the other lines leave
    (`count`: the lines covering each place, `counted` the words counted there for this line,
    `words` themselves unless moved)."""
    mine = {x for a, b in (words if counted is None else counted) for x in range(a, b)}

    def others(x: int) -> int:
        return count.get(x, 0) - (x in mine)

    placed = {x for a, b in words for x in range(a, b)}
    for k, (a, b) in enumerate(words):
        for x in range(a, b):
            if others(x) or not others(x - 1):
                continue  # (a gap's first place, the others covering the place before)
            end = x
            while end in placed and not others(end):
                end += 1
            if end - x <= _BRIDGED_GAP and others(end):
                return k
    return None


def _unlabelled_columns(rows: Sequence[Sequence[Cell]]) -> int:
    """The columns holding values under no label of the first row (the header): a sign the
    columns were placed wrong, each label beside its values instead of over them."""
    header = rows[0]
    width = max(len(r) for r in rows)
    return sum(
        1
        for k in range(width)
        if (k >= len(header) or not header[k].text) and _figures_column(rows, k)
    )


def _figures_column(rows: Sequence[Sequence[Cell]], k: int) -> bool:
    """Column `k` holds figures below the header and nothing else (a lower header row of
    labels under a spanning label is no column of values)."""
    cells = [r[k].text for r in rows[1:] if k < len(r) and r[k].text]
    return bool(cells) and all(_kind(text) == "number" for text in cells)


def _labels_beside_values(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A column of figures under no label right beside a label over no values (「R5」 printed
    a place or two right of its right-aligned figures): one column, the label over them."""
    width = max(len(r) for r in rows)
    grid = [[*r, *(Cell("", r[-1].end if r else 0, r[-1].end if r else 0)
                   for _ in range(width - len(r)))] for r in rows]  # fmt: skip
    labelled = [bool(grid[0][k].text) for k in range(width)]
    valued = [any(r[k].text for r in grid[1:]) for k in range(width)]
    label_only = [labelled[k] and not valued[k] for k in range(width)]
    merged: dict[int, int] = {}  # a label-only column → the column of values it labels
    for k in range(width):
        if labelled[k] or not _figures_column(grid, k):
            continue
        sides = [j for j in (k - 1, k + 1) if 0 <= j < width and label_only[j] and j not in merged]
        if len(sides) == 1:
            merged[sides[0]] = k
    if not merged:
        return rows
    out = []
    for index, row in enumerate(grid):
        cells = []
        for k, cell in enumerate(row):
            if k in merged:
                continue
            label = next((j for j, v in merged.items() if v == k), None)
            cells.append(grid[0][label] if index == 0 and label is not None else cell)
        while cells and not cells[-1].text:
            cells.pop()
        out.append(cells)
    return out


_SHIFT_SPAN = 3  # labels a header's end may stand short of their values by
_SHORT_VALUE = 3  # letters of a grade or mark (「A」「－」「◎」)


def _short_values(rows: Sequence[Sequence[Cell]], k: int) -> bool:
    """Column `k` holds, under the header, only figures or short marks (grades)."""
    cells = [r[k].text for r in rows[1:] if k < len(r) and r[k].text]
    return bool(cells) and all(
        _kind(text) == "number" or len(text) <= _SHORT_VALUE for text in cells
    )


def _labels_over_last_values(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The last labels of a header printed a column short of their values (「R5評価 R6評価」
    left-aligned, the grades under them set further right, the last past the header's end):
    a label over no values, then labelled columns, then a column of values under no label,
    all of short values: each label moves right onto the values it stands before."""
    width = max(len(r) for r in rows)
    header = rows[0]
    last = width - 1
    if (len(header) > last and header[last].text) or not _short_values(rows, last):
        return rows
    grid = [[*r, *(Cell("", r[-1].end if r else 0, r[-1].end if r else 0)
                   for _ in range(width - len(r)))] for r in rows]  # fmt: skip
    for j in range(last - 1, max(last - 1 - _SHIFT_SPAN, -1), -1):
        if not grid[0][j].text:
            return rows
        if not any(r[j].text for r in grid[1:]):
            break  # the label over no values
        if not _short_values(grid, j):
            return rows
    else:
        return rows
    if j == last - 1 and _figures_column(grid, last):
        return rows  # one label beside its figures: `_labels_beside_values` reads it
    out = []
    for index, row in enumerate(grid):
        cells = [*row[:j], *row[j + 1 :]] if index else row[:last]
        while cells and not cells[-1].text:
            cells.pop()
        out.append(cells)
    return out


_BLANK_FIGURES = ("-", "－")  # a figure's cell left blank with a dash


def _figure_columns(row: Sequence[Cell]) -> list[int]:
    return [
        k
        for k, c in enumerate(row)
        if k and (_kind(c.text) == "number" or c.text in _BLANK_FIGURES)
    ]


def _name_fragment(row: Sequence[Cell], first_figure: int) -> bool:
    """A line of a few words left of the figure columns and nothing else: a piece of a name
    wrapped onto a line of its own."""
    filled = [k for k, c in enumerate(row) if c.text]
    return bool(filled) and all(
        k < first_figure and _kind(row[k].text) == "text" for k in filled
    )


def _names_around_figures(rows: list[list[Cell]]) -> list[list[Cell]]:
    """「デジタル推進」 over 「企画部 | (blank) | - | 6 | 9」 over 「課」: a cell set in the
    middle of its row's height (as a spreadsheet centres it) prints a name too long for its
    column half above its row's figures and half below, the row's own line blank in that
    column; the pieces are that row's name. A piece below may also carry the outer column's
    name, centred the same way over the group's rows (「○○部 | 所」)."""
    taken: set[int] = set()
    names: dict[int, dict[int, Cell]] = {}
    for i, row in enumerate(rows):
        figures = _figure_columns(row)
        if len(figures) < 2:
            continue
        first = figures[0]
        blank = [k for k in range(first) if k >= len(row) or not row[k].text]
        if not blank:
            continue
        column = blank[-1]

        def piece(j: int, column: int = column, first: int = first) -> bool:
            return (
                0 <= j < len(rows)
                and j not in taken
                and _name_fragment(rows[j], first)
                and column < len(rows[j])
                and bool(rows[j][column].text)
            )

        above = piece(i - 1)
        # (not when the row under the piece wants it: its figures with no name there, unless
        # it is the total row, 「合計」 in a column before)
        below = piece(i + 1) and not (
            i + 2 < len(rows)
            and len(_figure_columns(rows[i + 2])) >= 2
            and (column >= len(rows[i + 2]) or not rows[i + 2][column].text)
            and not any(field_of(c.text, exact=True) == "total" for c in rows[i + 2][:column])
        )
        if not (above or below):
            continue
        parts = [j for j, ok in ((i - 1, above), (i + 1, below)) if ok]
        cells: dict[int, Cell] = {}
        for k in blank:
            pieces = [rows[j][k] for j in parts if k < len(rows[j]) and rows[j][k].text]
            if pieces:
                text = "".join(p.text for p in pieces)
                cells[k] = Cell(text, pieces[0].start, pieces[-1].end)
        names[i] = cells
        taken.update(parts)
    if not names:
        return rows
    out: list[list[Cell]] = []
    for i, row in enumerate(rows):
        if i in taken:
            continue
        if i in names:
            width = max(len(row), *(k + 1 for k in names[i]))
            filled = [*row, *(Cell("", row[-1].end, row[-1].end) for _ in range(width - len(row)))]
            for k, cell in names[i].items():
                filled[k] = cell
            row = filled
        out.append(row)
    return out


def _join_continuations(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A row printed over two lines, its second holding in its value columns only
    qualifiers in parentheses (the year of each value: 「(令和3年度)」) and in its first the
    rest of a wrapped name: one row, each piece joined to the cell above it."""
    joined: list[list[Cell]] = []
    for row in rows:
        above = joined[-1] if joined else None
        values = [c for c in row[1:] if c.text]
        if (
            above is None
            or not values
            or not all(_QUALIFIER_CELL.match(c.text) for c in values)
            or any(not above[k].text for k, c in enumerate(row) if c.text and k < len(above))
            or len(row) > len(above)
        ):
            joined.append(row)
            continue
        for k, cell in enumerate(row):
            if cell.text:
                top = above[k]
                above[k] = Cell(top.text + cell.text, top.start, cell.end)
    return joined


# a letter no Japanese word opens with (行頭禁則): a word broken at the line's end goes on here
_NO_WORD_START = re.compile(r"^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーんン]")


def _join_broken_names(
    rows: list[list[Cell]], lines: Sequence[Line] = ()
) -> list[list[Cell]]:
    """「子育て支援セ」 on a line of its own over 「ンター運営事業  架空課  B」: a first
    cell broken inside a word (the next line opens with a letter no word opens with, ン ー
    ッ or a small kana) and printed above its row is the start of that row's first cell. So
    is a name alone on its line over a row whose first cell is set in deeper than any other
    row's (「○○○○資金」 over 「　　貸付事業  ○○○」, a hanging indent), not a group's
    name over its members (each set in alike)."""
    starts = {line.start: line for line in lines}
    places = sorted(starts)

    def place(cell: Cell) -> int | None:
        k = bisect.bisect_right(places, cell.start) - 1
        if k < 0:
            return None
        line = starts[places[k]]
        return printed_width(line.text[: cell.start - line.start])

    firsts = [place(row[0]) for row in rows if row and row[0].text]
    joined: list[list[Cell]] = []
    for row in rows:
        above = joined[-1] if joined else None
        hanging = (
            bool(lines)
            and above is not None
            and bool(row)
            and (at := place(row[0])) is not None
            and (top := place(above[0])) is not None
            and at > top
            and firsts.count(at) == 1
            and _kind(above[0].text) == "text"
        )
        if (
            above is not None
            and len([c for c in above if c.text]) == 1
            and above[0].text
            and row
            and (_NO_WORD_START.match(row[0].text) or hanging)
            and len([c for c in row if c.text]) > 1
        ):
            first = Cell(above[0].text + row[0].text, above[0].start, row[0].end)
            joined[-1] = [first, *row[1:]]
            continue
        joined.append(row)
    return joined


_PRINTED_NUMBER = re.compile(r"^(?:[0-9]{1,2}|[(（][0-9]{1,2}[)）]|[①-⑳])[ \u3000.．]")
_REST_MAX = 12  # characters of a first cell's rest wrapped onto the next line


def _join_first_cell_rests(rows: list[list[Cell]]) -> list[list[Cell]]:
    """「2 こどもと子育て家庭への切れ目 | … | ◎」 over 「ない支援 | (the next line of the
    second column)」: under a numbered first cell, a short unnumbered piece in the first
    column of a line that leaves the row's last column blank is the rest of that first cell;
    the line's other cells stay a line of their own (each column wraps on its own)."""
    joined: list[list[Cell]] = []
    for row in rows:
        above = joined[-1] if joined else None
        if (
            above is not None
            and row
            and row[0].text
            and above[0].text
            and _PRINTED_NUMBER.match(above[0].text)
            and not _PRINTED_NUMBER.match(row[0].text)
            and len(row[0].text) <= _REST_MAX
            and _kind(row[0].text) == "text"
            and len(row) <= len(above)
            and above[-1].text
            and (len(row) < len(above) or not row[-1].text)
        ):
            top = above[0]
            joined[-1] = [Cell(top.text + row[0].text, top.start, row[0].end), *above[1:]]
            rest = [Cell("", row[0].end, row[0].end), *row[1:]]
            if any(c.text for c in rest):
                joined.append(rest)
            continue
        joined.append(row)
    return joined


def _join_figures_below(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A label too long for its column fills its line and pushes its figures onto the line
    under it: a row of labels only, then a row of figures only, under columns the labels
    leave blank, is one row. Only where other rows print a label beside figures (the
    table's shape), so a group label over labelled rows stays a row of its own."""
    if not any(_label_and_figures(r) for r in rows):
        return rows
    joined: list[list[Cell]] = []
    for row in rows:
        above = joined[-1] if joined else None
        filled = [k for k, c in enumerate(row) if c.text]
        top = [k for k, c in enumerate(above) if c.text] if above is not None else []
        if (
            above is None
            or not filled
            or not top
            or filled[0] <= top[-1]
            or any(_kind(row[k].text) != "number" for k in filled)
            or any(_kind(above[k].text) == "number" for k in top)
        ):
            joined.append(row)
            continue
        cells = [*above, *row[len(above) :]]
        for k in filled:
            cells[k] = row[k] if k >= len(above) or not above[k].text else cells[k]
        joined[-1] = cells
    return joined


def _label_and_figures(row: Sequence[Cell]) -> bool:
    """A row printing a label and, after it, figures (the body row of a table of values)."""
    kinds = [_kind(c.text) for c in row if c.text]
    return len(kinds) >= 2 and kinds[0] == "text" and "number" in kinds[1:]


def _row_number(text: str) -> bool:
    """「Ⅰ-1」「No.3」「(2)」: a cell that is a printed row number and nothing else."""
    numbering = leading_numbering(text)
    return numbering is not None and numbering.end == len(text)


def _wrapped_piece(row: Sequence[Cell], above: Sequence[Cell]) -> bool:
    """Under a row opening with its printed number, a line filling one cell with less than
    the cell above it holds (what did not fit its column): the rest of that cell, where a
    line filling several cells is an entry of its own filed under the same number."""
    filled = [k for k, c in enumerate(row) if c.text]
    return (
        bool(above)
        and _row_number(above[0].text)
        and len(filled) == 1
        and len(row[filled[0]].text) < len(above[filled[0]].text)
    )


def _coded_cell_piece(row: Sequence[Cell], above: Sequence[Cell]) -> bool:
    """「１－２　架空の減量・」 over 「架空循環」 alone in its column: a cell opening with a
    level's code that did not fit its column, its rest on the line under it."""
    filled = [k for k, c in enumerate(row) if c.text]
    if len(filled) != 1 or filled[0] >= len(above):
        return False
    top, piece = above[filled[0]].text.strip(), row[filled[0]].text.strip()
    numbered = leading_numbering(top)
    return (
        numbered is not None
        and len(numbered.parts) >= 2  # a level's code (1-2), not an entry's count
        and bool(top[numbered.end :].strip())  # its name begun after it, the piece its rest
        and len(piece) < len(top)
        and not _SENTENCE_END.search(top)
    )


_SENTENCE_END = re.compile(r"[。.]$")
_MIN_CODED_RECORDS = 2


def _coded_records(rows: list[list[Cell]]) -> bool:
    """Whether the rows that hold figures all open with their printed code (「○○○ ○○支援の
    充」): a row opening without one and holding no figure is then no record of its own."""
    figured = [r for r in rows if any(_kind(c.text) == "number" for c in r[1:])]
    return len(figured) >= _MIN_CODED_RECORDS and all(
        r[0].text and leading_numbering(r[0].text) is not None for r in figured
    )


def _numbered_rest(row: Sequence[Cell], above: Sequence[Cell]) -> bool:
    """「実」 under 「○○○ ○○支援の充」: a line opening without a code under a coded record
    whose first cell it goes on (the record's code column wrapped too)."""
    return (
        bool(above)
        and bool(above[0].text)
        and leading_numbering(above[0].text) is not None
        and leading_numbering(row[0].text) is None
    )


def _name_wraps_on(above: str, first: str) -> bool:
    """「【拡充】 架空駅前広場再整」 over 「備事業」: a name that ends like no project,
    its status mark passed over, whose line below completes it to one: the name wrapped in
    its column (and so may the row's other cells beside it)."""
    top = strip_leading_status_mark(above.strip())
    return (
        bool(top)
        and not looks_like_project(top)
        and looks_like_project(top + first.strip())
    )


def _join_wrapped_cells(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A row whose cells ran onto the lines under it (a long name, a description wrapped in
    its column): a line with its first cell blank, text only under cells of the row above
    that hold text, and nothing where that row holds figures, is the rest of those cells.
    The row above holds a figure, or opens with its printed number and the line is a
    wrapped piece of one cell (`_wrapped_piece`): a row of its own, not a group label."""
    joined: list[list[Cell]] = []
    coded = _coded_records(rows)
    for row in rows:
        above = joined[-1] if joined else None
        filled = [k for k, c in enumerate(row) if c.text]
        if (
            above is None
            or (
                row[0].text
                and not (coded and _numbered_rest(row, above))
                and not _name_wraps_on(above[0].text, row[0].text)
            )
            or not filled
            or filled[-1] >= len(above)
            or any(_kind(row[k].text) != "text" or _kind(above[k].text) != "text" for k in filled)
            or not (
                any(_kind(c.text) == "number" for c in above)
                or _wrapped_piece(row, above)
                or _coded_cell_piece(row, above)
            )
        ):
            joined.append(row)
            continue
        for k in filled:
            top = above[k]
            above[k] = Cell(top.text + row[k].text, top.start, row[k].end)
    return joined
