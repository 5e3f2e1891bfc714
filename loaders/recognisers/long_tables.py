"""Indicator tables in long form: one row per indicator, year and kind (a KPI system's export).

A plan prints its indicators wide (指標名 | 基準値 | R5実績 | R9目標); a database or dashboard
exports them long, one value per row: 指標名 | 年度 | 区分 | 値, the year in a column of years,
the kind (基準 / 実績 / 見込 / 目標, the field vocabulary's kind words) in a column of kinds,
the value in a column of numbers. The header seldom names the value column, so it is found
by its cells: the numbers right of the kinds, not a column of codes (a statistics API's
export prints 「cat01_code」 「01」 beside each label); one labelled as the values (値, value:
`mkf:valueColumn`) first.

A grade column in such a table (到達度 | Ａ on the row of the year judged) grades the entry the
row belongs to for that row's year: `graded_long_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, label_key, marked_words
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions
from loaders.text.numerals import parse_numeral

_KINDS: dict[str, ObservationKind] = {
    "baseline": "baseline",
    "target": "target",
    "actual": "actual",
    "estimate": "estimate",
}
_NUMBER = re.compile(r"^(?P<sign>[-−▲△])?\s*(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)")
_ENTRY_FIELDS = ("policy", "initiative", "project")


@dataclass(frozen=True)
class LongTable:
    name: int  # the indicator column
    year: int  # the column of years
    kind: int  # the column of kind words
    value: int  # the column of numbers
    unit: int | None  # 単位, when printed
    headed: bool  # the year column is headed 年度: bare numbers in it are years
    named_by_header: bool = False  # no indicator column: the value column's label names it


def _text(row: list[Cell], column: int) -> str:
    return row[column].text.strip() if column < len(row) else ""


def _kind(text: str) -> ObservationKind | None:
    field = field_of(text, exact=True) if text else None
    return _KINDS.get(field) if field else None


def year_alone(text: str, context: int | None = None) -> int | None:
    """「R6」, 「令和6年度」, 「2024」: a cell that is one fiscal year and nothing else."""
    mentions = [m for m in year_mentions(text, context=context) if m.kind != "date"]
    if len(mentions) != 1:
        return None
    rest = text[: mentions[0].start] + text[mentions[0].end :]
    return mentions[0].year if not rest.strip(" 年度") else None


def _cell_year(text: str, context: int | None, *, headed: bool) -> int | None:
    """The year a cell of the year column prints; under a header saying 年度 a bare
    four-digit number (2023) is one too."""
    if (year := year_alone(text, context)) is not None:
        return year
    return int(text) if headed and _BARE_YEAR.fullmatch(text) else None


def _date_year(text: str, context: int | None) -> int | None:
    """「2021-04-01」, 「令和3年4月1日」: a cell that is one date and nothing else, its
    fiscal year (a count taken on a day: 基準日)."""
    mentions = year_mentions(text, context=context)
    if len(mentions) != 1 or mentions[0].kind != "date":
        return None
    rest = text[: mentions[0].start] + text[mentions[0].end :]
    return mentions[0].year if not rest.strip() else None


_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _all(rows: list[list[Cell]], column: int, test: Callable[[str], object]) -> bool:
    """Every printed cell of the column passes `test`, and two rows at least print one."""
    cells = [t for row in rows if (t := _text(row, column))]
    return len(cells) >= 2 and all(test(t) for t in cells)


_CODE_LABEL = re.compile(r"(?i)(?:code|コード|番号)$")
_PADDED = re.compile(r"^0[0-9]+$")


def _codes(label: str, rows: list[list[Cell]], column: int) -> bool:
    """A column of codes, not values: labelled so (「cat01_code」), or zero-padded keys."""
    if _CODE_LABEL.search(label_key(label)):
        return True
    cells = [_text(row, column) for row in rows if _text(row, column)]
    return bool(cells) and all(_PADDED.match(c) for c in cells)


def long_table(table: Table) -> LongTable | None:
    """The columns of a long-form indicator table, or None: an indicator column, one column
    of years alone, one of kind words (two kinds at least, so not a wide table's label
    column), and a column of numbers right of the kinds."""
    header = table.header
    rows = [row for row in table.rows if any(c.text.strip() for c in row)]
    if len(rows) < 3:
        return None
    fields = [field_of(label, exact=True) for label in header]
    names = [k for k, f in enumerate(fields) if f == "indicator"]
    if not names:
        return _header_named(table, rows, fields)
    if len(names) != 1:
        return None
    years = [
        k for k in range(len(header))
        if _all(rows, k, lambda t, k=k: _cell_year(t, None, headed=fields[k] == "fiscalYear"))
    ]  # fmt: skip
    kinds = [
        k for k in range(len(header))
        if _all(rows, k, lambda t: _kind(t) is not None)
        and len({_kind(_text(row, k)) for row in rows} - {None}) >= 2
    ]  # fmt: skip
    if len(years) > 1:  # 年度 | 和暦 (2024 | 令和6年度): the column headed 年度 reads the year
        years = [k for k in years if fields[k] == "fiscalYear"]
    if len(years) != 1 or len(kinds) != 1:
        return None
    values = [
        k for k in range(kinds[0] + 1, len(header))
        if k not in years and fields[k] is None and not _codes(header[k], rows, k)
        and sum(1 for row in rows if _NUMBER.match(_text(row, k))) * 2 > len(rows)
    ]  # fmt: skip
    if not values:
        return None
    # 「value」 first (`mkf:valueColumn`)
    values.sort(key=lambda k: label_key(header[k]) not in marked_words("valueColumn"))
    units = [k for k, f in enumerate(fields) if f == "unit"]
    unit = units[0] if len(units) == 1 else None
    headed = fields[years[0]] == "fiscalYear"
    return LongTable(names[0], years[0], kinds[0], values[0], unit, headed)


# what the one value column of a table named by its header may not be labelled as
_NOT_NAMES = ("baseline", "target", "actual", "estimate", "fiscalYear", "unit", "note")


def _header_named(
    table: Table, rows: list[list[Cell]], fields: list[str | None]
) -> LongTable | None:
    """「区分 | 基準日 | 職員数 | 備考」 with 基準値 / 目標値 / 実績値 rows: no column of names,
    one of kinds, one of dates or years, and one column of numbers right of the kinds whose
    label names what they measure; else None."""
    header = table.header
    if len(table.header_cells) != len(header):
        return None
    kinds = [
        k for k in range(len(header))
        if _all(rows, k, lambda t: _kind(t) is not None)
        and len({_kind(_text(row, k)) for row in rows} - {None}) >= 2
    ]  # fmt: skip
    years = [k for k in range(len(header)) if _all(rows, k, lambda t: _date_year(t, None))]
    if len(kinds) != 1 or len(years) != 1:
        return None
    values = [
        k for k in range(kinds[0] + 1, len(header))
        if k != years[0] and fields[k] not in _NOT_NAMES and header[k].strip()
        and all(_NUMBER.match(_text(row, k)) for row in rows)
    ]  # fmt: skip
    if len(values) != 1 or field_of(header[values[0]]) in _NOT_NAMES:
        return None
    return LongTable(values[0], years[0], kinds[0], values[0], None, False, named_by_header=True)


@dataclass(frozen=True)
class ItemTable:
    """A long table one step further (a management system's export): a column of item labels
    (項目) and one of their values (値), the indicator's name itself one item (項目 指標名 |
    値 ○○件数) printed once above the rows of its values."""

    item: int  # the column of item labels: 指標名, 基準値, 目標値, 評価 …
    year: int
    value: int
    headed: bool


def item_table(table: Table) -> ItemTable | None:
    """The columns of an item-per-row table, or None: one column whose cells name the
    indicator (指標名) on some rows and two kinds at least on others, one column of years
    alone (blank where an item has none), and the value column right of the items, numbers
    on the rows of kinds."""
    header = table.header
    rows = [row for row in table.rows if any(c.text.strip() for c in row)]
    if len(rows) < 3:
        return None
    fields = [field_of(label, exact=True) for label in header]
    items = [
        k for k in range(len(header))
        if any(field_of(_text(row, k), exact=True) == "indicator" for row in rows)
        and len({_kind(_text(row, k)) for row in rows} - {None}) >= 2
    ]  # fmt: skip
    years = [
        k for k in range(len(header))
        if _all(rows, k, lambda t, k=k: _cell_year(t, None, headed=fields[k] == "fiscalYear"))
    ]  # fmt: skip
    if len(items) != 1 or len(years) != 1 or items[0] + 1 >= len(header):
        return None
    kinded = [row for row in rows if _kind(_text(row, items[0])) is not None]
    value = items[0] + 1
    if fields[value] is not None or not all(_NUMBER.match(_text(r, value)) for r in kinded):
        return None
    return ItemTable(items[0], years[0], value, fields[years[0]] == "fiscalYear")


def _labelled_unit(row: list[Cell]) -> str:
    """The unit a cell of the row states under its label (「単位：件」 in a note), or ""."""
    for cell in row:
        label, colon, value = cell.text.strip().replace("：", ":").partition(":")
        if colon and value.strip() and field_of(label.strip(), exact=True) == "unit":
            return value.strip()
    return ""


def _item_rows(table: Table, columns: ItemTable) -> Iterator[tuple[Cell, str, list[Cell]]]:
    """(name cell, unit, row) for each row of a kind: the name is the value of the nearest
    指標名 row above that belongs to the same entry (the cells left of the items and the year
    read alike), so an entry printing no indicator lends none of its kinds another's; the
    unit is the one that row states (単位：件)."""
    first = min(columns.item, columns.year)
    name: tuple[Cell, str, list[str]] | None = None
    for row in table.rows:
        if max(columns.item, columns.year, columns.value) >= len(row):
            continue
        entry = [_text(row, k) for k in range(first)]
        label = _text(row, columns.item)
        if field_of(label, exact=True) == "indicator":
            cell = row[columns.value]
            name = (cell, _labelled_unit(row), entry) if cell.text.strip() else None
        elif _kind(label) is not None and name is not None and name[2] == entry:
            yield name[0], name[1], row


def long_observations(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """Each row of a long-form table: its indicator's value of its year and kind; a row
    whose value cell prints no number (―, 集計中) gives none."""
    columns = long_table(table)
    if columns is None:
        yield from _item_observations(doc, table, context)
        return
    for row in table.rows:
        if max(columns.name, columns.year, columns.kind, columns.value) >= len(row):
            continue
        name, cell = row[columns.name], row[columns.value]
        kind = _kind(_text(row, columns.kind))
        year = _cell_year(_text(row, columns.year), context, headed=columns.headed)
        if columns.named_by_header:
            name = table.header_cells[columns.value]
            year = _date_year(_text(row, columns.year), context)
        unit = _text(row, columns.unit) if columns.unit is not None else ""
        observation = _observation(doc, name, cell, row[columns.year], kind, year, unit)
        if observation is not None:
            yield observation


def _item_observations(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """Each row of a kind in an item-per-row table (`item_table`), named by its entry's
    指標名 row."""
    columns = item_table(table)
    if columns is None:
        return
    for name, unit, row in _item_rows(table, columns):
        kind = _kind(_text(row, columns.item))
        year = _cell_year(_text(row, columns.year), context, headed=columns.headed)
        observation = _observation(
            doc, name, row[columns.value], row[columns.year], kind, year, unit
        )
        if observation is not None:
            yield observation


def _observation(
    doc: StructuredDocument,
    name: Cell,
    cell: Cell,
    year_cell: Cell,
    kind: ObservationKind | None,
    year: int | None,
    unit: str,
) -> Observation | None:
    """The value `cell` prints as an observation of `name`, or None when a part is missing
    or the cell prints no number."""
    match = _NUMBER.match(cell.text.strip())
    if not name.text.strip() or kind is None or year is None or match is None:
        return None
    number = parse_numeral(match.group("number"))
    if number is None:
        return None
    printed = match.group("number")
    value = float(number) if "." in printed or number.denominator != 1 else int(number)
    if match.group("sign"):
        value = -value
    return Observation(
        indicator=name.text.strip(),
        fiscal_year=year,
        kind=kind,
        value=value,
        unit=unit or None,
        evidence={
            "": doc.cell_span(cell),
            "indicator": doc.cell_span(name),
            "fiscal_year": doc.cell_span(year_cell),
        },
    )


def graded_long_rows(
    table: Table, grade_column: int, context: int | None
) -> Iterator[tuple[Cell, int, Cell]]:
    """(entry, year, grade cell) for each graded row of a long-form table: the entry is the
    row's cell in the entry column nearest left of the indicator (基本目標 | 施策 | 指標名:
    the 施策 the indicator measures), the year the row's own."""
    columns = long_table(table)
    if columns is None:
        return
    fields = [field_of(label, exact=True) for label in table.header]
    entries = [k for k in range(columns.name) if fields[k] in _ENTRY_FIELDS]
    if not entries:
        return
    entry = entries[-1]
    # 「施策評価（令和6年度）」: a grade column dated in its label is that year's, whatever year
    # the row's values are of (the grade repeats on each of them)
    dated = {m.year for m in year_mentions(table.header[grade_column]) if m.kind != "bare"}
    for row in table.rows:
        if max(entry, grade_column, columns.year) >= len(row) or not _text(row, grade_column):
            continue
        year = next(iter(dated)) if len(dated) == 1 else _cell_year(
            _text(row, columns.year), context, headed=columns.headed
        )
        if year is not None and _text(row, entry):
            yield row[entry], year, row[grade_column]
