"""Round 25: a table whose rows are label | value pairs side by side (a card) is read as its
fields, so the recognisers read a unit's staff, a sheet's policy and its entries."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import initiatives, organizations, policies, projects, staff
from loaders.structure import read_structure

_CARD = (
    "架空村 組織目標シート\n\n"
    "課名\t架空推進課\t課長\t山田 花子\t職員数（令和6年4月1日）\t14人\n"
    "所管予算額（一般会計・令和6年度当初）\t123,450\t千円\n"
    "係名\t職員数\n"
    "架空一係\t5人\n"
    "架空二係\t4人\n"
)


def _facts(text: str) -> DocumentFacts:
    facts = DocumentFacts("x.csv", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    doc = read_structure(text, labels=all_labels())
    for recognise in (organizations.recognise, staff.recognise, policies.recognise,
                      initiatives.recognise, projects.recognise):  # fmt: skip
        recognise(doc, facts)
    return facts


def test_a_row_of_label_value_pairs_becomes_one_field_per_pair() -> None:
    doc = read_structure(_CARD, labels=all_labels())
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert ("課名", "架空推進課") in fields
    assert ("職員数(令和6年4月1日)", "14人") in fields


def test_a_unit_cell_after_a_value_qualifies_its_label() -> None:
    doc = read_structure(_CARD, labels=all_labels())
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert ("所管予算額(一般会計・令和6年度当初)(千円)", "123,450") in fields


def test_a_table_of_data_columns_stays_a_table() -> None:
    text = "会計\t令和7年度\t令和6年度\t増減\n一般会計\t1,200\t1,100\t100\n"
    doc = read_structure(text, labels=all_labels())
    assert [b.kind for b in doc.blocks] == ["table"]


def test_the_staff_count_of_a_card_belongs_to_its_unit() -> None:
    found = {(s.organization, s.fiscal_year, s.count) for s in _facts(_CARD).staff}
    assert ("架空推進課", 2024, 14) in found


def test_the_sections_listed_after_a_card_belong_to_its_unit() -> None:
    found = {(o.name, o.parent) for o in _facts(_CARD).organizations}
    assert {("架空一係", "架空推進課"), ("架空二係", "架空推進課")} <= found


def test_a_units_card_under_a_heading_is_no_projects_record() -> None:
    assert _facts(_CARD).projects == []


def test_a_code_and_name_card_row_names_its_policy() -> None:
    text = (
        "施策評価シート\n\n"
        "施策番号\t7-2\t施策名\t架空の森づくり\n"
        "主管部\t架空部\t主管課\t架空森林課\n"
    )
    found = {(p.normalized, p.label) for p in _facts(text).policy_codes}
    assert ("7-2", "架空の森づくり") in found


def test_a_cards_listed_cell_gives_one_entry_per_bullet() -> None:
    text = (
        "施策 7-2\n"
        "施策番号\t7-2\t施策名\t架空の森づくり\n"
        "主な取組\t・架空林道・作業道の整備 ・架空苗木の育成\n"
        "施策評価\tB\t評価年度\t令和6年度\n"
    )
    found = {(i.name, tuple(i.policy_codes)) for i in _facts(text).initiatives}
    assert {("架空林道・作業道の整備", ("7-2",)), ("架空苗木の育成", ("7-2",))} <= found


def _all(text: str, year: int = 2024) -> DocumentFacts:
    from loaders.recognisers import recognise_all

    facts = DocumentFacts("x.html", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    recognise_all(read_structure(text, labels=all_labels()), facts)
    return facts


def test_a_kind_legend_dates_the_kind_fields_of_a_card() -> None:
    text = (
        "指標の基準値は令和5年度実績、目標値は令和7年度の値です。\n"
        "見出し\n"
        "主な事業\t架空広場運営事業\n"
        "指標\t架空広場の利用者数\n"
        "基準値\t1,200人\t目標値\t1,500人\n"
    )
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _all(text).observations}
    assert ("架空広場の利用者数", 2025, "target", 1500) in found


_SHEET = (
    "事務事業評価シート（{k}/2）\n1 事業の概要\n"
    "事業番号\tX-{n}\t評価年度\t令和7年度（令和6年度実施事業）\n"
    "事業名\t架空{n}事業\n"
    "担当課\t架空{n}課\t担当係\t架空{n}係\n"
    "基本目標\t3 架空のまち\n"
    "施策\t3-{k} 架空{n}の促進\n"
    "2 評価\n"
    "総合評価\t{g}\n"
    "今後の方向性\t継続\n"
)
_SHEETS = _SHEET.format(n="一", g="B", k=1) + _SHEET.format(n="二", g="C", k=2)


def test_a_grade_row_grades_the_project_a_cards_name_pair_names() -> None:
    found = {(e.initiative, e.grade) for e in _all(_SHEETS, 2025).evaluations}
    assert {("架空一事業", "B"), ("架空二事業", "C")} <= found


def test_a_policy_chain_on_a_project_sheet_files_no_entry() -> None:
    assert not any(i.name.endswith("の促進") for i in _all(_SHEETS, 2025).initiatives)


def test_a_longer_division_label_names_the_sheets_division() -> None:
    text = (
        "事業名\t架空見守り事業\n"
        "所管部\t架空福祉部\t所管課・係\t架空介護課 架空ケア係\n"
        "2 事業費\n区分\t令和5年度\t令和6年度\n事業費\t1,000\t1,200\n"
    )
    assert {p.division for p in _all(text).projects} == {"架空介護課"}


def test_a_cost_table_of_year_rows_under_a_project_heading_dates_its_amounts() -> None:
    text = (
        "No.1 架空見守り事業\n"
        "所管\t架空部 架空推進課\t総合計画上の位置付け\t施策2-1-3 架空の居場所づくり\n"
        "事業費の推移（単位：千円）\n"
        "年度\t事業費\tうち一般財源\n"
        "令和4年度（決算）\t1,100\t500\n"
        "令和5年度（決算）\t1,200\t600\n"
    )
    found = {(p.name, p.fiscal_year, p.budget) for p in _all(text).projects}
    assert {("架空見守り事業", 2022, 1100000), ("架空見守り事業", 2023, 1200000)} <= found
