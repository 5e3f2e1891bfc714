"""A chart read out as one sentence of years and amounts, under a line naming one account's
budget (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.recognisers.spoken_series import spoken_series
from loaders.structure import read_structure


def _budgets(text: str) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_read_out_chart_gives_each_years_budget_of_its_account() -> None:
    text = (
        "<h3>図：特別会計の予算額の推移</h3>\n"
        "<p>平成30年度は12億円、令和元年度は12億5,000万円、令和2年度は13億円です。</p>\n"
    )
    assert _budgets(text) == {
        ("青葉台市", 2018, "特別会計", 1_200_000_000),
        ("青葉台市", 2019, "特別会計", 1_250_000_000),
        ("青葉台市", 2020, "特別会計", 1_300_000_000),
    }


def test_a_sentence_with_anything_between_the_pairs_is_no_series() -> None:
    text = "令和元年度は12億円、令和2年度は13億円に増え、令和3年度は14億円です。"
    assert spoken_series(text) == []
    assert spoken_series("令和元年度は12億円、令和2年度は13億円です。") == []  # two: a comparison


def test_a_series_under_no_account_caption_is_no_budget() -> None:
    text = (
        "<p>来場者の推移です。</p>\n"
        "<p>令和元年度は12億円、令和2年度は13億円、令和3年度は14億円です。</p>\n"
    )
    assert _budgets(text) == set()
