"""A report's space-aligned table whose records open with their printed code (「101 …」) and
whose code column wraps too: a line opening without a code and holding no figure goes on
the record above, in every column it fills. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_SURVEY = (
    "施策                成果指標                           基準値  令和６年度  目標値\n"
    "───────────────────────────────────────────\n"
    "101 架空支援の充  「架空市は暮らしやすいまちだ」       52.4       57.1       65.0\n"
    "実                  と思う市民の割合\n"
    "\n"
    "102 架空教育の充実  架空学校に満足している保護者の       84.2       83.6       90.0\n"
    "                    割合\n"
    "\n"
    "103 架空学習・文化  この１年間に架空活動を               38.6       37.9       45.0\n"
    "活動の推進          した市民の割合\n"
)


def _rows() -> list[list[str]]:
    doc = read_structure(_SURVEY, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return [[c.text for c in row] for row in table.rows]


def test_a_wrapped_code_column_goes_on_the_record_above() -> None:
    first = [row[:2] for row in _rows()]
    assert ["101 架空支援の充実", "「架空市は暮らしやすいまちだ」と思う市民の割合"] in first
    assert ["103 架空学習・文化活動の推進", "この1年間に架空活動をした市民の割合"] in first


def test_every_record_keeps_its_figures() -> None:
    assert len(_rows()) == 3 and all(row[-1] for row in _rows())
