"""A short caption sentence naming a budget (a chart's text equivalent: 「会計別予算額。」)
names the budget of the accounts listed with their amounts right after it."""

from __future__ import annotations

from loaders.parse import parse_document


def _budgets(text: str) -> set[tuple[str, int]]:
    facts = parse_document(
        text, file="koho.txt", municipality_code="999989", municipality="青葉台村",
        prefecture="架空県",
    )  # fmt: skip
    return {(b.account, b.amount) for b in facts.budgets}


def test_accounts_listed_after_a_budget_caption_sentence_are_budgets() -> None:
    text = (
        "村の予算が決まりました\n\n"
        "令和7年度 会計別予算額。一般会計12億3,400万円、架空事業特別会計1億2,000万円。\n"
    )
    budgets = _budgets(text)
    assert ("一般会計", 1_234_000_000) in budgets
    assert ("架空事業特別会計", 120_000_000) in budgets


def test_a_sentence_of_prose_before_the_list_names_no_budget() -> None:
    text = (
        "村の予算が決まりました\n\n"
        "今年度は予算額が増えました。一般会計12億3,400万円、架空事業特別会計1億2,000万円。\n"
    )
    assert ("架空事業特別会計", 120_000_000) not in _budgets(text)
