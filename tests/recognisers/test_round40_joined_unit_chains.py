"""A 課 joined to its 部 in one cell (a converted PDF table's cell wrapped 部 over 課, joined
back as the printed cell reads: 「架空未来部」 over 「架空政策課」), in a document naming that
部 on its own: the 課 under the 部, never one unit of the joined name. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_EXPORT = (
    "令和7年度 架空事業評価結果一覧,,,,,,,,,,,,\n"
    "No.,施策,事業名,所管,,令和6年度,令和7年度,成果指標（単位）,目標値,実績値,達成度,評価,今後の\n"
    ",,,,,決算額（千円）,予算額（千円）,,,,（％）,,方向性\n"
    '1,4-1 架空支,架空ファミリー支,架空未来部,,"8,412","8,960",'
    '架空活動件数（件,"3,200","3,054",95.4,B,継続\n'
    ",援の充実,援事業,架空政策課,,,,）,,,,,\n"
    '2,4-1 架空支,架空児童健全育,架空未来部,,"312,846","336,200",架空クラブ,0,12,－,C,拡充\n'
    ",援の充実,成事業,架空政策課,,,,待機児童数（人）,,,,,\n"
    '3,4-1 架空支,架空病児保育事業,架空未来部,,"24,318","25,600",'
    '架空利用者数,"1,800","1,912",106.2,A,継続\n'
    ",援の充実,,架空保育課,,,,（人）,,,,,\n"
)


def test_the_division_sits_under_the_department_its_cell_wraps_under() -> None:
    units = {o.name: o.parent for o in parsed_as_read(_EXPORT, "x.csv").organizations}
    assert units.get("架空政策課") == "架空未来部"
    assert not any(name.startswith("架空未来部架空") for name in units)
