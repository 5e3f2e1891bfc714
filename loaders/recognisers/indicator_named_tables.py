"""A small table of one indicator's values, the indicator named once above them.

A form prints one indicator per sheet: its name in a row of the table labelled with the
indicator field (指標名 | ○○者数（単位：人）), or in a field just above the table (指標名
○○者数, then 単位 人), and under it a grid of values with no name column, either

- a row of dated kinds over a row of values (令和5年度目標 | 令和5年度実績 over 値 | 120 | 131),
  each value of its column's year and kind; or
- a row of years over rows each labelled with a kind (区分 | 令和4年度 | 令和5年度 over
  目標値 | 40 | 45), each value of its row's kind and its column's year.

A report may instead caption each such grid with the label and the name on one line right
above it (「ＫＰＩ①　○○者数（単位：人）」).

Columns blank on every row (a spreadsheet's merged cells) are dropped first, and a row short
of cells (its last years not printed yet) is read as far as it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.facts import Observation
from loaders.field_vocabulary import field_of
from loaders.recognisers.indicator_values import (
    _KINDS,
    _bare_name,
    _Column,
    _column,
    _kind_of,
    _observation,
    _year_alone,
    unmarked,
)
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block, Cell, Table

# 「2 成果指標」, 「(3) 指標名」: a form's section number before the label
_SECTION_NUMBER = re.compile(r"^[0-9０-９]+[.．\s]*|^[(（][0-9０-９]+[)）]\s*")
_FIELDS_BETWEEN = 2  # fields (単位, 基準値) between an indicator's field and its table


def named_table_observations(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """The values of each table that names its one indicator in its first row, or right
    under an indicator field."""
    for block in doc.blocks:
        if block.kind == "table" and block.table is not None:
            named = _named_in_table(block.table)
            if named is not None:
                yield from _values(doc, *named, context)
            elif (caption := _captioned_name(doc, block)) is not None:
                yield from _values(doc, caption, block.table, context)
        elif block.kind == "field" and field_of(block.label or "", exact=True) == "indicator":
            table = _table_below(doc, block)
            name = _field_value(doc, block)
            if table is not None and name is not None:
                yield from _values(doc, name, table, context)


def _is_indicator_label(text: str) -> bool:
    return field_of(_SECTION_NUMBER.sub("", text.strip()), exact=True) == "indicator"


def _named_in_table(table: Table) -> tuple[Cell, Table] | None:
    """「指標名 | ○○数（単位：人）」 over the grid: the name, and the grid as a table of its
    own (its first row the header)."""
    cells = [c for c in table.header_cells if c.text.strip()]
    if len(cells) < 2 or not _is_indicator_label(cells[0].text) or len(table.rows) < 2:
        return None
    name = cells[1]
    if field_of(name.text, exact=True) is not None or _is_indicator_label(name.text):
        return None  # 指標名 | 単位 | …: a header of labels, no name
    if any(field_of(c.text, exact=True) not in (None, "unit") for c in cells[2:]):
        return None
    grid = Table(header=[c.text for c in table.rows[0]], rows=table.rows[1:],
                 header_cells=table.rows[0])  # fmt: skip
    bare = _bare_name(name)
    return (bare, grid) if bare is not None and bare.text.strip() else None


# 「ＫＰＩ①　名称」, 「指標2 名称」, 「[KPI1] 名称」: an indicator label, its number, the name
_CAPTION = re.compile(
    r"^[\[［【<＜]?(?P<label>[^\s0-9①-⑳(（\[\]［］【】]{1,8}?)\s*"
    r"(?:[①-⑳]|[0-9]{1,2}|[(（][0-9]{1,2}[)）])?(?:[\]］】>＞]\s*|[\s:：]+)"
    r"(?P<name>[^\s\]］】>＞:：].*)$"
)
# a chart's ticks and data labels, its axis's unit (「(件)」)
_FIGURES = re.compile(r"^[\s0-9,.%()（）\-]*$|^[(（][^\s()（）]{1,4}[)）]$")
_CHART_LINES = 8  # lines of a chart (ticks, data labels) between a caption and its data


def _captioned_name(doc: StructuredDocument, block: Block) -> Cell | None:
    """The indicator a line above the table names after an indicator label: right above
    it, or above the lines of figures a chart printed over its data table."""
    at = block.index - 1
    while at >= 0 and block.index - at <= _CHART_LINES and _FIGURES.match(doc.blocks[at].text):
        at -= 1
    if at < 0:
        return None
    above = doc.blocks[at]
    if above.kind not in ("paragraph", "heading") or above.table is not None:
        return None
    line = doc.folded[above.start : above.end].strip()
    found = _CAPTION.match(line)
    if found is None or not _is_indicator_label(found.group("label")):
        return None
    name = found.group("name").strip()
    at = doc.folded.find(name, above.start, above.end)
    return _bare_name(Cell(name, at, at + len(name))) if at >= 0 else None


def _table_below(doc: StructuredDocument, block: Block) -> Table | None:
    """The table right under an indicator field, past a few fields of its own (単位 人)."""
    for below in doc.blocks[block.index + 1 : block.index + 2 + _FIELDS_BETWEEN]:
        if below.kind == "table":
            return below.table
        if below.kind != "field" or field_of(below.label or "", exact=True) == "indicator":
            return None
    return None


def _field_value(doc: StructuredDocument, block: Block) -> Cell | None:
    value = (block.value or "").strip()
    at = doc.folded.find(value, block.value_start or block.start, block.end) if value else -1
    return _bare_name(Cell(value, at, at + len(value))) if at >= 0 else None


def _compacted(table: Table) -> list[list[Cell]]:
    """The table's rows (its header first) without the columns blank on every row."""
    header = table.header_cells or [Cell(text, 0, 0) for text in table.header]
    rows = [list(header), *table.rows]
    width = max(len(row) for row in rows)
    kept = [k for k in range(width) if any(k < len(r) and r[k].text.strip() for r in rows)]
    return [[row[k] for k in kept if k < len(row)] for row in rows]


def _values(
    doc: StructuredDocument, name: Cell, table: Table, context: int | None
) -> Iterator[Observation]:
    rows = _compacted(table)
    if len(rows) < 2 or not rows[0]:
        return
    header = [c.text.strip() for c in rows[0]]
    dated = [_column(label, k, context) for k, label in enumerate(header)]
    first = 1 if dated and dated[0] is None else 0  # 「(blank) | 令和5年度目標 | …」
    columns = dated[first:]
    if columns and all(c is not None and c.kind in _KINDS.values() and c.year for c in columns):
        for row in rows[1:]:
            if first and len(row) > 0 and _kind_of(row[0].text) is not None:
                return  # rows of kinds under dated kinds: some other layout
            for column in columns:
                if column is not None and column.index < len(row):
                    found = _observation(doc, name, row[column.index], column, context)
                    if found is not None:
                        yield found
        return
    if _kind_of(header[0]) is not None:
        return
    # a chart's legend row (「 | ■ | 実績値 | ─◆─ 目標値」) among the kinds' rows is no row
    kinds = [row for row in rows[1:] if row and _kind_of(unmarked(row[0].text)) is not None]
    rows = _compacted(Table(header=[c.text for c in rows[0]], rows=kinds, header_cells=rows[0]))
    header = [c.text.strip() for c in rows[0]]
    # 「R5(基準)」: a year whose bracket names its column's kind, whatever the row's
    years = [_year_alone(label, context) or _column(label, k, context)
             for k, label in enumerate(header[1:], start=1)]  # fmt: skip
    if not years or any(year is None for year in years):
        return
    for row in rows[1:]:
        kind = _kind_of(unmarked(row[0].text))
        if kind is None:
            continue
        for index, year in enumerate(years, start=1):
            if index >= len(row) or year is None:
                continue
            column = year if isinstance(year, _Column) else _Column(index, kind, year)
            if column.year is None:
                continue
            found = _observation(doc, name, row[index], column, context)
            if found is not None:
                yield found

