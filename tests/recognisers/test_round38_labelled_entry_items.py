"""A site map of a plan's pages as nested lists: 「基本目標1」 over 「政策1-1」 over 「施策1-1-1」
over the links of the 施策's page, 「主な取組1 …」「主な取組2 …」 among them. The labelled
entries are the 施策's measures, filed under its code; the 施策 and 政策 are their policies,
no entries of their own. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SITEMAP = (
    "<html><body><main><h1>サイトマップ（架空市総合計画）</h1>"
    "<h2>基本計画</h2><ul>"
    "<li><a>基本目標1　架空のこどもが育つまち</a><ul>"
    "<li><a>政策1-1　架空の子育て支援</a><ul>"
    "<li><a>施策1-1-1　架空の切れ目ない支援</a><ul>"
    "<li><a>現状と課題</a></li>"
    "<li><a>主な取組1　架空の産後ケアの拡充</a></li>"
    "<li><a>主な取組2　架空の相談窓口の強化</a></li>"
    "<li><a>成果指標</a></li></ul></li>"
    "<li><a>施策1-1-2　架空の保育の充実</a><ul>"
    "<li><a>主な取組1　架空の保育人材の確保</a></li></ul></li>"
    "</ul></li></ul></li></ul>"
    "</main></body></html>"
)


def _entries() -> set[tuple[str, tuple[str, ...]]]:
    facts = parsed_as_read(_SITEMAP, "sitemap.html")
    return {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}


def test_labelled_entries_nested_in_a_level_are_its_measures() -> None:
    assert {
        ("架空の産後ケアの拡充", ("1-1-1",)),
        ("架空の相談窓口の強化", ("1-1-1",)),
        ("架空の保育人材の確保", ("1-1-2",)),
    } <= _entries()


def test_the_levels_over_labelled_entries_are_no_entries() -> None:
    names = {name for name, _ in _entries()}
    assert not names & {"架空の切れ目ない支援", "架空の保育の充実"}
