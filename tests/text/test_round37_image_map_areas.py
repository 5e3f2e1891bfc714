"""A plan's policy tree published as a picture with an image map: each clickable box's alt
text (「<area alt="施策1-1-1　架空の支援">」) is the tree's words, read a line a box.
Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    '<html><body><main><h1>架空市総合計画 施策体系</h1>'
    '<p><img src="taikei.png" alt="施策体系図" usemap="#m"></p><map name="m">'
    '<area shape="rect" coords="0,0,1,1" href="#g1" alt="基本目標1　架空のまち">'
    '<area shape="rect" coords="0,0,1,1" href="p11.html" alt="政策1-1　架空の子育て">'
    '<area shape="rect" coords="0,0,1,1" href="s111.html" alt="施策1-1-1　架空の切れ目ない支援">'
    '<area shape="rect" coords="0,0,1,1" href="s112.html" alt="施策1-1-2　架空の保育の充実">'
    "</map><h2>施策ごとの主な取組</h2><table>"
    "<tr><th>施策</th><th>主な取組</th></tr>"
    "<tr><td>1-1-1</td><td>架空の産後ケアの拡充</td></tr>"
    "<tr><td>1-1-1</td><td>架空の相談支援の一元化</td></tr>"
    "<tr><td>1-1-2</td><td>架空の保育士の確保</td></tr>"
    "<tr><td>1-1-2</td><td>架空の医療的ケア児の受入れ</td></tr>"
    "</table></main></body></html>"
)


def test_each_areas_alt_text_is_a_line() -> None:
    lines = extract_main_text(_PAGE).splitlines()
    assert "施策1-1-1 架空の切れ目ない支援" in lines
    assert "政策1-1 架空の子育て" in lines


def test_the_tree_drawn_as_a_picture_gives_its_policies() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_PAGE, "p.html").policy_codes}
    assert {("1-1", "架空の子育て"), ("1-1-2", "架空の保育の充実")} <= policies

