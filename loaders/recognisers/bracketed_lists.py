"""A list of accounts, each with its amount and an earlier year's in brackets, under a note
of the unit that says what the brackets hold.

「単位:千円(かっこ内は令和5年度当初予算額)」 then 「一般会計 ○○,○○○(○○,○○○)」 lines: the
figures are bare numbers in the note's unit; the first is the budget of the year the page
reports, the bracketed one the budget of the year the note names. Read by
loaders/recognisers/budgets.py, which knows what an account is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.recognisers.bracket_legend import legend_year
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.amounts import parse_yen, unit_scale
from loaders.text.fiscal_year import year_mentions

_NOTE = re.compile(r"^\s*(?P<unit>\S*?円)\s*[(（](?P<inner>[^()（）]*)[)）]\s*$")
_LINE = re.compile(
    r"^\s*(?:[^\w\s(（]\s*)?(?P<name>\S+)\s+(?P<amount>[0-9][0-9,]*)\s*[(（]\s*(?P<earlier>[0-9][0-9,]*)\s*[)）]\s*$"
)
_LINES = ("item", "paragraph", "field", "heading")
# 「会計別の予算額です（単位：万円、かっこ内は前年度）」: the unit and the legend in a line's
# bracket, a sentence before them
_UNIT_WORD = re.compile(r"単位\s*[:：]\s*(?P<unit>[^\s、,，()（）]{0,2}円)")


@dataclass(frozen=True)
class BracketedAmount:
    name: str  # the account as printed
    year: int | None  # None: the year the page reports
    amount: int  # yen
    start: int
    end: int
    line: Block


def _note(doc: StructuredDocument, note: Block, year: int | None) -> tuple[str, int] | None:
    """The unit and the bracket's year a note over the lines gives: 「単位:千円(かっこ内は令和5
    年度当初予算額)」 as a field, or 「…（単位：万円、かっこ内は前年度）」 in a line of text."""
    if note.kind == "field" and field_of(note.label or "", exact=True) == "unit":
        match = _NOTE.match(note.value or "")
        if match is None or unit_scale(match.group("unit")) is None:
            return None
        years = {m.year for m in year_mentions(match.group("inner"))}
        return (match.group("unit"), years.pop()) if len(years) == 1 else None
    if note.kind not in ("paragraph", "heading", "item"):
        return None
    unit = _UNIT_WORD.search(doc.folded[note.start : note.end])
    if unit is None or unit_scale(unit.group("unit")) is None:
        return None
    legend = legend_year(doc, note, year, reach=0)
    return (unit.group("unit"), legend) if legend is not None else None


def bracketed_amounts(
    doc: StructuredDocument, is_name: Callable[[str], bool], year: int | None = None
) -> Iterator[BracketedAmount]:
    """Each 「name amount(earlier)」 line under a unit note whose bracket names one year
    (`year`: the page's, the one a 「前年度」 legend counts back from)."""
    blocks = doc.blocks
    for note in blocks:
        found_note = _note(doc, note, year)
        if found_note is None:
            continue
        unit, earlier_year = found_note
        for line in blocks[note.index + 1 :]:
            if line.kind not in _LINES:
                break
            text = doc.folded[line.start : line.end]
            found = _LINE.match(text)
            if found is None:
                if line.mark and line.mark not in "•・●○-":
                    continue  # 「※…」: a remark among the lines
                break
            if not is_name(found.group("name")):
                continue
            for group, year in (("amount", None), ("earlier", earlier_year)):
                yen = parse_yen(found.group(group), unit=unit)
                if yen is not None:
                    yield BracketedAmount(found.group("name"), year, yen,
                                          line.start + found.start(group),
                                          line.start + found.end(group), line)  # fmt: skip
