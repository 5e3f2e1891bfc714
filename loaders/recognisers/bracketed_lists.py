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
from loaders.structure import StructuredDocument
from loaders.structure.blocks import Block
from loaders.text.amounts import parse_yen, unit_scale
from loaders.text.fiscal_year import year_mentions

_NOTE = re.compile(r"^\s*(?P<unit>\S*?円)\s*[(（](?P<inner>[^()（）]*)[)）]\s*$")
_LINE = re.compile(
    r"^\s*(?:[^\w\s(（]\s*)?(?P<name>\S+)\s+(?P<amount>[0-9][0-9,]*)\s*[(（]\s*(?P<earlier>[0-9][0-9,]*)\s*[)）]\s*$"
)
_LINES = ("item", "paragraph")


@dataclass(frozen=True)
class BracketedAmount:
    name: str  # the account as printed
    year: int | None  # None: the year the page reports
    amount: int  # yen
    start: int
    end: int
    line: Block


def bracketed_amounts(
    doc: StructuredDocument, is_name: Callable[[str], bool]
) -> Iterator[BracketedAmount]:
    """Each 「name amount(earlier)」 line under a unit note whose bracket names one year."""
    blocks = doc.blocks
    for note in blocks:
        if note.kind != "field" or field_of(note.label or "", exact=True) != "unit":
            continue
        match = _NOTE.match(note.value or "")
        if match is None or unit_scale(match.group("unit")) is None:
            continue
        years = {m.year for m in year_mentions(match.group("inner"))}
        if len(years) != 1:
            continue
        earlier_year = years.pop()
        unit = match.group("unit")
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
