"""A PDF's table whose header came out a label a line over rows of a name and its figures
apart by single spaces (fictional figures)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_ACCOUNTS = (
    "令和７年度 架空台市予算の概要\n"
    "１ 予算規模\n"
    "（単位：百万円、％）\n"
    "区分\n"
    "令和７年度\n"
    "当初予算額\n"
    "令和６年度\n"
    "当初予算額\n"
    "増減額\n"
    "増減率\n"
    "一般会計 76,933 75,288 1,645 2.2\n"
    "架空保険事業会計 12,860 13,192 △331 △2.5\n"
    "架空水道事業会計 3,892 3,768 124 3.3\n"
    "※ 架空の注記です。\n"
)


def test_labels_a_line_each_over_name_and_figure_rows_are_a_table() -> None:
    doc = read_structure(_ACCOUNTS, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header == [
        "区分",
        "令和7年度当初予算額",
        "令和6年度当初予算額",
        "増減額",
        "増減率",
    ]
    assert [c.text for c in table.rows[1]] == [
        "架空保険事業会計",
        "12,860",
        "13,192",
        "△331",
        "△2.5",
    ]
    assert len(table.rows) == 3


def test_the_accounts_of_such_a_table_are_budgets_of_each_year() -> None:
    facts = parse_document(
        _ACCOUNTS, file="x.txt", municipality_code="999989", municipality="架空台市",
        prefecture="架空県",
    )  # fmt: skip
    budgets = {(b.account, b.fiscal_year, b.amount) for b in facts.budgets}
    assert ("架空保険事業会計", 2025, 12_860_000_000) in budgets
    assert ("一般会計", 2024, 75_288_000_000) in budgets


def test_short_lines_over_rows_with_no_year_column_are_no_such_table() -> None:
    text = "品目\n数量\n備考\nりんご 3 5\nみかん 4 6\n"
    doc = read_structure(text, labels=all_labels())
    assert not any(b.table for b in doc.blocks)
