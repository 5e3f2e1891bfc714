"""Staff and budget tables of unseen pages (fictional examples):

- a column listing each row's 係 on most rows (「総務係・行政係」) holds the row's parts, so a
  row of one 係 counts its 課 too;
- a unit printed with a note in brackets (「（保健福祉センター）架空課」) is that unit;
- a sheet's title row crediting a unit at its far end (「…,,,架空課 行政係」) is the body's;
- a projects table under the staff table's years (「事業名 | 令和8年度 | 令和7年度 | 担当」,
  「単位は千円です。」) counts no staff;
- html2text's caption set into the first label (「局等別予算額(単位:千円)局等」) is the
  table's caption, and 「うち架空部」 is that 部's budget.
"""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _staff(text: str, file: str) -> set[tuple[str, int | None, int]]:
    return {(s.organization, s.fiscal_year, s.count)
            for s in parsed_as_read(text, file).staff}  # fmt: skip


_PARTS = (
    "架空町の職員数と定員管理（令和8年4月1日現在）,,,,,,架空総務課 行政係\n"
    ",,,,,,\n"
    "表1　課等別職員数,,,,,,（単位：人）\n"
    "区分,課等,係等,令和8年,令和7年,増減,備考\n"
    "町長部局,架空総務課,総務係・行政係・防災係,13,13,±0,\n"
    "町長部局,架空企画課,企画係・地域係,10,9,+1,\n"
    "町長部局,架空財政課,財政係・管財係,7,7,±0,\n"
    "町長部局,架空支援課,子育て支援係,6,6,±0,\n"
    "議会,架空議会事務局,議事係,3,3,±0,\n"
    "合計,,,39,38,+1,\n"
    ",,,,,,\n"
    "表3　職員数の推移（各年4月1日現在）,,,,,,（単位：人）\n"
    "年,職員数,前年比,,,,\n"
    "令和6年,30,,,,,\n"
    "令和7年,31,+1,,,,\n"
)


def test_a_row_of_one_part_counts_the_unit_whose_parts_the_column_lists() -> None:
    staff = _staff(_PARTS, "x.csv")
    assert {("架空支援課", 2026, 6), ("架空議会事務局", 2025, 3)} <= staff
    assert not any(name in ("子育て支援係", "議事係") for name, _, _ in staff)


def test_a_sheets_title_row_crediting_a_unit_counts_the_bodys_staff_by_year() -> None:
    staff = _staff(_PARTS, "x.csv")
    assert ("架空総務課", 2024, 30) not in staff
    assert any(count == 30 and year == 2024 and name != "架空総務課" for name, year, count in staff)


_WARD = (
    "<html><body><h2>1. 区役所の体制</h2><p>職員数（単位：人）は次のとおりです。</p>"
    "<table><tr><th>課</th><th>主な係</th><th>令和8年度</th><th>令和7年度</th></tr>"
    "<tr><td>架空総務課</td><td>総務係・安全係</td><td>24</td><td>23</td></tr>"
    "<tr><td>架空区民課</td><td>記録係・戸籍係</td><td>46</td><td>48</td></tr>"
    "<tr><td>（保健福祉センター）架空福祉課</td><td>支援係・高齢係</td><td>42</td><td>40</td></tr>"
    "<tr><td>架空出張所（架空区民課）</td><td>－</td><td>8</td><td>8</td></tr></table>"
    "<h2>3. 区づくり推進事業</h2><p>単位は千円です。</p>"
    "<table><tr><th>事業名</th><th>令和8年度</th><th>令和7年度</th><th>担当</th></tr>"
    "<tr><td>架空まつり支援事業</td><td>8,600</td><td>8,200</td><td>架空総務課</td></tr>"
    "<tr><td>架空カメラ設置補助事業</td><td>6,000</td><td>4,800</td><td>架空総務課</td></tr>"
    "</table></body></html>"
)


def test_a_unit_with_a_bracketed_note_is_that_unit() -> None:
    staff = _staff(_WARD, "x.html")
    assert {("架空福祉課", 2026, 42), ("架空出張所", 2026, 8)} <= staff


def test_a_projects_table_under_the_same_years_counts_no_staff() -> None:
    assert not any(count >= 1000 for _, _, count in _staff(_WARD, "x.html"))


_BUDGET = (
    "一般会計 局等別予算額（単位：千円）局等| 令和8年度| 令和7年度| 増減  \n"
    "---|---|---|---  \n"
    "架空総務局| 18,642,300| 17,985,100| 657,200  \n"
    "架空環境局| 38,904,600| 37,612,800| 1,291,800  \n"
    "　うち架空企画部| 2,684,300| 2,102,500| 581,800  \n\n"
)


def test_a_caption_set_into_the_first_label_captions_the_units_budgets() -> None:
    budgets = {(b.owner, b.fiscal_year, b.account, b.amount)
               for b in parsed_as_read(_BUDGET, "x.md").budgets}  # fmt: skip
    assert {("架空総務局", 2026, "一般会計", 18642300000),
            ("架空企画部", 2025, "一般会計", 2102500000)} <= budgets  # fmt: skip
