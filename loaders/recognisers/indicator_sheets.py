"""Indicator tables laid out other than as a name column beside value columns: a sheet
with its value columns as a row inside the table, rows of kinds with the indicator in
brackets, a target and result table, a caption naming what a table measures, a table by
year, and a table without a header whose rows are kinds.

These readers share little with the main table reader beyond the common vocabulary, so they
sit together here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of, label_key, labels_of
from loaders.recognisers.indicator_values import (
    _KINDS,
    _LEADING_NUMBER,
    _YEAR_ONLY_REST,
    _bare_name,
    _Column,
    _column,
    _is_number,
    _kind_of,
    _observation,
    _year_alone,
)
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell, Table
from loaders.text.fiscal_year import year_mentions
from loaders.text.quantities import parse_quantity

# 「年間利用者数」, 「貸出冊数」, 「稼働率」: a caption's term naming what a table measures
_MEASURE = re.compile(r"^[^\s0-9単]{1,12}(?:数|率|量)$")
_CAPTION_PARTS = re.compile(r"[()（）、,:：\s]+")


def _measured(caption: str) -> str | None:
    """The one term of a caption naming a count or a rate (「施設別の利用状況（年間利用者数、
    単位：人）」 → 年間利用者数); none in a caption about money."""
    if "円" in caption:
        return None
    terms = [t for t in _CAPTION_PARTS.split(caption) if _MEASURE.match(t)]
    return terms[0] if len(terms) == 1 else None


def _from_measure_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """施設名 | R3 | R4 | R5 under a caption naming one measure (「…（年間利用者数、単位：
    人）」): a row per facility, a column per year; each row is that facility's measure
    (「みなと会館の年間利用者数」), each past year's value its actual, a later one its target.
    A table by year of money is a budget's."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or len(table.header) < 3:
            continue
        if field_of(table.header[0], exact=True) != "facility":
            continue
        years = [_year_alone(label, context) for label in table.header[1:]]
        if any(year is None for year in years):
            continue
        heading = next(doc.headings_above(block), None)
        measure = _measured(heading.text) if heading is not None else None
        if measure is None or any("円" in c.text for row in table.rows for c in row):
            continue
        for row in table.rows:
            if len(row) != len(table.header) or not row[0].text.strip():
                continue
            name = Cell(f"{row[0].text.strip()}の{measure}", row[0].start, row[0].end)
            for cell, year in zip(row[1:], years, strict=True):
                assert year is not None
                kind: ObservationKind = (
                    "target" if context is not None and year > context else "actual"
                )
                observation = _observation(doc, name, cell, _Column(0, kind, year), context)
                if observation is not None:
                    yield observation


_BRACKETED = re.compile(r"^(?P<a>[^()（）]+)[(（](?P<b>[^()（）]+)[)）]$")


def _read_kind_rows(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """A table headed by its years (「 | 令和3年度 | 令和4年度」) over rows 計画(○○率) | … and
    実績(○○率) | …: each row prints a kind and, in brackets, the indicator it measures (or the
    name with its kind in brackets)."""
    years: dict[int, int] = {}
    for index, label in enumerate(table.header[1:], start=1):
        mentions = year_mentions(label, context=context)
        if len(mentions) != 1 or mentions[0].kind == "date":
            return
        if not _YEAR_ONLY_REST.match(label[: mentions[0].start] + label[mentions[0].end :]):
            return
        years[index] = mentions[0].year
    for row in table.rows:
        labelled = _kind_and_name(row[0]) if row else None
        if labelled is None:
            continue
        kind, name = labelled
        for index, year in years.items():
            column = _Column(index, kind, year)
            if index < len(row):
                observation = _observation(doc, name, row[index], column, context)
                if observation is not None:
                    yield observation


# 「○○件数60件」: a name without digits, then one number and its unit word
_NAMED_VALUE = re.compile(
    r"^(?P<name>[^0-9]*[^0-9\s])\s*(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?\S{0,4})$"
)


def _read_goal_results(
    doc: StructuredDocument, table: Table, context: int | None
) -> Iterator[Observation]:
    """取組 | 目標 | 結果 | 評価, one year's results: a target cell that names the indicator
    before its value (「○○件数60件」) and the result cell beside it, starting with the value
    reached, are the indicator's target and actual of that year (the column's, else the
    document's). A target without a number (「工事の着手」) measures nothing."""
    if table.column(lambda label: field_of(label) == "indicator") is not None:
        return
    columns = [_column(label, index, context) for index, label in enumerate(table.header)]
    target = next((c for c in columns if c is not None and c.kind == "target"), None)
    actual = next((c for c in columns if c is not None and c.kind == "actual"), None)
    if target is None or actual is None:
        return
    target = replace(target, year=target.year or context)
    actual = replace(actual, year=actual.year or context)
    for row in table.rows:
        if max(target.index, actual.index) >= len(row):
            continue
        cell = row[target.index]
        match = _NAMED_VALUE.match(cell.text)
        if match is None or year_mentions(match.group("name")):
            continue
        name = Cell(match.group("name"), cell.start, cell.start + match.end("name"))
        value = Cell(match.group("value"), cell.start + match.start("value"), cell.end)
        for printed, column in ((value, target), (row[actual.index], actual)):
            observation = _observation(doc, name, printed, column, context)
            if observation is not None:
                yield observation


def _kind_and_name(cell: Cell) -> tuple[ObservationKind, Cell] | None:
    """「計画(○○率)」 or 「○○率(計画)」: the kind and the indicator one row label prints."""
    match = _BRACKETED.match(cell.text)
    if match is None:
        return None
    for kind_group, name_group in (("a", "b"), ("b", "a")):
        kind = _kind_of(match.group(kind_group).strip())
        name = match.group(name_group).strip()
        if kind is not None and name and _kind_of(name) is None:
            at = cell.start + match.start(name_group)
            lead = len(match.group(name_group)) - len(match.group(name_group).lstrip())
            return kind, Cell(name, at + lead, at + lead + len(name))
    return None


_CAPTION_MAX = 60
_NOTE_MIN = 8  # a bracket longer than a unit (累計・人) explains the name: no part of it


def _from_kind_row_tables(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A table without a header, a row per kind (「基準値 | 令和2年度末 | 1,237㎡」, 「目標値 |
    令和12年度末 | 1,000㎡」), under the line naming the indicator it measures. Amounts of
    money are budgets, never such a table."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None or block.index == 0:
            continue
        rows = [table.header_cells, *table.rows]
        if len(rows) < 2 or any(not row or _kind_of(row[0].text) is None for row in rows):
            continue
        if any("円" in c.text for row in rows for c in row):
            continue  # amounts of money by kind are budgets
        caption = doc.blocks[block.index - 1]
        text = caption.text.strip()
        if caption.kind not in ("heading", "paragraph") or not text or "。" in text:
            continue
        if len(text) > _CAPTION_MAX:
            continue
        raw = doc.folded[caption.start : caption.end]
        start = caption.start + raw.index(text[0])
        note = re.search(r"\(([^()]*)\)$", text)
        if note is not None and note.start() > 0 and len(note.group(1)) > _NOTE_MIN:
            text = text[: note.start()]
        name = Cell(text, start, start + len(text))
        for row in rows:
            kind = _kind_of(row[0].text)
            years = [y for c in row[1:] if (y := _year_alone(c.text, context)) is not None]
            values = [c for c in row[1:] if _LEADING_NUMBER.match(c.text) and not
                      year_mentions(c.text, context=context)]  # fmt: skip
            if kind is None or len(years) != 1 or len(values) != 1:
                continue
            observation = _observation(doc, name, values[0], _Column(0, kind, years[0]), context)
            if observation is not None:
                yield observation


# -- a sheet: value columns labelled by a row inside the table ----------------------------
_LABEL_PARTS = re.compile(r"[/／\s()（）]+")


def _read_sheet(doc: StructuredDocument, table: Table) -> Iterator[Observation]:
    """Rows labelled with the indicator field, read against the row of dated value labels
    printed above them in the same table."""
    rows = [table.header_cells, *table.rows] if table.header_cells else list(table.rows)
    columns: dict[int, tuple[int, ObservationKind]] = {}
    for row in rows:
        found = _sheet_columns([c.text for c in row])
        if len(found) >= 2:
            columns = found
            continue
        if not columns or len(row) < 3 or field_of(row[0].text) != "indicator":
            continue
        name = row[1]
        if not name.text or _is_number(name.text):
            continue
        for index, (year, kind) in columns.items():
            if index >= len(row) or index < 2 or not row[index].text:
                continue
            quantity = parse_quantity(row[index].text)
            if quantity is None or isinstance(quantity.value, str):
                continue
            value = row[index]
            yield Observation(
                indicator=name.text,
                fiscal_year=year,
                kind="estimate" if quantity.estimate else kind,
                value=quantity.value,
                unit=quantity.unit,
                evidence={
                    "": doc.span(row[0].start, row[-1].end),
                    "indicator": doc.cell_span(name),
                    "value": doc.cell_span(value),
                },
            )


def _sheet_columns(labels: list[str]) -> dict[int, tuple[int, ObservationKind]]:
    """Column index → (year, kind) of a row of dated value labels; the current state
    (baseline) of a series that also prints actuals is the first actual."""
    onward = labels_of("onward")
    found: dict[int, tuple[int, ObservationKind]] = {}
    baselines: list[int] = []
    for index, label in enumerate(labels):
        mentions = year_mentions(label)
        if len(mentions) != 1 or mentions[0].kind == "date":
            continue
        rest = label[: mentions[0].start] + " " + label[mentions[0].end :]
        words = [w for w in _LABEL_PARTS.split(rest) if w]
        if any(label_key(w) in onward for w in words):
            continue
        fields = [field_of(w) for w in words]
        kind = next((f for f in fields if f in _KINDS), None)
        if kind is None:
            continue
        if kind == "baseline":
            baselines.append(index)
        found[index] = (mentions[0].year, _KINDS[kind])
    if any(kind == "actual" for _, kind in found.values()):
        for index in baselines:
            found[index] = (found[index][0], "actual")
    return found


def _from_year_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """【成果指標】○○率 then a table 年度 | 目標 | 実績 with a row per year: the indicator's
    values, each dated by its row and of its column's kind; or a table headed by its years
    with a row per kind (区分 | 令和4年度 | 令和5年度, then 目標 | 40 | 45)."""
    name: Cell | None = None
    years: list[int] = []
    for block in doc.blocks:
        if block.kind == "field" and block.label and block.value is not None:
            if field_of(block.label) == "indicator":
                start = block.value_start or block.start
                name = _bare_name(Cell(block.value, start, start + len(block.value)))
                years = []
            continue
        if block.kind == "table" and block.table is not None and name is None:
            # 「成果指標 | ○○率 | | 単位 | %」 closing a form's rows, over the year table
            name = _named_by_last_row(block.table)
            if name is not None:
                years = []
                continue
        if block.kind != "table" or block.table is None or name is None:
            line = _years_only(doc.folded[block.start : block.end], context)
            if line:
                years = line
            elif block.kind == "heading":
                name = None
            continue
        table, current = block.table, name
        name = None
        headed = [_year_alone(label, context) for label in table.header[1:]]
        if not years and headed and all(year is not None for year in headed):
            years = [year for year in headed if year is not None]  # 区分 | 令和4年度 | …
        if years:
            yield from _year_columns_table(doc, current, table, years, context)
            continue
        kinds = [_kind_of(label) for label in table.header[1:]]
        # (「達成度」 beside 目標 | 実績: a column of another known field, passed over)
        others = [
            k is None and field_of(label) is None
            for k, label in zip(kinds, table.header[1:], strict=False)
        ]
        if not any(k is not None for k in kinds) or any(others):
            continue
        for row in table.rows:
            mentions = year_mentions(row[0].text, context=context) if row else []
            if not mentions or mentions[0].start != 0:
                continue
            for index, kind in enumerate(kinds, start=1):
                if index < len(row) and kind is not None:
                    column = _Column(index, kind, mentions[0].year)
                    observation = _observation(doc, current, row[index], column, context)
                    if observation is not None:
                        yield observation


def _named_by_last_row(table: Table) -> Cell | None:
    """The indicator a form's last row names (「成果指標 | 利用者数 | | 単位 | 人」), else None."""
    row = table.rows[-1] if table.rows else []
    if len(row) < 2 or field_of(row[0].text, exact=True) != "indicator" or not row[1].text:
        return None
    return _bare_name(row[1])


def _years_only(text: str, context: int | None) -> list[int]:
    """「平成30年度 令和元年度 令和2年度」: a line of years alone, the columns of what follows."""
    mentions = year_mentions(text, context=context)
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    if len(mentions) < 2 or rest.strip():
        return []
    return [m.year for m in mentions]


def _year_columns_table(
    doc: StructuredDocument, name: Cell, table: Table, years: list[int], context: int | None
) -> Iterator[Observation]:
    """Rows 計画 | ○○,○○○ | ○○,○○○ and 実績 | ○○,○○○ | ○○,○○○ under a line of years: each row
    one kind, each value of the year above its column."""
    for row in [table.header_cells, *table.rows]:
        kind = _kind_of(row[0].text) if row else None
        if kind is None or len(row) - 1 != len(years):
            continue
        for index, year in enumerate(years, start=1):
            observation = _observation(doc, name, row[index], _Column(index, kind, year), context)
            if observation is not None:
                yield observation
