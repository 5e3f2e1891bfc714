"""A plan page that prints each 施策's name as a title and its place in the system on the
line under it (「基本目標1＞政策1-1＞施策1-1-1」): the path numbers the title, and the 取組
under its 「主な取組」 label are the 施策's entries. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>基本目標1　架空の夢を育むまち</h2>"
    "<h3>政策1-1　架空の子育て環境づくり</h3>"
    "<h4>架空の切れ目ない支援</h4>"
    '<p class="path">基本目標1<span>＞</span>政策1-1<span>＞</span>施策1-1-1</p>'
    "<p>主担当　架空こども局</p><h5>主な取組</h5>"
    "<ul><li>架空相談支援の充実</li><li>架空ケアの利用促進</li></ul>"
    "<h4>架空保育の充実</h4>"
    '<p class="path">基本目標1<span>＞</span>政策1-1<span>＞</span>施策1-1-2</p>'
    "<h5>主な取組</h5><ul><li>架空保育士の確保</li><li>架空保育料の軽減</li></ul>"
    "</main></body></html>"
)


def test_a_path_line_under_a_title_gives_the_title_its_level_and_code() -> None:
    text = "架空の切れ目ない支援\n基本目標1＞政策1-1＞施策1-1-1\n主な取組\n・架空相談支援の充実\n"
    doc = read_structure(text, labels=all_labels())
    title = doc.blocks[0]
    assert (title.kind, title.prefix, title.number, title.text) == (
        "heading", "施策", "1-1-1", "架空の切れ目ない支援"
    )


def test_the_titled_levels_are_policies_and_their_listed_entries_initiatives() -> None:
    facts = parsed_as_read(_PAGE, "plan.html")
    policies = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("1-1-1", "架空の切れ目ない支援"), ("1-1-2", "架空保育の充実")} <= policies
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空相談支援の充実", ("1-1-1",)), ("架空保育料の軽減", ("1-1-2",))} <= entries
