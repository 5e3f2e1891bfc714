"""A policy tree printed as a table whose broader levels are merged cells, left blank on the
rows under their first (「基本目標1 … | 1-1 … | 1-1-1 … | • 取組 • 取組」 over 「 | | 1-1-2 … |
…」): each row's entries are filed under its finest level, as on the first row. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import initiative_rows, parsed_as_read

_PAGE = (
    "<html><body><table><thead>"
    "<tr><th>基本目標</th><th>政策</th><th>施策</th><th>主な取組</th><th>主担当局</th></tr>"
    "</thead><tbody>"
    '<tr><th scope="rowgroup" rowspan="3"><span class="code">基本目標1</span><br>架空の育つまち'
    '</th><th scope="rowgroup" rowspan="2"><span class="code">1-1</span> 架空の子育て</th>'
    '<td><span class="code">1-1-1</span> 架空の切れ目ない支援</td>'
    "<td><ul><li>架空ケアの充実</li><li>架空相談の強化</li></ul></td><td>架空局</td></tr>"
    '<tr><td><span class="code">1-1-2</span> 架空の保育</td>'
    "<td><ul><li>架空人材の確保</li><li>架空保育の拡大</li></ul></td><td>架空局</td></tr>"
    '<tr><th scope="rowgroup"><span class="code">1-2</span> 架空の教育</th>'
    '<td><span class="code">1-2-1</span> 架空の学力</td>'
    "<td><ul><li>架空端末の活用</li><li>架空指導の推進</li></ul></td><td>架空教育局</td></tr>"
    "</tbody></table></body></html>"
)


def test_each_rows_entries_are_filed_under_its_finest_level() -> None:
    rows = initiative_rows(parsed_as_read(_PAGE, "x.html"))
    assert ("架空相談の強化", ("1-1-1",)) in rows
    assert ("架空人材の確保", ("1-1-2",)) in rows
    assert ("架空端末の活用", ("1-2-1",)) in rows
