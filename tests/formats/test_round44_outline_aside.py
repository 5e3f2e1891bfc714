"""A progress page prints its plan's system in a box beside the cards (「<aside>」 holding
「プランの体系」 as a nested list): the outline is content, not a side menu, so the cards'
codes find their policies. A side menu (a flat list, or items that link to pages) stays
furniture. Fictional example."""

from __future__ import annotations

from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = """<!DOCTYPE html><html><body><main>
<h1>架空改革プラン 令和7年度の取組状況</h1>
<ul class="cards">
<li class="card"><p class="no">Ⅰ-1-①</p><h3>架空電子申請の拡大</h3><p>所管：架空課</p></li>
<li class="card"><p class="no">Ⅱ-1-①</p><h3>架空事務の見直し</h3><p>所管：架空課</p></li>
</ul>
<h2>令和7年度の主な効果</h2>
<p>架空の効果額は前年度を上回りました。</p>
<aside class="side">
<h2>プランの体系</h2>
<ul>
<li>基本方針Ⅰ　架空サービスの向上
<ul><li>Ⅰ-1　架空手続のデジタル化</li><li>Ⅰ-2　架空窓口の改善</li></ul></li>
<li>基本方針Ⅱ　架空行政運営
<ul><li>Ⅱ-1　架空業務の効率化</li><li>Ⅱ-2　架空定員の管理</li></ul></li>
</ul>
</aside>
</main>
<aside class="side-nav"><h2>関連ページ</h2>
<ul><li><a href="/a">架空ページ一</a><ul><li><a href="/b">架空ページ二</a></li></ul></li>
<li><a href="/c">架空ページ三</a></li></ul></aside>
</body></html>"""


def test_an_outline_beside_the_text_is_read() -> None:
    assert "Ⅰ-2　架空窓口の改善" in page_text(_PAGE, "x.html")


def test_a_menu_of_links_beside_the_text_is_not_read() -> None:
    assert "架空ページ二" not in page_text(_PAGE, "x.html")


def test_the_cards_find_their_policies_in_the_outline() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    pairs = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空電子申請の拡大", ("Ⅰ-1",)) in pairs
    assert ("架空事務の見直し", ("Ⅱ-1",)) in pairs
