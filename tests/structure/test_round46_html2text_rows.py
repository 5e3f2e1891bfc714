"""html2text keeps a cell's `<br>` as a line break (two spaces, then a new line), so a row of a
pipe table comes out over two lines: broken inside a middle cell (「1 | X事業 | 架空部␣␣」 over
「架空課 | 48,620 | …」) or after its last cell (「… | 架空局␣␣」 over 「架空課」). The pieces are
one row, the broken cell one cell. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read


def _rows(text: str) -> list[list[str]]:
    doc = read_structure(text, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    return [[c.text for c in row] for row in table.rows]


_MIDDLE = (
    "### 施策1-1-2 架空家庭への支援\n\n"
    "No. | 事業名 | 担当 | 令和6年度決算額 | 評価  \n"
    "---|---|---|---|---  \n"
    "1 | 架空センター運営事業 | 架空未来部  \n"
    "架空家庭課 | 48,620 | A  \n"
    "2 | 架空保育事業 | 架空未来部  \n"
    "架空保育課 | 21,300 | B  \n\n"
)


def test_a_row_broken_inside_a_middle_cell_is_one_row() -> None:
    assert _rows(_MIDDLE) == [["1", "架空センター運営事業", "架空未来部 架空家庭課", "48,620", "A"],
                              ["2", "架空保育事業", "架空未来部 架空保育課", "21,300", "B"]]


_LAST = (
    "（単位：千円）\n\n"
    "事業名| 令和8年度| 令和7年度| 担当  \n"
    "---|---|---|---  \n"
    "架空無償化事業新規| 3,284,000| －| 架空未来局  \n"
    "架空保育課  \n"
    "架空助成事業拡充| 8,912,400| 8,406,300| 架空未来局  \n"
    "架空家庭課  \n\n"
)


def test_a_row_broken_after_its_last_cell_keeps_the_rest_in_that_cell() -> None:
    assert [row[3] for row in _rows(_LAST)] == ["架空未来局 架空保育課", "架空未来局 架空家庭課"]


def test_the_projects_of_such_rows_have_their_amounts_and_divisions() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in parsed_as_read(_LAST, "x.md").projects}  # fmt: skip
    assert {("架空無償化事業", 2026, 3284000000, "架空保育課"),
            ("架空助成事業", 2025, 8406300000, "架空家庭課")} <= projects  # fmt: skip
