"""A page poppler's pdftohtml made of a PDF report: one no-break space for every gap, between
a heading's words and a table's cells alike. Its cells stand apart again, a row's indicator
line under it is the row's field, and a level's line over the header printed again opens the
next group's table. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html>\n<head>\n<title>report</title>\n"
    '<meta name="generator" content="pdftohtml 0.86.1"/>\n</head>\n<body>\n'
    "<b>推進項目（１）&#160;架空の歳入確保</b><br/>\n"
    "<b>No.&#160;取組&#160;所管課&#160;評価<br/>&#160;Ｒ６&#160;Ｒ７</b><br/>\n"
    "1&#160;架空税の収納率向上&#160;架空税務課&#160;Ｂ&#160;Ａ<br/>\n"
    "&#160;&#160;指標：架空税収納率（％）&#160;基準値（Ｒ４）98.82&#160;目標（Ｒ７）99.10"
    "&#160;実績（Ｒ７）99.18<br/>\n"
    "2&#160;架空寄附の推進&#160;架空推進課&#160;Ａ&#160;Ａ<br/>\n"
    "<b>推進項目（２）&#160;架空の歳出見直し</b><br/>\n"
    "<b>No.&#160;取組&#160;所管課&#160;評価<br/>&#160;Ｒ６&#160;Ｒ７</b><br/>\n"
    "3&#160;架空補助金の見直し&#160;架空財政課&#160;Ｂ&#160;Ｃ<br/>\n"
    "4&#160;架空施設の最適化&#160;架空資産課&#160;Ｃ&#160;Ｂ<br/>\n"
    "</body>\n</html>\n"
)


def _tables() -> list[list[list[str]]]:
    doc = read_structure(page_text(_PAGE, "r.html"), labels=all_labels())
    return [[[c.text for c in r] for r in b.table.rows] for b in doc.blocks if b.table]


def test_a_rows_cells_stand_apart() -> None:
    assert ["1", "架空税の収納率向上", "架空税務課", "B", "A"] in _tables()[0]


def test_the_indicator_line_under_a_row_is_no_row() -> None:
    assert not any(r[0].startswith("指標") for table in _tables() for r in table)


def test_the_next_levels_line_over_the_header_again_ends_the_table() -> None:
    tables = _tables()
    assert len(tables) == 2
    assert ["3", "架空補助金の見直し", "架空財政課", "B", "C"] in tables[1]


def test_each_rows_grades_are_read_by_year() -> None:
    facts = parsed_as_read(_PAGE, "r.html")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空税の収納率向上", 2024, "B"), ("架空税の収納率向上", 2025, "A")} <= grades
    assert ("架空施設の最適化", 2025, "B") in grades
