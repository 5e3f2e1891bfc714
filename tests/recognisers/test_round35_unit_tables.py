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


def _staff_of(text: str, file: str) -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text, file).staff}


_PAIRS = (
    "組織別職員数一覧（令和8年4月1日現在）,,,,,,,,\n"
    ",,,,,,,,\n"
    "部局,課,職員数（R8.4.1）,職員数（R7.4.1）,係1,人数,係2,人数,備考\n"
    "架空総務部,架空総務課,13,12,架空庶務係,6,架空文書係,6,\n"
    "架空総務部,架空職員課,15,14,架空人事係,7,架空給与係,7,\n"
    "架空福祉部,架空福祉課,24,23,架空保護係,9,,,\n"
)


def test_repeated_part_and_count_columns_give_each_parts_staff() -> None:
    staff = _staff_of(_PAIRS, "k.csv")
    assert {("架空庶務係", 2026, 6), ("架空給与係", 2026, 7), ("架空保護係", 2026, 9)} <= staff


def test_the_units_own_counts_stay_beside_their_parts_pairs() -> None:
    staff = _staff_of(_PAIRS, "k.csv")
    assert {("架空総務課", 2026, 13), ("架空総務課", 2025, 12), ("架空福祉課", 2025, 23)} <= staff
    assert not any(name.endswith("係") and year == 2025 for name, year, _ in staff)


_PRE = (
    "<html><body><main><h2>1　区役所の組織と職員数</h2><pre>\n"
    "＜区役所の組織と職員数＞　　　　　　　（各年度４月１日現在、単位：人）\n"
    "────────────────────────────────────\n"
    "課・センター          係                  令和８年度  令和７年度\n"
    "────────────────────────────────────\n"
    "架空推進課                                      １９        １８\n"
    "                      架空総務係                  ７          ７\n"
    "架空住民課                                      ３４        ３５\n"
    "                      架空戸籍係                  ９          ９\n"
    "────────────────────────────────────\n"
    "</pre></main></body></html>"
)


def test_a_caption_set_in_angle_brackets_names_the_staff_table_under_it() -> None:
    staff = _staff_of(_PRE, "annai.html")
    assert {("架空推進課", 2026, 19), ("架空住民課", 2025, 35), ("架空戸籍係", 2026, 9)} <= staff


_LEGEND = (
    "<html><body><main><h1>令和8年度 架空局運営方針</h1><h2>2 局の体制</h2>"
    "<p>令和8年4月1日現在の職員数です。（ ）内は令和7年4月1日現在の職員数です。</p>"
    "<table><tr><th>部等</th><th>課</th><th>職員数</th><th>主な業務</th></tr>"
    "<tr><td>架空政策部</td><td>架空政策課</td><td>24（23）</td><td>企画</td></tr>"
    "<tr><td>架空政策部</td><td>架空振興課</td><td>31（30）</td><td>支援</td></tr>"
    "</table></main></body></html>"
)


def test_a_count_with_a_bracketed_count_gives_both_years_under_a_legend() -> None:
    staff = _staff_of(_LEGEND, "hoshin.html")
    assert {("架空政策課", 2026, 24), ("架空政策課", 2025, 23), ("架空振興課", 2025, 30)} <= staff



_LABELLED_BRACKET = (
    "令和７年４月\n\n令和７年度　架空福祉部　部局運営方針\n\n"
    "第１　部の体制\n"
    "　架空福祉部は、次の２課で構成しています。職員数は令和７年４月１日現在の\n"
    "正規職員数です。\n\n"
    "　　所属／主な係／職員数（前年度）\n"
    "　　架空総務課／総務係・地域福祉係／１２人（１１人）\n"
    "　　架空年金課／国保係・年金係／２０人（２１人）\n"
    "　　合計／－／３２人（３２人）\n"
)


def test_a_column_naming_the_brackets_year_gives_both_counts() -> None:
    staff = _staff_of(_LABELLED_BRACKET, "hoshin.txt")
    assert {("架空総務課", 2025, 12), ("架空総務課", 2024, 11), ("架空年金課", 2024, 21)} <= staff
    assert ("架空総務課", 2024, 12) not in staff


def test_each_pairs_part_is_a_unit_of_the_rows_unit() -> None:
    parents = {o.name: o.parent for o in parsed_as_read(_PAIRS, "k.csv").organizations}
    assert parents.get("架空文書係") == "架空総務課"
    assert parents.get("架空給与係") == "架空職員課"
