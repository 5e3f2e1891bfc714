"""A field's label set in a tag of its own right before its value (「<span class="c-label">
主担当</span>こども未来局」): the text says label, colon, value, so the field is read and the
list under it stays with the entry above. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>施策の体系</h2>"
    "<h3><span>1-1</span>架空の子育て支援</h3>"
    "<h4><span>1-1-1</span>架空の切れ目ない支援</h4>"
    "<p><span class=c-label>主担当</span>架空こども局</p>"
    "<ul><li>架空の伴走型相談の充実</li><li>架空の産後ケアの拡充</li></ul>"
    "<h4><span>1-1-2</span>架空の保育の充実</h4>"
    "<p><span class=c-label>主担当</span>架空こども局</p>"
    "<ul><li>架空の受け皿の確保</li></ul>"
    "</main></body></html>"
)


def test_a_label_in_its_own_tag_is_set_apart_from_its_value() -> None:
    assert "主担当：架空こども局" in extract_main_text(_PAGE)


def test_the_list_under_the_field_stays_with_its_entry() -> None:
    read = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_PAGE, "x.html").initiatives}
    assert ("架空の伴走型相談の充実", ("1-1-1",)) in read


def test_a_bracketed_note_after_a_label_is_no_value() -> None:
    page = "<html><body><main><p><b>主な事業</b>（単位：千円）</p></main></body></html>"
    assert "主な事業：" not in extract_main_text(page)
