"""A kind's column whose cells each list several years' values: 「R4:○○.○ R5:○○.○ R6:○○.○」.

A KPI review often prints the actuals of the plan's years in one cell under 「実績値」, each
value after its year and a colon. The table's reader takes a cell for one value; here each
pair is a value of the column's kind in that year, for the indicator the row names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.facts import Observation
from loaders.field_vocabulary import field_of
from loaders.recognisers.indicator_fields import _kind_labels_in
from loaders.recognisers.indicator_values import _bare_name, _Column, _column, _observation
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell
from loaders.text.fiscal_year import year_mentions

# a year as a series prints it before its value: 「R4」, 「令和4年度」, 「H30」, 「R元」
ERA_YEAR = r"(?:令和|平成|R|H)\s*(?:[0-9]{1,2}|元)(?:年度?)?"
_PAIR = re.compile(
    rf"(?P<year>{ERA_YEAR}|20[0-9]{{2}}(?:年度?)?)\s*[:：]\s*"
    r"(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?)"
)
_MIN_PAIRS = 2


def year_pair_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """Each value of a cell of year-value pairs under a kind's label, in its own year."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        names = table.column(lambda label: field_of(label) == "indicator")
        if names is None:
            continue
        kinds = {k: c for k, label in enumerate(table.header) if (c := _column(label, k, context))}
        for row in table.rows:
            if names >= len(row) or not row[names].text.strip():
                continue
            if _kind_labels_in(row[names].text, context):
                continue  # 「○○率 基準(R4) ○○.○ → 目標(R8) ○○.○」: values in the name's cell
            name = _bare_name(row[names]) or row[names]
            for k, column in kinds.items():
                if k < len(row):
                    yield from _pairs(doc, name, row[k], column, context)


def _pairs(
    doc: StructuredDocument, name: Cell, cell: Cell, column: _Column, context: int | None
) -> Iterator[Observation]:
    pairs = list(_PAIR.finditer(cell.text))
    if len(pairs) < _MIN_PAIRS or _PAIR.sub("", cell.text).strip(" /／、,"):
        return  # one value, or words besides the pairs: the table's reader reads it
    for pair in pairs:
        years = year_mentions(pair.group("year"), context=context)
        if len(years) != 1:
            return
        start = cell.start + pair.start("value")
        value = Cell(pair.group("value"), start, start + len(pair.group("value")))
        dated = _Column(column.index, column.kind, years[0].year)
        observation = _observation(doc, name, value, dated, context)
        if observation is not None:
            yield observation
