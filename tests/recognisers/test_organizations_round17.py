"""Organisations in the layouts of round 17: a staff table whose department rows are followed
by their divisions (the indentation lost), a bureau's page whose departments are its, a
ward's page (its divisions are its office's, the city's name before the city's units), and a
place that opens a name (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _facts(text: str, body: str = "青葉台市") -> DocumentFacts:
    return parse_document(
        text, file="units.md", municipality_code="999989", municipality=body,
        prefecture="架空県",
    )  # fmt: skip


def _parents(text: str, body: str = "青葉台市") -> dict[str, str | None]:
    return {o.name: o.parent for o in _facts(text, body).organizations}


def test_department_rows_of_a_staff_table_hold_the_division_rows_under_them() -> None:
    text = (
        "## 部・課別の職員数\n\n"
        "| 部・課 | 職員数 |\n|---|---|\n"
        "| 架空総務部 | 30 |\n| 架空人事課 | 12 |\n| 架空財政課 | 18 |\n"
        "| 架空建設部 | 20 |\n| 架空道路課 | 20 |\n| 合計 | 50 |\n"
    )
    parents = _parents(text)
    assert parents["架空人事課"] == parents["架空財政課"] == "架空総務部"
    assert parents["架空道路課"] == "架空建設部"


def test_a_group_of_departments_holds_no_rows_under_it() -> None:
    text = (
        "## 任命権者別の職員数\n\n"
        "| 区分 | 職員数 |\n|---|---|\n"
        "| 架空市長部局 | 300 |\n| 架空教育委員会 | 80 |\n| 架空消防本部 | 90 |\n"
    )
    parents = _parents(text)
    assert parents.get("架空教育委員会") is None
    assert parents.get("架空消防本部") is None


def test_a_bureaus_page_holds_the_departments_it_names() -> None:
    text = "# 令和6年度 架空環境局 運営方針\n\n## 体制\n\n- 架空保全部\n- 架空清掃部\n"
    parents = _parents(text)
    assert parents["架空保全部"] == parents["架空清掃部"] == "架空環境局"


def test_a_wards_divisions_are_its_office_and_the_city_name_opens_the_citys_unit() -> None:
    text = (
        "# 区の施設\n\n"
        "所管：青葉台市架空建設局 架空公園課\n\n"
        "問い合わせ：架空区民課\n"
    )
    parents = _parents(text, body="青葉台市若葉区")
    assert parents["架空公園課"] == "架空建設局"
    assert parents["架空区民課"] == "若葉区役所"
    assert "若葉区役所" in parents


def test_a_place_opening_a_facilitys_name_stays_in_it() -> None:
    parents = _parents("所管：架空県立こころの支援センター 架空保健課\n")
    assert "立こころの支援センター" not in parents


def test_a_caption_breaking_a_unit_down_by_kinds_of_unit_makes_the_rows_its_parts() -> None:
    text = (
        "## 架空部局の局・事務所別職員数\n\n(令和6年4月1日現在)\n\n"
        "| 局・事務所 | 職員数 |\n|---|---|\n"
        "| 架空環境局 | 120 |\n| 架空港湾局 | 64 |\n| 計 | 184 |\n"
    )
    parents = _parents(text)
    assert parents["架空環境局"] == parents["架空港湾局"] == "架空部局"


def test_a_forms_department_division_and_section_cells_form_one_chain() -> None:
    text = (
        "| 事業名 | 架空研修事業 | 所管部 | 架空総務部 |\n|---|---|---|---|\n"
        "| 所管課 | 架空人事課 | 担当係 | 架空研修係 |\n"
        "| 目的 | 職員の能力向上 |  |  |\n"
    )
    parents = _parents(text)
    assert parents["架空人事課"] == "架空総務部"
    assert parents["架空研修係"] == "架空人事課"


def test_a_section_cell_continuing_a_records_division_field_is_that_divisions() -> None:
    text = (
        "事業名：架空研修事業\n"
        "所管課：架空人事課\n\n"
        "| 区分 | 内容 | 担当係 | 架空研修係 |\n|---|---|---|---|\n"
        "| 目的 | 職員の能力向上 |  |  |\n"
    )
    assert _parents(text)["架空研修係"] == "架空人事課"


def test_the_units_of_a_staff_breakdown_line_are_units_of_the_page() -> None:
    text = (
        "# 令和6年度 架空福祉部 組織目標\n\n"
        "- 職員数　架空福祉部　30人\n"
        "- 内訳　架空支援課（12人）・架空介護課（18人、分室に配置）\n"
    )
    parents = _parents(text)
    assert parents["架空支援課"] == parents["架空介護課"] == "架空福祉部"


def test_parts_of_a_region_and_rooms_of_a_building_are_no_units() -> None:
    from loaders.genres.units import unit_kind

    assert unit_kind("沿岸部") is None and unit_kind("山間部") is None
    assert unit_kind("更衣室") is None and unit_kind("会議室") is None
    assert unit_kind("架空沿岸部") == "department"  # a name a kanji word opens: a unit still


def test_bodies_named_as_a_facilitys_outside_manager_are_no_units() -> None:
    text = (
        "所管：架空振興課（指定管理者：架空地区センター運営委員会）\n"
        "所管：架空振興課（指定管理者：架空地域協議会）\n"
    )
    assert set(_parents(text)) == {"架空振興課"}
