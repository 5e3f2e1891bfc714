"""A village's budget sheet writes the unit in charge as one letter (「総」「住」) and spells the
letters out in a legend under the table (「担当欄の略称　総：総務課、住：住民課、保：保健福祉課」,
a note adding 「議：議会事務局」): the column names those units. Fictional examples."""

from __future__ import annotations

from loaders.structure.abbreviations import legend
from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "令和8年度　架空村当初予算の概要,,,,\n"
    ",,,,（単位：千円）\n"
    "２　主な事業,,,,\n"
    "No,事業名,令和8年度,担当,概要\n"
    "1,架空庁舎改修事業,\"186,400\",総,庁舎の改修\n"
    "2,架空交付導入事業,\"9,600\",住,証明書の交付\n"
    "3,架空配食サービス事業,\"6,300\",保,配食と安否確認\n"
    "担当欄の略称　総：総務課、住：住民課、保：保健福祉課,,,,\n"
    ",,,,\n"
    "３　担当課別の一般会計予算と職員数,,,,\n"
    "担当,令和8年度,令和7年度,職員数（人）,\n"
    "総,\"612,400\",\"528,900\",16,\n"
    "住,\"58,300\",\"47,600\",6,\n"
    "議,\"48,200\",\"47,900\",2,\n"
    "合計,\"719,900\",\"624,400\",24,\n"
    "※担当欄は２の略称のほか、議：議会事務局です。,,,,\n"
    "※職員数は令和7年4月1日現在の人数です。,,,,\n"
)


def test_the_legend_spells_out_each_letter() -> None:
    found = legend("略称　総：総務課、住：住民課、保：保健福祉課\n※ほか、議：議会事務局です。\n")
    assert found == {"総": "総務課", "住": "住民課", "保": "保健福祉課", "議": "議会事務局"}


def test_a_legend_of_marks_spells_out_no_unit() -> None:
    assert legend("◎：主担当課　○：関係課　●：貢献するゴール\n") == {}


def test_a_projects_letter_names_its_division() -> None:
    projects = {(p.name, p.division) for p in parsed_as_read(_SHEET, "b.csv").projects}
    assert ("架空庁舎改修事業", "総務課") in projects


def test_a_units_budget_and_staff_are_read_under_its_name() -> None:
    facts = parsed_as_read(_SHEET, "b.csv")
    budgets = {(b.owner, b.fiscal_year, b.amount) for b in facts.budgets}
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("総務課", 2026, 612_400_000) in budgets
    assert ("議会事務局", 2025, 2) in staff
