"""Budgets of round 19: a speech wrapped at a fixed width, whose account names and amounts
break at a line's end and whose accounts are listed after the class they belong to
(「特別会計は、…」) (fictional example)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str, *, year: int | None = 2024) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_accounts_of_a_speech_wrapped_at_a_fixed_width_are_read_across_its_lines() -> None:
    text = (
        "○市長（架空太郎君）　おはようございます。令和６年度の当初予算案について説明\n"
        "申し上げます。一般会計の予算総額は、３０億円といたしました。特別会計は、介護保険特別会\n"
        "計４億２，０００万円、後期高齢者医療特別会計１億１，０００万円、架空事業特別会計\n"
        "２億円となりまして、三つの会計を合わせた特別会計の合計は、７億\n"
        "３，０００万円であります。以上、よろしくお願い申し上げます。\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2024, "一般会計", 3_000_000_000),
        ("青葉台市", 2024, "介護保険特別会計", 420_000_000),
        ("青葉台市", 2024, "後期高齢者医療特別会計", 110_000_000),
        ("青葉台市", 2024, "架空事業特別会計", 200_000_000),
        ("青葉台市", 2024, "特別会計", 730_000_000),
    }
