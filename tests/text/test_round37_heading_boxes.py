"""A site builder wraps each heading of the content in a box whose class names a header
(「<div class="j-module n j-header"><h2>…</h2></div>」): the heading is content, kept; a site
banner marked the same way, its name a link home, is still dropped. Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_PAGE = (
    '<html><body><div id="header"><h1><a href="/">架空村</a></h1></div>'
    '<div class="content"><div class="j-module n j-header"><h2>会計別の予算額</h2></div>'
    '<div class="j-module n j-text"><p>本文です。</p></div></div></body></html>'
)


def test_a_header_marked_box_holding_only_a_heading_is_kept() -> None:
    assert "会計別の予算額" in extract_main_text(_PAGE)


def test_a_banner_whose_heading_links_home_is_dropped() -> None:
    assert "架空村" not in extract_main_text(_PAGE)
