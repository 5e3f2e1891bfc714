"""A PDF's single-spaced table whose header cells are centred over three printed lines
(「令和8年度」 over 「会 計 名 増減額」 over 「予算額(A) 予算額(B) (A)-(B)」), a long name
wrapped around its row's figures and a group's name printed beside a row of its group:
each column gets its label, each account its own amounts. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "１ 予算の規模\n"
    "（単位：百万円）\n"
    "令和８年度 令和７年度\n"
    "会 計 名 増減額 増減率\n"
    "予算額(A) 予算額(B) (A)-(B) (%)\n"
    "一般会計 10,230 9,915 315 3.2\n"
    "架空保険事業特別会計 2,412 2,406 6 0.2\n"
    "特別会計 架空医療事業特別会計 904 881 23 2.6\n"
    "架空修学資金\n"
    "41 43 △2 △4.7\n"
    "貸付事業特別会計\n"
    "特別会計 計 3,357 3,330 27 0.8\n"
    "２ 一般会計 局別予算額\n"
    "（単位：千円）\n"
    "局 名 令和８年度 令和７年度 増減\n"
    "架空総務局 1,482,300 1,466,900 15,400\n"
    "架空財政局 942,800 961,300 △18,500\n"
)


def _tables():
    doc = read_structure(_PAGE, labels=all_labels())
    return [b.table for b in doc.blocks if b.table is not None]


def test_each_figure_column_gets_its_stacked_label() -> None:
    table = _tables()[0]
    assert table.header[:3] == ["会計名", "令和8年度予算額(A)", "令和7年度予算額(B)"]
    assert table.header[3] == "増減額(A)-(B)"


def test_a_name_wrapped_around_its_figures_is_one_row() -> None:
    names = [r[0].text for r in _tables()[0].rows]
    assert "架空修学資金貸付事業特別会計" in names


def test_a_group_name_beside_a_row_is_a_row_of_its_own() -> None:
    names = [r[0].text for r in _tables()[0].rows]
    assert "特別会計" in names and "架空医療事業特別会計" in names


def test_each_table_takes_the_unit_note_nearest_above_it() -> None:
    facts = parsed_as_read(_PAGE, "x.txt")
    read = {(b.account, b.fiscal_year, b.amount) for b in facts.budgets}
    assert ("架空修学資金貸付事業特別会計", 2026, 41000000) in read
    owned = {(b.owner, b.fiscal_year, b.amount) for b in facts.budgets}
    assert ("架空総務局", 2026, 1482300000) in owned
