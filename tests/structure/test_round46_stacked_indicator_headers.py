"""A PDF's text of an indicator table whose header is stacked over two lines and whose labels
are set apart by single spaces (「指標名 単位 現状値 令和7年度 目標値」 over 「(令和6年度) 見込
(令和8年度)」): the naming line gives a label to each word of a row (name, unit), the lines
together a label to each figure. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "5 成果指標\n"
    "指標名 単位 現状値 令和7年度 目標値\n"
    "(令和6年度) 見込 (令和8年度)\n"
    "架空施設への設備導入施設数 施設 31 44 60\n"
    "架空住宅補助件数 件 120 150 180\n"
    "架空資源回収量 t - - 900\n"
    "\n6 令和7年度の振り返り\n"
)


def test_each_column_takes_its_stacked_label() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    assert table.header == [
        "指標名", "単位", "現状値(令和6年度)", "令和7年度見込", "目標値(令和8年度)"]  # fmt: skip
    row = [c.text for c in table.rows[0]]
    assert row == ["架空施設への設備導入施設数", "施設", "31", "44", "60"]


def test_the_rows_are_read_as_indicators_by_kind_and_year() -> None:
    found = {(o.indicator, o.fiscal_year, o.kind, o.value)
             for o in parsed_as_read(_TEXT).observations}  # fmt: skip
    assert {("架空住宅補助件数", 2024, "baseline", 120),
            ("架空住宅補助件数", 2025, "estimate", 150),
            ("架空住宅補助件数", 2026, "target", 180)} <= found  # fmt: skip
