"""Staff tables as other cities print them: a header printed alone over 【group】 lines whose
years stand a single space apart (「令和７年　令和６年」) and whose label carries a bracketed
qualifier (「係等（令和７年の人数）」), its 合計 the whole body's; a web table whose years
say they count people (「令和8年度（人）」) under no caption; a slide's table whose header and
rows are words apart by single spaces, headed by the bare unit word 「課」, a dash in a blank
cell and a list of 係 wrapped onto the next line. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_GROUPED = (
    "（２）課等別職員数　　　　　　　　　　　　（各年４月１日現在、単位：人）\n"
    "\n"
    "　課　等　　　　　　　係等（令和７年の人数）　　　　　　　令和７年　令和６年\n"
    "　────────────────────────────────────────\n"
    "　【町長部局】\n"
    "　架空総務課　　　　　架空総務係（６）・架空財政係（４）　　　１０　　　　　９\n"
    "　架空企画課　　　　　架空企画係（４）　　　　　　　　　　　　　８　　　　　８\n"
    "　【教育委員会事務局】\n"
    "　架空教育課　　　　　架空庶務係（４）　　　　　　　　　　　　　８　　　　　７\n"
    "　────────────────────────────────────────\n"
    "　合　　計　　　　　　　　　　　　　　　　　　　　　　　　　２６　　　　２４\n"
)

_WEB = (
    "<html><body><h2>部の体制</h2><p>表示 25 件</p><p>検索:</p><table>"
    "<tr><th>課</th><th>主な係</th><th>令和8年度 (人)</th><th>令和7年度 (人)</th></tr>"
    "<tr><td>架空総務課</td><td>架空係・架空管理係</td><td>12</td><td>11</td></tr>"
    "<tr><td>架空計画課</td><td>架空計画係</td><td>15</td><td>14</td></tr>"
    "</table></body></html>"
)

_SLIDE = (
    "区役所の体制（令和８年４月１日現在）\n"
    "課 主な係 Ｒ８ Ｒ７\n"
    "区長・副区長 － 2 2\n"
    "架空推進課 架空総務係・架空企画係・ 18 17\n"
    "架空安全係\n"
    "架空区民課 架空記録係・架空証明係 31 32\n"
    "架空年金課 架空保険係・架空年金係 27 27\n"
    "架空支援課 架空保護係 38 37\n"
    "区役所 計 116 115\n"
    "※単位は人。\n"
)


def _staff(text: str, file: str = "x.txt") -> set[tuple[str, int, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text, file).staff}


def test_the_rows_under_group_lines_read_under_the_header_printed_alone() -> None:
    staff = _staff(_GROUPED)
    assert ("架空総務課", 2025, 10) in staff and ("架空総務課", 2024, 9) in staff
    assert ("架空教育課", 2025, 8) in staff


def test_the_total_under_the_last_group_is_the_whole_bodys() -> None:
    totals = {name for name, _, count in _staff(_GROUPED) if count == 26}
    assert "教育委員会事務局" not in totals


def test_years_labelled_in_people_count_the_units_people() -> None:
    staff = _staff(_WEB, "x.html")
    assert ("架空総務課", 2026, 12) in staff and ("架空計画課", 2025, 14) in staff


def test_a_single_spaced_slide_table_headed_by_a_unit_word() -> None:
    staff = _staff(_SLIDE)
    assert ("架空推進課", 2026, 18) in staff and ("架空区民課", 2025, 32) in staff
