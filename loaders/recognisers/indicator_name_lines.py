"""An indicator named with no label, its values after it each behind its kind's label.

A plan's list of indicators often prints the name bare, under a heading that says what the
list is: 「○○の設置数（地区）　現状値 ○○（令和X年度）→ 目標値 ○○（令和Y年度）」 on one line,
as tab-set cells of an outline, or the name on a (numbered) line of its own and the values on
the line under it: 「N ○○の利用率」 / 「基準値 ○.○％（ＲX） ／ 目標値 ○○.○％（ＲY）」, which the
structure reader may keep as a line or split into one field per kind. No label names the
indicator, so the values vouch for it: two of them at least, each after a kind's label
(現状値, 目標値 …, the field vocabulary's kinds) and each dated, by its label or by a year
printed after it. The name is the words before the first label, or else the short line just
above the values (no sentence, no year, no label of its own).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from loaders.facts import Observation
from loaders.field_vocabulary import field_of
from loaders.recognisers.indicator_fields import _inline_values, _kind_labels_in
from loaders.recognisers.indicator_values import _bare_name, _Column, _kind_of, _observation
from loaders.recognisers.indicator_year_pairs import ERA_YEAR
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block, Cell
from loaders.text.fiscal_year import year_mentions

_MIN_VALUES = 2  # one labelled value could be anything's; two dated kinds are a series
_NAME_MAX = 60
_NAME_MIN = 3  # 「数」 alone: the last character of a name wrapped from the line above
_OPENING = "(（「『［[【〔"
_CLOSING = ")）」』］]】〕"
_NAME_TRIM = " \t　→⇒/／、,:：・"
_SENTENCE = re.compile(r"[。]")
_WIDE_GAP = re.compile(r"[ \t\u3000]{3,}")
_LIST_MARK = re.compile(r"(?:[(（][^()（）\s]{1,3}[)）]|[-・•◦*＊]|[①-⑳])[ \u3000]*")
_LINE_KINDS = ("heading", "paragraph", "item")
_VALUE_KINDS = ("heading", "paragraph", "item", "field")
_RUN_MAX = 4  # the value lines under one name


def _values(
    doc: StructuredDocument, name: Cell, start: int, end: int, context: int | None
) -> list[Observation]:
    """The observations of the values in doc.folded[start:end] for `name`: only when the
    stretch is nothing but two dated labelled values or more."""
    cell = Cell(doc.folded[start:end], start, end)
    _, found = _inline_values(doc, cell, context, {}, name=name)
    if len(found) < _MIN_VALUES or any(o.fiscal_year is None for o in found):
        return []
    return found


def _name_cell(doc: StructuredDocument, start: int, end: int) -> Cell | None:
    """The name printed in doc.folded[start:end], trimmed; None for anything that is not a
    name (a sentence, a label, a year, too long)."""
    text = doc.folded[start:end]
    stripped = text.strip(_NAME_TRIM)
    if (lead := _LIST_MARK.match(stripped)) is not None:
        stripped = stripped[lead.end() :]  # 「(ア) ○○率」, 「- ○○率」: the list's mark
    if (
        len(stripped) < _NAME_MIN
        or len(stripped) > _NAME_MAX
        or _unbalanced(stripped)
        or _SENTENCE.search(stripped)
        or _WIDE_GAP.search(stripped)  # two columns side by side, not one name
        or "\n" in stripped
        or field_of(stripped, exact=True) is not None
        or year_mentions(stripped)
    ):
        return None
    at = start + text.index(stripped)
    return _bare_name(Cell(stripped, at, at + len(stripped)))


def _unbalanced(text: str) -> bool:
    """「計）」, 「）の相談件数」: the tail of a name wrapped from the line above, not a name."""
    depth = 0
    for ch in text:
        depth += (ch in _OPENING) - (ch in _CLOSING)
        if depth < 0:
            return True
    return depth != 0


def _from_line(
    doc: StructuredDocument, block: Block, context: int | None
) -> tuple[list[Observation], int]:
    """「○○数（地区）　現状値 ○○（令和X年度）→ 目標値 ○○（令和Y年度）」: name, values;
    with the index of the last block read."""
    start, end = block.start, block.end
    text = doc.folded[start:end]
    labels = _kind_labels_in(text, context)
    if len(labels) < _MIN_VALUES or not text[: labels[0][0]].strip(_NAME_TRIM):
        return [], block.index
    own = _text_span(doc, block)[0]  # the block's own text: its mark or number left out
    name_start = own if start <= own < start + labels[0][0] else start
    name = _name_cell(doc, name_start, start + labels[0][0])
    if name is None:
        return [], block.index
    found = _values(doc, name, start + labels[0][0], end, context)
    if not found:
        return [], block.index
    return _more_values(doc, block, name, found, context)


def _more_values(
    doc: StructuredDocument,
    block: Block,
    name: Cell,
    found: list[Observation],
    context: int | None,
) -> tuple[list[Observation], int]:
    """「基準値 ○人（R2）→ 目標値 ○人（R7）」 after the name, then 「令和6年度実績 ○人」 on
    the line under it: a line of values alone, in the same section, goes on with the same
    indicator (one dated value is enough, the line above vouching for the name)."""
    last = block.index
    seen = {(o.kind, o.fiscal_year) for o in found}
    for other in doc.blocks[block.index + 1 : block.index + 1 + _RUN_MAX]:
        if other.kind not in _LINE_KINDS or other.parent != block.parent:
            break
        if not _values_only(doc, other, context):
            break
        cell = Cell(doc.folded[other.start : other.end], other.start, other.end)
        _, more = _inline_values(doc, cell, context, {}, name=name)
        if not more or any(o.fiscal_year is None or (o.kind, o.fiscal_year) in seen for o in more):
            break
        seen |= {(o.kind, o.fiscal_year) for o in more}
        found = [*found, *more]
        last = other.index
    return found, last


def _values_only(doc: StructuredDocument, block: Block, context: int | None) -> bool:
    """A line (or field) that opens with a kind's label: values, no name before them."""
    text = doc.folded[block.start : block.end]
    labels = _kind_labels_in(text, context)
    return bool(labels) and not text[: labels[0][0]].strip(_NAME_TRIM)


def _from_name_above(
    doc: StructuredDocument, block: Block, context: int | None
) -> tuple[list[Observation], int]:
    """A short line naming the indicator, then the line(s) of its values under it; with
    the index of the last block read."""
    if block.kind not in _LINE_KINDS or _kind_labels_in(block.text, context):
        return [], block.index
    name = _name_cell(doc, *_text_span(doc, block))
    if name is None:
        return [], block.index
    run: list[Block] = []
    series: list[Observation] = []
    last = block.index
    for other in doc.blocks[block.index + 1 : block.index + 1 + _RUN_MAX]:
        if other.kind in _VALUE_KINDS and (dated := _year_series(doc, other, name, context)):
            series += dated  # 「実績値 R3 ○件 ／ R4 ○件」: a year before each value
            last = other.index
            continue
        if other.kind not in _VALUE_KINDS or not _values_only(doc, other, context) or series:
            break
        run.append(other)
        last = other.index
    if not run:
        return [], block.index
    return _values(doc, name, run[0].start, run[-1].end, context) + series, last


_SERIES_PAIR = re.compile(
    rf"(?P<year>{ERA_YEAR})(?P<label>見込み?|実績|目標)?"
    r"\s*(?P<value>[-−▲△]?[0-9][0-9,.]*\S*)"
)
_SERIES_SEPARATOR = re.compile(r"^[\s/／、,(（]*$")


def _year_series(
    doc: StructuredDocument, block: Block, name: Cell, context: int | None
) -> list[Observation]:
    """「実績値 R3 ○件 ／ R4 ○件 ／ R5 ○件　（R6見込 ○件）」: a kind's label, then each value
    after its year; a pair in brackets may name its own kind after its year (見込)."""
    text = doc.folded[block.start : block.end]
    head = re.match(r"^\s*(?P<label>[^\s0-9]+?)\s+(?=(?:令和|平成|R|H))", text)
    kind = _kind_of(head.group("label")) if head is not None else None
    if head is None or kind is None:
        return []
    pairs = list(_SERIES_PAIR.finditer(text, head.end()))
    if len(pairs) < _MIN_VALUES or pairs[0].start() != head.end():
        return []
    gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(pairs)]
    if text[pairs[-1].end() :].strip(" )）") or not all(map(_SERIES_SEPARATOR.match, gaps)):
        return []  # words between the pairs, or after them: no series of values
    found: list[Observation] = []
    for pair in pairs:
        years = year_mentions(pair.group("year"), context=context)
        own = _kind_of(pair.group("label")) if pair.group("label") else kind
        if len(years) != 1 or own is None:
            return []
        value = Cell(pair.group("value").rstrip(")）"), block.start + pair.start("value"),
                     block.start + pair.end("value"))  # fmt: skip
        observation = _observation(doc, name, value, _Column(0, own, years[0].year), context)
        if observation is not None:
            found.append(observation)
    return found


def _text_span(doc: StructuredDocument, block: Block) -> tuple[int, int]:
    """Where a block's own text (its number or mark left out) is printed."""
    at = doc.folded.find(block.text, block.start, block.end + 1) if block.text else -1
    return (at, at + len(block.text)) if at >= 0 else (block.end, block.end)


def _from_rows(
    doc: StructuredDocument, block: Block, context: int | None
) -> Iterator[Observation]:
    """An outline set out in tab-separated cells: a row whose first printed cell is the
    name and whose other cells are the labelled values."""
    if block.table is None:
        return
    for row in block.table.rows:
        cells = [c for c in row if c.text.strip()]
        if len(cells) < 1 + _MIN_VALUES or _kind_labels_in(cells[0].text, context):
            continue
        name = _name_cell(doc, cells[0].start, cells[0].end)
        if name is None or not _values_only_text(doc, cells[1].start, cells[-1].end, context):
            continue
        yield from _values(doc, name, cells[1].start, cells[-1].end, context)


def _values_only_text(doc: StructuredDocument, start: int, end: int, context: int | None) -> bool:
    text = doc.folded[start:end]
    labels = _kind_labels_in(text, context)
    return bool(labels) and not text[: labels[0][0]].strip(_NAME_TRIM)


def name_line_observations(doc: StructuredDocument, context: int | None) -> Iterator[Observation]:
    """Every indicator printed as a bare name with its labelled, dated values."""
    last = -1
    for block in doc.blocks:
        if block.index <= last:
            continue
        if block.kind == "table":
            yield from _from_rows(doc, block, context)
            continue
        if block.kind in _LINE_KINDS:
            found, last = _from_line(doc, block, context)
            if found:
                yield from found
                continue
        found, last = _from_name_above(doc, block, context)
        yield from found
