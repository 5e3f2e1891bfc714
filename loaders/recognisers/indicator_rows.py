"""Indicator tables read line by line from their words rather than from their cells: a
space table whose rows the structure split astray, flat rows of a name and values, runs of
lines led by a kind, values stacked under their names, and columns of kinds printed as lines.

They are kept together because they all rebuild a table's rows from the words of its lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, labels_of
from loaders.recognisers.indicator_values import (
    _CONTINUATION_MAX,
    _KINDS,
    _LEADING_NUMBER,
    _MARKS,
    _SHORT_WORD,
    _WORD,
    _WORD_CHAR,
    _WRAPPED_LINES,
    _bare_name,
    _Column,
    _column,
    _cue_column,
    _filled,
    _is_clause,
    _is_number,
    _kind_of,
    _kind_of_blank,
    _observation,
    _observed,
    _untyped,
    _wrapped_rest,
    _year_alone,
    derived_tail,
    kind_labels,
)
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block, Cell
from loaders.text.normalize import fold_width

_FLAT_VALUE = re.compile(r"^[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$")


def _from_flat_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table PDF extraction flattened into words: a header line of labels with an
    indicator column and one year (「No. 取組項目 … 指標 令和5年度 効果額 評価」), under it
    the kinds that year spans (「目標 実績 (千円)」), then numbered rows whose indicator is
    the word right before as many values as there are kinds. A wrapped name's rest, printed
    on the next line, is left out: the name is read up to its unclosed bracket."""
    year: int | None = None
    columns: list[_Column] = []
    for block in doc.blocks:
        if block.kind == "table":
            year, columns = None, []
            continue
        text = doc.folded[block.start : block.end]
        words = [
            Cell(m.group(), block.start + m.start(), block.start + m.end())
            for m in _WORD.finditer(text)
        ]
        labels = [field_of(w.text, exact=True) for w in words]
        years = [y for w in words if (y := _year_alone(w.text, context)) is not None]
        if "indicator" in labels and len(years) == 1:
            year, columns = years[0], []
            continue
        if year is not None and not columns:
            kinds = [_KINDS[f] for f in labels if f in _KINDS]
            if len(kinds) >= 2 and all(
                f in _KINDS or _BRACKETED_ONLY.match(w.text)
                for f, w in zip(labels, words, strict=True)
            ):
                columns = [_Column(0, kind, year) for kind in kinds]
                continue
            year = None
            continue
        if not columns:
            continue
        if block.number is None or not block.number.isdigit():
            if len(text.strip()) > _CONTINUATION_MAX or "。" in text:
                year, columns = None, []
            continue
        yield from _flat_row(doc, words[1:], columns, context)


_BRACKETED_ONLY = re.compile(r"^[(（][^()（）]*[)）]$")


def _flat_row(
    doc: StructuredDocument, words: list[Cell], columns: list[_Column], context: int | None
) -> Iterator[Observation]:
    width = len(columns)
    at = next(
        (i for i in range(1, len(words) - width + 1)
         if all(_FLAT_VALUE.match(w.text) for w in words[i : i + width])),
        None,
    )  # fmt: skip
    if at is None or _FLAT_VALUE.match(words[at - 1].text):
        return
    name = words[at - 1]
    opened = name.text.rfind("(")
    if opened > 0 and ")" not in name.text[opened:]:
        name = Cell(name.text[:opened], name.start, name.start + opened)
    name = _bare_name(name) or name
    for column, value in zip(columns, words[at : at + width], strict=True):
        observation = _observation(doc, name, value, column, context)
        if observation is not None:
            yield observation


def _header_columns(
    labels: list[str], context: int | None, *, dated: bool = True
) -> list[_Column]:
    """「成果指標 R5実績 R6見込 R7目標」: an indicator label, then one dated kind per column.
    Not `dated` (a table's header, whose columns are sure), a kind need not print a year."""
    if len(labels) < (3 if dated else 2) or field_of(labels[0].strip(_MARKS)) != "indicator":
        return []
    labels = labels[: len(labels) - derived_tail(labels)]  # 「… R4実績 達成率」
    if _unit_after_name(labels):
        labels = [labels[0], *labels[2:]]  # 「指標名 単位 R4実績 …」: each row's unit, no value
    columns = [
        _column(label, index, context) or _cue_column(label, index, context)
        for index, label in enumerate(labels[1:])
    ]
    if any(c is None or (dated and c.year is None) for c in columns):
        return []
    return [c for c in columns if c is not None]


def _unit_after_name(labels: list[str]) -> bool:
    """「指標名 単位 …」: a header whose second label is the unit column's."""
    return len(labels) > 2 and field_of(labels[1], exact=True) == "unit"


def _from_labelled_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """Plain lines 「○○率 33.1% 34.0% 36.0%」 under a line (or a table's header) of value labels:
    a table the layout did not keep together; each line is a name and one value per label."""
    columns: list[_Column] = []
    years: list[int] = []
    undated: list[_Column] = []
    labels: list[Cell] = []  # the words of the undated header's value labels
    upper: list[str] = []  # a line of labels that may go on in the line under it
    unit = False  # the header has a unit column after the name
    tail = 0  # the header's last columns derived from the values (達成率): no values
    for index, block in enumerate(doc.blocks):
        if block.kind == "table" and block.table is not None:
            columns = _header_columns(block.table.header, context, dated=False)
            unit = _unit_after_name(block.table.header)
            tail = derived_tail(block.table.header) if columns else 0
            continue
        text = doc.folded[block.start : block.end]
        words = [
            Cell(m.group(), block.start + m.start(), block.start + m.end())
            for m in _WORD.finditer(text)
        ]
        found = _header_columns([w.text for w in words], context)
        unit = _unit_after_name([w.text for w in words]) if found else unit
        if not found and upper and len(words) == len(upper) - 1:
            # 「指標 基準値 平成30年度」 over 「(平成28年度) 目標値」: a header wrapped in its
            # cells, each label's rest under it
            joined = [upper[0], *(u + w.text for u, w in zip(upper[1:], words, strict=True))]
            found = _header_columns(joined, context)
        heads = bool(words) and field_of(words[0].text.strip(_MARKS)) == "indicator"
        upper = [w.text for w in words] if heads else []
        if found:
            columns = found
            tail = derived_tail([w.text for w in words])
            upper = []
            continue
        # 「指標名 基準値 実績値 目標値」 over 「(2019) (2022) (2024)」: the year of each kind
        # printed in brackets under it
        bracketed = [_bracketed_year(w.text, context) for w in words]
        if undated and len(bracketed) == len(undated) and all(
            y is not None and _BRACKETED_ONLY.match(w.text)
            for y, w in zip(bracketed, words, strict=True)
        ):
            columns = [_Column(c.index, c.kind, y) for c, y in zip(undated, bracketed, strict=True)]
            undated = []
            continue
        aligned = _aligned_years(doc, words, undated, labels, context)
        if aligned:
            # 「指標名 基準値 R5目標」 over 「(R2)」 printed under 基準値 alone: its year
            columns, undated = aligned, []
            continue
        own = _own_column(words)
        undated = _header_columns([w.text for w in own], context, dated=False)
        if not undated and _generic_corner(own):
            # 「区分 基準値 実績 目標値」: a corner naming no field over the names, then kinds
            undated = _header_columns(["指標", *(w.text for w in own[1:])], context, dated=False)
            undated = undated if len(undated) >= 2 and all(c.year is None for c in undated) else []
        if undated:
            columns = []
            unit = _unit_after_name([w.text for w in words])
            tail = derived_tail([w.text for w in own])
            labels = own[2:] if unit else own[1:]
            continue
        # 「令和3年度 令和4年度 令和5年度」 over 「(実績) (実績) (見込)」: a year and a kind
        # per column, the kinds printed in brackets under the years
        kinds = [_kind_of(w.text.strip("()（）")) for w in words]
        if years and len(kinds) == len(years) and all(
            k is not None and _BRACKETED_ONLY.match(w.text)
            for k, w in zip(kinds, words, strict=True)
        ):
            columns = [_Column(i, k, y) for i, (k, y) in enumerate(zip(kinds, years, strict=True))
                       if k is not None]  # fmt: skip
            years, unit, tail = [], False, 0
            continue
        years = [y for w in words if (y := _year_alone(w.text, context)) is not None]
        if len(years) < 2 or len(years) != len(words):
            years = []
        else:
            columns = []
            continue
        # 「1 ○○者数 人 98 120」: a row numbered in the table's first column, no heading
        numbered = bool(block.number and block.number.isdigit() and len(words) > 1
                        and words[0].text.rstrip(".．") == block.number)  # fmt: skip
        if numbered and columns:
            words = words[1:]
        row_kinds = ("paragraph", "heading") if block.number is None or numbered else ("paragraph",)
        if not columns or block.kind not in row_kinds or len(words) <= len(columns):
            if not _wrapped_rest(text):
                columns = []
            continue
        if tail and (len(words) <= len(columns) + tail or not all(
            _LEADING_NUMBER.match(w.text) or _kind_of_blank(w.text) for w in words[-tail:]
        )):
            columns = []
            continue
        words = words[: len(words) - tail]
        values = words[-len(columns) :]
        name_words = words[: -len(columns)]
        if unit and len(name_words) > 1 and len(name_words[-1].text) <= _SHORT_WORD:
            name_words = name_words[:-1]  # the row's unit, under the header's 単位
        # 「―」 under a year not measured yet holds a place: no value, the row goes on
        if not all(_LEADING_NUMBER.match(v.text) or _kind_of_blank(v.text) for v in values) or any(
            _is_number(w.text) for w in name_words
        ) or all(_kind_of_blank(v.text) for v in values):
            columns = []
            continue
        name = Cell(
            doc.folded[name_words[0].start : name_words[-1].end],
            name_words[0].start,
            name_words[-1].end,
        )
        reach = _WRAPPED_LINES if _filled(doc, name.end) else 1
        for following in doc.blocks[index + 1 : index + 1 + reach]:
            rest = doc.folded[following.start : following.end].strip()
            if not _wrapped_rest(rest, name.text):
                break
            # 「自主防災組織の組 78.5% …」 then 「織率」: the name's rest, wrapped in its cell
            name = Cell(name.text + rest, name.start, name.end)
        for column, value in zip(columns, values, strict=True):
            observation = _observation(doc, name, value, column, context)
            if observation is not None:
                yield observation


def _generic_corner(words: list[Cell]) -> bool:
    """「区分」, 「項目」 opening a header line: a short word naming no field, over the names."""
    return len(words) >= 3 and len(words[0].text) <= 3 and field_of(words[0].text) is None and (
        _WORD_CHAR.match(words[0].text) is not None
    )


def _aligned_years(
    doc: StructuredDocument,
    words: list[Cell],
    undated: list[_Column],
    labels: list[Cell],
    context: int | None,
) -> list[_Column]:
    """A line of bracketed years alone under a header whose labels print no year of their
    own (「基準値」 over 「(R2)」; 「R5目標」 beside it dated already): each year dates the label
    printed above it, found by display column. The columns, else [] when a word is no
    bracketed year or stands under no undated label."""
    if not undated or not words or len(labels) != len(undated) or len(words) >= len(undated):
        return []
    lone = [k for k, c in enumerate(undated) if c.year is None]
    year = _bracketed_year(words[0].text, context) if len(words) == 1 else None
    if len(lone) == 1 and year is not None and _BRACKETED_ONLY.match(words[0].text):
        # 「指標名 基準値 R3見込 R4目標」 over 「(R1)」 set flush left by the PDF's text: one
        # label alone has no year, so the one bracketed year is its, wherever printed
        return [_Column(c.index, c.kind, year if k == lone[0] else c.year)
                for k, c in enumerate(undated)]  # fmt: skip
    years = {}
    for word in words:
        year = _bracketed_year(word.text, context)
        if year is None or not _BRACKETED_ONLY.match(word.text):
            return []
        at = _display_column(doc, word.start)
        above = [
            k for k, label in enumerate(labels)
            if _display_column(doc, label.start) - 1 <= at < _display_column(doc, label.end)
        ]  # fmt: skip
        if len(above) != 1 or undated[above[0]].year is not None:
            return []
        years[above[0]] = year
    return [
        _Column(c.index, c.kind, years.get(k, c.year)) for k, c in enumerate(undated)
    ]


def _display_column(doc: StructuredDocument, position: int) -> int:
    """The display column of `position` in its line (a full-width character is two wide)."""
    line_start = doc.folded.rfind("\n", 0, position) + 1
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1
               for ch in doc.text[line_start:position])  # fmt: skip


def _own_column(words: list[Cell]) -> list[Cell]:
    """A line of a page printed in two columns carries the other column's text after its
    own (「指標名 基準値 実績値 目標値 ・有害鳥獣の捕獲…」): the words from a bullet on."""
    at = next((k for k, w in enumerate(words) if k and w.text.startswith(("・", "•"))), None)
    return words[:at] if at is not None else words


def _bracketed_year(text: str, context: int | None) -> int | None:
    """「(2019)」「(令和元年度)」 under a kind's label: the year of that kind's values."""
    inner = text.strip("()（）")
    if re.fullmatch(r"(?:19|20)[0-9]{2}", inner):
        return int(inner)
    return _year_alone(inner, context)


_KIND_WORD_MAX = 5  # 最終目標, 実績値: a kind's label is a short word


def _run_kind(text: str) -> ObservationKind | None:
    """The kind a short label in a run names (目標, 実績, 最終目標), else None."""
    kind = _kind_of(text)
    if kind is None and len(text) <= _KIND_WORD_MAX and not re.search(r"[0-9]", text):
        field = field_of(text)
        kind = _KINDS.get(field) if field else None
    return kind


def _from_kind_runs(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A sheet's indicator row printed as one run of words (a PDF's cells run together):
    「成果指標 X件数 目標 R4 30件 実績 R3 22件 R4 27件」, each kind's label followed by year
    and value pairs. A name too long for its cell goes on at the start of the next line,
    before that line's own values (「…の創 … 」 then 「業件数 最終目標 R7 35件」)."""
    lines = _physical_lines(doc)
    for i, (start, end) in enumerate(lines):
        words = _words(doc, start, end)
        if len(words) < 4 or field_of(words[0].text, exact=True) != "indicator":
            continue
        first = next((k for k in range(2, len(words)) if _run_kind(words[k].text)), None)
        if first is None:
            continue
        name_words = words[1:first]
        if any(_LEADING_NUMBER.match(w.text) or _run_kind(w.text) for w in name_words):
            continue
        name = Cell(
            doc.folded[name_words[0].start : name_words[-1].end],
            name_words[0].start,
            name_words[-1].end,
        )
        run = words[first:]
        following = _words(doc, *lines[i + 1]) if i + 1 < len(lines) else []
        if (
            following
            and field_of(following[0].text, exact=True) is None
            and not _LEADING_NUMBER.match(following[0].text)
            and not _run_kind(following[0].text)
            and len(following[0].text) <= _CONTINUATION_MAX
            and (len(following) == 1 or any(_run_kind(w.text) for w in following[1:]))
        ):
            name = Cell(name.text + following[0].text, name.start, name.end)
            run += following[1:]
        yield from _run_values(doc, name, run, context)


_STACKED_VALUE = re.compile(r"^[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9]{0,3}$")


def _from_stacked_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A header line 「指標名 基準値(R3) 目標(R7)」 (the indicator column's label, then kinds
    with their years), each row under it printed as its name on one line and its values on
    the next (a name too long for its cell in a PDF's text), or both on one line: each
    name's value under each kind. The rows end at a blank line or a line of neither form."""
    heads = tuple(label for label in labels_of("indicator") if len(label) >= 2)
    for block in doc.blocks:
        if block.kind not in ("field", "paragraph", "heading"):
            continue
        if not doc.folded.startswith(heads, block.start):
            continue  # a header line opens with the indicator column's label
        end = doc.folded.find("\n", block.start)
        end = len(doc.folded) if end < 0 else end
        labels = doc.folded[block.start : end].split()
        if len(labels) < 3 or field_of(labels[0], exact=True) != "indicator":
            continue
        columns = [_column(label, k, context) for k, label in enumerate(labels[1:])]
        if any(c is None or c.year is None for c in columns):
            continue
        yield from _stacked(doc, end + 1, [c for c in columns if c is not None], context)


def _stacked(
    doc: StructuredDocument, at: int, columns: list[_Column], context: int | None
) -> Iterator[Observation]:
    name: Cell | None = None
    while at < len(doc.folded):
        end = doc.folded.find("\n", at)
        end = len(doc.folded) if end < 0 else end
        words = _words(doc, at, end)
        at = end + 1
        if not words:
            return
        values = [w for w in words if _STACKED_VALUE.match(w.text)]
        if len(values) == len(words) == len(columns) and name is not None:
            row, name = values, name
        elif len(values) == len(columns) < len(words) and words[-len(columns) :] == values:
            head = words[: len(words) - len(columns)]
            row = values
            name = Cell(" ".join(w.text for w in head), head[0].start, head[-1].end)
        elif not values and len(words) <= 2:
            line = Cell(doc.folded[words[0].start : words[-1].end], words[0].start, words[-1].end)
            # a name wrapped onto a second line joins its first line (「週1回以上運動する」
            # over 「市民の割合」)
            name = Cell(name.text + line.text, name.start, line.end) if name else line
            continue
        else:
            return
        if _is_number(name.text) or _is_clause(name.text):
            return
        for cell, column in zip(row, columns, strict=True):
            observation = _observation(doc, name, cell, column, context)
            if observation is not None:
                yield observation
        name = None


def _physical_lines(doc: StructuredDocument) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line as printed: the reader may split one line into
    several fields (「活動指標 X 目標 R4 60人」), a run reads it whole."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in doc.folded.split("\n"):
        if line.strip():
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _words(doc: StructuredDocument, start: int, end: int) -> list[Cell]:
    return [
        Cell(m.group(), start + m.start(), start + m.end())
        for m in _WORD.finditer(doc.folded[start:end])
    ]


def _run_values(
    doc: StructuredDocument, name: Cell, run: list[Cell], context: int | None
) -> Iterator[Observation]:
    """The kind label, then year and value pairs, until a word of another kind."""
    kind: ObservationKind | None = None
    year: int | None = None
    for word in run:
        if (found := _run_kind(word.text)) is not None:
            kind, year = found, None
        elif (dated := _year_alone(word.text, context)) is not None:
            year = dated
        elif kind is not None and year is not None and _LEADING_NUMBER.match(word.text):
            observation = _observation(doc, name, word, _Column(0, kind, year), context)
            if observation is not None:
                yield observation
            year = None
        else:
            return


def _word_rows(doc: StructuredDocument, block: Block, context: int | None) -> list[Observation]:
    """A space-aligned table whose rows the reader split into other cells than its header
    (full-width padding, a single space between labels): 「指標名 単位 基準値(H30) R4実績 R6見込み
    R7目標」 over 「○○率 % 18.4 20.1 20.6 21.0 24.0」. Each line read as words: the name, its
    unit when the header has a unit column after the name, then one value per kind label."""
    table = block.table
    if table is None or all(len(row) == len(table.header) for row in table.rows):
        return []
    lines = [
        (start, line)
        for start, line in _lines_of(doc.folded, block.start, block.end)
        if line.strip()
    ]
    if len(lines) < 2:
        return []
    head = [w.group() for w in _WORD.finditer(lines[0][1])]
    if len(head) < 3 or field_of(head[0].strip(_MARKS)) != "indicator":
        return []
    unit = field_of(head[1], exact=True) == "unit"
    labels = head[2:] if unit else head[1:]
    columns = [_column(label, index, context) for index, label in enumerate(labels)]
    if len(columns) < 2 or any(c is None for c in columns):
        return []
    found: list[Observation] = []
    for start, line in lines[1:]:
        words = [Cell(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(line)]
        rest = len(words) - len(columns) - (1 if unit else 0)
        values = words[len(words) - len(columns) :]
        if rest < 1 or not all(_FLAT_VALUE.match(w.text) for w in values):
            return []
        if unit and (_LEADING_NUMBER.match(words[rest].text) or len(words[rest].text) > 4):
            return []
        name = _untyped(Cell(doc.folded[words[0].start : words[rest - 1].end], words[0].start,
                             words[rest - 1].end))  # fmt: skip
        if _LEADING_NUMBER.match(name.text):
            return []
        for column, value in zip(columns, values, strict=True):
            if column is not None:
                found += _observed(doc, name, value, column, context)
    return found


def _lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Each line of text[start:end] with its offset."""
    at = start
    for line in text[start:end].split("\n"):
        yield at, line
        at += len(line) + 1


def _from_kind_named_rows(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table headed by its years alone, the corner left blank (「　　 R2 R3 … R6」), whose
    rows each print a name and one value per year, one name at least led by a kind's word
    (「計画○○数 50 48 …」 over 「○○数 51 − …」): a plan against its results. A row led
    by a kind's word is of that kind; any other row's values are actuals up to the document's
    year (the later years are left blank until they come). Amounts of money are no such row."""
    words = kind_labels()
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or len(table.header) < 2:
            continue
        corner = not table.header[0].strip()
        header = table.header[1:] if corner else table.header
        years = [_year_alone(label, context) for label in header]
        if any(year is None for year in years):
            continue
        rows = [row for row in table.rows if len(row) == len(years) + 1]
        kinds = [_kind_led(row[0].text, words) for row in rows]
        caption = doc.folded[: block.start].rstrip().rsplit("\n", 1)[-1]
        money = "円" in caption or any(field_of(row[0].text) == "budget" for row in rows)
        if not rows or not any(kinds) or money or any("円" in c.text for r in rows for c in r):
            continue  # 「計画事業費」 under 「（単位：千円）」: amounts of money are a budget's
        for row, kind in zip(rows, kinds, strict=True):
            if not row[0].text.strip() or _is_number(row[0].text):
                continue
            for index, (cell, year) in enumerate(zip(row[1:], years, strict=True), start=1):
                if year is None or (kind is None and context is not None and year > context):
                    continue
                column = _Column(index, kind or "actual", year)
                observation = _observation(doc, row[0], cell, column, context)
                if observation is not None:
                    yield observation


def _kind_led(name: str, words: tuple[str, ...]) -> ObservationKind | None:
    """「計画○○数」: a kind's word leading a name of more words (not 「計画(○○率)」, a kind
    and the name it is of in brackets, nor a kind's label alone)."""
    for word in words:
        rest = name[len(word) :]
        if name.startswith(word) and rest and _WORD_CHAR.match(rest) and rest[0] not in "(（":
            return _kind_of(word)
    return None


def _from_kind_column_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table PDF text set out with single spaces: a header line 「指標名(単位) 区分 令和元年度
    令和2年度 令和3年度」 (an indicator label, perhaps the label of a kind column, then years),
    then lines 「○○数(人) 目標 5 5 5」 and 「実績 7 6」: a name (after a label such as
    活動指標1), a kind's word, and values under the years from the left; a line that starts
    with its kind goes on with the name above. The rows end at the first other line."""
    for block in doc.blocks:
        if block.kind == "table":
            continue
        years = _kind_column_header(doc.folded[block.start : block.end], context)
        if not years:
            continue
        name: Cell | None = None
        for following in doc.blocks[block.index + 1 :]:
            row = _kind_column_row(doc, following, len(years))
            if following.kind == "table" or row is None:
                break
            named, kind, values = row
            name = named or name
            if name is None:
                break
            for index, (value, year) in enumerate(zip(values, years, strict=False), start=1):
                observation = _observation(doc, name, value, _Column(index, kind, year), context)
                if observation is not None:
                    yield observation


_KIND_HEADER_MAX = 80


def _kind_column_header(line: str, context: int | None) -> list[int]:
    """The years of a header line 「指標名 [区分] 年 年 …」, else []."""
    if len(line) > _KIND_HEADER_MAX:
        return []  # a sentence, no header (and no need to split it)
    words = line.split()
    if len(words) < 3 or field_of(words[0].strip(_MARKS), exact=True) != "indicator":
        return []
    rest = words[2:] if _year_alone(words[1], context) is None else words[1:]
    years = [_year_alone(w, context) for w in rest]
    if len(years) < 2 or any(y is None for y in years):
        return []
    return [y for y in years if y is not None]


def _kind_column_row(
    doc: StructuredDocument, block: Block, width: int
) -> tuple[Cell | None, ObservationKind, list[Cell]] | None:
    """「活動指標1 ○○数(か所) 目標 3 4 5」 → (○○数(か所), target, values); 「実績 3 4」 →
    (None, actual, values); None for a line of another shape."""
    line = doc.folded[block.start : block.end]
    words = [Cell(m.group(), block.start + m.start(), block.start + m.end())
             for m in _WORD.finditer(line)]  # fmt: skip
    at = next((k for k, w in enumerate(words) if _kind_of(w.text) is not None), None)
    if at is None:  # 「○○数(人)目標」: the kind run onto the name's closing bracket
        for k, word in enumerate(words):
            glued = re.fullmatch(r"(?P<name>.+[)）])(?P<kind>[^()（）0-9]{2,4})", word.text)
            if glued is not None and _kind_of(glued.group("kind")) is not None:
                cut = word.start + glued.end("name")
                words[k : k + 1] = [Cell(glued.group("name"), word.start, cut),
                                    Cell(glued.group("kind"), cut, word.end)]  # fmt: skip
                at = k + 1
                break
    if at is None:
        return None
    kind = _kind_of(words[at].text)
    values = words[at + 1 :]
    if kind is None or not values or len(values) > width:
        return None
    if not all(_LEADING_NUMBER.fullmatch(v.text) or _kind_of_blank(v.text) for v in values):
        return None
    named = words[:at]
    head = fold_width(named[0].text) if named else ""
    if len(named) > 1 and head[-1].isdigit() and field_of(head.rstrip("0123456789")) == "indicator":
        named = named[1:]  # 「活動指標1」, 「重点指標2」: the row's label, no part of its name
    if not named:
        return None, kind, values
    if any(_LEADING_NUMBER.fullmatch(w.text) for w in named):
        return None  # a figure among the name's words: no row of this shape
    start, end = named[0].start, named[-1].end
    return Cell(doc.folded[start:end], start, end), kind, values
