"""Columns that number a table's items (「目標 1」「目標 2」 at the left of its rows): told
from a column of values by their cells, whole numbers counting up from 1 before the first
column of words."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure
from loaders.structure.blocks import Table
from loaders.structure.numbering_columns import numbering_columns


def _table(text: str) -> Table:
    tables = [b.table for b in read_structure(text).blocks if b.table is not None]
    assert len(tables) == 1
    return tables[0]


def test_a_column_counting_items_up_left_of_the_names_is_a_numbering() -> None:
    """1, 1, 2, 3 (two rows of goal 1) before the column of names."""
    table = _table(
        "目標\t指標\t現状値\t目標値\n"
        "1\t架空広場の利用者数\t120\t150\n"
        "1\t架空講座の受講者数\t40\t60\n"
        "2\t架空窓口の待ち時間\t25\t15\n"
        "3\t架空便の乗客数\t900\t1000\n"
    )
    assert numbering_columns(table) == frozenset({0})


def test_figures_after_the_names_are_no_numbering() -> None:
    """A column of values that happens to count 1, 2, 3 sits after the names: a value."""
    table = _table(
        "指標\t現状値\t目標値\n架空広場の数\t1\t2\n架空公園の数\t2\t3\n架空橋の数\t3\t4\n"
    )
    assert numbering_columns(table) == frozenset()


def test_numbers_that_do_not_count_up_are_no_numbering() -> None:
    """12, 40, 7 before the names: figures, not the numbers of items."""
    table = _table("件数\t区分\t備考\n12\t架空相談\tなし\n40\t架空申請\tなし\n7\t架空照会\tなし\n")
    assert numbering_columns(table) == frozenset()


def test_goal_numbers_under_a_target_label_are_not_targets() -> None:
    """「目標 | 指標名 | 基準値 | 目標値」 in a Markdown table: 目標 1 is the first goal, not a
    target of 1; the targets are the 目標値 column's."""
    text = (
        "| 目標 | 指標名 | 基準値 | 目標値 |\n|---|---|---|---|\n"
        "| 1 | 架空広場の利用者数 | 120 | 150 |\n"
        "| 1 | 架空講座の受講者数 | 40 | 60 |\n"
        "| 2 | 架空窓口の相談件数 | 25 | 35 |\n"
    )
    facts = DocumentFacts("x.md", "999989", "青葉台市", None, text, "generic")
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    targets = {(o.indicator, o.value) for o in facts.observations if o.kind == "target"}
    assert targets == {("架空広場の利用者数", 150), ("架空講座の受講者数", 60),
                       ("架空窓口の相談件数", 35)}  # fmt: skip
