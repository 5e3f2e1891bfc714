"""Budgets of round 21: a ward's own budget is its office's (区役所), for a ward is no body
with accounts of its own; a column labelled by a year cue alone (「本年度 | 前年度」) is dated
from the document's year; an amount printed after a unit's total word (「星見部計」, 「部計」)
is that unit's (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str, body: str) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999987", body, None, text, "generic", fiscal_year=2027)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_wards_own_budget_is_its_offices() -> None:
    text = (
        "令和9年度 架空区役所 運営方針\n\n"
        "２　区の予算\n\n"
        "令和9年度の区配分予算（一般会計）は1億2,340万円です。\n"
    )
    assert _budgets(text, "若葉ヶ原市架空区") == {("架空区役所", 2027, "一般会計", 123_400_000)}


def test_a_citys_own_budget_stays_the_citys() -> None:
    text = "令和9年度の市の予算（一般会計）は123億4,000万円です。\n"
    assert _budgets(text, "若葉ヶ原市") == {("若葉ヶ原市", 2027, "一般会計", 12_340_000_000)}


def test_columns_labelled_by_a_year_cue_alone_are_dated_from_the_documents_year() -> None:
    text = (
        "歳 入 歳 出 予 算 総 括 表\n"
        "（単位：千円）\n\n"
        "| 会 計 名 | 本 年 度 | 前 年 度 | 比 較 |\n"
        "|---|---:|---:|---:|\n"
        "| 一般会計 | 5,000 | 4,800 | 200 |\n"
        "| 架空事業特別会計 | 700 | 650 | 50 |\n"
    )
    assert _budgets(text, "若葉ヶ原市") == {
        ("若葉ヶ原市", 2027, "一般会計", 5_000_000), ("若葉ヶ原市", 2026, "一般会計", 4_800_000),
        ("若葉ヶ原市", 2027, "架空事業特別会計", 700_000),
        ("若葉ヶ原市", 2026, "架空事業特別会計", 650_000),
    }


def test_an_amount_after_a_units_total_word_is_that_units_budget() -> None:
    text = (
        "令和9年度 架空部 運営方針\n\n"
        "２　部の予算（令和9年度当初）\n\n"
        "一般会計：星見部計 3億2,000万円（前年度 3億円）\n"
    )
    assert _budgets(text, "若葉ヶ原市") == {
        ("星見部", 2027, "一般会計", 320_000_000), ("星見部", 2026, "一般会計", 300_000_000),
    }


def test_an_account_line_whose_middle_column_is_a_bare_total_is_the_documents_units() -> None:
    text = (
        "令和9年度　架空部　運営方針\n\n"
        "３．予算（令和9年度当初）\n\n"
        "　一般会計　　部計　　　1,234,000千円（前年度　1,200,000千円）\n"
        "　　うち人件費を除く事業費　　1,000,000千円\n"
    )
    assert _budgets(text, "若葉ヶ原市") == {
        ("架空部", 2027, "一般会計", 1_234_000_000), ("架空部", 2026, "一般会計", 1_200_000_000),
    }
