"""A drawn table whose rules part groups of rows (an 別表 of 部 | 課 | 係): inside a group each
line whose cells stop well short of their bars is a row of its own, its blank first cell the
group's merged 部; a cell that ran to its bar goes on on the next line. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_TABLE = (
    "別表第１（第４条関係）\n"
    "┌──────┬────────┬──────────────────┐\n"
    "│　部　　　　│　課・センター　│　係　　　　　　　　　　　　　　　　│\n"
    "├──────┼────────┼──────────────────┤\n"
    "│架空総務部　│架空総務課　　　│架空総務係　架空法制係　　　　　　　│\n"
    "│　　　　　　│架空人事課　　　│架空人事係　架空厚生係　　　　　　　│\n"
    "├──────┼────────┼──────────────────┤\n"
    "│架空企画部　│架空企画課　　　│架空企画係　架空広報係　　　　　　　│\n"
    "│　　　　　　│架空財政課　　　│架空財政係　　　　　　　　　　　　　│\n"
    "└──────┴────────┴──────────────────┘\n"
)


def _rows() -> list[list[str]]:
    doc = read_structure(_TABLE, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return [[c.text for c in row] for row in table.rows]


def test_each_line_of_a_group_short_of_its_bars_is_a_row() -> None:
    second = [row[1] for row in _rows()]
    assert second == ["架空総務課", "架空人事課", "架空企画課", "架空財政課"]


def test_a_lines_sections_stay_in_its_row() -> None:
    assert any(row[1] == "架空人事課" and "架空厚生係" in row[2] for row in _rows())


_KPI = (
    "┌────────────────┬────┬─────┬─────┐\n"
    "│指標            │単位│基準値│目標値│\n"
    "├────────────────┼────┼─────┼─────┤\n"
    "│架空誘致件数（累│ 件 │    0│    6│\n"
    "│計）            │    │(R元)│     │\n"
    "├────────────────┼────┼─────┼─────┤\n"
    "│架空創業件数    │ 件 │   18│   25│\n"
    "└────────────────┴────┴─────┴─────┘\n"
)


def test_a_line_under_a_rows_figures_holds_what_the_row_wraps() -> None:
    doc = read_structure(_KPI, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    names = [row[0].text.replace("（", "(").replace("）", ")") for row in table.rows]
    assert names == ["架空誘致件数(累計)", "架空創業件数"]
