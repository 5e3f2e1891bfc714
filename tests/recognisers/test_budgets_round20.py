"""Budgets of round 20: a table's two budget columns, one labelled as the year before
(本年度予算額 | 前年度予算額), each dated in whatever table prints them (fictional example)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str, *, year: int | None = 2027) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999987", "若葉ヶ原市", None, text, "generic", fiscal_year=year)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_column_labelled_as_the_year_before_dates_its_amounts_a_year_earlier() -> None:
    text = (
        "会計別予算一覧（単位：千円）\n\n"
        "| 会計 | 本年度予算額 | 前年度予算額 |\n"
        "|---|---:|---:|\n"
        "| 一般会計 | 5,000 | 4,800 |\n"
        "| 架空事業特別会計 | 700 | 650 |\n"
    )
    assert _budgets(text) == {
        ("若葉ヶ原市", 2027, "一般会計", 5_000_000), ("若葉ヶ原市", 2026, "一般会計", 4_800_000),
        ("若葉ヶ原市", 2027, "架空事業特別会計", 700_000),
        ("若葉ヶ原市", 2026, "架空事業特別会計", 650_000),
    }

