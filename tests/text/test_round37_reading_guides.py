"""A radio script prints how to say each amount in brackets after it (「１４億２，８６０万円
［じゅうよんおく　にせん…まんえん］」): the readings are dropped, so the amount and the
year before's after it (「、前の年度は１４億６，１２０万円でした」) are read. Fictional examples."""

from __future__ import annotations

from loaders.text.reading_guides import drop_reading_guides
from tests.recognisers._facts_of import parsed_as_read

_SCRIPT = (
    "令和８年度　架空町の予算\n"
    "係長　　：はい。特別会計と企業会計があります。\n"
    "　　　　　架空保険特別会計が１４億２，８６０万円"
    "［じゅうよんおく　にせんはっぴゃくろくじゅうまんえん］、"
    "前の年度は１４億６，１２０万円でした。\n"
    "　　　　　架空介護特別会計が１６億８，３４０万円"
    "［じゅうろくおく　はっせんさんびゃくよんじゅうまんえん］、"
    "前の年度は１６億３，９００万円でした。\n"
)


def test_a_bracket_of_kana_after_a_word_is_dropped() -> None:
    assert "［" not in drop_reading_guides(_SCRIPT)


def test_a_bracket_of_other_words_stays() -> None:
    text = "［事業］架空事業　［指標］架空数\n"
    assert drop_reading_guides(text) == text


def test_the_year_befores_amount_after_the_amount_is_read() -> None:
    budgets = {(b.account, b.fiscal_year, b.amount) for b in parsed_as_read(_SCRIPT).budgets}
    assert ("架空保険特別会計", 2026, 1_428_600_000) in budgets
    assert ("架空保険特別会計", 2025, 1_461_200_000) in budgets
