"""A BI tool's long export: a row per KPI, year and kind of value, the 施策's grades of two
years repeated on each row in columns dated in their labels (「施策評価（令和5年度）」). Each
grade is its label's year's, never the row's. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "基本目標,施策,KPI,単位,施策評価（令和5年度）,施策評価（令和6年度）,"
    "年度,メジャー ネーム,メジャー バリュー\n"
    "1 架空の産業,1-(1) 架空創業の支援,創業件数,件,B,A,2019,基準値,18\n"
    "1 架空の産業,1-(1) 架空創業の支援,創業件数,件,B,A,2023,実績値,24\n"
    "1 架空の産業,1-(1) 架空創業の支援,創業件数,件,B,A,2024,実績値,29\n"
    "1 架空の産業,1-(2) 架空農業の振興,新規就農者数,人,C,B,2019,基準値,4\n"
    "1 架空の産業,1-(2) 架空農業の振興,新規就農者数,人,C,B,2024,実績値,6\n"
)


def test_each_grade_is_its_labels_year() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(_SHEET, "x.csv").evaluations}  # fmt: skip
    assert ("架空創業の支援", 2023, "B") in grades and ("架空創業の支援", 2024, "A") in grades
    assert not any(year == 2019 for _, year, _ in grades)
