"""Budgets in the layouts of round 16: account columns under a budget label (a pivot's value
caption), a list of accounts with an earlier year's amount in brackets, a year printed in
both calendars, and a finance report whose label row is printed inside its table
(fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str, *, year: int | None = 2024) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_account_columns_under_a_budget_label_give_each_units_budget() -> None:
    text = (
        "局別予算(令和6年度)\n\n"
        "| 局名 | 係名 | 予算額(千円) 一般会計 | 予算額(千円) 特別会計 |\n|---|---|---|---|\n"
        "| 架空港湾局 | (空白) | 1,000 |  |\n"
        "|  | 架空埠頭係 | 5,000 | 7,000 |\n"
        "| 架空港湾局 集計 |  | 6,000 | 7,000 |\n"
    )
    assert _budgets(text) == {
        ("架空埠頭係", 2024, "一般会計", 5_000_000),
        ("架空埠頭係", 2024, "特別会計", 7_000_000),
        ("架空港湾局", 2024, "一般会計", 6_000_000),
        ("架空港湾局", 2024, "特別会計", 7_000_000),  # the same amount as its one part's
    }


def test_a_list_of_accounts_with_the_earlier_year_in_brackets() -> None:
    text = (
        "会計別の予算\n"
        "単位:千円(括弧内は令和4年度当初予算額)\n"
        "・一般会計 12,000(11,500)\n"
        "・架空霊園事業特別会計 800(760)\n"
        "※霊園事業は令和2年度に開始しました。\n"
    )
    assert _budgets(text, year=2023) == {
        ("青葉台市", 2023, "一般会計", 12_000_000),
        ("青葉台市", 2022, "一般会計", 11_500_000),
        ("青葉台市", 2023, "架空霊園事業特別会計", 800_000),
        ("青葉台市", 2022, "架空霊園事業特別会計", 760_000),
    }


def test_a_year_column_printed_in_both_calendars_is_one_year() -> None:
    text = (
        "会計ごとの予算\n\n"
        "| 会計 | 2024年度 (令和6年度) | 2023年度 (令和5年度) |\n|---|---|---|\n"
        "| 一般会計 | 12億円 | 11億円 |\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 1_200_000_000),
        ("青葉台市", 2023, "一般会計", 1_100_000_000),
    }


_REPORT = """\
帳票ID:ZZ9          架空市 財務システム          出力日:2024/03/01
令和 6年度          当初予算          所属別・会計別集計表          (単位:円)
ｺｰﾄﾞ      所属名            会計                    本年度予算額    前年度予算額
---------------------------------------------------------------------------------
07        架空観光部
  070100    架空誘客課      01 一般会計               5,000,000       4,000,000
  070200    架空物産課      01 一般会計               3,000,000       3,500,000
  070200    架空物産課      04 架空市場事業特別会計   2,000,000       2,000,000
          ＊ 架空観光部 計  01 一般会計               8,000,000       7,500,000
"""


def test_a_report_label_row_inside_its_table_heads_the_rows_under_it() -> None:
    found = _budgets(_REPORT)
    assert ("架空誘客課", 2024, "一般会計", 5_000_000) in found
    assert ("架空誘客課", 2023, "一般会計", 4_000_000) in found
    assert ("架空物産課", 2024, "架空市場事業特別会計", 2_000_000) in found
    assert ("架空観光部", 2024, "一般会計", 8_000_000) in found
