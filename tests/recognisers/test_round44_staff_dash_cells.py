"""A table of units' people by year marks a unit not there that year with 「－」 (a unit set
up this year, or abolished): the table still counts the units' people, the dash counts
none. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = """<html><body><main><h1>架空市 組織と職員数</h1>
<h2>部・課別の職員数</h2>
<h3>架空総務部　42人（41人）</h3>
<table><thead><tr><th>課・室</th><th>令和8年4月1日</th><th>令和7年4月1日</th><th>備考</th></tr>
</thead><tbody><tr><td>架空総務課</td><td>22人</td><td>21人</td><td>&nbsp;</td></tr>
<tr><td>架空人事課</td><td>12人</td><td>12人</td><td>&nbsp;</td></tr>
<tr><td>架空情報課</td><td>－</td><td>8人</td><td>廃止</td></tr></tbody></table>
</main></body></html>"""


def test_a_dash_leaves_the_tables_counts_read() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    counts = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空総務課", 2026, 22) in counts
    assert ("架空情報課", 2025, 8) in counts
    assert not any(s.organization == "架空情報課" and s.fiscal_year == 2026 for s in facts.staff)
