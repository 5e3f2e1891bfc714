"""The main indicator table reader: a table with an indicator (name) column and value
columns dated by their cells or headers, with the header, caption and legend rules that
date and type its columns, a last row the layout wrapped, a target year printed above the
table, and tables keyed by a measure in their first column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import cast

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.recognisers.indicator_values import (
    _KINDS,
    _LEADING_NUMBER,
    _SHORT_WORD,
    _WRAPPED_LINES,
    _YEAR_ONLY_REST,
    _Column,
    _column,
    _cue_column,
    _field_words,
    _filled,
    _is_bare_year,
    _is_number,
    _kind_of,
    _observation,
    _observed,
    _untyped,
    _wrapped_rest,
    _year_alone,
    _year_then_kind,
    derived_tail,
    unmarked,
)
from loaders.recognisers.kind_legends import caption_kind_years, kind_years, label_years
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell, Table
from loaders.structure.numbering_columns import numbering_columns
from loaders.text.fiscal_year import year_mentions
from loaders.text.quantities import find_quantities, parse_quantity


def _target_year_above(
    doc: StructuredDocument, table: Table, observations: list[Observation], context: int | None
) -> list[Observation]:
    """A table's targets printed without a year, under a caption that names the one year
    they are set for (「成果指標（目標年度：令和9年度）」, 「■指標（令和9年度目標）」): that
    year."""
    if not any(o.kind == "target" and o.fiscal_year is None for o in observations):
        return observations
    block = next((b for b in doc.blocks if b.table is table), None)
    above = doc.blocks[block.index - 1] if block is not None and block.index > 0 else None
    if above is None or above.kind == "table":
        return observations
    caption = doc.folded[above.start : above.end]
    years = {m.year for m in year_mentions(caption, context=context) if m.kind != "date"}
    if len(years) != 1 or not any(cue in caption for cue in _caption_cues("target")):
        return observations
    year = years.pop()
    return [
        replace(o, fiscal_year=year) if o.kind == "target" and o.fiscal_year is None else o
        for o in observations
    ]


@cache
def _caption_cues(kind: str) -> tuple[str, ...]:
    """Words of a caption over an indicator table naming the year of its values of `kind`
    (`mkf:captionCue` in ontology/fields.ttl): data, not code."""
    return tuple(word for concept, word in _field_words("captionCue") if concept == kind)


def _wrapped_last(
    doc: StructuredDocument, table: Table, observations: list[Observation]
) -> list[Observation]:
    """The values of a table whose last row's name ran on under it, onto lines the reader
    left out of the table (「架空鳥獣によ ○,○○○ …」 then 「る農作物被害」 「額(千円)」): that row's
    name read whole."""
    if not table.rows or not table.rows[-1] or not observations:
        return observations  # a last row with no cells has no name to run on
    row = table.rows[-1]
    block = next((b for b in doc.blocks if b.table is table), None)
    names = [o.evidence["indicator"] for o in observations if "indicator" in o.evidence]
    last = [n for n in names if row[0].start <= n.start < row[-1].end]
    if block is None or not last or not _filled(doc, last[0].end):
        return observations
    rest = ""
    for following in doc.blocks[block.index + 1 : block.index + 1 + _WRAPPED_LINES]:
        text = doc.folded[following.start : following.end].strip()
        if following.kind == "table" or not _wrapped_rest(text, rest or None):
            break
        rest += text
    if not rest:
        return observations
    start, end = row[0].start, row[-1].end
    return [
        replace(o, indicator=o.indicator + rest)
        if "indicator" in o.evidence and start <= o.evidence["indicator"].start < end
        else o
        for o in observations
    ]


def _blank_column(table: Table, column: int) -> bool:
    """No row prints anything in the column (rows of another shape, one or two cells, aside)."""
    rows = [r for r in table.rows if len(r) > column + 2]
    return bool(rows) and all(not r[column].text.strip() for r in rows)


def _read_table(doc: StructuredDocument, table: Table, context: int | None) -> list[Observation]:
    name_column = table.column(lambda label: field_of(label) == "indicator")
    if name_column is not None and _blank_column(table, name_column):
        # 「重要業績評価指標（KPI） | 指標（単位） | …」: a label spanning the rows down the
        # side, its column blank; the names in the next indicator column
        later = [k for k, label in enumerate(table.header)
                 if k > name_column and field_of(label) == "indicator"]  # fmt: skip
        name_column = later[0] if later else name_column
    if name_column is None:
        name_column = table.column(_levels_down_to_indicator)
    if name_column is None:
        name_column = _names_beside_kinds(table)
    if name_column is None:
        name_column = _names_before_dated_kinds(table, context)
    if name_column is None:
        return []
    columns = _figures_over_prose(table, _value_columns(table, context,
                                                        _named_kind(table.header[name_column])))
    numbered = numbering_columns(table)  # 「目標 1」 left of the names: the goal's number
    columns = [c for c in columns if not (c.index < name_column and c.index in numbered)]
    columns = _section_dated(doc, table, columns, context)
    columns = _legend_dated(doc, columns, table)
    columns = _plan_years(doc, table, columns, context)
    columns = _reported_year(table, columns, name_column, context)
    # 指標(単位): the header says each name's bracket is its unit, no part of the name
    units = _unit_qualified(table.header[name_column])
    ended = units or _names_end_in_units(table, name_column)  # 「○○率（％）」 row by row
    # a column headed with its own kind (基準値(令和元年度)) keeps it on every row
    labelled = [field_of(label) in _KINDS for label in table.header]
    # 指標名 | 年度 | 目標 | 実績: a column of years dates each row's undated values
    year_column = table.column(lambda label: field_of(label, exact=True) == "fiscalYear")
    # 基準値 over 年度 | 値: the year column of one kind dates that kind's values
    kind_years = {
        _KINDS[kind]: index
        for index, label in enumerate(table.header)
        if (kind := _kind_year_label(label)) is not None
    }
    # 「基準値 | (年度)」: a bracketed 年度 right after a kind's column dates that kind's values
    for index, label in enumerate(table.header[1:], start=1):
        bare = label.strip()
        kind = field_of(table.header[index - 1])
        if bare[:1] in "(（" and bare[-1:] in ")）" and kind in _KINDS and (
            field_of(bare[1:-1].strip(), exact=True) == "fiscalYear"
        ):
            kind_years.setdefault(_KINDS[kind], index)
    found: list[Observation] = []
    previous: list[Cell] = []
    for number, printed in enumerate(table.rows):
        row = _spanned(_refilled(printed, len(table.header), name_column), previous,
                       len(table.header))  # fmt: skip
        previous = row
        if name_column >= len(row):
            continue
        after = table.rows[number + 1] if number + 1 < len(table.rows) else None
        name = _untyped(_name_run_on(row, after, name_column, units=ended))
        if units:
            name = _without_unit(name)
        if not name.text or _is_number(name.text) or _compound(row, columns):
            continue
        if _kind_of(unmarked(name.text)) is not None:
            continue  # 「◆目標値」: a row of one kind under a chart, the indicator named above
        kind = _row_kind(row, name_column, columns)
        row_year = _cell_year(row, year_column, context)
        for column in columns:
            if column.index < len(row) and column.index != name_column:
                if kind is not None and column.year is not None and not labelled[column.index]:
                    column = _Column(column.index, kind, column.year)
                own_year = _cell_year(row, kind_years.get(column.kind), context)
                if own_year is not None and not year_mentions(table.header[column.index]):
                    column = _Column(column.index, column.kind, own_year)  # the row's own
                elif column.year is None and (own_year or row_year) is not None:
                    column = _Column(column.index, column.kind, own_year or row_year)
                if (pair := _paired_values(table.header[column.index], row[column.index])):
                    # 「R5 実績／目標」 over 「15／14」: each value of its kind, the same year
                    for kind, cell in pair:
                        paired = _observation(doc, name, cell, _Column(column.index, kind,
                                              column.year), context)  # fmt: skip
                        if paired is not None:
                            found.append(_in_yen(paired, row, cell))
                    continue
                observation = _observation(doc, name, row[column.index], column, context)
                if observation is not None:
                    found.append(_in_yen(observation, row, row[column.index]))
                    found += _bracketed_kind(doc, name, row[column.index], observation, context)
    return found


_SLASH = re.compile(r"\s*[/／]\s*")


def _paired_values(label: str, cell: Cell) -> list[tuple[ObservationKind, Cell]]:
    """A column whose label names two kinds apart by a slash (「R4 実績／目標」) and a cell of
    two values apart by one (「12／12」, 「13（見込）／16」): each value with its kind."""
    kinds = [_kind_of(part.split()[-1]) for part in _SLASH.split(label) if part.split()]
    pieces = _SLASH.split(cell.text)
    if len(kinds) != 2 or None in kinds or len(pieces) != 2:
        return []
    found = []
    at = cell.start
    for kind, piece in zip(kinds, pieces, strict=True):
        start = cell.text.find(piece, at - cell.start) + cell.start
        found.append((cast(ObservationKind, kind), Cell(piece, start, start + len(piece))))
        at = start + len(piece)
    return found


def _levels_down_to_indicator(label: str) -> bool:
    """「基本目標／具体的施策／KPI」: one column for the rows of every level of a plan, the
    levels' labels run together, the last naming the indicators the value rows print. Set
    apart by 「・」 (「基本目標・施策・指標」), every label before the last names a level."""
    parts = [p.strip() for p in re.split(r"[/／]", label)]
    if len(parts) < 2:
        parts = [p.strip() for p in label.split("・")]
        if any(field_of(p, exact=True) != "policy" for p in parts[:-1]):
            return False
    return len(parts) >= 2 and all(parts) and field_of(parts[-1], exact=True) == "indicator"


_RUN_ON_MAX = 4  # characters of a name's rest wrapped onto a row of its own


def _name_run_on(row: list[Cell], after: list[Cell] | None, column: int, *, units: bool) -> Cell:
    """A name whose rest wrapped onto the next row, that row printing nothing else (a boxed
    table's row over two lines: 「○○年間時間外勤務 | 192 | 176」 over 「時間（時間） | | 」): the
    name and its rest. The rest is known as such where the header puts each name's unit in
    brackets and only the rest ends with one, or where it is a few characters only."""
    cell = row[column]
    if after is None or column >= len(after) or any(
        c.text.strip() for k, c in enumerate(after) if k != column
    ) or not any(c.text.strip() for k, c in enumerate(row) if k != column):
        return cell
    rest = after[column].text.strip()
    if not rest or _is_number(rest):
        return cell
    wrapped = (
        units and not _UNIT_AFTER.search(cell.text) and bool(_UNIT_AFTER.search(rest))
    ) or len(rest) <= _RUN_ON_MAX
    return Cell(cell.text.rstrip() + rest, cell.start, cell.end) if wrapped else cell


_UNIT_AFTER = re.compile(r"[(（][^()（）]{1,8}[)）]\s*$")


def _names_end_in_units(table: Table, column: int) -> bool:
    """A name column whose cells (a wrapped name's rest among them) mostly end in their unit
    (「○○率（％）」, 「○○量（TEU）」): as under a header 指標(単位), a name without one
    whose next row prints only a rest ending in one wrapped onto that row."""
    names = [t for row in table.rows if column < len(row) and (t := row[column].text.strip())]
    ended = sum(1 for name in names if _UNIT_AFTER.search(name))
    return len(names) >= 3 and ended * 2 > len(names)


_BRACKETED_KIND = re.compile(
    r"[(（](?P<label>[^()（）0-9:：]{1,6}?)[\s:：]*"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)[)）]\s*$"
)


def _bracketed_kind(
    doc: StructuredDocument, name: Cell, cell: Cell, read: Observation, context: int | None
) -> list[Observation]:
    """「42回（目標48回）」 in a column of actuals: the bracket sets the value of another kind
    beside it, of the same year (a target beside its actual)."""
    found = _BRACKETED_KIND.search(cell.text)
    kind = _kind_of(found.group("label").strip()) if found else None
    if found is None or kind is None or kind == read.kind or "円" in cell.text:
        return []
    value = Cell(found.group("value"), cell.start + found.start("value"),
                 cell.start + found.end("value"))  # fmt: skip
    return list(_observed(doc, name, value, _Column(0, kind, read.fiscal_year), context))


_QUALIFIER = re.compile(r"[(（](?P<inner>[^()（）]+)[)）]\s*$")
_UNIT_BRACKET = re.compile(r"\s*[(（][^()（）0-9]{1,6}[)）]$")


def _unit_qualified(label: str) -> bool:
    """「指標(単位)」, 「指標名（単位）」: a name column whose label says each of its cells ends
    with the value's unit in brackets."""
    found = _QUALIFIER.search(label)
    return found is not None and field_of(found.group("inner"), exact=True) == "unit"


def _without_unit(name: Cell) -> Cell:
    """「○○の利用者数（万人）」 → 「○○の利用者数」: the bracketed unit after a name."""
    found = _UNIT_BRACKET.search(name.text)
    if found is None or found.start() == 0:
        return name
    return Cell(name.text[: found.start()], name.start, name.start + found.start())


def _refilled(row: list[Cell], width: int, name_column: int) -> list[Cell]:
    """A row short of the header's width whose name ran too long for its column, so that
    the unit and first values after it are set apart by single spaces only (「○○の割合 %
    62.5 | 74.1 | 85.0」): the name cell's last words are the cells missing after it."""
    missing = width - len(row)
    if missing <= 0 or name_column != 0 or not row:
        return row
    words = [
        Cell(m.group(), row[0].start + m.start(), row[0].start + m.end())
        for m in re.finditer(r"\S+", row[0].text)
    ]
    moved = words[len(words) - missing :]
    if len(words) <= missing or not all(
        _LEADING_NUMBER.match(w.text) or len(w.text) <= _SHORT_WORD for w in moved
    ):
        return row
    first = words[len(words) - missing - 1]
    name = Cell(row[0].text[: first.end - row[0].start], row[0].start, first.end)
    return [name, *moved, *row[1:]]


_MIXED_YEN = re.compile(r"[0-9]億[0-9,]+万")


def _in_yen(observation: Observation, row: list[Cell], cell: Cell) -> Observation:
    """A row of amounts some printed 「1億4,391万円」 and some 「3,217万円」: no one printed
    unit holds them all, so each is its amount in yen."""
    if not any(_MIXED_YEN.search(c.text) for c in row) or "円" not in cell.text:
        return observation
    quantity = parse_quantity(cell.text.strip())
    if quantity is None or quantity.unit != "円":
        return observation
    return replace(observation, value=quantity.value, unit="円")


def _names_before_dated_kinds(table: Table, context: int | None) -> int | None:
    """項目 | 基準値(令和2年度) | 目標値(令和8年度): every column but the first headed by a
    kind and its year (or by a year alone beside them: 令和5年度(基準) | 令和6年度 |
    令和9年度(目標)), the first by no field's label: it names what they measure. Amounts of
    money are budgets, never such a table."""
    if len(table.header) < 3 or field_of(table.header[0]) is not None:
        return None
    # 「… 目標(R11) | 増減」: a last column derived from the values before it is none of them
    labels = table.header[: len(table.header) - derived_tail(table.header)]
    columns = [
        _column(label, k, context)
        or ((dated := _year_with_kind(label, context)) and _Column(k, dated[1], dated[0]))
        or (_Column(k, "baseline", None) if _is_bare_year(label) else None)
        for k, label in enumerate(labels[1:], 1)
    ]  # a year alone among them is dated by its label, its kind by the columns around it
    if len(columns) < 2:
        return None
    bare = [k for k, label in enumerate(labels[1:], 1) if _is_bare_year(label)]
    if any(c is None or (c.year is None and c.index not in bare) for c in columns):
        return None
    if len(bare) == len(columns):
        return None  # no kind printed at all: a table by year, of anything
    # a budget prints no 基準値 or 目標値: amounts against those are an indicator's
    goal = any(
        c is not None and c.index not in bare and c.kind in ("baseline", "target") for c in columns
    )
    if not goal and any("円" in c.text for row in table.rows for c in row):
        return None
    return 0


def _names_beside_kinds(table: Table) -> int | None:
    """項目 | 区分 | 令和4年度 …, its 区分 cells 目標 / 実績: a table of values by kind, whose
    first column (headed by no field's label) names what they measure. Amounts of money are
    budgets, never such a table."""
    if not table.header or field_of(table.header[0]) is not None or not table.rows:
        return None
    cells = [*table.header, *(c.text for row in table.rows for c in row)]
    if any(field_of(label) == "budget" for label in table.header) or any("円" in c for c in cells):
        return None
    kinds = [[k for c in row if (k := _kind_of(c.text)) is not None] for row in table.rows]
    full = [row for row in table.rows if len(row) == len(table.header)]
    if any(len(found) != 1 for found in kinds) or len({k[0] for k in kinds}) < 2:
        return None
    if not full or any(_kind_of(row[0].text) is not None for row in full):
        return None  # the kinds head the rows: no column names anything
    return 0


def _cell_year(row: list[Cell], column: int | None, context: int | None) -> int | None:
    """The year a row's year cell prints alone (令和4年度), else None."""
    if column is None or column >= len(row):
        return None
    return _year_alone(row[column].text, context)


def _spanned(row: list[Cell], previous: list[Cell], width: int) -> list[Cell]:
    """A row that starts with a kind label (実績) or a year and is short of the header's
    width lost its first cells to the row above, printed once for both (an HTML rowspan):
    it takes them. So does a row whose cells before it are blank (the name printed once)."""
    missing = width - len(row)
    if 0 < missing < len(previous) and row and _continues(row[0].text):
        return [*previous[:missing], *row]
    first = next((i for i, c in enumerate(row) if c.text), None)
    if (
        first
        and first < len(previous)
        and _continues(row[first].text)
        and all(c.text for c in previous[:first])
    ):
        return [*previous[:first], *row[first:]]
    return row


def _continues(text: str) -> bool:
    """A cell that opens the rest of a row whose first cells were printed above it."""
    return _kind_of(text) is not None or _year_alone(text, None) is not None


def _row_kind(row: list[Cell], name_column: int, columns: list[_Column]) -> ObservationKind | None:
    """The kind a row's own label cell gives its values (指標名 | 区分 | 令和4年度 …: 目標 / 実績
    in the 区分 column): the row's kind, whatever the dated columns are taken for."""
    values = {c.index for c in columns}
    for index, cell in enumerate(row):
        if index != name_column and index not in values:
            kind = _kind_of(cell.text)
            if kind is not None:
                return kind
    return None


# 「■令和5年度」, 「【2024年度】」, 「令和7年度（目標のみ）」: a line that is a year alone,
# set off by marks, perhaps with a short note in brackets after it
_SECTION_MARKS = re.compile(r"^[\s■□◆◇●○▼▽【】\[\]<>＜＞〈〉《》]*$")
_SECTION_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]\s*$")


def _section_dated(
    doc: StructuredDocument, table: Table, columns: list[_Column], context: int | None
) -> list[_Column]:
    """目標値 | 実績値 printed without years under a line that is a year alone (「■令和5年度」,
    a file printing each year's block of rows under its own year): that year is the year of
    every undated column. Read only when such a column is there."""
    if not any(c.year is None for c in columns):
        return columns
    caption = _caption_above(doc, table)
    if caption is None:
        return columns
    line = _SECTION_NOTE.sub("", caption.strip())
    mentions = [m for m in year_mentions(line, context=context) if m.kind != "date"]
    if len(mentions) != 1:
        return columns
    rest = line[: mentions[0].start] + line[mentions[0].end :].replace("度", "", 1)
    year = mentions[0].year
    if (kind := field_of(rest.strip(), exact=True)) in _KINDS:
        # 「令和6年度実績」 over 「KPI | 実績値」 (a tab's label): that kind's values, that year
        return [replace(c, year=year) if c.year is None and c.kind == _KINDS[kind] else c
                for c in columns]  # fmt: skip
    if not _SECTION_MARKS.match(rest):
        return columns
    return [replace(c, year=year) if c.year is None else c for c in columns]


def _legend_dated(
    doc: StructuredDocument, columns: list[_Column], table: Table
) -> list[_Column]:
    """A table's columns of a kind printed without a year (成果指標 | 基準値 | 目標値), dated
    by the legend the document prints once for them (「成果指標の基準値は令和2年度実績、目標
    値は令和7年度です」). Read only when such a column is there."""
    if not any(c.year is None for c in columns):
        return columns
    years = {**kind_years(doc), **caption_kind_years(doc, table)}
    # 「中間目標は令和10年度、目標値は令和12年度の値です」: two labels of one kind, each its own
    labelled = label_years(doc)
    return [
        _Column(c.index, c.kind, labelled.get(label_key(table.header[c.index]), years[c.kind]))
        if c.year is None and c.kind in years and field_of(table.header[c.index]) in _KINDS
        else c
        for c in columns
    ]


def _compound(row: list[Cell], columns: list[_Column]) -> bool:
    """「橋梁23.0% トンネル75.0%」: a row measuring several things at once, one value per
    labelled part; no value of the row is the indicator's own."""
    for column in columns:
        if column.index < len(row):
            text = row[column.index].text
            if not _LEADING_NUMBER.match(text) and len(find_quantities(text)) >= 2:
                return True
    return False


def _named_kind(label: str) -> ObservationKind:
    """The kind the indicator column's own label gives the year-only columns beside it:
    「目標指標 | 令和4年度 | 令和5年度」 prints each year's target; a bare 指標名 the baseline."""
    for kind in ("target", "actual", "estimate"):
        if any(word in label for word in labels_of(kind)):
            return _KINDS[kind]
    return "baseline"


def _kind_year_label(label: str) -> str | None:
    """「基準値 年度」 (a kind over the year and the value of a header on two rows): the kind
    whose values that column dates, else None."""
    upper, _, lower = label.rpartition(" ")
    if not upper or field_of(lower, exact=True) != "fiscalYear":
        # 「現状値の年度」, 「目標年度」: a kind's label joined to 年度, a column of its own
        joined = _KIND_YEAR.fullmatch(label_key(label))
        if joined is None:
            return None
        kind = joined.group("kind")  # 「KPI基準年度」: the kind after the indicator's label
        fields = (field_of(kind[k:], exact=True) for k in range(len(kind) - 1))
        return next((f for f in fields if f in _KINDS), None)
    field = field_of(upper)
    return field if field in _KINDS else None


# (「キジュンネンド」: a legacy system's field name by its reading)
_KIND_YEAR = re.compile(r"(?P<kind>[^\s0-9]{2,5}?)の?(?:年度|年次|ネンド)")


def _merged_field(label: str) -> str | None:
    """The field a label names; for a kind over a word naming none (「目標(令和8年度) 値」, the
    lower row of a header on two rows), the kind's."""
    field = field_of(label)
    upper, _, lower = label.rpartition(" ")
    if field is None and upper and field_of(lower) is None:
        return field_of(upper)
    return field


# 「活動指標の目標値(…)」: the label up to its last 「の」, naming whose value the column holds
_OF_TAIL = re.compile(r"^.*の(?=[^の]+$)")


_BARE_FIGURE = re.compile(r"^\s*[△▲\-]?[0-9][0-9,]*(?:\.[0-9]+)?\s*$")


def _figures_over_prose(table: Table, columns: list[_Column]) -> list[_Column]:
    """Of two columns of one kind and year (「実績」 of sentences, 「指標実績値」 of figures, a
    record's subtable), the one of bare figures; the sentences are a report on the work."""
    def bare(column: _Column) -> float:
        cells = [r[column.index].text for r in table.rows
                 if column.index < len(r) and r[column.index].text.strip()]  # fmt: skip
        return sum(bool(_BARE_FIGURE.match(c)) for c in cells) / len(cells) if cells else 0.0

    kept: list[_Column] = []
    for column in columns:
        rivals = [c for c in columns if c is not column and c.kind == column.kind
                  and c.year == column.year]  # fmt: skip
        if rivals and bare(column) < _FIGURE_SHARE <= max(bare(c) for c in rivals):
            continue
        kept.append(column)
    return kept


_FIGURE_SHARE = 0.5  # cells of bare figures that make a column of values


def _value_columns(
    table: Table, context: int | None, year_kind: ObservationKind = "baseline"
) -> list[_Column]:
    columns: list[_Column] = []
    indicator_table = any(field_of(label) == "indicator" for label in table.header)
    for index, label in enumerate(table.header):
        mentions = year_mentions(label, context=context)
        if _kind_year_label(label) is not None:
            continue  # the years of a kind's values, no values
        field = _merged_field(label)
        if field == "budget" and indicator_table:
            continue  # 「事業費 令和7年度」 beside a project's indicator: its cost, no value
        if field not in _KINDS and field_of(_OF_TAIL.sub("", label)) in _KINDS:
            field = field_of(_OF_TAIL.sub("", label))  # 「活動指標の目標値(令和9年度)」
        if field not in _KINDS and (bracketed := _year_then_kind(label, index, context)):
            columns.append(bracketed)  # 「R3.4.1（実績）」: the day's fiscal year, its kind
            continue
        if any(m.kind == "date" for m in mentions) and not _kind_as_of_day(label):
            # "平成15年9月30日現在": a day within the year, not the year's value; a kind's
            # value as of a day (基準値(令和2年4月1日)) is that day's year's
            continue
        year = mentions[0].year if mentions else None
        if (dated := _year_with_kind(label, context)) is not None:
            columns.append(_Column(index, dated[1], dated[0]))
        elif field in _KINDS:
            columns.append(_Column(index, _KINDS[field], year))
        elif indicator_table and (cued := _cue_column(label, index, context)) is not None:
            columns.append(cued)  # 「R4決算」 over an indicator table's column
        elif len(mentions) == 1 and _YEAR_ONLY_REST.match(
            label[: mentions[0].start] + label[mentions[0].end :]
        ):
            columns.append(_Column(index, year_kind, year))
    return _planned(columns, table.header, context)


def _planned(columns: list[_Column], header: list[str], context: int | None) -> list[_Column]:
    """The kind of the columns headed by a year alone, from the columns around them.

    A plan's years, none before the document's year (指標 | 2025年度 | 2026年度 | 2027年度 in
    a plan of 2025): each year's value is what the plan aims at. Years between a baseline's
    and a target's (令和5年度(基準) | 令和6年度 | 令和7年度 | 令和9年度(目標)), up to the
    document's year: the progress made, each year's actual; so too two or more past years
    before a target's, without a baseline (区分 | 令和5年度 | 令和6年度 | 令和9年度(目標))."""
    bare = [c for c in columns if c.kind == "baseline" and _is_bare_year(header[c.index])]
    if (
        context is not None
        and len(bare) >= 2
        and len(bare) == len(columns)
        and all(c.year is not None and c.year >= context for c in bare)
    ):
        return [replace(c, kind="target") for c in columns]
    labelled = [c for c in columns if c not in bare and c.year is not None]
    start = min((c.year for c in labelled if c.kind == "baseline" and c.year), default=None)
    end = max((c.year for c in labelled if c.kind == "target" and c.year), default=None)
    # 区分 | 令和5年度 | 令和6年度 | 令和9年度(目標): years up to the document's, no baseline
    # among them, then the target: each year's actual on the way to it
    if (
        start is None
        and end is not None
        and context is not None
        and len(bare) >= 2
        and all(c.year is not None and c.year <= min(context, end - 1) for c in bare)
    ):
        return [replace(c, kind="actual") if c in bare else c for c in columns]
    # 指標 | 基準値 | 2022年度 | 2023年度 | 2024年度 | 目標値(2024年度): a baseline column of
    # its own (its years in its cells), so the years alone up to the target's are actuals
    based = any(c.kind == "baseline" and c not in bare and c.year is None for c in columns)
    if (
        start is None
        and based
        and end is not None
        and len(bare) >= 2
        and all(c.year is not None and c.year <= end for c in bare)
    ):
        return [replace(c, kind="actual") if c in bare else c for c in columns]
    if start is None or end is None or not bare:
        return columns
    last = min(end, context) if context is not None else end
    # 「令和6年度（見込）」 beside them: the years up to an estimated or actual year are past
    past = max((c.year for c in labelled if c.kind in ("actual", "estimate") and c.year),
               default=None)  # fmt: skip
    if past is not None and past > last:
        last = min(end, past)
    return [
        replace(c, kind="actual") if c in bare and c.year and start < c.year <= last else c
        for c in columns
    ]


def _plan_years(
    doc: StructuredDocument, table: Table, columns: list[_Column], context: int | None
) -> list[_Column]:
    """区分 | 令和6年度(実績) | 令和7年度 | 令和8年度 under a caption naming targets (「定員
    適正化計画の数値目標」): the years alone after the document's year and after every
    labelled column's are what the plan aims at, each year's target (a year still to come
    holds no baseline)."""
    bare = [c for c in columns if c.kind == "baseline" and _is_bare_year(table.header[c.index])]
    if context is None or not bare or any(c.year is None or c.year <= context for c in bare):
        return columns
    first = min(c.year for c in bare if c.year is not None)
    if any(c.year is None or c.year >= first for c in columns if c not in bare):
        return columns
    caption = _caption_above(doc, table)
    if caption is None or not any(cue in caption for cue in _caption_cues("target")):
        return columns
    return [replace(c, kind="target") if c in bare else c for c in columns]


def _reported_year(
    table: Table, columns: list[_Column], name_column: int, context: int | None
) -> list[_Column]:
    """目標 | 実績 with no year anywhere in the table: an actual is always some year's, and a
    sheet printing it undated reports on its own year, the document's; the target beside it
    is that year's too (unless the table prints a year anywhere, a column of years or a
    label's; the year of a grade column, 「R6評価」, or of an amount's, 「令和6年度 決算額」,
    dates that column only). Of several actuals
    (上期実績 | 年度末実績) the last is the year's; the columns left of the names (目標No |
    目標 | 指標) are the entry's, not the values'."""
    if context is None or any(c.year is not None for c in columns):
        return columns
    if any(
        (year_mentions(label) and field_of(label) not in ("evaluation", "budget"))
        or field_of(label) == "fiscalYear"
        for label in table.header
    ):
        return columns  # 年度 | 目標値 | 実績値: each row dated by its own year
    targets = [c for c in columns if c.kind == "target" and c.index > name_column]
    actuals = [c for c in columns if c.kind == "actual" and c.index > name_column]
    if len(targets) != 1 or not actuals:
        return columns
    dated = (targets[0], actuals[-1])
    return [replace(c, year=context) if c in dated else c for c in columns]


def _caption_above(doc: StructuredDocument, table: Table) -> str | None:
    """The line printed just above a table (its caption), if it is no table itself; a unit
    note between them (「（単位：人）」) is read past."""
    block = next((b for b in doc.blocks if b.table is table), None)
    at = block.index - 1 if block is not None else -1
    if at > 0 and _UNIT_NOTE.match(doc.folded[doc.blocks[at].start : doc.blocks[at].end]):
        at -= 1
    above = doc.blocks[at] if at >= 0 else None
    if above is None or above.kind == "table":
        return None
    return doc.folded[above.start : above.end]


_UNIT_NOTE = re.compile(r"^\s*[(（]?単位\s*[:：][^()（）]{1,10}[)）]?\s*$")


_YEAR_WITH_KIND = re.compile(r"^(?P<year>[^()]+)\((?P<kind>[^()]{1,6})\)$")


def _year_with_kind(label: str, context: int | None) -> tuple[int, ObservationKind] | None:
    """「令和5年度(基準)」, 「令和9年度(目標)」: a year whose bracket names the kind of its
    values, by the kind's label or the stem of one (基準 of 基準値)."""
    match = _YEAR_WITH_KIND.match(label_key(label))
    if match is None:
        return None
    year = _year_alone(match.group("year"), context)
    printed = match.group("kind")
    kind = _kind_of(printed)
    if kind is None and len(printed) >= 2:
        kind = next(
            (_KINDS[k] for k in _KINDS if any(w.startswith(printed) for w in labels_of(k))),
            None,
        )
    return (year, kind) if year is not None and kind is not None else None


def _kind_as_of_day(label: str) -> bool:
    """「基準値(令和2年4月1日)」: a kind's label with the day it holds as a qualifier."""
    match = re.match(r"^(?P<kind>[^()]+)\((?P<day>[^()]+)\)$", label_key(label))
    return match is not None and field_of(match.group("kind"), exact=True) in _KINDS


_MEASURED = re.compile(r"[0-9,]*\.[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")


def _from_keyed_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table of one year's results (No. | 取組項目 | 令和4年度実績) printed after the plan's
    table of indicators: a row whose key (its number, its item) names one row of the plan
    measures that row's indicator."""
    keys: dict[str, Cell | None] = {}
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        name_column = table.column(lambda label: field_of(label) == "indicator")
        if name_column is not None:
            # a policy's code (施策の方向 5-1-1) groups rows: it keys no one row
            grouping = {k for k, label in enumerate(table.header) if field_of(label) == "policy"}
            for row in table.rows:
                if name_column >= len(row) or not re.search(r"\w", row[name_column].text):
                    continue  # 「―」: the row measures nothing
                for index, cell in enumerate(row):
                    if _MEASURED.fullmatch(cell.text):
                        continue  # 「76.4」「7,081」: a measured figure keys no row
                    if index != name_column and index not in grouping and cell.text:
                        keys[cell.text] = None if cell.text in keys else row[name_column]
            continue
        columns = [c for c in _value_columns(table, context) if field_of(table.header[c.index])]
        if not keys or not columns:
            continue
        valued = {c.index for c in columns}
        for row in table.rows:
            name = next((keys[c.text] for k, c in enumerate(row)
                         if k not in valued and keys.get(c.text) is not None), None)  # fmt: skip
            if name is None or _LEADING_NUMBER.match(name.text):
                continue
            for column in columns:
                if column.index < len(row) and column.year is not None:
                    observation = _observation(doc, name, row[column.index], column, context)
                    if observation is not None:
                        yield observation
