"""A 広報's table of accounts typed with spaces: 「令和8年度　　（令和7年度）」 over
「一般会計　　　52億8,400万円　（50億9,600万円）」, the previous year's amount bracketed and
a single full-width space after this year's. Three columns, the bracketed year a column's
label. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.normalize import fold_width
from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "◆会計ごとの予算額\n"
    "　　　　　　　　　　　　　　　　　令和８年度　　　　　　（令和７年度）\n"
    "　一般会計                    ５２億８，４００万円　（５０億９，６００万円）\n"
    "　架空保険特別会計            ９億６，８２０万円　（９億８，１５０万円）\n"
    "　合　計                      ６２億５，２２０万円　（６０億７，７５０万円）\n"
)


def _table() -> list[list[str]]:
    doc = read_structure(fold_width(_TEXT), labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    return [table.header, *([c.text for c in row] for row in table.rows)]


def test_the_bracketed_year_labels_a_column_of_its_own() -> None:
    assert _table()[0] == ["", "令和8年度", "(令和7年度)"]


def test_an_amount_and_its_bracketed_previous_are_two_cells() -> None:
    assert _table()[1] == ["一般会計", "52億8,400万円", "(50億9,600万円)"]


def test_both_years_budgets_are_read() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_TEXT).budgets}
    assert ("架空保険特別会計", 2026, 968_200_000) in budgets
    assert ("架空保険特別会計", 2025, 981_500_000) in budgets
