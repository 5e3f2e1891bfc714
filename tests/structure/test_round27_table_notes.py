"""Round 27: a spreadsheet table's caption row with the day and the unit in one bracket, and
ditto marks in its cells."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_SHEET = (
    "表3　組織別職員数\t\t\t（各年4月1日現在、単位：人）\n"
    "課等\t係\t令和7年\t令和6年\n"
    "総務課\t庶務係\t5\t5\n"
    "〃\t財政係\t4\t4\n"
    "住民課\t住民係\t7\t7\n"
)


def _table(text: str) -> object:
    doc = read_structure(text, labels=all_labels())
    return next(b.table for b in doc.blocks if b.kind == "table")


def test_a_caption_row_with_the_day_and_unit_in_one_bracket_is_no_header() -> None:
    assert _table(_SHEET).header == ["課等", "係", "令和7年", "令和6年"]  # type: ignore[attr-defined]


def test_a_ditto_mark_repeats_the_cell_above() -> None:
    rows = _table(_SHEET).rows  # type: ignore[attr-defined]
    assert [c.text for c in rows[1]][:2] == ["総務課", "財政係"]
    assert rows[1][0].start == rows[0][0].start  # the text it stands for, where it stands


def test_a_markdown_headings_identifier_is_no_part_of_its_text() -> None:
    doc = read_structure("## 役場の組織 {#soshiki}\n\n本文です。\n", labels=all_labels())
    assert doc.blocks[0].text == "役場の組織"
