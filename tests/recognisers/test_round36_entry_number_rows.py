"""A reform plan's progress sheet saved as CSV: codes written as Excel text formulas
(「="01-02"」), and a table of entries numbered within their levels (「取組番号 | 取組項目」 over
「Ⅰ-(1)-① | X」) with group rows naming the levels between them. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市行財政改革推進計画　令和６年度 取組状況一覧,,,,,,,,\n"
    ",,,,,,,,作成：架空課\n"
    "評価区分　◎：計画を上回った　○：計画どおり　△：遅れている,,,,,,,,\n"
    "取組番号,取組項目,所管部,所管課,令和6年度評価,数値目標の指標,単位,基準値,令和6年度実績値\n"
    "基本方針Ⅰ　架空の方針,,,,,,,,\n"
    "（1）架空の歳入確保,,,,,,,,\n"
    "Ⅰ-(1)-①,架空収納率の向上,架空部,架空課,○,架空収納率,％,98.6,99.1\n"
    "Ⅰ-(1)-②,架空寄附の推進,架空部,架空課,◎,架空寄附額,百万円,412,548\n"
    "（2）架空の歳出見直し,,,,,,,,\n"
    "Ⅰ-(2)-①,架空補助金の見直し,架空部,架空第二課,○,見直した件数,件,0,27\n"
)


def test_each_entry_files_under_the_level_its_number_counts_in() -> None:
    rows = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_SHEET, "s.csv").initiatives}
    assert ("架空収納率の向上", ("Ⅰ-(1)",)) in rows
    assert ("架空補助金の見直し", ("Ⅰ-(2)",)) in rows


def test_a_group_row_names_the_level_its_entries_count_in() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_SHEET, "s.csv").policy_codes}
    assert ("1-2", "架空の歳出見直し") in policies


def test_a_text_formula_cell_is_the_text_it_shows() -> None:
    text = '"区分","コード","名称"\n"基本目標",="01","架空の目標"\n"施策",="01-02","架空の施策"\n'
    assert '="' not in parsed_as_read(text, "k.csv").text
