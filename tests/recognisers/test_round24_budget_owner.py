"""Round 24: the unit a budget sentence names before its account owns the amount."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import budgets
from loaders.structure import read_structure


def _budgets(text: str) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2025)
    budgets.recognise(read_structure(text, labels=all_labels()), facts)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_unit_after_a_dated_phrase_owns_the_account_it_names() -> None:
    text = "　令和7年度の緑化局の一般会計予算額は、12億3,400万円となっております。\n"
    assert _budgets(text) == {("緑化局", 2025, "一般会計", 1_234_000_000)}


def test_a_units_budget_stated_in_an_account_is_that_units() -> None:
    text = "　令和7年度当初予算では花壇管理局の予算を一般会計で5億6,700万円計上しております。\n"
    assert _budgets(text) == {("花壇管理局", 2025, "一般会計", 567_000_000)}


def test_the_kind_word_alone_after_a_phrase_names_no_owner() -> None:
    text = "　令和7年度の当初予算に関する局の予算は、一般会計で3億円です。\n"
    assert {owner for owner, *_ in _budgets(text)} == {"青葉台市"}
