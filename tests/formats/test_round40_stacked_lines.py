"""A spreadsheet row that stacks its projects one a line in its cells (「A事業⏎B事業」 beside
「総務課⏎総務課」 beside 「86,400⏎1,850」) reads as one row per line, each project with its
own figures; a bulleted list, a level's code over its name and a cell of another count stay
whole on the first line. Fictional examples."""

from __future__ import annotations

from loaders.formats.stacked_lines import unstacked
from tests.recognisers._facts_of import parsed_as_read

_ROW = [
    "1-1\n架空の防災",
    "・架空組織の育成\n・架空備蓄の整備",
    "架空無線整備事業\n架空備蓄品事業\n架空組織補助事業",
    "架空総務課\n架空総務課\n架空総務課",
    "86,400\n1,850\n600",
    "－\n1,850\n600",
]


def test_each_stacked_line_is_a_row_of_its_own() -> None:
    rows = [row for _, row in unstacked([_ROW])]
    assert [row[2:] for row in rows] == [
        ["架空無線整備事業", "架空総務課", "86,400", "－"],
        ["架空備蓄品事業", "架空総務課", "1,850", "1,850"],
        ["架空組織補助事業", "架空総務課", "600", "600"],
    ]


def test_a_code_over_its_name_and_a_bulleted_list_stay_on_the_first_line() -> None:
    rows = [row for _, row in unstacked([_ROW])]
    assert rows[0][:2] == _ROW[:2]
    assert rows[1][:2] == ["", ""]


def test_a_row_with_no_stacked_figures_is_as_it_stands() -> None:
    row = ["架空事業", "説明の一行目\n説明の二行目", "1,200"]
    assert unstacked([row]) == [(0, row)]


def test_each_stacked_project_takes_its_own_budget() -> None:
    header = "施策,主な取組,事業名,担当課,令和８年度,令和９年度\n"
    cells = ",".join(f'"{cell}"' for cell in _ROW)
    text = "（単位：千円）\n" + header + cells + "\n"
    projects = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(text, "x.csv").projects}
    assert ("架空備蓄品事業", 2026, 1_850_000) in projects
    assert ("架空組織補助事業", 2027, 600_000) in projects
