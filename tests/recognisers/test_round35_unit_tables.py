"""Units and their counts read off tables: a 局's bracketed title with its unit note over
its project table parents the 課 in charge; a project table's 係 column under a staff table's
years is no staff table; a 広報's contact line numbers each project's unit. Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_BOOKLET = (
    "４　主要事業\n"
    "\n"
    "【架空総務局】                                          （単位：千円）\n"
    " No.  事業名                       区分     令和８年度    令和７年度  所管課\n"
    "   1  架空手続電子化推進事業       拡充        412,800       356,200  架空デジタル課\n"
    "   2  架空防災無線整備事業         継続        624,500     1,082,300  架空危機管理課\n"
    "\n"
    "【架空市民局】                                          （単位：千円）\n"
    " No.  事業名                       区分     令和８年度    令和７年度  所管課\n"
    "   1  架空文化振興事業             新規         86,400          皆増  架空文化課\n"
)


def test_a_bracketed_title_with_a_unit_note_heads_the_table_under_it() -> None:
    facts = parsed_as_read(_BOOKLET, "gaiyo.txt")
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("架空デジタル課") == "架空総務局"
    assert parents.get("架空文化課") == "架空市民局"


_SHEET = (
    "４　課別予算額（一般会計）及び職員数,,,,\n"
    "（単位：千円、人）,,,,\n"
    "課等,令和8年度,令和7年度,比較増減,職員数（R7.4.1）\n"
    "架空総務課,\"498,200\",\"504,600\",\"△6,400\",9\n"
    "架空企画課,\"268,400\",\"241,800\",\"26,600\",6\n"
    ",,,,\n"
    "５　主な事業,,,,,,（単位：千円）\n"
    "No.,事業名,令和8年度,令和7年度,担当課,担当係\n"
    "1,架空納税推進事業,\"42,000\",\"40,000\",架空企画課,架空企画係\n"
    "2,架空無線保守事業,\"7,200\",\"7,200\",架空総務課,架空総務係\n"
)


def test_a_project_tables_years_are_no_staff_though_a_staff_table_shared_them() -> None:
    read = parsed_as_read(_SHEET, "g.csv")
    staff = {(s.organization, s.fiscal_year, s.count) for s in read.staff}
    assert {("架空総務課", 2025, 9), ("架空企画課", 2025, 6)} <= staff
    assert not any(year == 2026 or count in (42_000, 7_200) for _, year, count in staff)


_KOHO = (
    "<html><body><main><h2>■子育て・教育</h2><ul>"
    "<li>①<strong>架空医療費助成事業</strong>（４億２，６８０万円）</li>"
    "<li>②<strong>架空給食費支援事業</strong>（３，８４０万円）</li>"
    "<li>③<strong>架空教室推進事業</strong>（１，５２０万円）</li></ul>"
    "<p>問　①②＝架空家庭課　℡２３－４１１２、③＝架空学習課　℡２３－５２０１</p>"
    "<h2>■産業</h2><ul><li>①<strong>架空創業支援事業</strong>（２，４８０万円）</li></ul>"
    "<p>問　①＝架空商工課　℡２３－６１０１</p></main></body></html>"
)


def test_a_contact_line_names_the_unit_of_each_numbered_project() -> None:
    divisions = {p.name: p.division for p in parsed_as_read(_KOHO, "koho.html").projects}
    assert divisions["架空医療費助成事業"] == "架空家庭課"
    assert divisions["架空給食費支援事業"] == "架空家庭課"
    assert divisions["架空教室推進事業"] == "架空学習課"


def test_a_list_numbered_anew_takes_its_own_contact_line() -> None:
    divisions = {p.name: p.division for p in parsed_as_read(_KOHO, "koho.html").projects}
    assert divisions["架空創業支援事業"] == "架空商工課"
