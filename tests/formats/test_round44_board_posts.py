"""A bulletin board CGI prints each post in a one-cell table row, its message a quote of
many lines (「<blockquote>…<br>…」): a box of text, its lines kept; a project's bracket of
units (「（総務課 企画係）」) names its 課 as the division, the 係 being a part of it.
Fictional example."""

from __future__ import annotations

from loaders.text.document_text import page_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = """<html><body>
<table border="1" width="95%"><tr><td>
[128] <b>令和８年度の村の予算が決まりました</b><br>
投稿者：<b>架空課</b> - 2026/04/01(Wed) 09:12<br>
<blockquote>
３月議会で、令和８年度の予算が可決されました。<br>
<br>
■会計ごとの予算額（かっこ内は令和７年度）<br>
　一般会計　２４億８，６００万円（２３億９，２００万円）<br>
　架空保険特別会計　３億１，２４０万円（３億２，０１０万円）<br>
<br>
■主な事業<br>
・架空バス運行事業　３，８４０万円（架空総務課　架空企画係）<br>
・架空住宅改修補助事業　１，２００万円（架空総務課　架空企画係）<br>
</blockquote>
</td></tr><tr><td>
[127] <b>係の名前が変わります</b><br>
<blockquote>４月１日から係の名前が変わります。<br>詳しくは架空課へ。<br><br></blockquote>
</td></tr></table>
</body></html>"""


def test_a_posts_lines_are_kept() -> None:
    lines = page_text(_PAGE, "x.html").splitlines()
    assert any(line.strip().startswith("一般会計") for line in lines)


def test_the_posts_accounts_and_projects_are_read() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    accounts = {(b.fiscal_year, b.account, b.amount) for b in facts.budgets}
    assert (2026, "一般会計", 2_486_000_000) in accounts
    projects = {(p.name, p.division) for p in facts.projects}
    assert ("架空バス運行事業", "架空総務課") in projects
