"""A header whose label spans the levels of unit printed under it (「所　管」 over 「局　　課」)
labels each of those columns with the label and its level (所管 局, 所管 課), wherever the
label is centred; a label spaced out one character a word (「所　管」) is one label however
short the cells under it. Fictional examples."""

from __future__ import annotations

import unicodedata

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _line(cells: dict[int, str]) -> str:
    """Cells each at its printed place (a wide character two places)."""
    line = ""
    for at, text in sorted(cells.items()):
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        line += " " * max(at - width, 2 if line else 0) + text
    return line + "\n"


_ROW_AT = (0, 6, 35, 48, 56, 72, 84)  # No., name, two years' figures, 局, 課, 区分


def _row(*cells: str) -> str:
    figures = {2: 7 - len(cells[2]), 3: 7 - len(cells[3])}  # set flush right
    placed = zip(_ROW_AT, cells, strict=False)
    return _line({at + figures.get(k, 0): cell for k, (at, cell) in enumerate(placed)})


# the 所管 label centred over its two levels, right of where the 局 column starts
_TABLE = (
    _line({0: "No.", 6: "事　業　名", 32: "令和８年度", 45: "令和７年度", 62: "所　管", 84: "区分"})
    + _line({56: "局", 72: "課"})
    + _row("1", "架空ケア事業", "184,320", "152,600", "架空局", "架空保健課", "拡充")
    + _row("2", "架空支援事業", "34,800", "30,200", "架空局", "架空企画課")
    + _row("3", "架空整備事業", "246,300", "132,800", "架空局", "架空整備課", "新規")
)


def _header() -> list[str]:
    doc = read_structure(_TABLE, labels=all_labels())
    return next(list(b.table.header) for b in doc.blocks if b.table is not None)


def test_each_level_takes_the_spanning_label_and_its_word() -> None:
    header = _header()
    assert "所 管 局" in header and "所 管 課" in header


def test_a_spaced_out_label_is_one_label() -> None:
    header = _header()
    assert "所" not in header and "管" not in header
    assert "事 業 名" in header
