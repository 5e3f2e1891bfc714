"""Table headers finished for a recogniser: a spanning label over years, a unit note row."""

from __future__ import annotations

from loaders.recognisers.table_headers import unit_note_header, year_subheader
from loaders.structure import Cell, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(t, 0, len(t)) for t in r] for r in rows])


def test_years_under_a_spanning_label_are_joined_to_it() -> None:
    table = _table(["事業", "事業費", ""], [["", "R8", "R9"], ["架空事業", "10", "20"]])
    assert year_subheader(table).header == ["事業", "事業費 R8", "事業費 R9"]


def test_a_label_beside_the_years_is_left_as_a_row_unless_asked() -> None:
    table = _table(["区分", "金額", "", ""], [["", "R8", "R9", "差"], ["甲", "1", "2", "1"]])
    assert year_subheader(table).header == ["区分", "金額", "", ""]
    assert year_subheader(table, other_labels=True).header == ["区分", "金額 R8", "金額 R9", "差"]


def test_a_first_row_of_figures_is_data_not_a_header() -> None:
    table = _table(["区分", "金額", ""], [["", "2,000", "3,000"], ["甲", "1", "2"]])
    assert year_subheader(table, other_labels=True) is table


def test_a_unit_note_read_as_the_header_gives_way_to_the_row_under_it() -> None:
    table = _table(["単位：万円", "", ""], [["事業名", "予算", "課"], ["架空事業", "10", "甲課"]])
    fixed, unit = unit_note_header(table)
    assert (fixed.header, unit) == (["事業名", "予算", "課"], "万円")
    assert [c.text for c in fixed.rows[0]] == ["架空事業", "10", "甲課"]


def test_a_header_that_is_no_unit_note_is_kept() -> None:
    table = _table(["事業名", "", ""], [["甲", "予算", "課"], ["架空事業", "10", "甲課"]])
    assert unit_note_header(table) == (table, None)
