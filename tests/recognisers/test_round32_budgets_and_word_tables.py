"""Round 32: budget tables headed by years without their era (「7年度」), units' budgets
beside a 「その他」 row, and tables of single-spaced words whose columns are an amount's
label or counts with their counter (「18人」) (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets, staff
from loaders.structure import read_structure


def _facts(text: str) -> DocumentFacts:
    return DocumentFacts("x.txt", "999988", "架空野町", None, text, "generic", fiscal_year=2025)


def _budgets(text: str) -> set[tuple[str, int | None, str, int]]:
    facts = _facts(text)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner or "", b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def _staff(text: str) -> set[tuple[str, int | None, int]]:
    facts = _facts(text)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_years_printed_without_their_era_are_the_documents_eras() -> None:
    text = (
        "令和7年度当初予算の概要\n"
        "会計別予算額 (単位:百万円)\n"
        "会計区分\t7年度\t6年度\t増減\n"
        "一般会計\t852,314\t838,902\t13,412\n"
        "架空保険事業会計\t118,460\t121,035\t△2,575\n"
    )
    found = _budgets(text)
    assert ("架空野町", 2025, "一般会計", 852_314_000_000) in found
    assert ("架空野町", 2024, "架空保険事業会計", 121_035_000_000) in found


def test_a_row_of_what_no_unit_holds_leaves_the_units_column() -> None:
    text = (
        "局別予算額(一般会計・令和7年度)単位:百万円\n"
        "局\t予算額\t構成比(%)\n"
        "架空総務局\t21,480.3\t2.5\n"
        "架空財政局\t9,862.7\t1.2\n"
        "その他(議会・公債費・予備費等)\t139,190.2\t16.3\n"
        "一般会計 計\t852,314.0\t100.0\n"
    )
    assert ("架空総務局", 2025, "一般会計", 21_480_300_000) in _budgets(text)


def test_a_single_spaced_table_headed_by_an_amounts_label_is_a_table() -> None:
    text = (
        "２ 課別の予算（一般会計）\n"
        "一般会計の予算を、担当する課ごとにまとめると次のとおりです。\n"
        "課 名 予算額（千円） 構成比\n"
        "議会事務局 96,210 1.8%\n"
        "架空総務課 1,084,552 20.5%\n"
        "計 5,284,000 100.0%\n"
    )
    assert ("架空総務課", 2025, "一般会計", 1_084_552_000) in _budgets(text)


def test_counts_with_their_counter_fill_a_single_spaced_staff_table() -> None:
    text = (
        "４ 町の職員数（各年４月１日現在）\n"
        "課 名 令和６年 令和７年\n"
        "議会事務局 3人 3人\n"
        "架空総務課 18人 19人\n"
        "合 計 102人 104人\n"
    )
    assert {("架空総務課", 2024, 18), ("架空総務課", 2025, 19)} <= _staff(text)


def test_a_list_of_accounts_with_the_year_befores_amount_in_brackets_gives_both_years() -> None:
    text = (
        "■会計別の予算額\n"
        "　　一般会計                    ４８億２，３００万円  （前年度　４６億７，１００万円）\n"
        "　　架空保険特別会計            ９億４，２８０万円    （前年度　９億６，０５０万円）\n"
        "　　架空事業会計                ６億３，２００万円    （前年度　６億１，５５０万円）\n"
        "　　合　計                      ６４億　　　　万円\n"
    )
    found = _budgets(text)
    assert ("架空野町", 2025, "一般会計", 4_823_000_000) in found
    assert ("架空野町", 2024, "架空保険特別会計", 960_500_000) in found


def test_an_accounts_own_name_ending_in_kei_is_no_total() -> None:
    from loaders.recognisers.budgets import _rest_or_total

    assert not _rest_or_total("一般会計")
    assert _rest_or_total("一般会計 計")
    assert _rest_or_total("合　計")
