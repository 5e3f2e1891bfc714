"""A space-aligned table of projects under a 運営方針's 「主な事業」 heading is a table, not a
page printed in two columns: each row is one project with its amount and division, also
when tracked-change balloons printed in the margin beside it were blanked off its lines.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "４　重点取組\n"
    "\n"
    "（１）架空年架空カーボンシティの実現に向けた取組の推進\n"
    "　　【総合計画　施策３－１　架空素社会の実現】                                     "
    "                 コメント [企2]: 総合計画の施策\n"
    "　ア　取組内容                                                     "
    "                                 名は、後期基本計画（令和８年３\n"
    "　　架空の取組の内容を述べる文。          月策定）の表記に合わせています。\n"
    "　　エネルギー設備の導入を支援し、市域全体の架空素化を加速させる。\n"
    "　イ　主な事業\n"
    "    事業名                                    予算額（千円）  担当課\n"
    "    住宅用架空光発電設備等設置費補助事業              24,800  架空政策課\n"
    "    架空施設ＬＥＤ化推進事業                          38,600  架空政策課\n"
    "    架空カーボン推進事業                               6,200  架空カーボン推進"
    "室                    削除: 架空政策課\n"
    "　ウ　成果指標\n"
    "    指標                                      単位    現状値（Ｒ６）  見"
    "込（Ｒ７）  目標値（Ｒ８）\n"
    "    市の事務事業に伴う架空効果ガス排出量      t-CO2         18,420      17,600"
    "        16,900\n"
    "    住宅用架空光発電設備等の設置補助件数      件               186         210 "
    "          240\n"
    "\n"
)


def test_each_row_of_a_projects_table_is_one_project() -> None:
    facts = parsed_as_read(_PAGE, "p.txt")
    projects = {(p.name, p.budget, p.division) for p in facts.projects}
    assert ("住宅用架空光発電設備等設置費補助事業", 24_800_000, "架空政策課") in projects
    assert ("架空カーボン推進事業", 6_200_000, "架空カーボン推進室") in projects
    assert not any("事業公共" in p.name for p in facts.projects)
