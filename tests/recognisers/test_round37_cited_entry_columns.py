"""A table of a 課's priorities whose policy column is labelled with the plan's name
(「総合振興計画 | 施策3-2 架空の防災」): each row's entry files under the level its cell cites.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>令和8年度の重点目標</h2><table>"
    "<tr><th>No.</th><th>重点目標</th><th>総合振興計画</th><th>取組内容</th></tr>"
    "<tr><td>①</td><td>架空組織の活動支援</td><td>施策3-2 架空の防災体制</td>"
    "<td>訓練を働きかける。</td></tr>"
    "<tr><td>②</td><td>架空財源の確保</td><td>施策5-2 架空の行財政運営</td>"
    "<td>寄附額の増加を図る。</td></tr>"
    "</table></main></body></html>"
)


def test_each_entry_files_under_the_level_its_row_cites() -> None:
    rows = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_PAGE, "p.html").initiatives}
    assert ("架空組織の活動支援", ("3-2",)) in rows
    assert ("架空財源の確保", ("5-2",)) in rows
