"""A reform plan's progress sheet saved from Excel: 基本方針 and 推進項目 columns printed on a
group's first row (「1　方針」 beside 「(1)　項目」), a 取組番号 column before the 取組名, the
progress of each year as a traffic light's colour (青/黄/赤) under a label spanning the year
columns, and indicator columns under 「成果指標」 (「R6実績」「R9目標（最終）」, a blank column
left by a merged cell). Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    "進捗状況（信号）の見方：,青＝計画どおり　黄＝一部に遅れ　赤＝遅れている,,,,,,,,,,,\n"
    ",,,,,,,,,,,,\n"
    "基本方針,推進項目,取組番号,取組名,主管課,進捗状況（信号）,,成果指標,,,,,\n"
    ",,,,,令和6年度,令和7年度,指標名,単位,R6実績,R7実績,,R9目標（最終）\n"
    "1　架空の方針,(1)　架空の歳入確保,1-1-1,架空収納率の向上,架空課,青,黄,"
    "架空収納率,％,98.8,99.0,,99.2\n"
    ",,1-1-2,架空寄附の推進,架空課,赤,青,架空寄附額,百万円,486,538,,800\n"
    ",(2)　架空の歳出見直し,1-2-1,架空補助金の見直し,架空第二課,青,青,見直した件数,件,18,21,,60\n"
)


def test_the_two_header_rows_are_one_header_each_kind_its_own_label() -> None:
    text = parsed_as_read(_CSV, "sheet.csv").text
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None and len(b.table.rows) == 3)
    assert table.header[9:13] == ["R6実績", "R7実績", "", "R9目標(最終)"]


def test_each_years_colour_is_the_entrys_grade_that_year() -> None:
    graded = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(_CSV, "sheet.csv").evaluations}  # fmt: skip
    assert ("架空収納率の向上", 2024, "青") in graded
    assert ("架空寄附の推進", 2024, "赤") in graded
    assert ("架空寄附の推進", 2025, "青") in graded


def test_a_level_counted_within_the_level_beside_it_takes_its_code() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_CSV, "sheet.csv").policy_codes}
    assert ("1-1", "架空の歳入確保") in policies
    assert ("1-2", "架空の歳出見直し") in policies


def test_the_targets_year_and_kind_come_from_its_own_label() -> None:
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value)
                for o in parsed_as_read(_CSV, "sheet.csv").observations}  # fmt: skip
    assert ("架空寄附額", 2027, "target", 800) in observed
    assert ("架空寄附額", 2024, "actual", 486) in observed
