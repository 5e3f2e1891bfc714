"""A table of accounts printing each class's accounts by their short names: under a class row
of its own with no amounts (「特別会計」 over 「国民健康保険事業」), or set in under the class's
row with its sum (「特別会計（7会計）| 431,982」 over 「　国民健康保険事業 | 98,412」). Each is
an account under its name as printed; a class summed over its accounts listed under it is
no account of its own; and a column holding 「一般会計」 is the accounts' column, whatever
its other cells end with. Fictional examples."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999989", "架空台市", None, text, "generic", fiscal_year=2026)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


_SET_IN = (
    "２　会計別予算額                    （単位：百万円）\n\n"
    "| 区　　　分          |  令和８年度 |  令和７年度 |\n"
    "|-----------------------------------------------|\n"
    "| 一般会計            |     684,230 |     670,150 |\n"
    "| 特別会計（２会計）  |     110,972 |     109,475 |\n"
    "| 　架空保険事業      |      98,412 |      99,870 |\n"
    "| 　架空医療事業      |      12,560 |       9,605 |\n"
    "| 企業会計（１会計）  |      42,810 |      41,966 |\n"
    "| 　架空水道事業      |      42,810 |      41,966 |\n"
)


def test_accounts_set_in_under_their_class_are_accounts_as_printed() -> None:
    found = _budgets(_SET_IN)
    assert {("架空台市", 2026, "架空保険事業", 98_412_000_000),
            ("架空台市", 2025, "架空医療事業", 9_605_000_000),
            ("架空台市", 2026, "架空水道事業", 42_810_000_000)} <= found  # fmt: skip


def test_a_class_summed_over_its_accounts_listed_under_it_is_no_account() -> None:
    assert not {account for _, _, account, _ in _budgets(_SET_IN)} & {"特別会計", "企業会計"}


def test_a_column_holding_the_general_account_is_the_accounts_column() -> None:
    text = (
        "<h2>会計別予算額</h2><p>（単位：百万円）</p><table>"
        "<tr><th>区分</th><th>令和8年度</th><th>令和7年度</th><th>増減</th></tr>"
        "<tr><td>一般会計</td><td>648,230</td><td>633,050</td><td>15,180</td></tr>"
        "<tr><td colspan='4'>特別会計</td></tr>"
        "<tr><td>架空保険事業</td><td>98,420</td><td>99,310</td><td>△890</td></tr>"
        "<tr><td>架空介護事業</td><td>112,640</td><td>109,870</td><td>2,770</td></tr>"
        "<tr><td>架空市場事業</td><td>2,846</td><td>2,712</td><td>134</td></tr>"
        "</table>"
    )
    import tempfile
    from pathlib import Path

    from loaders.formats import read_source

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "x.html"
        page.write_text(text, encoding="utf-8")
        read = read_source(page).text
    facts = parse_document(read, file="x.html", municipality_code="999989",
                           municipality="架空台市", prefecture="架空県")  # fmt: skip
    found = {(b.fiscal_year, b.account, b.amount) for b in facts.budgets}
    assert {(2025, "一般会計", 633_050_000_000), (2026, "架空保険事業", 98_420_000_000),
            (2025, "架空市場事業", 2_712_000_000)} <= found  # fmt: skip
