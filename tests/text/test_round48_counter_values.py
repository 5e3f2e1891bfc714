"""A page's animated counters (Elementor's counter widget, CountUp.js): the figure shown is
「0」 until the page runs its script, the value only in an attribute. Read as the value a
reader of the page sees. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_PAGE = (
    "<div><p>令和7年度実績 <span class='elementor-counter-number' data-to-value='41270'"
    " data-from-value='0' data-delimiter=','>0</span>人</p>"
    "<p>達成率 <span data-count='93.6'>0</span>％</p>"
    "<div data-target='5'><b>架空の見出し</b></div></div>"
)


def test_a_counters_value_replaces_its_placeholder() -> None:
    assert "令和7年度実績 41,270人" in extract_main_text(_PAGE)


def test_a_counter_without_a_delimiter_keeps_its_decimals() -> None:
    assert "達成率 93.6％" in extract_main_text(_PAGE)


def test_a_box_holding_more_than_a_figure_is_left_as_it_is() -> None:
    text = extract_main_text(_PAGE)
    assert "架空の見出し" in text and "5" not in text.split("達成率")[1]
