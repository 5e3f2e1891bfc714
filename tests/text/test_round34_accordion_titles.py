"""An accordion's title (`<details><summary>`) whose parts the page's style sets apart:
「<span>施策1-1-1</span><span>名称</span><span>主担当：X局</span>」 reads as a numbered
heading with its unit as a field, not one glued word. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h1>施策の一覧</h1>"
    "<h3>政策1-1　架空家庭への支援</h3>"
    '<details><summary><span class="no">施策1-1-1</span><span class="title">架空の切れ目ない'
    '支援</span><span class="tag">主担当：架空局</span></summary>'
    "<h4>主な取組</h4><ul><li>架空ケア事業の利用促進</li><li>架空健診の受診促進</li></ul>"
    "</details></main></body></html>"
)


def test_an_accordion_titles_parts_are_words_of_their_own() -> None:
    codes = {c.normalized: c.label for c in parsed_as_read(_PAGE, "shisaku.html").policy_codes}
    assert codes.get("1-1-1") == "架空の切れ目ない支援"


def test_entries_in_the_panel_are_filed_under_its_title() -> None:
    entries = {i.name: i.policy_codes for i in parsed_as_read(_PAGE, "shisaku.html").initiatives}
    assert entries.get("架空健診の受診促進") == ["1-1-1"]
