"""Word's 「表の解除」 with commas leaves a table as lines of comma-separated cells inside a
meeting pack's text: such lines, one after another with the same number of cells, are read
as a table's rows; prose, and figures printed with thousands commas, are not. Fictional
examples."""

from __future__ import annotations

from loaders.text.comma_tables import tabbed_comma_rows
from tests.recognisers._facts_of import parsed_as_read

_PACK = (
    "資料２\n"
    "令和８年度　架空区の予算（区配分予算）\n"
    "一般会計のうち区役所に配分された予算（単位：千円）\n"
    "\n"
    "課名,令和８年度,令和７年度,増減,主な内容\n"
    "架空推進課,186420,174850,11570,区づくり推進事業\n"
    "架空区民課,42310,44020,△1710,窓口事務\n"
    "合計,228730,218870,9860,\n"
    "\n"
    "※金額は千円未満を切り捨てて表示しています。\n"
)


def test_lines_of_comma_separated_cells_become_tab_separated_rows() -> None:
    text = tabbed_comma_rows(_PACK)
    assert "架空推進課\t186420\t174850\t11570\t区づくり推進事業" in text.split("\n")


def test_a_figure_with_thousands_commas_is_no_row() -> None:
    text = "国民健康保険特別会計　1,214億6,200万円\n介護保険特別会計　1,082億3,400万円\n"
    assert tabbed_comma_rows(text) == text


def test_a_single_line_with_commas_is_left_alone() -> None:
    text = "日時,場所,議題\n本文です。\n"
    assert tabbed_comma_rows(text) == text


def test_the_budget_of_a_comma_table_is_read_by_unit_and_year() -> None:
    budgets = {(b.owner, b.fiscal_year, b.amount) for b in parsed_as_read(_PACK).budgets}
    assert ("架空推進課", 2026, 186_420_000) in budgets
    assert ("架空区民課", 2025, 44_020_000) in budgets
