"""A CMS page may number its policy tree with CSS counters alone (「ol.taikei>li>h3::before
{content:"基本目標" counter(kihon)}」): the numbers a browser shows are written into the
page's text, so the codes are read. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_STYLE = (
    "<style>"
    "ol.goals{list-style:none;counter-reset:goal}"
    "ol.goals>li{counter-increment:goal}"
    'ol.goals>li>h3::before{content:"基本目標" counter(goal) "　"}'
    "ol.measures{counter-reset:measure}"
    "ol.measures>li{counter-increment:measure}"
    'ol.measures>li>p.name::before{content:"施策" counter(goal) "-" counter(measure) "　"}'
    "</style>"
)


def _page(first_goal_attributes: str = "") -> str:
    return (
        f"<html><head>{_STYLE}</head><body><main><h2>施策の体系</h2>"
        f"<ol class=goals{first_goal_attributes}>"
        "<li><h3>架空の子育てのまち</h3><ol class=measures>"
        "<li><p class=name>架空の保育の充実</p><ul><li>架空の受け皿確保</li></ul></li>"
        "<li><p class=name>架空の学びの支援</p><ul><li>架空の居場所づくり</li></ul></li>"
        "</ol></li>"
        "<li><h3>架空の健康のまち</h3><ol class=measures>"
        "<li><p class=name>架空の健診の推進</p><ul><li>架空のがん検診</li></ul></li>"
        "</ol></li></ol></main></body></html>"
    )


def test_the_numbers_the_style_generates_are_written_before_the_names() -> None:
    text = extract_main_text(_page())
    assert "基本目標1　架空の子育てのまち" in text
    assert "施策1-2　架空の学びの支援" in text
    assert "施策2-1　架空の健診の推進" in text


def test_a_counter_reset_inline_continues_a_list_from_its_number() -> None:
    text = extract_main_text(_page(' style="counter-reset: goal 3"'))
    assert "基本目標4　架空の子育てのまち" in text


def test_a_page_without_counters_is_read_as_it_stands() -> None:
    page = "<html><body><main><h3>架空の子育てのまち</h3></main></body></html>"
    assert extract_main_text(page).strip() == "架空の子育てのまち"


def test_the_policies_numbered_by_the_style_are_read_with_their_codes() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_page(), "p.html").policy_codes}
    assert ("1-2", "架空の学びの支援") in policies
    assert ("2", "架空の健康のまち") in policies
