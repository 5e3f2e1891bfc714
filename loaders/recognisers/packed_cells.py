"""Indicator values packed into table cells beside the indicator's name.

A spreadsheet whose rows are reform items, not indicators, gives each item's indicator in
one cell and its values in another: 「○○数 基準(R2) 10件 → 目標(R9) 40件」 under a label
naming the indicator field (数値目標), 「R5：15件／R6：25件」 under a label naming a kind
(実績の推移). The name is what the first cell prints before its chain of steps (read as
`indicator_chains` reads a chained line); each year and value pair of the other cell is a
value of the kind its column's label names. A column whose label names kinds in order
(「現状値→目標値」) gives the steps of its cells (「R5年度 40→R7年度 55」) those kinds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache

from loaders.facts import Observation, ObservationKind
from loaders.field_vocabulary import field_of
from loaders.recognisers.indicator_chains import chain_steps, legend_steps, step_legend
from loaders.recognisers.indicator_values import kind_labels
from loaders.structure import Cell, StructuredDocument, Table
from loaders.text.fiscal_year import year_mentions

_KINDS: tuple[ObservationKind, ...] = ("baseline", "target", "actual", "estimate")
_PAIR = re.compile(
    r"(?P<year>[^:：/／]{1,12}?)\s*[:：]\s*(?P<value>[△▲-]?\d[\d,]*(?:\.\d+)?)[^\s/／、,\d]{0,4}"
)
_JOIN = re.compile(r"\s*[/／、,]\s*")
_BULLET = re.compile(r"(?:^|\s)[•●◦▪・]\s*")  # a list's items packed in one cell
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_BETWEEN = re.compile(r"[^\s\d]{0,4}\s*")  # a value's unit, then the next label


def packed_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """Every value of the tables of `doc` whose indicator cells pack the values' chain."""
    for block in doc.blocks:
        if block.table is not None:
            yield from _table(doc, block.table, context)


def _table(doc: StructuredDocument, table: Table, context: int | None) -> Iterator[Observation]:
    names = [k for k, label in enumerate(table.header) if field_of(label) == "indicator"]
    kinds = {k: field_of(label) for k, label in enumerate(table.header)}
    if len(names) != 1:
        return
    column = names[0]
    # 「活動・成果指標（令和5年度）」: the year of the values its cells print without one
    header_year = next((m.year for m in year_mentions(table.header[column], context=context)
                        if m.kind != "date"), None)  # fmt: skip
    # 「現状値→目標値」 over 「R5年度 40→R7年度 55」: each step's kind from the header
    legends = {k: legend for k, label in enumerate(table.header)
               if k != column and (legend := step_legend(label)) is not None}  # fmt: skip
    # 「成果指標 現状値（R6）→目標値（R12）」 over 「○○率 64.2％ → 80.0％」: the name column's
    # own label orders the steps its cells print after the name
    own = step_legend(table.header[column])
    for row in table.rows:
        if column >= len(row):
            continue
        if own is not None and (named := _named_steps(row[column], own, context)) is not None:
            name, steps = named
            yield from (_observation(doc, name, *step) for step in steps)
            continue
        for k, legend in legends.items():
            if k < len(row) and row[column].text.strip():
                yield from _legend_cell(doc, row[column], row[k], legend, context)
        packed = _packed(row[column], context)
        if packed is None:
            for item in _labelled_items(row[column], header_year, context):
                located = _located(doc, row[column], *item)
                if located is not None:
                    yield from (_observation(doc, located[0], *one) for one in located[1])
            continue
        name, observed = packed
        yield from (_observation(doc, name, *one) for one in observed)
        for k, cell in enumerate(row):
            kind = kinds.get(k)
            if k != column and kind in _KINDS:
                yield from (_observation(doc, name, *one) for one in _pairs(cell, kind, context))


def _legend_cell(
    doc: StructuredDocument,
    name: Cell,
    cell: Cell,
    legend: list[tuple[ObservationKind, int | None]],
    context: int | None,
) -> Iterator[Observation]:
    """The steps of a cell under a header that names their kinds in order."""
    steps = legend_steps(chain_steps(cell.text, context), legend)
    if not steps or len(steps) < 2:
        return
    at = cell.start
    for value, start, end, kind, year, *_ in steps:
        yield _observation(doc, name, value, at + start, at + end, kind, year)


def _named_steps(
    cell: Cell, legend: list[tuple[ObservationKind, int | None]], context: int | None
) -> tuple[Cell, list[tuple]] | None:
    """The name and the steps of a cell 「○○率 64.2％ → 80.0％」 whose kinds (and years) the
    legend gives in order: exactly as many steps as the legend names."""

    def fitted(rest: str) -> list[tuple] | None:
        steps = legend_steps(chain_steps(rest, context), legend)
        return steps if steps and len(steps) == len(legend) else None

    return _name_then_steps(cell, fitted)


def _packed(cell: Cell, context: int | None) -> tuple[Cell, list[tuple]] | None:
    """The name and the steps of a cell 「○○数 基準(R2) 10件 → 目標(R9) 40件」, each step
    printing its kind."""

    def kinded(rest: str) -> list[tuple] | None:
        steps = chain_steps(rest, context)
        return steps if steps and all(s[3] is not None for s in steps) else None

    return _name_then_steps(cell, kinded)


def _name_then_steps(
    cell: Cell, read: Callable[[str], list[tuple] | None]
) -> tuple[Cell, list[tuple]] | None:
    """The name and the steps of a cell: the name cut at the first space after which `read`
    finds nothing but steps, each with its year; the steps' offsets into the document."""
    text = cell.text
    for gap in re.finditer(r"\s+", text):
        if not _name_like(text[: gap.start()]):
            continue
        steps = read(text[gap.end() :])
        if not steps or any(s[4] is None for s in steps):
            continue
        name = Cell(text[: gap.start()], cell.start, cell.start + gap.start())
        at = cell.start + gap.end()
        return name, [(s[0], at + s[1], at + s[2], s[3], s[4]) for s in steps]
    return None


def _labelled_items(
    cell: Cell, year: int | None, context: int | None
) -> Iterator[tuple[Cell, list[tuple]]]:
    """「• ○○数(人)目標 0 実績 3 • ××数(件)目標 40 実績 38」, 「○○数目標(R9) 30件実績(R5) 6件」:
    items set apart by bullets, each a name and its values, each value after its kind's
    label (its year in brackets after the label, else the column's); the reader joined the
    pieces of the cell without a space, so a label may follow a name or a unit directly."""
    for item in _BULLET.split(cell.text):
        at = cell.start + cell.text.find(item)
        labels = list(_labelled_pattern().finditer(item))
        if not labels or not item[: labels[0].start()].strip():
            continue
        if any(
            _BETWEEN.fullmatch(item[a.end() : b.start()]) is None
            for a, b in itertools.pairwise(labels)
        ) or _BETWEEN.fullmatch(item[labels[-1].end() :]) is None:
            continue  # words other than units between the values: no list of values
        head = item[: labels[0].start()]
        name_text = head.strip()
        if not _name_like(name_text) or re.search(r"[0-9]", _BRACKETS.sub("", name_text)):
            continue  # 「○○数(人)」 is a name; a figure outside brackets is not
        start = at + head.find(name_text)
        name = Cell(name_text, start, start + len(name_text))
        observed = []
        for found in labels:
            kind = field_of(found.group("label"), exact=True)
            bracket = found.group("year")
            mentions = year_mentions(bracket, context=context) if bracket else []
            own = mentions[0].year if len(mentions) == 1 else None
            if kind not in _KINDS or (own or year) is None:
                observed = []
                break
            observed.append((found.group("value"), at + found.start("value"),
                             at + found.end("value"), kind, own or year))  # fmt: skip
        if observed:
            yield name, observed


def _located(
    doc: StructuredDocument, cell: Cell, name: Cell, observed: list[tuple]
) -> tuple[Cell, list[tuple]] | None:
    """The name and values where the document prints them: a cell joined from the lines of
    a wrapped row holds text that is no one stretch of the document, so each piece is looked
    for in turn within the cell's reach (None when one is not found)."""
    at = doc.folded.find(name.text, cell.start, cell.end)
    if at < 0:
        return None
    placed = Cell(name.text, at, at + len(name.text))
    values = []
    at = placed.end
    for value, _, _, *rest in observed:
        alone = re.compile(rf"(?<![0-9A-Za-z.,]){re.escape(value)}(?![0-9.,])")
        found = alone.search(doc.folded, at, cell.end)
        if found is None:
            return None
        values.append((value, found.start(), found.end(), *rest))
        at = found.end()
    return placed, values


@cache
def _labelled_pattern() -> re.Pattern[str]:
    """A kind's label (longest first), its year in brackets, its value."""
    words = "|".join(re.escape(w) for w in kind_labels())
    return re.compile(
        rf"(?P<label>{words})\s*(?:[(（](?P<year>[^()（）]{{1,10}})[)）])?\s*"
        r"(?P<value>[△▲-]?\d[\d,]*(?:\.\d+)?)"
    )


def _name_like(name: str) -> bool:
    """A name before the steps: one word with its brackets closed, no field's label (「目標
    20.0 ／ 実績 21.4」 names nothing; 「○○率（5年に1回）」 is not cut inside its bracket)."""
    name = name.strip()
    if not name or re.search(r"\s", name) or field_of(name) in _KINDS:
        return False
    opened = sum(name.count(b) for b in "(（")
    return opened == sum(name.count(b) for b in ")）")


def _pairs(cell: Cell, kind: ObservationKind, context: int | None) -> list[tuple]:
    """「R5：15件／R6：25件」: a year and a value, again and again, joined by slashes."""
    found: list[tuple] = []
    at = 0
    text = cell.text.strip()
    while at < len(text):
        pair = _PAIR.match(text, at)
        if pair is None:
            return []
        mentions = year_mentions(pair.group("year"), context=context)
        if len(mentions) != 1:
            return []
        start = cell.start + cell.text.find(text) + pair.start("value")
        found.append((pair.group("value"), start, start + len(pair.group("value")), kind,
                      mentions[0].year))  # fmt: skip
        join = _JOIN.match(text, pair.end())
        at = join.end() if join is not None else pair.end()
        if join is None and at < len(text):
            return []
    return found


def _observation(
    doc: StructuredDocument,
    name: Cell,
    value: str,
    start: int,
    end: int,
    kind: ObservationKind,
    year: int,
) -> Observation:
    number = value.replace(",", "").replace("△", "-").replace("▲", "-")
    return Observation(
        indicator=name.text,
        fiscal_year=year,
        kind=kind,
        value=float(number) if "." in number else int(number),
        evidence={
            "": doc.span(name.start, end),
            "indicator": doc.span(name.start, name.end),
            "value": doc.span(start, end),
        },
    )
