"""A bureau's staff table whose 部 is merged down its rows and whose 課 carry a note in
brackets (「脱炭素推進課 (令和8年4月新設)」): the counts are the 課's, the 部計 row the 部's.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h1>令和8年度 架空局運営方針</h1><h2>2　局の体制</h2>"
    "<p>（各年度4月1日現在、単位：人）</p><table>"
    "<tr><th>部</th><th>課・室・工場</th><th>係</th><th>令和8年度</th><th>令和7年度</th></tr>"
    "<tr><td rowspan=\"4\">架空政策部</td><td>架空政策課</td><td>企画係・計画係</td>"
    "<td>22</td><td>21</td></tr>"
    "<tr><td>架空推進課 (令和8年4月新設)</td><td>推進係・支援係</td><td>18</td><td>-</td></tr>"
    "<tr><td>架空保全課 (分室を含む)</td><td>保全係・監視係</td><td>26</td><td>27</td></tr>"
    "<tr><td>部 計</td><td></td><td>66</td><td>48</td></tr>"
    "</table></body></html>"
)


def test_each_row_counts_its_own_unit_not_the_merged_one() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    rows = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空政策課", 2026, 22), ("架空政策課", 2025, 21), ("架空保全課", 2026, 26),
            ("架空政策部", 2026, 66)} <= rows  # fmt: skip
    assert ("架空政策部", 2026, 22) not in rows
