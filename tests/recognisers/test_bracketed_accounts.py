"""A budget sentence naming its account in brackets after the budget word, and the other
year's amount the next sentence gives (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.recognisers.bracketed_accounts import bracketed_budgets
from loaders.structure import read_structure


def _budgets(text: str) -> set[tuple[str, int | None, str, int]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_an_account_in_brackets_after_the_budget_word_with_the_next_years_amount() -> None:
    text = (
        "<p>令和6年度の架空支所の地域配分予算（一般会計）は、1億2,000万円です。"
        "令和5年度は1億1,500万円でした。</p>\n"
    )
    assert _budgets(text) == {
        ("架空支所", 2024, "一般会計", 120_000_000),
        ("架空支所", 2023, "一般会計", 115_000_000),
    }


def test_a_unit_before_the_year_owns_the_bracketed_budget() -> None:
    found = list(bracketed_budgets("架空部の令和6年度部配分予算（特別会計）は 800万円 です。"))
    assert [(f.owner, f.year, f.account, f.amount) for f in found] == [
        ("架空部", 2024, "特別会計", 8_000_000)]


def test_a_bracketed_account_after_no_budget_word_is_no_budget() -> None:
    assert list(bracketed_budgets("架空部の決定事項（一般会計）は、800万円です。")) == []


def test_a_list_of_units_with_bare_figures_in_the_captions_unit() -> None:
    text = (
        "一般会計の部別の内訳（令和6年度、単位：千円）は次のとおりです。\n"
        "・架空総務部 1,200\n・架空建設部 3,400\n"
    )
    assert _budgets(text) == {
        ("架空総務部", 2024, "一般会計", 1_200_000),
        ("架空建設部", 2024, "一般会計", 3_400_000),
    }


def test_a_notes_wrapped_tail_above_a_caption_names_no_account_of_its_table() -> None:
    text = (
        "※その他は架空霊園事業会計及び架空墓\n"
        "地事業会計です。\n"
        "2. 局別の予算額（一般会計）   （単位：百万円）\n\n"
        "| 局名 | 令和6年度 |\n|---|---|\n| 架空環境局 | 1,000 |\n"
    )
    found = _budgets(text)
    assert ("架空環境局", 2024, "一般会計", 1_000_000_000) in found
    assert {account for owner, _, account, _ in found if owner == "架空環境局"} == {"一般会計"}


def test_a_bare_enterprise_class_is_an_account_and_one_naming_its_account_is_none() -> None:
    bare = (
        "## 会計別予算額（令和6年度）\n\n"
        "| 会計 | 予算額(千円) |\n|---|---|\n"
        "| 一般会計 | 1,000 |\n| 企業会計 | 300 |\n"
    )
    assert ("青葉台市", 2024, "企業会計", 300_000) in _budgets(bare)
    noted = bare.replace("| 企業会計 |", "| 企業会計（架空水道事業） |")
    assert not any(account.startswith("企業") for _, _, account, _ in _budgets(noted))


def test_a_ward_named_before_its_bracketed_budget_is_its_office() -> None:
    found = list(bracketed_budgets("令和6年度の若葉区の区配分予算（一般会計）は、2億円です。"))
    assert [(f.owner, f.year, f.amount) for f in found] == [("若葉区役所", 2024, 200_000_000)]
