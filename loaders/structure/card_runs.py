"""Runs of records printed a field a line with no labels: a page's grid of project cards.

A CMS lays a list of projects out as cards (Liferay collections, Bootstrap `.card` grids,
WordPress blocks): each card prints the units in charge on a line of their own, the
project's name, then its amount with the year before's in brackets, maybe a sentence on
what it does — and no label, the page's legend having said once what the figures are
(「各事業の金額は…（単位：千円）。カッコ内は令和7年度当初予算額」). Taken line by line the
name, its units and its amount are three loose lines, and the units above a name look like
the end of the card before.

The run shows itself by its lines' kinds repeating in one order card after card: a line of
unit names (U), a name ending like a project (N), an amount alone (A), sentences (D) after
them. When two or more cards repeat one order holding a name and an amount (three or more
without a unit line), the run is read as a table whose columns are named by what the kinds
are, in the field vocabulary's preferred labels (担当課, 事業名, 予算額, 内容), so every table
recogniser reads the cards as it reads a printed list with those labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.field_vocabulary import preferred_label
from loaders.genres.units import unit_kind
from loaders.structure.blocks import Cell, Table
from loaders.text.normalize import Line
from loaders.text.project_names import looks_like_project, strip_leading_status_mark

# 「○,○○○,○○○（○,○○○,○○○）」「○○○,○○○千円（－）」: an amount, maybe another year's in brackets
_AMOUNT = re.compile(
    r"^[▲△]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:[百千万億]*円)?"
    r"\s*(?:[(（]\s*(?:[▲△]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:[百千万億]*円)?|[-－―‐−]|皆増)\s*[)）])?$"
)
_MAX_NAME = 60
_MAX_RUN_LINES = 200  # a page's grid of cards; a longer run is read in parts
_MIN_CARDS = 2
_MIN_CARDS_UNLISTED = 3  # cards of a name and an amount only: a shorter run may be prose
_FIELDS = {"U": "division", "N": "project", "A": "budget", "D": "description"}


def _kind(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if _AMOUNT.match(text):
        return "A"
    words = text.split()
    if len(words) <= 4 and all(unit_kind(w) is not None for w in words):
        return "U"
    if len(text) <= _MAX_NAME and "。" not in text and looks_like_project(_name(text)):
        return "N"
    if text.endswith("。"):
        return "D"
    return None


def _name(text: str) -> str:
    """The name a name line prints, a status word before it (「新規」, 「【拡充】」) left out."""
    return strip_leading_status_mark(text.strip())


class _Kinds:
    """The kinds of the lines from one line on, each worked out when first asked for (a run
    is mostly short: reading every line's kind ahead would cost a page's lines per line)."""

    def __init__(self, lines: Sequence[Line], start: int) -> None:
        self.lines, self.start = lines, start
        self.known: dict[int, str | None] = {}
        self.size = min(len(lines) - start, _MAX_RUN_LINES)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, k: int) -> str | None:
        if k not in self.known:
            self.known[k] = _kind(self.lines[self.start + k].text)
        return self.known[k]


def _cards(kinds: _Kinds) -> tuple[str, list[list[int]]] | None:
    """The order of the kinds each card prints and the line indexes of each card; None
    unless the lines make a run of cards."""
    order = ""
    k = 0
    while k < len(kinds) and kinds[k] in ("U", "N", "A") and kinds[k] not in order:
        order += kinds[k]  # type: ignore[operator]
        k += 1
    if "N" not in order or "A" not in order:
        return None
    cards: list[list[int]] = []
    k = 0
    while k + len(order) <= len(kinds) and "".join(
        kinds[j] or "-" for j in range(k, k + len(order))
    ) == order:
        card = list(range(k, k + len(order)))
        k += len(order)
        while k < len(kinds) and kinds[k] == "D":
            card.append(k)
            k += 1
        cards.append(card)
    least = _MIN_CARDS if "U" in order else _MIN_CARDS_UNLISTED
    return (order, cards) if len(cards) >= least else None


def card_run_table(lines: Sequence[Line], i: int) -> tuple[int, Table] | None:
    """The table of the cards whose first line is `lines[i]` and the line after the run."""
    if _kind(lines[i].text) not in ("U", "N"):
        return None  # (the cheap check, most lines) a card opens with its units or its name
    if i > 0 and _kind(lines[i - 1].text) == "A":
        return None  # the line above is an amount: a list's middle, no card's first line
    kinds = _Kinds(lines, i)
    found = _cards(kinds)
    if found is None:
        return None
    order, cards = found
    described = any(len(card) > len(order) for card in cards)
    columns = [*order, *("D" if described else "")]
    rows: list[list[Cell]] = []
    for card in cards:
        cells: dict[str, Cell] = {}
        for j in card[: len(order)]:
            line = lines[i + j]
            text = line.text.strip()
            if kinds[j] == "N":
                text = _name(text)
            at = line.start + line.text.index(text)
            cells[kinds[j] or ""] = Cell(text, at, at + len(text))
        notes = [lines[i + j] for j in card[len(order) :]]
        if notes:
            text = "".join(n.text.strip() for n in notes)
            cells["D"] = Cell(text, notes[0].start, notes[-1].end)
        end = lines[i + card[-1]].end
        rows.append([cells.get(c, Cell("", end, end)) for c in columns])
    header = [preferred_label(_FIELDS[c]) or _FIELDS[c] for c in columns]
    return i + cards[-1][-1] + 1, Table(header=header, rows=rows)
