"""A landscape evaluation list whose every record takes two printed lines, each under a
header line of its own (「No. 事業名 所管課 …」 over 「成果指標 単位 目標値 実績値 達成度
評価」, the second set in deeper), group lines between the records: one table per group,
each record one row under both headers. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_LIST = (
    "               令和８年度　事務事業評価結果一覧（令和７年度実施事業）           架空市\n"
    "                                                                  （金額の単位：千円）\n"
    "\n"
    " No.  事業名                      所管課              令和７年度    令和８年度\n"
    "                                                          決算額        予算額\n"
    "        成果指標                          単位        目標値    実績値    達成度    評価\n"
    " ------------------------------------------------------------------------------------------\n"
    " 【政策４　架空の子育てのまち】\n"
    "   施策４－１　架空子育て支援の充実\n"
    "   1  架空家庭センター運営事業    架空家庭課              48,216        52,480\n"
    "        架空相談対応件数                  件           1,800     2,046    113.7%     A\n"
    "\n"
    "   2  架空サポート・セン          架空支援課              12,384        12,950\n"
    "      ター事業\n"
    "        架空提供会員数                    人             320       287     89.7%     B\n"
    "\n"
    "   施策４－２　架空学校教育の充実\n"
    "   3  架空指導助手配置事業        架空学校課              64,812        66,300\n"
    "        架空英語検定の中学3年生の割      ％            55.0      51.2     93.1%     B\n"
    "        合\n"
)


def test_each_two_line_record_is_one_row_under_both_headers() -> None:
    tables = [b.table for b in read_structure(_LIST, labels=all_labels()).blocks if b.table]
    assert len(tables) == 2  # one per 施策, the group lines between them
    first = tables[0]
    assert first.header[:3] == ["No.", "事業名", "所管課"] and first.header[-1] == "評価"
    assert [c.text for c in first.rows[1]][:3] == ["2", "架空サポート・センター事業", "架空支援課"]
    assert tables[1].rows[0][5].text == "架空英語検定の中学3年生の割合"


def test_the_records_give_projects_indicators_and_grades() -> None:
    facts = parsed_as_read(_LIST)
    projects = {(p.name, p.fiscal_year, p.budget) for p in facts.projects}
    assert ("架空家庭センター運営事業", 2026, 52_480_000) in projects
    observed = {(o.indicator, o.kind, o.value) for o in facts.observations}
    assert ("架空提供会員数", "actual", 287) in observed
    graded = {(e.initiative, e.grade) for e in facts.evaluations}
    assert ("架空家庭センター運営事業", "A") in graded
