"""Round 33: sheets and tables of other layouts: staff with their hierarchy in indents or
codes, a quota column, a reference column of last year, KPI tables with a baseline column
of its own (fictional examples)."""

from __future__ import annotations

from _facts_of import parsed_as_read as _facts

from loaders.facts import DocumentFacts

_INDENTED_SHEET = (
    "表１　局・部別職員数,,,,,,\n"
    ",,,,,（各年４月１日現在、単位：人）,\n"
    "区分,組織名,令和７年,令和６年,増減,職員定数,備考\n"
    "市長事務部局,架空総務局,385,373,12,400,局長を含む\n"
    ",　架空人事部,142,140,2,,\n"
    ",　架空危機管理部,46,44,2,,\n"
    ",架空財政局,526,531,△5,,局長を含む\n"
    ",　架空税務部,402,409,△7,,\n"
    ",市長事務部局　計,1311,1288,23,1400,\n"
)


def _staff(facts: DocumentFacts) -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff
            if s.employment_type == "合計"}  # fmt: skip


def test_a_sheets_year_columns_count_the_staff_beside_a_quota_column() -> None:
    staff = _staff(_facts(_INDENTED_SHEET, "x.csv"))
    assert {("架空人事部", 2025, 142), ("架空人事部", 2024, 140),
            ("架空財政局", 2025, 526), ("架空税務部", 2024, 409)} <= staff  # fmt: skip


def test_a_quota_of_posts_is_no_count_of_staff() -> None:
    staff = _staff(_facts(_INDENTED_SHEET, "x.csv"))
    assert not any(count in (400, 1400) for _, _, count in staff)


def test_a_unit_indented_by_full_width_spaces_in_a_sheets_cell_is_part_of_the_one_above() -> None:
    parents = {o.name: o.parent for o in _facts(_INDENTED_SHEET, "x.csv").organizations}
    assert parents["架空人事部"] == "架空総務局"
    assert parents["架空税務部"] == "架空財政局"


_REFERENCE_COLUMN = (
    "<html><body><h1>架空局 運営方針</h1><h2>組織体制と職員数</h2>"
    "<p>職員数（令和7年4月1日現在）　単位：人</p><table>"
    "<tr><th>部</th><th>課</th><th>令和7年4月1日 事務</th><th>令和7年4月1日 技術</th>"
    "<th>令和7年4月1日 計</th><th>（参考）令和6年 4月1日</th></tr>"
    "<tr><td>架空保全部</td><td>架空政策課</td><td>17</td><td>7</td><td>24</td><td>23</td></tr>"
    "<tr><td></td><td>架空保全課</td><td>9</td><td>27</td><td>36</td><td>37</td></tr>"
    "</table></body></html>"
)


def test_a_reference_column_of_last_years_day_is_last_years_count() -> None:
    staff = _staff(_facts(_REFERENCE_COLUMN, "x.html"))
    assert {("架空政策課", 2025, 24), ("架空政策課", 2024, 23),
            ("架空保全課", 2025, 36), ("架空保全課", 2024, 37)} <= staff  # fmt: skip


_CODED_UNITS = (
    "団体コード,組織ID,組織名,組織区分,上位組織ID,職員数,基準日\n"
    "999989,10142,架空緑地部,部,17324,35,2025-04-01\n"
    "999989,10331,架空保育課,課,10828,41,2025-04-01\n"
    "999989,10828,架空保育部,部,11115,61,2025-04-01\n"
    "999989,11115,架空こども局,局,,124,2025-04-01\n"
    "999989,17324,架空都市局,局,,80,2025-04-01\n"
)


def test_a_units_parent_is_the_unit_of_the_row_its_parent_code_names() -> None:
    parents = {o.name: o.parent for o in _facts(_CODED_UNITS, "x.csv").organizations}
    assert parents["架空保育課"] == "架空保育部"
    assert parents["架空保育部"] == "架空こども局"
    assert parents["架空緑地部"] == "架空都市局"
    assert parents["架空こども局"] is None


_KPI_TABLE = (
    "架空町総合戦略 効果検証（令和６年度）\n\n"
    "（１）農林業の振興\n"
    "＜ＫＰＩ＞\n"
    "　　指標（単位）　　　　　　　　基準値　　　　　２０２２年度　　２０２３年度　　２０２４年度"
    "　　　　目標値（２０２４年度）\n"
    "　　架空就農者数（人）　　　　　２（２０１９）　３　　　　　　　２　　　　　　　４（見込）"
    "　　　　　３\n"
    "　　架空取引店舗数（店）　　　　６（２０１９）　１２　　　　　　１５　　　　　　１８（見込）"
    "　　　　２０\n"
)


def _observations(facts: DocumentFacts) -> set[tuple[str, int | None, str, float]]:
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_years_alone_between_a_baseline_column_and_the_target_are_actuals() -> None:
    found = _observations(_facts(_KPI_TABLE, "x.txt"))
    assert {("架空就農者数", 2022, "actual", 3), ("架空就農者数", 2023, "actual", 2),
            ("架空就農者数", 2024, "estimate", 4)} <= found  # fmt: skip


def test_a_western_year_in_brackets_after_a_baseline_value_is_its_year() -> None:
    found = _observations(_facts(_KPI_TABLE, "x.txt"))
    assert ("架空就農者数", 2019, "baseline", 2) in found
    assert ("架空取引店舗数", 2019, "baseline", 6) in found


_SYSTEM_TABLE = (
    "<html><body><h1>施策の体系</h1><table>"
    "<tr><th>施策番号</th><th>施策名</th><th>主な取組</th><th>主担当課</th></tr>"
    "<tr><td colspan='4'>基本目標1 架空の笑顔がひろがるまち</td></tr>"
    "<tr><td>1-1</td><td>架空の子育て支援</td>"
    "<td><ul><li>架空相談支援の充実</li><li>架空ケアの利用促進</li></ul></td>"
    "<td>架空家庭課</td></tr>"
    "<tr><td>1-2</td><td>架空保育の充実</td>"
    "<td><ul><li>架空保育士の確保</li><li>架空こども園への移行支援</li></ul></td>"
    "<td>架空保育課</td></tr>"
    "<tr><td colspan='4'>基本目標2 架空に暮らせるまち</td></tr>"
    "<tr><td>2-1</td><td>架空健康づくり</td>"
    "<td><ul><li>架空健診の受診勧奨</li><li>架空ポイント事業の拡充</li></ul></td>"
    "<td>架空推進課</td></tr>"
    "</table></body></html>"
)


def test_a_list_inside_a_table_cell_gives_one_entry_per_item_under_the_rows_code() -> None:
    facts = _facts(_SYSTEM_TABLE, "x.html")
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {
        ("架空相談支援の充実", ("1-1",)),
        ("架空ケアの利用促進", ("1-1",)),
        ("架空保育士の確保", ("1-2",)),
        ("架空健診の受診勧奨", ("2-1",)),
    } <= entries


_UNIT_BUDGETS = (
    "<html><body><h1>令和7年度 架空局 運営方針</h1><h2>3 局の予算</h2>"
    "<table><caption>一般会計当初予算額（単位：千円）</caption>"
    "<tr><th>区分</th><th>令和7年度</th><th>令和6年度</th><th>増減</th></tr>"
    "<tr><td>架空総務課（局共通経費）</td><td>279,720</td><td>259,310</td><td>20,410</td></tr>"
    "<tr><td>架空保全部</td><td>2,184,300</td><td>1,912,450</td><td>271,850</td></tr>"
    "<tr><td>架空局 計</td><td>2,464,020</td><td>2,171,760</td><td>292,260</td></tr>"
    "</table></body></html>"
)


def test_a_note_in_brackets_after_a_unit_leaves_the_row_that_units_budget() -> None:
    budgets = {(b.owner, b.fiscal_year, b.amount)
               for b in _facts(_UNIT_BUDGETS, "x.html").budgets}  # fmt: skip
    assert ("架空総務課", 2025, 279720000) in budgets


def test_a_units_total_row_is_that_units_budget() -> None:
    budgets = {(b.owner, b.fiscal_year, b.amount)
               for b in _facts(_UNIT_BUDGETS, "x.html").budgets}  # fmt: skip
    assert ("架空局", 2025, 2464020000) in budgets


_SQUARE_LABELS = (
    "令和６年度　架空部長マニフェスト　【取組結果報告】\n\n"
    "目標１　架空の安全確保\n"
    "　取組①　架空橋の修繕\n"
    "　　［事業］　架空橋修繕事業　予算額　３１２，５００千円（架空道路課）\n"
    "　　［指標］　修繕が完了した架空橋の数\n"
    "　　　　　　　目標　４８橋　→　実績　４６橋\n"
    "　　［自己評価］　Ｂ\n"
    "　取組②　架空通学路の安全対策\n"
    "　　［自己評価］　Ａ\n"
)


def test_a_grade_after_a_square_bracketed_label_grades_the_entry_above() -> None:
    grades = {(e.initiative, e.grade) for e in _facts(_SQUARE_LABELS, "x.txt").evaluations}
    assert grades == {("架空橋の修繕", "B"), ("架空通学路の安全対策", "A")}


def test_an_indicator_headed_by_its_bracketed_label_is_named_without_it() -> None:
    found = _observations(_facts(_SQUARE_LABELS, "x.txt"))
    assert ("修繕が完了した架空橋の数", 2024, "target", 48) in found
    assert ("修繕が完了した架空橋の数", 2024, "actual", 46) in found


def test_a_project_record_opened_by_its_bracketed_label_is_named_without_it() -> None:
    projects = {(p.name, p.budget, p.division) for p in _facts(_SQUARE_LABELS, "x.txt").projects}
    assert projects == {("架空橋修繕事業", 312500000, "架空道路課")}


_TICKED_PLAN = (
    "第６次架空村総合振興計画　実施計画（令和８年度～令和１０年度）\n\n"
    "施策１－１　架空支援の充実\n"
    "重点  区分  事業名                          R8       R9       R10     担当課\n"
    " ○    継    架空応援給付事業                480      480      480     架空福祉課\n"
    "       新    架空病児保育事業                180      180      180     架空福祉課\n"
    " ○    拡    架空ICT環境整備事業            1,240      320      320     架空教育課\n"
    "       継    架空スクールバス運行事業      1,860    1,860    1,900     架空教育課\n"
)


def test_a_column_ticking_some_rows_with_one_mark_grades_none_of_them() -> None:
    assert _facts(_TICKED_PLAN, "x.txt").evaluations == []
