"""A ruled table taken from a PDF line by line with single spaces (pdfplumber's text): each
row's one-line cells print on its middle line, a wrapped cell's pieces on the lines above
and below it (a long name, 「局」 over 「課」). The pieces go back to their row and column,
and each project is read with its budgets and its 課. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "主な事業\n"
    "（単位：千円）\n"
    "■くらしを守るまち\n"
    "No. 事 業 名 令和８年度 前年度 所 管\n"
    "（局・課）\n"
    "架空見守り訪問 架空福祉局\n"
    "1 52,400 －\n"
    "支援事業【新規】 架空支援課\n"
    "・架空の家庭に支援員を派遣\n"
    "架空福祉局\n"
    "2 架空配食サービス事業 18,300 17,900\n"
    "架空高齢課\n"
    "架空建設局\n"
    "3 架空排水路改良事業 240,000 198,500\n"
    "架空河川課\n"
    "■まちの活力\n"
)


def _table():
    doc = read_structure(_PAGE, labels=all_labels())
    return next(b.table for b in doc.blocks if b.table is not None)


def test_a_wrapped_name_around_the_middle_line_joins_its_row() -> None:
    table = _table()
    assert [r[1].text for r in table.rows] == [
        "架空見守り訪問支援事業【新規】", "架空配食サービス事業", "架空排水路改良事業"
    ]


def test_the_unit_pieces_above_and_below_fill_the_unit_column() -> None:
    table = _table()
    assert table.rows[0][4].text == "架空福祉局 架空支援課"
    assert table.rows[2][4].text == "架空建設局 架空河川課"


def test_a_note_line_under_a_row_belongs_to_no_column() -> None:
    table = _table()
    assert all("派遣" not in cell.text for row in table.rows for cell in row)


def test_each_projects_budgets_and_division_are_read() -> None:
    facts = parsed_as_read(_PAGE, "x.txt")
    read = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空見守り訪問支援事業", 2026, 52400000, "架空支援課") in read
    assert ("架空排水路改良事業", 2025, 198500000, "架空河川課") in read
