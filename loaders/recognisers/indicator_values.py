"""The vocabulary every indicator reader shares: the kinds a value column may be, the
dated column a header label names, the observation built from a cell, and the small tests on
words, names and years that the table, row, field and step readers all lean on.

It exists so that each reader can live in its own module without importing another reader:
everything two or more of them use is here, and this module imports none of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache

from rdflib import URIRef

from loaders.facts import Observation, ObservationKind, Span
from loaders.field_vocabulary import derived_labels, field_of, fields_graph, label_key, labels_of
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Cell
from loaders.text.amounts import parse_yen
from loaders.text.fiscal_year import YearMention, year_mentions
from loaders.text.numerals import parse_numeral
from loaders.text.quantities import is_unit_bracket, without_unit_bracket

_KINDS: dict[str, ObservationKind] = {
    "baseline": "baseline",
    "target": "target",
    "actual": "actual",
    "estimate": "estimate",
}
# The value as printed: a number at the start of the cell, its unit and notes after it; a
# change may print its sign (△24 a decrease, +10 an increase, ±0 none).
_LEADING_NUMBER = re.compile(
    r"^(?:(?P<sign>[-−▲△]\s*)|[+±]\s*)?(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)"
)
_UNIT = re.compile(r"^[^\s(（0-9]{1,8}")
# (a survey's sample size under its year, 「令和6年度 (n=○,○○○)」, is a note on the column)
_YEAR_ONLY_REST = re.compile(r"^[\s度末]*(?:[(（]\s*[nN]\s*=\s*[0-9,]+\s*[)）]\s*)?$")
_LEADING_YEAR = re.compile(r"^(?P<year>\D{2}[0-9元]{1,4}年度?)[\s:：]+(?=[0-9])")
# 「①○○率(%)」: the number before a name and the unit after it are not the name
_NAME_NUMBER = re.compile(r"^[①-⑳❶-❿]\s*")
_NAME_UNIT = re.compile(
    r"\s*[(（](?:[^()（）0-9]{1,3}|[^()（）0-9/／]{1,3}[/／][^()（）0-9/／]{1,3})[)）]$"
)


# 「6次産業化…」「3か年…」: a number that opens a word (an ordinal, a span), not a value
# 「3次元…」, 「5か年…」; 「1人1日当たりの…」, 「10万人あたり…」: a number that opens a name
_NUMBER_IN_WORD = re.compile(
    r"^[0-9]+(?:次|か年|カ年|ヵ年"
    r"|万?(?:人|日|世帯|戸|件|台|校)(?:[0-9]+(?:人|日|世帯|か月|年))?(?:当たり|当り|あたり))"
)


# 「1日○分以上の…」: a number opening a phrase that goes on in kana, a name's words
_PHRASE_AFTER_NUMBER = re.compile(r"^[^\s(（)）]*[\u3041-\u3093][^\s(（)）]*[\u3041-\u3093]")


def _is_number(text: str) -> bool:
    """A cell that opens with a value (a number row, no name); a name may open with a
    number that is part of a word (「3次元地図の整備区域数」) or of a phrase (「1日○分以上の
    運動を週○回…」: two kana after the number, outside brackets)."""
    found = _LEADING_NUMBER.match(text)
    if found is None or _NUMBER_IN_WORD.match(text):
        return False
    return not _PHRASE_AFTER_NUMBER.match(text[found.end() :])


@dataclass(frozen=True)
class _Column:
    index: int
    kind: ObservationKind
    year: int | None


def _field_words(prop: str) -> Iterator[tuple[str, str]]:
    """(concept name, word) for each word `mkf:<prop>` gives a concept of fields.ttl."""
    cue = URIRef("https://w3id.org/machikg/fields#" + prop)
    for concept, word in fields_graph().subject_objects(cue):
        yield str(concept).rsplit("#", 1)[-1], str(word)


_SHORT_WORD = 3  # a unit (校, %, 団体) set apart from the name by a single space


def _untyped(name: Cell) -> Cell:
    """「活動 ○○の開催回数」, 「成果 ○○の割合」: the word before the name, with 指標 after it,
    labels an indicator (活動指標, 成果指標): the row's type of indicator, no part of its name."""
    head, space, rest = name.text.partition(" ")
    if not space or not rest.strip() or len(head) > _SHORT_WORD:
        return name
    if field_of(f"{head}指標", exact=True) != "indicator":
        return name
    start = name.start + len(head) + len(space)
    return Cell(rest.strip(), start, start + len(rest.strip()))


def _year_alone(text: str, context: int | None) -> int | None:
    mentions = year_mentions(text, context=context)
    if len(mentions) != 1 or mentions[0].kind == "date":
        return None
    rest = text[: mentions[0].start] + text[mentions[0].end :]
    return mentions[0].year if _YEAR_ONLY_REST.match(rest) else None


def _kind_of(text: str) -> ObservationKind | None:
    field = field_of(text, exact=True) if text else None
    return _KINDS.get(field) if field else None


def _column(label: str, index: int, context: int | None) -> _Column | None:
    """The kind and year a value's label gives it (「実績値」, 「目標値(令和8年度)」)."""
    field = field_of(label)
    if field not in _KINDS:
        return _year_then_kind(label, index, context)
    mentions = year_mentions(label, context=context)
    if _spans_years(label, mentions):
        return _Column(index, _KINDS[field], None)  # 「基準値(H29～R3平均)」: of no one year
    return _Column(index, _KINDS[field], mentions[0].year if mentions else None)


# 「R3.4.1（実績）」, 「令和11年度（目標）」: a year (or the day a fiscal year starts), its kind
# in brackets after it
_KIND_BRACKET = re.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<inner>[^()（）]{1,10})[)）]$")


def _year_then_kind(label: str, index: int, context: int | None) -> _Column | None:
    """A column labelled by its year alone, its kind in brackets after the year."""
    found = _KIND_BRACKET.match(label.strip())
    if found is None:
        return None
    kind = field_of(found.group("inner").strip(), exact=True)
    head = found.group("head").strip()
    mentions = year_mentions(head, context=context)
    if kind not in _KINDS or len(mentions) != 1 or mentions[0].start != 0:
        return None
    if head[mentions[0].end :].strip(" 度末時点現在"):
        return None
    return _Column(index, _KINDS[kind], mentions[0].year)


_RANGE_MARKS = frozenset("～~〜-－")


def _spans_years(label: str, mentions: list[YearMention]) -> bool:
    """「H29～R3平均」: two years joined by a range mark, a figure over the years between."""
    return any(
        label[a.end : b.start].strip() in _RANGE_MARKS
        for a, b in itertools.pairwise(mentions)
        if a.kind != "date" and b.kind != "date"
    )


_CONTINUATION_MAX = 12  # a wrapped cell's rest on the next line: a few characters


@cache
def _column_cues() -> dict[str, ObservationKind]:
    """Words closing an indicator table's column label (「R3決算」 → actual;
    `mkf:indicatorColumnCue` in ontology/fields.ttl): data, not code."""
    return {
        word: _KINDS[concept]
        for concept, word in _field_words("indicatorColumnCue")
        if concept in _KINDS
    }


def _cue_column(label: str, index: int, context: int | None) -> _Column | None:
    """A column of an indicator table labelled by a year and a cue of its kind (「R3決算」)."""
    mentions = year_mentions(label, context=context)
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    rest = label[mentions[0].end :].strip()
    kind = _column_cues().get(rest)
    return _Column(index, kind, mentions[0].year) if kind is not None else None


_PAIR_MARKS = " \t/／|｜、,→⇒()（）"  # the marks between a line's labelled values


def _is_bare_year(label: str) -> bool:
    mentions = year_mentions(label)
    return len(mentions) == 1 and bool(
        _YEAR_ONLY_REST.match(label[: mentions[0].start] + label[mentions[0].end :])
    )


def _observation(
    doc: StructuredDocument,
    name: Cell,
    cell: Cell,
    column: _Column,
    context: int | None,
    *,
    keep_yearless: bool = False,
) -> Observation | None:
    lead = _LEADING_YEAR.match(cell.text)
    if lead is not None:
        # 「平成30年度 9.1分」: the year first, then the value of that year
        mentions = year_mentions(lead.group("year"), context=context)
        if len(mentions) == 1 and mentions[0].end == len(lead.group("year")):
            column = _Column(column.index, column.kind, mentions[0].year)
            cell = Cell(cell.text[lead.end() :], cell.start + lead.end(), cell.end)
    text = cell.text
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return None  # なし, ─, 橋梁23.0%…: no single value printed
    mentions = year_mentions(text, context=context)
    if any(m.start == 0 for m in mentions):
        return None  # the cell is a year (目標年度), not a value
    after = [m for m in mentions if m.start >= match.end()]
    year = after[0].year if after else column.year
    bracketed = None if after else _BRACKETED_WESTERN_YEAR.match(text, match.end())
    if bracketed is not None:  # 「2（2019）」 in a column of 基準値: the year it was taken
        year = int(bracketed.group("year"))
    if year is None and column.kind != "target" and not keep_yearless:
        return None
    number = parse_numeral(match.group("number"))
    if number is None:
        return None
    value = _plain(number, match.group("number"))
    negative = bool(match.group("sign"))
    unit = _UNIT.match(text[match.end() :])
    compound = _COMPOUND_YEN.match(text, match.start("number"))
    if compound is not None and (yen := parse_yen(compound.group())) is not None:
        # 「○億○,○○○万円」: an amount in two units, read as the yen it is (no one printed unit)
        value, unit, match = yen, None, compound
    if negative:
        value = -value
    evidence = {
        "": doc.cell_span(cell),
        "indicator": doc.cell_span(name),
        "value": doc.span(cell.start + match.start("number"), cell.start + match.end()),
    }
    if after and (found := _located(doc, cell, after[0].start, after[0].end)) is not None:
        evidence["fiscal_year"] = found
    elif bracketed is not None:
        at = cell.start + bracketed.start("year")
        evidence["fiscal_year"] = doc.span(at, at + 4)
    return Observation(
        indicator=name.text,
        fiscal_year=year,
        kind=_marked_estimate(column.kind, text[match.end() :]),
        value=value,
        unit=unit.group() if unit else None,
        evidence=evidence,
    )


# 「2（2019）」「48.2(2019)」: a western year alone in a bracket right after the value (its
# unit between at most)
_BRACKETED_WESTERN_YEAR = re.compile(
    r"[^\s(（0-9]{0,4}\s*[(（]\s*(?P<year>(?:19|20)[0-9]{2})\s*[)）]"
)
# 「○億○,○○○万円」, 「○億○千万円」: an amount printed in 億 and 万 at once
_COMPOUND_YEN = re.compile(r"(?P<number>[0-9][0-9,.]*億[0-9][0-9,.]*千?万?)円?")
# 「27（見込）」「1.34(見込み)」: a bracket right after the value (its unit between at most)
_AFTER_VALUE_BRACKET = re.compile(r"^[^\s(（]{0,4}\s*[(（]\s*(?P<word>[^()（）]{1,6}?)\s*[)）]")


def _marked_estimate(kind: ObservationKind, after: str) -> ObservationKind:
    """An actual whose cell marks it with an estimate word in a bracket (「27（見込）」 in a
    column of 実績): the year is not over, the value is an estimate."""
    mark = _AFTER_VALUE_BRACKET.match(after)
    if kind != "actual" or mark is None:
        return kind
    return "estimate" if field_of(mark.group("word"), exact=True) == "estimate" else kind


def _plain(number: Fraction, printed: str) -> float | int:
    return float(number) if "." in printed or number.denominator != 1 else int(number)


# -- lines under a line of value labels -----------------------------------------------------
_WORD = re.compile(r"\S+")
_PAIR_SEPARATOR = re.compile(r"^[/／|｜、,]$")  # a mark alone between a line's labelled values
_MARKS = "■□●○◆◇・*•◦▪"  # bullets; • ◦ ▪ as a web page's nested lists print them


def derived_tail(labels: list[str]) -> int:
    """How many of a header's last labels head columns derived from the values before them
    (「… R4目標 R4実績 達成率」, 「… R5 前年比(%)」): no values of the indicator."""
    count = 0
    for label in reversed(labels[1:]):
        key = re.sub(r"\(.*\)$", "", label_key(label))
        if not any(key.endswith(word) for word in derived_labels()):
            break
        count += 1
    return count


_WRAPPED_LINES = 3  # lines a name cell may wrap onto under its row


def _filled(doc: StructuredDocument, end: int) -> bool:
    """A name that filled its cell: one space only between it and the value after it
    (「架空鳥獣によ ○,○○○」), where the header sets its labels apart by wider gaps; its rest
    may run on under the row."""
    return doc.folded[end : end + 1] == " " and bool(
        _LEADING_NUMBER.match(doc.folded[end + 1 : end + 24])
    )


def _wrapped_rest(text: str, name: str | None = None) -> bool:
    """A few characters alone on a line, no number, no mark, no sentence: the rest of the
    name cell of the row above, wrapped; it may close a bracket the name opened
    (「新規就農者数(5年」 then 「間累計)」)."""
    opened = name is None or name.count("(") > name.count(")")
    if opened and re.fullmatch(r"[^()]*\)", text):
        text = text[:-1]
    bare, unit = without_unit_bracket(text)
    if is_unit_bracket(text) or (unit is not None and _wrapped_rest(bare)):
        return True  # 「(人)」, 「額(千円)」: the name's last word and its unit, wrapped
    return (
        0 < len(text) <= _CONTINUATION_MAX
        and not re.search(r"[0-9\s。、:：【】()（）・■□◆◇▼▽▲●◎]", text)
        and field_of(text, exact=True) is None
    )


def _bare_name(cell: Cell | None) -> Cell | None:
    """An indicator field's name without its circled number or its unit in brackets."""
    if cell is None:
        return None
    head = _NAME_NUMBER.match(cell.text)
    start = head.end() if head else 0
    tail = _NAME_UNIT.search(cell.text)
    inner = tail.group().strip().strip("()（）") if tail is not None else ""
    if len(inner) >= 2 and without_unit_bracket(cell.text)[1] is None:
        tail = None  # 「運行便数（年間）」, 「養成者数（累計）」: a qualifier, part of the name
    end = tail.start() if tail and tail.start() > start else len(cell.text)
    if start == 0 and end == len(cell.text):
        return cell
    return Cell(cell.text[start:end], cell.start + start, cell.start + end)


def _kind_of_blank(text: str) -> bool:
    """「-」 or 「―」: a year with no value printed yet."""
    return text in ("-", "―", "ー", "─", "−")


def _located(doc: StructuredDocument, cell: Cell, start: int, end: int) -> Span | None:
    """Where `cell.text[start:end]` stands in the document. A cell joined from the lines of
    a row printed over two (a value and, below it, its year) holds text that is not one
    stretch of the document: the piece is looked for within the cell's reach."""
    piece = cell.text[start:end]
    if doc.folded[cell.start + start : cell.start + end] == piece:
        return doc.span(cell.start + start, cell.start + end)
    at = doc.folded.find(piece, cell.start, cell.end)
    return doc.span(at, at + len(piece)) if at >= 0 and piece.strip() else None


def _is_clause(name: str) -> bool:
    """「整備では、架空通りの無電柱化」: words with a comma or a setting's 「では」 are a
    clause of a sentence, never an indicator's name."""
    return any(mark in name for mark in "、，,") or "では" in name


def _year_carried(columns: list[_Column | None]) -> list[_Column | None]:
    """「令和2年度目標 12か所/実績 11か所」: a result printed without a year right after a
    dated value is of that value's year (an undated target stays the plan's, yearless)."""
    carried = list(columns)
    for at, (before, column) in enumerate(itertools.pairwise(columns), start=1):
        if (
            before is not None
            and column is not None
            and before.year is not None
            and column.year is None
            and column.kind in ("actual", "estimate")
        ):
            carried[at] = replace(column, year=before.year)
    return carried


def _observed(
    doc: StructuredDocument, name: Cell, cell: Cell, column: _Column, context: int | None
) -> Iterator[Observation]:
    observation = _observation(doc, name, cell, column, context)
    if observation is not None:
        yield observation


_WORD_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]")


@cache
def kind_labels() -> tuple[str, ...]:
    """Every observation kind's labels (基準値, 目標値 …), longest first, for a pattern."""
    return tuple(sorted((w for k in _KINDS for w in labels_of(k)), key=len, reverse=True))


_SERIES_NAME_MAX = 40


_LEGEND_MARK = re.compile(r"^[◆◇■□●○▲△★☆─―\-・\s]+")


def unmarked(text: str) -> str:
    """A kind's label without the chart legend's mark before it (「◆目標値」)."""
    return _LEGEND_MARK.sub("", text.strip())
