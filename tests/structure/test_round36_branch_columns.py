"""A directory table of a ward's 課 and, on the rows under each, its 係 marked by a branch
stroke in the same cell (「└ 総務係」), a 課 count and the year before's in brackets: two
levels, two columns. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "<html><body><main><h2>架空区役所 課・係一覧</h2>"
    "<p>職員数は令和8年4月1日現在、（　）内は令和7年4月1日現在の人数です。</p><table>"
    "<tr><th>課・係</th><th>主な業務</th><th>職員数</th></tr>"
    "<tr><th>架空推進課</th><td>区の総合調整</td><td>21人<br>（20人）</td></tr>"
    "<tr><td>└ 架空総務係</td><td>庁舎管理</td><td>8（8）</td></tr>"
    "<tr><td>└ 架空振興係</td><td>地域行事</td><td>7（6）</td></tr>"
    "<tr><th>架空区民課</th><td>住民票</td><td>36人<br>（37人）</td></tr>"
    "<tr><td>└ 架空記録係</td><td>転入・転出</td><td>14（14）</td></tr>"
    "</table></main></body></html>"
)


def test_the_branch_rows_are_a_column_of_their_own() -> None:
    doc = read_structure(extract_main_text(_PAGE), labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[:2] == ["課", "係"]
    assert [c.text for c in table.rows[1][:2]] == ["", "架空総務係"]


def test_each_branch_unit_is_the_unit_above_its_part() -> None:
    parents = {o.name: o.parent for o in parsed_as_read(_PAGE, "ka.html").organizations}
    assert parents.get("架空総務係") == "架空推進課"
    assert parents.get("架空記録係") == "架空区民課"


def test_each_branch_units_count_is_read() -> None:
    staff = {(s.organization, s.count) for s in parsed_as_read(_PAGE, "ka.html").staff}
    assert ("架空振興係", 7) in staff
    assert ("架空推進課", 21) in staff
