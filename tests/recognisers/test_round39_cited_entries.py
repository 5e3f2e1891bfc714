"""A table of units with the policy each leads (「所管課 | 主管する施策 | 主な取組」), 「-」 where
a unit leads none: the column still cites policies, and the 主な取組 listed in a row's cell
are entries of that row's policy, not of the heading the table sits under. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import initiative_rows, parsed_as_read

_PAGE = (
    "<html><body><main><h1>施策と所管課の一覧</h1>"
    "<h2>基本目標4　架空の安全なまち</h2><ul><li>政策4-1　架空の防災</li></ul>"
    "<h3>架空総務局の主管施策</h3>"
    "<table><tr><th>所管課</th><th>主管する施策</th><th>主な取組</th></tr>"
    "<tr><td>架空総務課</td><td>-</td><td></td></tr>"
    "<tr><td>架空危機管理課</td><td>4-1-1 架空の災害に強いまちづくり</td>"
    "<td><ul><li>架空防災力の向上</li><li>架空本部機能の強化</li></ul></td></tr>"
    "<tr><td>架空人事課</td><td>-</td><td></td></tr>"
    "<tr><td>架空消防課</td><td>4-1-2 架空の救急体制の充実</td>"
    "<td><ul><li>架空救急隊の増隊</li></ul></td></tr>"
    "</table></main></body></html>"
)


def test_the_entries_of_a_row_are_filed_under_its_cited_policy() -> None:
    rows = initiative_rows(parsed_as_read(_PAGE, "p.html"))
    assert ("架空防災力の向上", ("4-1-1",)) in rows
    assert ("架空救急隊の増隊", ("4-1-2",)) in rows
