"""A KPI named as the staff label (「職員数」) in a table of indicators by year.

A reform plan's progress table tracks the body's own staff as one of its KPIs: the KPI's name
is the staff label, its baseline (基準値, with the baseline's year) and each year's actual
(実績値) are the body's staff on those days; its targets are aims, no count. Such a table
prints a row a year (the year column labelled 年度) with the KPI's name and baseline repeated
on every row, as a records system exports a record's subtable. Read by
loaders/recognisers/staff.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of, label_key
from loaders.structure import StructuredDocument, Table
from loaders.structure.blocks import Cell
from loaders.text.fiscal_year import year_mentions
from loaders.text.quantities import parse_quantity


@dataclass(frozen=True)
class KpiCount:
    year: int
    count: int
    name: Cell
    cell: Cell


def kpi_counts(doc: StructuredDocument) -> Iterator[KpiCount]:
    """The baseline and actual counts of every staff-named KPI row of `doc`'s tables."""
    for block in doc.of_kind("table"):
        if block.table is not None:
            yield from _table_counts(block.table)


def _table_counts(table: Table) -> Iterator[KpiCount]:
    fields = [field_of(label_key(label)) for label in table.header]
    exact = [field_of(label_key(label), exact=True) for label in table.header]
    name = next((k for k, f in enumerate(fields) if f == "indicator"), None)
    year = next((k for k, f in enumerate(exact) if f == "fiscalYear"), None)
    actual = next((k for k, f in enumerate(exact) if f == "actual"), None)
    if name is None or year is None or actual is None:
        return
    baseline = [k for k, f in enumerate(fields) if f == "baseline"]
    base_year = next((k for k in baseline if _years(table, k)), None)
    base_value = next((k for k in baseline if k != base_year), None)
    seen: set[int] = set()
    for row in table.rows:
        if name >= len(row) or field_of(label_key(row[name].text), exact=True) != "staff":
            continue
        pairs = [(year, actual)]
        if base_year is not None and base_value is not None:
            pairs.insert(0, (base_year, base_value))
        for year_at, value_at in pairs:
            if max(year_at, value_at) >= len(row):
                continue
            years = {m.year for m in year_mentions(row[year_at].text)}
            quantity = parse_quantity(row[value_at].text)
            if len(years) != 1 or quantity is None or not isinstance(quantity.value, int):
                continue
            when = years.pop()
            if when not in seen:
                seen.add(when)
                yield KpiCount(when, quantity.value, row[name], row[value_at])


def _years(table: Table, column: int) -> bool:
    """Whether a column's filled cells are years (the baseline's year, not its value)."""
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
    return bool(cells) and all(year_mentions(text) for text in cells)
