"""A plan's 施策 that lists its entries under a label line of their own (「＜主な取組＞」 over
the bullets) is the entries' policy, not an entry of the goal above; a level whose own
entries stand in a table under it is no measure of the page's list either. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import facts_of, initiative_rows

_PLAN = (
    "基本目標１　架空のまち\n"
    "\n"
    "  施策１－１　架空の子育て支援\n"
    "    ＜主な取組＞\n"
    "      ・架空の相談支援の充実\n"
    "      ・架空の保育ニーズへの対応\n"
    "\n"
    "  施策１－２　架空の学びの充実\n"
    "    ＜主な取組＞\n"
    "      ・架空の学習支援\n"
)


def test_the_labelled_lists_entries_file_under_their_level() -> None:
    rows = initiative_rows(facts_of(_PLAN))
    assert ("架空の相談支援の充実", ("1-1",)) in rows
    assert ("架空の学習支援", ("1-2",)) in rows


def test_a_level_listing_its_own_entries_is_no_entry_of_the_goal() -> None:
    names = {name for name, _ in initiative_rows(facts_of(_PLAN))}
    assert "架空の子育て支援" not in names
