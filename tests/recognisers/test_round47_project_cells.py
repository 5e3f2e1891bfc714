"""A table of main projects whose name cell prints the name in bold and its gist under it
(「<strong>X事業</strong><br>対象を拡大」): the project is the name, not the cell's whole
text. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><h2>主な事業</h2><p>（単位：千円）</p><table>"
    "<tr><th>事業名</th><th>令和8年度</th><th>令和7年度</th><th>担当</th></tr>"
    "<tr><td><strong>架空整備事業</strong><br>民間保育所の創設により定員を拡大</td>"
    "<td>2,846,000</td><td>2,512,000</td><td>架空局<br>架空保育課</td></tr>"
    "<tr><td><strong>架空医療費助成事業</strong><br>令和8年10月から対象を拡大</td>"
    "<td>6,418,500</td><td>6,102,300</td><td>架空局<br>架空家庭課</td></tr>"
    "</table></body></html>"
)


def test_the_bold_name_over_its_gist_is_the_projects_name() -> None:
    names = {p.name for p in parsed_as_read(_PAGE, "x.html").projects}
    assert {"架空整備事業", "架空医療費助成事業"} <= names
    assert not any("拡大" in name for name in names)
