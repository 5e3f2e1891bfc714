"""Indicator fields: a label naming the indicator followed by its values, each after its
kind's label, on one line or a run of lines, in a form's field or a two-column table of
labels and values; also attributes naming a measure and goals beside their values.

They share the reading of kind labels and the values printed after them, which lives here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import cast

from loaders.facts import Observation, Span
from loaders.field_vocabulary import field_of, keys_rows, labels_of, opening_label
from loaders.recognisers.indicator_values import (
    _KINDS,
    _LEADING_NUMBER,
    _MARKS,
    _PAIR_MARKS,
    _SERIES_NAME_MAX,
    _WORD,
    _bare_name,
    _Column,
    _column,
    _kind_of,
    _kind_of_blank,
    _observation,
    _observed,
    _year_carried,
    kind_labels,
)
from loaders.recognisers.kind_legends import (
    kind_years,
    label_years,
    worded_year,
    year_of_kind_field,
)
from loaders.recognisers.pair_tables import label_pairs
from loaders.structure import StructuredDocument
from loaders.structure.attributes import attribute_groups
from loaders.structure.blocks import Block, Cell
from loaders.structure.tables import bare_period
from loaders.text.fiscal_year import YearMention, year_mentions
from loaders.text.names import has_predicate


def _from_attributes(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「○○者数（基準値：1,237人（令和4年度）／目標値：N人（令和8年度））」 as a list item."""
    for block in doc.of_kind("item"):
        text = doc.folded[block.start : block.end]
        groups = attribute_groups(text, block.start)
        if not groups:
            continue
        before = doc.folded[block.start : groups[0].start]
        name = _NAME.search(before)
        if name is not None and not _names_measure(name.group()):
            # 「○○数は、令和2年度の30件から…増えました（目標50件）」: a sentence's
            # subject is the name; a figure or a clause before the bracket is none
            name = _ATTRIBUTED_SUBJECT.match(before)
        if name is None:
            continue
        name_cell = Cell(
            name.group("name"), block.start + name.start("name"), block.start + name.end("name")
        )
        for attribute in (a for g in groups for a in g.attributes):
            column = _column(attribute.label, 0, context)
            if column is not None:
                value = Cell(attribute.value, attribute.start, attribute.end)
                observation = _observation(doc, name_cell, value, column, context)
                if observation is not None:
                    yield observation


_NAME = re.compile(r"(?P<name>\w\S*)$")  # the name an attribute group follows, not its bullet
_ATTRIBUTED_SUBJECT = re.compile(
    r"^[\s■□●○◆◇・*•◦▪\-]*(?P<name>[^\s、。,はが0-9]{2,30})(?:は|が)[、,]"
)


def _names_measure(text: str) -> bool:
    """A name, not a figure (「8.5%」) nor a clause (「…から30件に増えました」)."""
    return not re.match(r"[0-9]", text) and not re.search(r"[、。,]", text) and not year_mentions(
        text
    )


def _from_field_runs(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """【指標名】○○者数 then 【基準値】…, 【実績値】…, 【目標値】… as fields of their own, or
    「指標：○○率 現状値 40.0%(令和2年度) → 目標値 55.0%」 with the values after the name.

    A sheet evaluating one year prints its indicator's actual without a year (【目標値】250
    【実績値】237): that run's yearless values are the document's year."""
    defaults: dict[str, int] | None = None  # read at the first indicator field only
    labelled_years: dict[str, int] | None = None
    years = _series_years(doc)
    run: list[Observation] = []
    bare: list[Observation] = []  # values under a year alone (「令和6年度：○○」), kind unsaid
    run_years: dict[str, int] = {}  # a kind's year given by a field of its own (基準年度)
    word_years: dict[str, int] = {}  # a label word's year (「中間年度」: the 「中間目標」's)
    name: Cell | None = None
    above: Block | None = None  # the line before the run: a header of years, perhaps
    # the last indicator named and the numbered section it was named in: a dated value
    # field further down the same section (past its 主な取組) is that indicator's
    section: tuple[int | None, Cell] | None = None
    for block in [*doc.blocks, None]:
        if block is not None and block.kind == "item" and block.label is None:
            block = _run_in_field(doc, block)  # 「- 指標：○○数 基準値 …」 as a list item
        if block is None or block.kind != "field" or block.label is None or block.value is None:
            yield from _run_values(run, bare, run_years, context)
            run, bare, name, above = [], [], _heading_over_kinds(doc, block), block
            run_years, word_years = {}, {}
            if block is not None and block.kind == "heading" and block.number:
                section = None  # the next numbered section: its own indicator, if any
            continue
        start = block.value_start or block.start
        value = Cell(block.value, start, start + len(block.value))
        if (worded := worded_year(block.label, block.value)) is not None:
            word_years[worded[0]] = worded[1]  # 「中間年度：2030」: the year of 「中間目標：30」
        if (kind_year := year_of_kind_field(block.label, block.value)) is not None:
            run_years[kind_year[0]] = kind_year[1]  # 「基準年度：R5」: the year of 「基準値：85」
            continue
        if worded is not None:
            continue
        if field_of(block.label) == "indicator":
            yield from _run_values(run, bare, run_years, context)
            run, bare, run_years, word_years = [], [], {}, {}
            defaults = kind_years(doc) if defaults is None else defaults
            name, inline = _inline_values(doc, value, context, defaults)
            name = _bare_name(name)
            section = (_numbered_section(doc, block), name) if name is not None else None
            yield from inline
            continue
        if (
            name is None
            and section is not None
            and section[0] == _numbered_section(doc, block)
            and (dated := _column(block.label, 0, context)) is not None
            and dated.year is not None
        ):
            name = section[1]  # 「令和7年度実績：○○.○」 at the section's end
        if (
            name is not None
            and re.search(r"[:：]", block.value)
            and len(pairs := _kind_value_pairs(doc, block, context)) >= 2
        ):
            # 「基準値（R5）：98.9　R7目標：99.1　R7実績：99.2」: a field, then the next ones
            # run on after its value, each kind dated by its label
            for column, cell in pairs:
                if (observation := _observation(doc, name, cell, column, context)) is not None:
                    yield observation
            continue
        column = _column(block.label, 0, context)
        if column is not None and column.year is None and (
            (opened := _opening_word(block.label, word_years)) is not None
        ):
            column = _Column(column.index, column.kind, word_years[opened])
        if column is None and name is not None and (year := _bare_year(block.label)) is not None:
            observation = _observation(doc, name, value, _Column(0, "actual", year), context)
            if observation is not None:
                bare.append(observation)
            continue
        if column is not None and column.year is None and name is not None:
            # 「基準値は令和5年度実績、目標値は令和7年度の値です」: a legend dating the fields,
            # by the label itself first (「「現状」は令和5年度」), else by its kind
            labelled = labelled_years if labelled_years is not None else label_years(doc)
            labelled_years = labelled
            defaults = kind_years(doc) if defaults is None else defaults
            year = labelled.get(block.label.strip(), defaults.get(column.kind))
            if year is not None:
                column = _Column(column.index, column.kind, year)
        series = _series(value, years)
        if not series and name is not None and column is not None and " " in value.text:
            series = _series(value, _header_years(doc, above, context))
        if name is not None and column is not None and series:
            for cell, year in series:
                dated = _Column(0, column.kind, year)
                observation = _observation(doc, name, cell, dated, context)
                if observation is not None:
                    yield observation
        elif name is not None and column is not None and not _undated_series(value):
            later = _kind_labels_in(value.text, context)
            if later and later[0][0] > 0:
                # 「基準値 ○○(令和3年) 令和6年度実績 ○○」: the next kind's value run on after it
                cut = later[0][0]
                rest = Cell(value.text[cut:], value.start + cut, value.end)
                yield from _inline_values(doc, rest, context, {}, name=name)[1]
                head = value.text[:cut].rstrip()
                value = Cell(head, value.start, value.start + len(head))
            observation = _observation(doc, name, value, column, context, keep_yearless=True)
            if observation is not None:
                run.append(observation)


def _run_values(
    run: list[Observation], bare: list[Observation], years: dict[str, int], context: int | None
) -> Iterator[Observation]:
    """A run's values when it ends: dated by its kinds' year fields, and its values under a
    year alone that lie between its baseline and its target."""
    yield from _dated_run(_dated_by_fields(run, years), context)
    yield from _years_between(run, bare, context)


def _opening_word(label: str, words: dict[str, int]) -> str | None:
    """The longest word of `words` a label opens with (「中間」 of 「中間目標」)."""
    return max((w for w in words if label.strip().startswith(w)), key=len, default=None)


def _bare_year(label: str) -> int | None:
    """The year a label that is a year alone names (「令和6年度」), else None."""
    mentions = year_mentions(label)
    return mentions[0].year if len(mentions) == 1 and bare_period(label) else None


def _years_between(
    run: list[Observation], bare: list[Observation], context: int | None
) -> list[Observation]:
    """Values under a year alone between a run's baseline and its target (「基準値（令和3年度）」,
    「令和6年度」, 「令和7年度」, 「目標値（令和9年度）」): the years the indicator has been
    measured in since its baseline, up to the year the page reports — actuals."""
    start = [o.fiscal_year for o in run if o.kind == "baseline" and o.fiscal_year is not None]
    end = [o.fiscal_year for o in run if o.kind == "target" and o.fiscal_year is not None]
    if not bare or not start or not end:
        return []
    return [
        o for o in bare
        if o.fiscal_year is not None and min(start) < o.fiscal_year < max(end)
        and (context is None or o.fiscal_year <= context)
    ]  # fmt: skip


def _dated_by_fields(run: list[Observation], years: dict[str, int]) -> list[Observation]:
    """The run's yearless values dated by the kinds' year fields."""
    return [replace(o, fiscal_year=years[o.kind]) if o.fiscal_year is None and o.kind in years
            else o for o in run]  # fmt: skip


def _numbered_section(doc: StructuredDocument, block: Block) -> int | None:
    """The index of the nearest numbered heading over `block` (the section it is in)."""
    return next((h.index for h in doc.headings_above(block) if h.number), None)


def _run_in_field(doc: StructuredDocument, block: Block) -> Block:
    """A list item opening with an indicator's label and a colon (「- 指標：○○数 基準値 …」)
    as the field it prints; any other item as it is. Only the indicator label: other
    run-in labels of items are read by the readers of their own fields."""
    text = doc.folded[block.start : block.end]
    match = _RUN_IN_INDICATOR.match(text)
    if match is None or field_of(match.group("label"), exact=True) != "indicator":
        return block
    value = text[match.end() :].rstrip()
    if not value:
        return block
    return replace(
        block, kind="field", label=match.group("label"), value=value,
        value_start=block.start + match.end(),
    )  # fmt: skip


_RUN_IN_INDICATOR = re.compile(r"^[\s\-*・•]*(?P<label>[^:：\s]{1,8})[:：]\s*")


# 「指標 ○○率（％）基準値（R5）78.4 R6目標 80.0」: a form's label, a space, then its value
_SPACED_LABEL = re.compile(r"^(?P<label>\S{2,6})[ \t　]+(?=\S)")


def _from_spaced_label_lines(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """A form's indicator field whose label the PDF's text set off by a space, not a colon
    (「指標 ○○率（％）基準値（R5）78.4 R6目標 80.0 R6実績 79.1」): read as the field
    「指標：…」 is, when two kind-labelled values at least follow the name."""
    for block in doc.of_kind("paragraph"):
        found = _SPACED_LABEL.match(block.text)
        if found is None or field_of(found.group("label"), exact=True) != "indicator":
            continue
        rest = block.text[found.end() :]
        if len(_kind_labels_in(rest, context)) < 2:
            continue
        start = block.start + found.end()
        tail = _wrapped_tail(doc, block)
        gap = tail.start - (start + len(rest)) if tail is not None else 0
        text = rest + tail.text if tail is not None else rest
        joined = cast(StructuredDocument, _Joined(doc, start + len(rest), gap)) if gap else doc
        yield from _inline_values(joined, Cell(text, start, start + len(text)), context, {})[1]


_WRAP_MAX = 8  # characters of a line's tail the PDF's text wrapped onto a line of its own


def _wrapped_tail(doc: StructuredDocument, block: Block) -> Cell | None:
    """The few characters a PDF line wrapped onto the next line (「… R9」 over 「目標 400件」,
    「… 180,」 over 「000」): the next block, short, with no sentence nor colon of its own."""
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if after is None or after.kind == "table":
        return None
    line = doc.text[after.start : after.end].strip()
    if not line or len(line) > _WRAP_MAX or re.search(r"[:：。、]", line):
        return None
    at = doc.text.index(line, after.start)
    return Cell(line, at, at + len(line))


class _Joined:
    """A document seen through a line joined to its wrapped tail: a position past `cut` in
    the joined line is `gap` characters further on in the text (past the line break)."""

    def __init__(self, doc: StructuredDocument, cut: int, gap: int) -> None:
        self._doc, self._cut, self._gap = doc, cut, gap

    def span(self, start: int, end: int) -> Span:
        return self._doc.span(
            start + self._gap if start >= self._cut else start,
            end + self._gap if end > self._cut else end,
        )

    def cell_span(self, cell: Cell) -> Span:
        return self.span(cell.start, cell.end)

    def __getattr__(self, name: str) -> object:
        return getattr(self._doc, name)


def _heading_over_kinds(doc: StructuredDocument, block: Block | None) -> Cell | None:
    """「○○施設の延床面積（××を除く）」 as a heading of its own (or an entry 「・○○率」) over
    the fields 「基準値 7,613㎡（令和元年度末）」, 「目標値 …」: an unnumbered short heading, no
    label nor sentence nor year, whose next block is a field of a kind names the indicator of
    the run."""
    if (
        block is None
        or block.kind not in ("heading", "item")
        or block.number is not None
        or not _kind_fields_follow(doc, block)
    ):
        return None
    text = block.text.strip()
    field, rest = opening_label(text)
    if field == "indicator":
        text = text[rest:]  # 「［指標］　○○数」: the label, then the name
    if (
        not text
        or field_of(text, exact=True) is not None
        or len(text) > _SERIES_NAME_MAX
        or re.search(r"[。、:：]|\s{3,}", text)
        or year_mentions(text)
    ):
        return None
    start = doc.folded.find(text, block.start, block.end)
    return _bare_name(Cell(text, start, start + len(text))) if start >= 0 else None


def _kind_fields_follow(doc: StructuredDocument, block: Block) -> bool:
    """Whether a field of a kind's value follows `block`, perhaps after a few fields saying
    what the values are (「単位：％」, 「現状年度：2024」, a record's 「id」): the fields of
    an indicator's record."""
    for following in doc.blocks[block.index + 1 : block.index + 1 + _ATTRIBUTE_FIELDS + 1]:
        if following.kind != "field":
            return False
        label, value = following.label or "", following.value or ""
        if field_of(label, exact=True) in _KINDS:
            return True
        if not (
            field_of(label) in _VALUE_ATTRIBUTES
            or year_of_kind_field(label, value) is not None
            or keys_rows(label)
            or _unit_word(value)  # 「unit：億円」: a data key naming the values' unit
        ):
            return False
    return False


def _unit_word(value: str) -> bool:
    """A short value with no figure in it: a unit's word (人, 億円, ％)."""
    text = value.strip()
    return 0 < len(text) <= _UNIT_WORD_MAX and not re.search(r"[0-9０-９]", text)


_UNIT_WORD_MAX = 4
_ATTRIBUTE_FIELDS = 4  # 「id」「単位」「現状年度」「出典」 before the first value
_VALUE_ATTRIBUTES = ("unit", "fiscalYear")


def _from_kind_lines(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """An indicator field (成果指標　○○者数) then lines of values each after its label
    (「平成30年度実績　5　　令和元年度実績　6」, 「最終目標(令和3年度)　6」): a form's
    stack of dated values, each label giving its value's kind and year."""
    name: Cell | None = None
    for block in doc.blocks:
        if block.kind == "field" and block.label and field_of(block.label) == "indicator":
            value = block.value or ""
            start = block.value_start or block.start
            name = _bare_name(Cell(value, start, start + len(value))) if value else None
            continue
        if block.kind == "field" and block.label and field_of(block.label, exact=True) == "unit":
            continue  # 指標名 X / 単位 人 / 基準値(R1) 12: the unit line is the indicator's
        pairs = _kind_value_pairs(doc, block, context) if block.kind in (
            "heading", "paragraph") else []  # fmt: skip
        if not pairs:
            name = _heading_name(doc, block)
            continue
        if name is None:
            continue
        for column, cell in pairs:
            observation = _observation(doc, name, cell, column, context)
            if observation is not None:
                yield observation


def _heading_name(doc: StructuredDocument, block: Block) -> Cell | None:
    """「【延床面積の縮減目標】」 over lines 「基準値(平成27年度) 27,135㎡」: an unnumbered
    heading (or a short line, perhaps bulleted 「・○○の稼働率(%)」: a name, no sentence, no
    year) that is no label of its own, followed by a line of dated kinds and values, names
    the indicator those lines measure."""
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if (
        block.kind not in ("heading", "paragraph", "item")
        or block.number is not None
        or field_of(block.text, exact=True) is not None
        or len(block.text) > _SERIES_NAME_MAX
        or re.search(r"[。、:：]|\s{3,}", block.text)  # a sentence; two cells side by side
        or year_mentions(block.text)
        or following is None
        or following.kind not in ("heading", "paragraph")
        or not _kind_value_pairs(doc, following, None)
    ):
        return None
    start = doc.folded.find(block.text, block.start, block.end)
    if start < 0:
        return None
    return Cell(block.text, start, start + len(block.text))


# a value and its unit, perhaps a note in brackets after it (「31,750人(基準値から約25%増)」)
_PAIR_VALUE = re.compile(
    r"^(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4})(?:\s*[(（][^()（）]*[)）])?$"
)


def _kind_value_pairs(
    doc: StructuredDocument, block: Block, context: int | None
) -> list[tuple[_Column, Cell]]:
    """A line made only of values each after the label of its dated kind, else nothing:
    「平成30年度実績 5 令和元年度実績 6」, 「2022年度実績 21 / 2023年度目標 24」,
    「R4実績 21分 → R5実績 15分」, 「令和5年度実績 42回(令和5年度目標 48回)」."""
    text = doc.folded[block.start : block.end]
    if (lead := _KIND_LEAD.match(text)) is not None:
        # 「実績値 令和2年度 51.5 令和3年度 53.0」: the kind once, then years and values
        column = _column(lead.group("label"), 0, context)
        if column is not None and column.year is None:
            series = _dated_series(doc, block, lead.end(), column, context)
            if series:
                return series
    found = _kind_labels_in(text, context)
    if not found or text[: found[0][0]].strip(_PAIR_MARKS):
        return []
    pairs = []
    for (begin, match), after in zip(found, [*found[1:], None], strict=True):
        end = after[0] if after else len(text)
        printed = text[match.end() : end].strip(_PAIR_MARKS)
        column = _column(text[begin : match.end("label")], 0, context)
        value = _PAIR_VALUE.match(printed) or _PAIR_VALUE.match(text[match.end() : end].strip())
        if column is None or column.year is None or value is None:
            return []
        at = block.start + text.index(value.group("value"), match.end())
        pairs.append((column, Cell(value.group("value"), at, at + len(value.group("value")))))
    return pairs


_KIND_LEAD = re.compile(r"^\s*(?P<label>[^\s0-9:：]{1,6})[\s:：]+")
_SERIES_VALUE = re.compile(r"\s*(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）、,]{0,4})")


def _dated_series(
    doc: StructuredDocument, block: Block, at: int, column: _Column, context: int | None
) -> list[tuple[_Column, Cell]]:
    """The years and values after a kind's label printed once for them all (「令和2年度 51.5
    令和3年度 53.0」, two pairs or more and nothing else), each value with its year."""
    text = doc.folded[block.start : block.end]
    pairs: list[tuple[_Column, Cell]] = []
    end = at
    for mention in year_mentions(text[at:], context=context):
        start = at + mention.start
        if mention.kind == "date" or text[end:start].strip(_PAIR_MARKS):
            return []
        value = _SERIES_VALUE.match(text, at + mention.end)
        if value is None:
            return []
        begin = block.start + value.start("value")
        printed = Cell(value.group("value"), begin, begin + len(value.group("value")))
        pairs.append((replace(column, year=mention.year), printed))
        end = value.end()
    if len(pairs) < 2 or text[end:].strip(_PAIR_MARKS):
        return []
    return pairs


def _from_label_tables(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """A table of labels and their values (指標名 | ○○数, 目標値(令和5年度) | 40人,
    実績値 | 38人), one or two pairs to a row: the fields of a sheet set out as a table,
    read as the fields are."""
    for block in doc.of_kind("table"):
        table = block.table
        if table is None:
            continue
        pairs = label_pairs(  # two fields to a row: 「基準値(R2) | 120 | 目標値(R7) | 150」
            table, lambda text: field_of(text) is not None or _column(text, 0, context) is not None
        )
        if pairs is None:
            continue
        name: Cell | None = None
        run: list[Observation] = []
        # 「基準値は令和5年度実績、目標値は令和7年度の値です」: a legend dating yearless values
        legend = kind_years(doc)
        for label, value in pairs:
            if field_of(label.text) == "indicator":
                yield from _dated_run(run, context)
                name, run = _bare_name(value), []
                continue
            if not label.text.strip() and name is not None and not run:
                run = _continued_values(doc, name, value, context)  # its values' own row
                continue
            column = _column(label.text, 0, context)
            if name is None or column is None:
                continue
            if (dated := _year_of_kind(label.text, value.text, context)) is not None:
                # 「基準値 | 99.12 | 基準年度 | 2023」: the year of the kind's value beside it
                run = [replace(o, fiscal_year=dated) if o.kind == column.kind
                       and o.fiscal_year is None else o for o in run]  # fmt: skip
                continue
            if column.year is None and column.kind in legend:
                column = _Column(column.index, column.kind, legend[column.kind])
            if column.year is None and (series := _series_in_cell(doc, value, column, context)):
                run.extend(o for c, v in series
                           if (o := _observation(doc, name, v, c, context)) is not None)
                continue  # 「実績値 | 令和6年度 | 99.18 | 令和7年度 | 99.26」
            observation = _observation(doc, name, value, column, context, keep_yearless=True)
            if observation is not None:
                run.append(observation)
        yield from _dated_run(run, context)


def _year_of_kind(label: str, value: str, context: int | None) -> int | None:
    """「基準年度 | 2023」 (「基準年 | R5」): a kind's label closed by 年度 (or 年) over a cell
    that is one year: that kind's year; else None."""
    if not label.strip().endswith(("年度", "年")):
        return None
    text = value.strip()
    if re.fullmatch(r"(?:19|20)[0-9]{2}", text):
        return int(text)
    mentions = year_mentions(text, context=context)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text):
        return mentions[0].year
    return None


def _series_in_cell(
    doc: StructuredDocument, value: Cell, column: _Column, context: int | None
) -> list[tuple[_Column, Cell]]:
    """「令和6年度 99.18 令和7年度 99.26」 as a kind's value (a row's cells after its label):
    each value after its year, two at least and nothing else; else none."""
    text = doc.folded[value.start : value.end].replace("\t", " ")
    pairs: list[tuple[_Column, Cell]] = []
    end = 0
    for mention in year_mentions(text, context=context):
        if mention.kind == "date" or text[end : mention.start].strip(_PAIR_MARKS):
            return []
        found = _SERIES_VALUE.match(text, mention.end)
        if found is None:
            return []
        at = value.start + found.start("value")
        printed = Cell(found.group("value"), at, at + len(found.group("value")))
        pairs.append((replace(column, year=mention.year), printed))
        end = found.end()
    return pairs if len(pairs) >= 2 and not text[end:].strip(_PAIR_MARKS) else []


def _continued_values(
    doc: StructuredDocument, name: Cell, value: Cell, context: int | None
) -> list[Observation]:
    """成果指標 | ○○量 over a row with no label | 目標 ○,○○○ ／ 実績 ○,○○○（R6）: the name's
    values, each after its kind's label, continued in the cell below (a boxed sheet's field
    over two lines)."""
    return _inline_values(doc, value, context, {}, name=name)[1]


def _dated_run(run: list[Observation], context: int | None) -> Iterator[Observation]:
    """A run's values; yearless ones take the document's year when an actual is among them."""
    yearless_actual = any(o.fiscal_year is None and o.kind == "actual" for o in run)
    for observation in run:
        if observation.fiscal_year is None and yearless_actual and context is not None:
            yield replace(observation, fiscal_year=context)
        elif observation.fiscal_year is not None or observation.kind == "target":
            yield observation


@cache
def _kind_label_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(label) for label in kind_labels())
    # 「現状値(令和6年度)7地区」: the label may carry its year in brackets before the value
    return re.compile(
        rf"(?P<label>(?:{words})(?:\s*[(（][^()（）]{{1,15}}[)）])?)"
        r"(?:[\s:：]*(?=[-−▲△0-9―ー─])|\s*[:：]\s*(?=" + _YEAR_THEN_VALUE + "))"
    )


# 「実績値：令和6年度 66／令和7年度 104」: a kind's values each after its year (the label
# then a colon: 「実績値 令和4年度 61.2」 is a line of a series read on its own)
_YEAR_THEN_VALUE = r"(?:令和|平成|R|H)?[0-9元]{1,4}年度?\s+[-−▲△]?[0-9]"


_LABEL_BOUNDARY = " \t→⇒/／、,:：()（）"
_YEAR_GLUE = re.compile(r"(?<=[年度])(?:(?:末|時点|現在)の?|の)$")  # 「令和8年度末見込み」 too


def _kind_labels_in(text: str, context: int | None) -> list[tuple[int, re.Match[str]]]:
    """Each kind's label before a value in `text`, with where the label starts: at the
    kind's word, or at the year printed just before it (「令和5年度実績 42」, 「R7目標 60」).
    A label starts a word (after a space, an arrow, a slash, a colon or a bracket): 事業計画
    holds no label of a plan's value."""
    found: list[tuple[int, re.Match[str]]] = []
    for match in _kind_label_pattern().finditer(text):
        begin = match.start()
        word = re.search(rf"[^{re.escape(_LABEL_BOUNDARY)}0-9年度末の]+$", text[:begin])
        if word is not None:
            field = field_of(word.group() + match.group("label"))
            if field in _KINDS and field == field_of(match.group("label")):
                begin = word.start()  # 「最終目標」: a longer label of the same kind
        before = text[:begin].rstrip(" ")
        glue = _YEAR_GLUE.search(before)  # 「令和5年度末の実績」: the year, then の
        if glue is not None and glue.start() < len(before):
            before = before[: glue.start()]
        mentions = [m for m in year_mentions(before, context=context) if m.kind != "date"]
        if mentions and mentions[-1].end == len(before) and (
            mentions[-1].start == 0 or before[mentions[-1].start - 1] in _LABEL_BOUNDARY
        ):
            begin = mentions[-1].start
        if begin == 0 or text[begin - 1] in _LABEL_BOUNDARY:
            found.append((begin, match))
    return found


def _inline_values(
    doc: StructuredDocument,
    cell: Cell,
    context: int | None,
    defaults: dict[str, int],
    *,
    name: Cell | None = None,
) -> tuple[Cell, list[Observation]]:
    """The indicator's name and the values labelled with their kind after it in one field
    (「○○率：基準値 40.0%(令和2年度)／令和5年度実績 45.1%」); with `name`, the cell holds
    the values only, the name printed elsewhere."""
    found = _kind_labels_in(cell.text, context)
    if not found:
        return cell, []
    if name is None:
        name_text = cell.text[: found[0][0]].rstrip(_SEPARATORS + ":：")
        name = Cell(name_text.strip(), cell.start, cell.start + len(name_text))
    elif cell.text[: found[0][0]].strip():
        return cell, []  # words before the first label: not values alone
    if not name.text:
        return cell, []
    observations: list[Observation] = []
    own_year: list[bool] = []  # each value's year printed with it, not in its label
    before: _Column | None = None
    for (begin, match), after in zip(found, [*found[1:], None], strict=True):
        end = after[0] if after else len(cell.text)
        printed = cell.text[match.end() : end].rstrip(_SEPARATORS)
        value = Cell(printed, cell.start + match.end(), cell.start + match.end() + len(printed))
        column = _column(cell.text[begin : match.end("label")], 0, context)
        if column is None:
            continue
        column = _year_carried([before, column])[1] or column
        before = column
        labelled_year = column.year is not None
        if column.year is None:
            column = _Column(0, column.kind, defaults.get(column.kind))
        for part, year in _listed_values(value, context):  # 「目標 40件(R8)・55件(R10)」
            at = replace(column, year=year) if year is not None else column
            observation = _observation(doc, name, part, at, context)
            if observation is not None:
                observations.append(observation)
                own_year.append(not labelled_year and observation.fiscal_year is not None)
    return name, _paired_targets(observations, own_year)


_LISTED_VALUE = re.compile(r"[0-9][0-9,.]*[^0-9()（）・]{0,4}[(（][^()（）]+[)）]")


def _listed_values(value: Cell, context: int | None) -> list[tuple[Cell, int | None]]:
    """「40件(令和8年度)・55件(令和10年度)」 after one kind's label: values of that kind
    for several years, each with its own year in brackets, listed with 「・」; or each after
    its year (「令和6年度 66／令和7年度 104」); any other value as it is."""
    if (dated := _year_first_values(value, context)) is not None:
        return dated
    parts = value.text.split("・")
    if len(parts) < 2 or not all(_LISTED_VALUE.fullmatch(p.strip()) for p in parts):
        return [(value, None)]
    cells, at = [], value.start
    for part in parts:
        cells.append((Cell(part.strip(), at, at + len(part.strip())), None))
        at += len(part) + 1
    return cells


_YEAR_FIRST = re.compile(
    r"\s*(?P<year>[^/／・、\s]+)\s+(?P<value>[-−▲△]?[0-9][0-9,]*(?:\.[0-9]+)?\S{0,4})\s*"
)


def _year_first_values(value: Cell, context: int | None) -> list[tuple[Cell, int | None]] | None:
    """「令和6年度 66／令和7年度 104」: two values or more, each after its year."""
    found: list[tuple[Cell, int | None]] = []
    at = 0
    for part in re.split(r"[/／・、]", value.text):
        m = _YEAR_FIRST.fullmatch(part)
        years = year_mentions(m.group("year"), context=context) if m else []
        if m is None or len(years) != 1 or years[0].end != len(m.group("year")):
            return None
        begin = value.start + at + m.start("value")
        found.append((Cell(m.group("value"), begin, begin + len(m.group("value"))), years[0].year))
        at += len(part) + 1
    return found if len(found) >= 2 else None


def _paired_targets(observations: list[Observation], own_year: list[bool]) -> list[Observation]:
    """「目標 71.0 実績 70.4（R5）」: a target printed without a year, set against the actual
    right after it whose value carries its year in brackets, is the target of that year.
    An actual dated by its label (「目標 500 ／ 令和6年度末実績 520」) dates only itself."""
    if not observations:
        return []
    return [
        replace(o, fiscal_year=after.fiscal_year)
        if o.kind == "target" and o.fiscal_year is None and after is not None
        and after.kind == "actual" and dated
        else o
        for o, after, dated in zip(
            observations, [*observations[1:], None], [*own_year[1:], False], strict=True
        )
    ]  # fmt: skip


_SEPARATORS = " \t→⇒/／、,"


def _series_years(doc: StructuredDocument) -> list[int]:
    """「※各指標の列は左から令和元年度、令和2年度、令和3年度」: the years, in order, of the
    values a sheet prints side by side without their own labels."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        text = doc.folded[block.start : block.end]
        for label in labels_of("leftToRight"):
            at = text.find(label)
            if at >= 0:
                mentions = year_mentions(text[at + len(label) :])
                if len(mentions) >= 2:
                    return [m.year for m in mentions]
    return []


def _header_years(doc: StructuredDocument, line: Block | None, context: int | None) -> list[int]:
    """「種別 指標 R1 R2 R3」: a table's header printed as a line of its own over fields
    (目標 11 12 13 / 実績 10 12 -): the years it closes on, in order, one per value. The
    reader may have taken the line for a heading (「（年度） 令和4年度 令和5年度」)."""
    if line is None or line.kind not in ("paragraph", "heading"):
        return []
    text = doc.folded[line.start : line.end].strip()
    mentions = year_mentions(text, context=context)
    closing: list[YearMention] = []
    end = len(text)
    for mention in reversed(mentions):
        if mention.kind == "date" or text[mention.end : end].strip():
            break
        closing.insert(0, mention)
        end = mention.start
    return [m.year for m in closing] if len(closing) >= 2 else []


def _series(cell: Cell, years: list[int]) -> list[tuple[Cell, int]]:
    """A field holding one value per year of the note (「24 26 28」), each with its year."""
    words = [
        Cell(m.group(), cell.start + m.start(), cell.start + m.end())
        for m in _WORD.finditer(cell.text)
    ]
    if len(years) < 2 or len(words) != len(years):
        return []
    if not all(_LEADING_NUMBER.match(w.text) or _kind_of_blank(w.text) for w in words):
        return []
    return list(zip(words, years, strict=True))


def _undated_series(cell: Cell) -> bool:
    """「目標 11 12 13」 with no years to date them: a series, no one value of any year."""
    words = _WORD.findall(cell.text)
    return len(words) >= 2 and all(
        _LEADING_NUMBER.fullmatch(w) or _kind_of_blank(w) for w in words
    )


_NAMED_GOAL = re.compile(
    r"^(?P<name>[^\s0-9].*?)\s+(?P<value>[-−▲]?[0-9][0-9,]*(?:\.[0-9]+)?\S*?)\s*"
    r"\((?P<note>[^()]+)\)$"
)
_DATED_VALUE = re.compile(
    r"^(?P<value>[-−▲]?[0-9][0-9,]*(?:\.[0-9]+)?\S*?)\s*\((?P<note>[^()]+)\)$"
)


# 「4.2億円（R5）▶ 5.0億円（R11）」: where the indicator stands, then where it should go
_ARROW_PAIR = re.compile(
    r"^\s*(?P<base>[^▶→⇒➡➔]*?[0-9][^▶→⇒➡➔]*?[(（][^()（）]+[)）])\s*[▶→⇒➡➔]\s*"
    r"(?P<goal>[^▶→⇒➡➔]*?[0-9][^▶→⇒➡➔]*?[(（][^()（）]+[)）])\s*$"
)


def _from_arrow_pairs(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「ＫＰＩ　X件数」 over 「12件（R5）▶ 40件（R11）」: an indicator's field, then a line of
    two values each dated in brackets, an arrow between: the first its baseline, the last its
    target (a leaflet prints no kind's label)."""
    for block, after in itertools.pairwise(doc.blocks):
        if block.kind != "field" or field_of(block.label or "", exact=True) != "indicator":
            continue
        value = (block.value or "").strip()
        if not value or block.value_start is None or after.kind == "table":
            continue
        text = doc.folded[after.start : after.end]
        pair = _ARROW_PAIR.match(text)
        if pair is None:
            continue
        at = doc.folded.find(value, block.value_start)
        name = Cell(value, at, at + len(value))
        for group, kind in (("base", "baseline"), ("goal", "target")):
            printed = pair.group(group).strip()
            start = after.start + text.index(printed, pair.start(group))
            cell = Cell(printed, start, start + len(printed))
            yield from _observed(doc, name, cell, _Column(0, kind, None), context)


def _from_goal_fields(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「目標：X率 20.0%(平成30年度末 14.2%)」 then 「実績：21.3%(令和元年度)」: the indicator
    named in the target field, its baseline dated in the bracket, and the actual of the field
    after it, dated in its own bracket; the target is of the actual's year."""
    for block, after in itertools.pairwise(doc.blocks):
        if block.kind != "field" or _kind_of(block.label or "") != "target":
            continue
        goal = _NAMED_GOAL.match((block.value or "").strip())
        if goal is None or _kind_of(goal.group("name")) is not None:
            continue
        actual = None
        if after.kind == "field" and _kind_of(after.label or "") == "actual":
            actual = _DATED_VALUE.match((after.value or "").strip())
        actual_year = _note_year(actual.group("note"), context) if actual else None
        if actual is None or actual_year is None:
            continue
        located = _named_value_cells(doc, block, goal)
        if located is None:
            continue
        name, target = located
        yield from _observed(doc, name, target, _Column(0, "target", actual_year), context)
        base = _note_value(goal.group("note"), context)
        if base is not None:
            text, year = base
            start = name.start + goal.start("note") + goal.group("note").rindex(text)
            cell = Cell(text, start, start + len(text))
            yield from _observed(doc, name, cell, _Column(0, "baseline", year), context)
        value_at = doc.folded.find(actual.group(0), after.start, after.end)
        if value_at >= 0:
            cell = Cell(actual.group("value"), value_at, value_at + len(actual.group("value")))
            yield from _observed(doc, name, cell, _Column(0, "actual", actual_year), context)


def _named_value_cells(
    doc: StructuredDocument, block: Block, found: re.Match[str]
) -> tuple[Cell, Cell] | None:
    """The name and value groups of a field's value as cells of the document, so the facts
    read from them keep their evidence (None: the value is not found in the block)."""
    at = doc.folded.find(found.group(0), block.start, block.end)
    if at < 0:
        return None
    name = Cell(found.group("name"), at, at + len(found.group("name")))
    return name, Cell(found.group("value"), at + found.start("value"), at + found.end("value"))


def _note_year(note: str, context: int | None) -> int | None:
    """The one year a bracket gives (令和元年度, 令和2年3月末: that fiscal year)."""
    mentions = year_mentions(note, context=context)
    return mentions[0].year if len(mentions) == 1 else None


def _note_value(note: str, context: int | None) -> tuple[str, int] | None:
    """「平成30年度末 14.2%」, 「平成29年度実績 912g」: the value a bracket dates, and its year."""
    year = _note_year(note, context)
    parts = note.split()
    if year is None or len(parts) != 2 or not _LEADING_NUMBER.match(parts[1]):
        return None
    return parts[1], year


_NAMED_FIGURE = re.compile(
    r"^(?P<name>[^\s0-9、。,()（）]{2,30})\s+(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）円]{0,3})"
    r"(?:\s*[(（][^()（）]*[)）])?$"
)


def _from_named_kind_fields(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「㋐ 実績：○○利用者 1,263人(前年度比 110%)」: a field labelled with a kind whose value is
    a name and one figure (a note in brackets after it): that figure, the kind's value of the
    year the document reports on. A sentence, several figures or money are no such value."""
    if context is None:
        return
    for block in doc.of_kind("field"):
        label = re.sub(r"^[^\w]+", "", (block.label or "").strip())
        kind = _kind_of(label)
        found = _NAMED_FIGURE.match((block.value or "").strip())
        if kind is None or found is None or has_predicate(found.group("name")):
            continue
        located = _named_value_cells(doc, block, found)
        if located is None:
            continue
        name, value = located
        yield from _observed(doc, name, value, _Column(0, kind, context), context)


def _from_named_series(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """「○○率(%)：基準値 40.0(令和2年度)／令和5年度実績 45.1／令和8年度目標 50」 as a line
    of its own (a definition list's term and description, a bullet): a name, a colon, then
    values each after its kind's label. Two kinds at least, or one under a heading about
    indicators: a single labelled figure in a line is no series. Money is a budget's."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item", "field"):
            continue
        if block.kind == "field" and field_of(block.label or "") is not None:
            continue  # a known field's value is read as that field
        text = doc.folded[block.start : block.end]
        colon = re.search(r"[:：]", text)
        if colon is None:
            continue
        head = text[: colon.start()].strip().lstrip(_MARKS).strip()
        if not head or len(head) > _SERIES_NAME_MAX or re.search(r"[。、]", head):
            continue
        found = _kind_labels_in(text, context)
        if not found or found[0][0] < colon.end() or text[colon.end() : found[0][0]].strip():
            continue  # the values start right after the colon
        # 「…残高：令和8年度末見込み ○○億円」: a balance at a year's end, no year's budget
        stock = all("末" in text[begin : match.end("label")] for begin, match in found)
        if "円" in text[colon.end() :] and not stock:
            continue
        name, observations = _inline_values(doc, Cell(text, block.start, block.end), context, {})
        kinds = {o.kind for o in observations}
        headed = any(field_of(h.text, exact=True) == "indicator" for h in doc.headings_above(block))
        if len(kinds) < 2 and not ((headed or stock) and observations):
            continue
        bare = _bare_name(_unmarked(name)) or name
        yield from (replace(o, indicator=bare.text, evidence={
            **o.evidence, "indicator": doc.cell_span(bare)}) for o in observations)  # fmt: skip


def _unmarked(name: Cell) -> Cell:
    """The name without the bullet before it."""
    text = name.text.lstrip(_MARKS + " ")
    start = name.start + len(name.text) - len(text)
    return Cell(text, start, name.end)


_BESIDE_GOAL = re.compile(
    r"^(?P<name>[^\s0-9、。:：()（）]{2,30})[\s:：]+"
    r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)\s*"
    r"[(（](?P<label>[^()（）0-9:：]{1,6}?)[\s:：]*"
    r"(?P<goal>[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）]{0,4}?)[)）]$"
)


def _from_values_beside_goals(
    doc: StructuredDocument, context: int | None
) -> Iterator[Observation]:
    """「○○件数 12件（目標15件）」 as a line of its own: a name, the value reached, and in brackets
    the target it is set beside: the actual and the target of the year the page reports on.
    Money is a budget's."""
    if context is None:
        return
    for block in doc.blocks:
        if block.kind not in ("heading", "paragraph", "item", "field"):
            continue
        if block.kind == "field" and field_of(block.label or "") is not None:
            continue  # a known field's value is read as that field
        text = doc.folded[block.start : block.end]
        lead = len(text) - len(text.lstrip(_MARKS + " \u3000"))
        found = _BESIDE_GOAL.match(text[lead:].rstrip())
        if found is None or "円" in found.group(0) or _kind_of(found.group("label")) != "target":
            continue
        if field_of(found.group("name"), exact=True) is not None:
            continue  # 「実績 12件（目標15件）」: a label, no name
        at = block.start + lead
        name = Cell(found.group("name"), at, at + found.end("name"))
        for group, kind in (("value", "actual"), ("goal", "target")):
            cell = Cell(found.group(group), at + found.start(group), at + found.end(group))
            yield from _observed(doc, name, cell, _Column(0, kind, context), context)
