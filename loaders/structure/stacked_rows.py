"""Tables whose text came out row by row, a line per cell, long cells wrapped over lines.

A PDF's text layer (pdfminer, PyMuPDF, a viewer's copy) often gives a ruled table one cell
at a time: the header's labels a line each (a label too wide for its column broken over
two: 推進 / 項目 / No.), then each row's cells in reading order, a long cell wrapped at its
column's width over several lines (「○○団体等からの提案を / 受け、市と○○で事業を /
実施する。」). Read line by line, every cell is a heading or a paragraph and no recogniser
sees a table.

The layout shows itself by its rows: numbered 1, 2, 3 … on a line of their own, each ending
in the same count of short values (figures, grades, 「－」) a line each; a line printing a
code and a name between rows (「Ⅰ-1 名称」) groups the rows under it. Between a row's number
and its values sit its word columns: a unit's name alone on its line in a column whose label
names the unit in charge, and wrapped words split into their columns where a cell's
sentence ends (「。」) rather than where a line ran to its column's edge.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from loaders.field_vocabulary import field_of
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.structure.cell_labels import number_label
from loaders.structure.column_runs import no_cell
from loaders.structure.tables import printed_width
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import Line
from loaders.text.policy_codes import find_leading_code

_MAX_CELL_LINE = 40  # characters: a longer line is running text, no wrapped cell
_MAX_LABEL = 16  # characters of a header label's line
_MIN_COLUMNS = 4
_MIN_KNOWN = 3  # header labels the field vocabulary knows
_MAX_ROW_LINES = 60
_ROW_NUMBER = re.compile(r"^[0-9]{1,3}$")
# a row's own code alone on its line, numbered within its group (「1-1」, 「1-2」 under 基本方針1)
_ROW_CODE = re.compile(r"^(?P<head>(?:[0-9]{1,3}-)+)(?P<last>[0-9]{1,3})$")
# one short value a line: a figure with a counter word (「5協議会」, 「412百万円」, 「98.6%」),
# a grade (A, S, ◎), a mark for none (「－」)
_SHORT_VALUE = re.compile(
    r"^(?:[△▲+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?\s*[^\s0-9]{0,4}"
    r"|[A-ESa-e][+\-]?|[◎○◯△×▲●]|[-‐―—–ー−－…/／]|なし|該当なし)$"
)
_SUB_LABEL = re.compile(r"^[(（].*[)）]$")
_COUNTER = "No."
_SENTENCE_END = ("。", "）", ")")
_UNIT_FIELDS = ("division", "department")
# the costs of reading two lines of words as one cell or as two
_JOIN_AFTER_SENTENCE = 3
_JOIN_AFTER_SHORTER = 2
_SPLIT_AFTER_FULL = 1
_SHORTER_BY = 2  # printed places: a line this much shorter than the next ended its cell


def _opener(text: str) -> bool:
    """A row's number or code alone on its line (「3」, 「1-2」)."""
    text = text.strip()
    return bool(_ROW_NUMBER.match(text) or _ROW_CODE.match(text))


def _successor(text: str) -> str:
    """The opener of the row after the one `text` opens: 3 → 4, 1-2 → 1-3."""
    text = text.strip()
    if (coded := _ROW_CODE.match(text)) is not None:
        return coded.group("head") + str(int(coded.group("last")) + 1)
    return str(int(text) + 1)


def _year_alone(text: str) -> bool:
    """「R5」, 「令和6年度」: a line that prints a year and nothing else."""
    mentions = year_mentions(text)
    return len(mentions) == 1 and not text[: mentions[0].start] + text[mentions[0].end :]


def _short_value(text: str) -> bool:
    return bool(_SHORT_VALUE.match(text.strip()))


def _group_line(text: str) -> bool:
    """「Ⅰ-1 ○○の推進」: a code with a name, grouping the rows under it."""
    found = find_leading_code(text.strip())
    return (
        found is not None
        and bool(found.label)
        and (len(found.code.parts) > 1 or bool(found.prefix))
    )


def _cell(lines: Sequence[Line]) -> Cell:
    texts = [ln.text.strip() for ln in lines]
    start = lines[0].start + (len(lines[0].text) - len(lines[0].text.lstrip()))
    end = lines[-1].start + len(lines[-1].text.rstrip())
    return Cell("".join(texts), start, end)


def _header_cells(
    lines: Sequence[Line], labels: frozenset[str], *, dated: bool = False
) -> list[Cell]:
    """The header's lines as its labels: a bracketed sub-label (「(R3)」, 「（千円）」) or a
    number word (No.) goes with the label before it, and so does a fragment that together
    with it makes a known label (推進 / 項目) when they are not both labels of their own.
    `dated`: a year alone on its line heads the label under it too (「R5」 / 「評価」)."""
    groups: list[list[Line]] = []
    for line in lines:
        text = line.text.strip()
        if groups:
            before = "".join(ln.text.strip() for ln in groups[-1])
            joined = before + text
            if (
                _SUB_LABEL.match(text)
                or number_label(text)
                or (joined in labels and not (before in labels and text in labels))
                or (dated and len(groups[-1]) == 1 and _year_alone(before) and _known(text))
            ):
                groups[-1].append(line)
                continue
        groups.append([line])
    return [_cell(group) for group in groups]


@lru_cache(maxsize=4096)
def _known(label: str) -> bool:
    return field_of(label) is not None


def _cut(line: Line) -> bool:
    """A line no table of this kind holds: blank, a page's number, a note, a line of running
    text or of cells set apart by gaps."""
    text = line.text.strip()
    return not text or len(text) > _MAX_CELL_LINE or no_cell(text)


def _cell_cost(lines: Sequence[Line], unit: bool) -> float:
    if unit:
        if len(lines) > 2 or unit_kind("".join(ln.text.strip() for ln in lines)) is None:
            return float("inf")
        return len(lines) - 1
    cost = 0.0
    for before, after in itertools.pairwise(lines):
        text = before.text.strip()
        if text.endswith(_SENTENCE_END):
            cost += _JOIN_AFTER_SENTENCE
        elif printed_width(text) + _SHORTER_BY < printed_width(after.text.strip()):
            cost += _JOIN_AFTER_SHORTER
    return cost


def _split_cost(before: Line, lines: Sequence[Line]) -> float:
    """Ending a cell after `before`: free after a sentence's end or a line shorter than the
    widest of the words, else a small cost (the line may have run to its column's edge)."""
    text = before.text.strip()
    if text.endswith(_SENTENCE_END):
        return 0
    widest = max(printed_width(ln.text.strip()) for ln in lines)
    return _SPLIT_AFTER_FULL if printed_width(text) + _SHORTER_BY >= widest else 0


def _word_cells(lines: Sequence[Line], units: Sequence[bool]) -> list[Cell] | None:
    """`lines` split into one cell per column (`units[c]`: the column holds a unit's name),
    at the least cost; None when they do not divide so."""
    count, size = len(units), len(lines)
    if size < count:
        return None
    inf = float("inf")
    # best[c][p]: the cost of the first p lines as the first c cells; back[c][p]: the split
    best = [[inf] * (size + 1) for _ in range(count + 1)]
    back = [[0] * (size + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for c in range(1, count + 1):
        for p in range(c, size - (count - c) + 1):
            for q in range(c - 1, p):
                if best[c - 1][q] == inf:
                    continue
                cost = best[c - 1][q] + _cell_cost(lines[q:p], units[c - 1])
                if p < size:
                    cost += _split_cost(lines[p - 1], lines)
                if cost < best[c][p]:
                    best[c][p], back[c][p] = cost, q
    if best[count][size] == inf:
        return None
    cells: list[Cell] = []
    p = size
    for c in range(count, 0, -1):
        q = back[c][p]
        cells.append(_cell(lines[q:p]))
        p = q
    return cells[::-1]


def _values_end(lines: Sequence[Line], start: int, values: int, following: str) -> int | None:
    """Where the row opened at `start` ends (`following`: the next row's opener): after the
    first run of short values that follows its words, `values` long or longer (a word cell
    printing a mark for none, 「―」, runs into it), and is followed by the next row, a group
    line, words or the table's end."""
    limit = min(len(lines), start + _MAX_ROW_LINES)
    k = start + 2
    while k + values <= limit:
        if _cut(lines[k]):
            return None
        if _short_value(lines[k].text) and not _short_value(lines[k - 1].text):
            end = k
            while (
                end < limit
                and not _cut(lines[end])
                and _short_value(lines[end].text)
                and lines[end].text.strip() != following
            ):
                end += 1
            if end - k >= values and (
                end >= len(lines)
                or _cut(lines[end])
                or lines[end].text.strip() == following
                or not _short_value(lines[end].text)
            ):
                return end
        k += 1
    return None


def _value_count(lines: Sequence[Line], first: int) -> int:
    """How many short values end each row: the fewest that end a row followed by the next
    (a row's last word cell may itself be short, never that of every row)."""
    counts = []
    opener, k = lines[first].text.strip(), first
    while True:
        following = _successor(opener)
        nxt = k + 1
        while (
            nxt < len(lines)
            and nxt - k < _MAX_ROW_LINES
            and not _cut(lines[nxt])
            and lines[nxt].text.strip() != following
        ):
            nxt += 1
        if nxt >= len(lines) or lines[nxt].text.strip() != following:
            break
        end = nxt
        while end > k + 1 and _group_line(lines[end - 1].text):
            end -= 1
        run = 0
        while end - run - 1 > k and _short_value(lines[end - run - 1].text):
            run += 1
        counts.append(run)
        opener, k = following, nxt
    return min(counts) if counts else 0


def stacked_row_table(
    lines: Sequence[Line], i: int, labels: frozenset[str]
) -> tuple[int, list[Line | Table]] | None:
    """The table printed a cell a line from line `i` (its header's first label) on, as
    (the line after it, its parts): a group line between rows (「Ⅰ-1 名称」) heads the rows
    under it, so the table comes in parts under their group lines, read as headings. None
    when the lines from `i` do not make such a table."""
    if _cut(lines[i]) or _opener(lines[i].text):
        return None
    j = i
    while (
        j < len(lines)
        and j - i < 3 * _MAX_LABEL
        and not _cut(lines[j])
        and len(lines[j].text.strip()) <= _MAX_LABEL
        and not _opener(lines[j].text)
        and not _group_line(lines[j].text)
    ):
        j += 1
    first = j
    while first < len(lines) and not _cut(lines[first]) and _group_line(lines[first].text):
        first += 1
    if first >= len(lines) or not _opener(lines[first].text):
        return None
    plain = _header_cells(lines[i:j], labels)
    dated = _header_cells(lines[i:j], labels, dated=True)
    # a year over a label (「R5」 / 「評価」) is one column's header only when the rows say so
    for header in (plain, dated) if len(dated) < len(plain) else (plain,):
        if (read := _rows_under(lines, header, j, first)) is not None:
            return read
    return None


def _rows_under(
    lines: Sequence[Line], header: list[Cell], j: int, first: int
) -> tuple[int, list[Line | Table]] | None:
    """The rows from line `j` on under `header`, the first row opened at line `first`."""
    if any(find_leading_code(c.text) for c in header):
        return None  # 「2 取組ごとの状況」: a numbered heading over the table, no label
    if len(header) < _MIN_COLUMNS or sum(_known(c.text) for c in header) < _MIN_KNOWN:
        return None
    values = _value_count(lines, first)
    words = len(header) - 1 - values
    if values < 1 or words < 1:
        return None
    units = [field_of(c.text) in _UNIT_FIELDS for c in header[1 : 1 + words]]
    parts: list[Line | Table] = []
    rows: list[list[Cell]] = []
    k, opener, read = j, lines[first].text.strip(), 0
    end = j
    while k < len(lines):
        groups = []
        while k < len(lines) and not _cut(lines[k]) and _group_line(lines[k].text):
            groups.append(lines[k])
            k += 1
        if k >= len(lines) or lines[k].text.strip() != opener:
            break
        row_end = _values_end(lines, k, values, _successor(opener))
        if row_end is None:
            break
        cells = _word_cells(lines[k + 1 : row_end - values], units)
        if cells is None:
            break
        if groups:  # the rows under a group line are a part of their own, headed by it
            if rows:
                parts.append(_part(header, rows))
            parts.extend(groups)
            rows = []
        values_cells = [_cell([ln]) for ln in lines[row_end - values : row_end]]
        rows.append([_cell([lines[k]]), *cells, *values_cells])
        read += 1
        opener = _successor(opener)
        k = end = row_end
    if read < 2:
        return None
    parts.append(_part(header, rows))
    return end, parts


def _part(header: list[Cell], rows: list[list[Cell]]) -> Table:
    """One part of the table. Its first column counts the rows on across group lines and
    pages (1, 2 under Ⅰ-1, then 3 under Ⅰ-2): a counter, whatever its label says
    (「推進項目No.」), so it is labelled as one and read as no code of the rows."""
    labels = [_COUNTER, *(c.text for c in header[1:])]
    return Table(header=labels, rows=rows, header_cells=list(header))
