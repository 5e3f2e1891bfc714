"""A tree grid's rows, read by the structure reader as headings and items, as a table."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.recognisers.tabbed_rows import tabbed_tables
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2026)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


_TEXT = (
    "架空町基本計画の施策体系\n"
    "成果指標の目標値は、いずれも令和12年度の値です。\n"
    "施策\t担当課\t成果指標\t現状値\t目標値\n"
    "1 暮らし\n"
    "1-(1) 架空広場の活用\t架空課\t架空広場の利用者数\t1,200人 (R6)\t1,500人\n"
    "・架空広場の催しの充実\n"
    "・架空広場の案内の改善\n"
    "1-(2) 架空文庫の充実\t架空室\t架空文庫の貸出冊数\t800冊 (R5)\t1,000冊\n"
    "・架空文庫の蔵書の更新\n"
)


def test_rows_with_as_many_tab_cells_as_the_labels_line_are_the_tables_rows() -> None:
    tables = list(tabbed_tables(read_structure(_TEXT, labels=all_labels())))
    assert len(tables) == 1
    assert [row[2].text for row in tables[0].rows] == ["架空広場の利用者数", "架空文庫の貸出冊数"]


def test_a_tree_grids_indicator_values_are_read_with_the_legends_target_year() -> None:
    assert _observations(_TEXT) >= {
        ("架空広場の利用者数", 2024, "baseline", 1200),
        ("架空広場の利用者数", 2030, "target", 1500),
        ("架空文庫の貸出冊数", 2023, "baseline", 800),
        ("架空文庫の貸出冊数", 2030, "target", 1000),
    }
