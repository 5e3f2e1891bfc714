"""「基本目標1」 over 「政策1-1」 over 「施策1-1-1」 over its 主な取組 as a list: the entries are
the finest level's, and the levels above it (政策1-1) are the policies they serve, no
entries of their own. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import initiative_rows, parsed_as_read

_TREE = (
    "<html><body><main><h2>施策の体系</h2>"
    "<h3>基本目標1　架空の子育てのまち</h3>"
    "<h4>政策1-1　架空の子育て環境づくり</h4>"
    "<h5>施策1-1-1　架空の切れ目ない支援</h5>"
    "<ul><li>架空の産後ケアの充実</li><li>架空の相談支援</li></ul>"
    "<h5>施策1-1-2　架空の保育の充実</h5>"
    "<ul><li>架空の受け皿確保</li></ul>"
    "<h4>政策1-2　架空の学びの支援</h4>"
    "<h5>施策1-2-1　架空の居場所づくり</h5>"
    "<ul><li>架空の放課後クラブの整備</li></ul>"
    "</main></body></html>"
)


def test_the_entries_listed_under_the_finest_level_are_filed_under_it() -> None:
    rows = initiative_rows(parsed_as_read(_TREE, "p.html"))
    assert ("架空の産後ケアの充実", ("1-1-1",)) in rows
    assert ("架空の放課後クラブの整備", ("1-2-1",)) in rows


def test_a_level_whose_finer_levels_list_entries_is_no_entry() -> None:
    names = {name for name, _ in initiative_rows(parsed_as_read(_TREE, "p.html"))}
    assert not names & {"架空の子育て環境づくり", "架空の学びの支援"}
