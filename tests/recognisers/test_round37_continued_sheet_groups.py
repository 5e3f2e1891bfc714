"""A reform plan's progress sheet printed over pages: a group row (「（1）架空の電子化」) is the
last row of a page, the next page opens with the sheet's title 「…（続き）」 and the header
again, then the group's entries. The group still names the level its entries count in; and a
group row inside a table is no entry of the level above it. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市行財政改革推進計画　令和６年度 取組状況一覧,,,,,,,,\n"
    ",,,,,,,作成：架空課,\n"
    "評価区分　◎：計画を上回った　○：計画どおり　△：遅れている,,,,,,,,\n"
    "取組番号,取組項目,所管部,所管課,令和6年度評価,数値目標の指標,単位,基準値,令和6年度実績値\n"
    "基本方針Ⅰ　架空の財政,,,,,,,,\n"
    "（1）架空の歳入確保,,,,,,,,\n"
    "Ⅰ-(1)-①,架空収納率の向上,架空部,架空課,○,架空収納率,％,98.6,99.1\n"
    "Ⅰ-(1)-②,架空寄附の推進,架空部,架空課,◎,架空寄附額,百万円,412,548\n"
    "（2）架空の歳出見直し,,,,,,,,\n"
    "Ⅰ-(2)-①,架空補助金の見直し,架空部,架空第二課,○,見直した件数,件,0,27\n"
    "Ⅰ-(2)-②,架空使用料の見直し,架空部,架空第二課,○,改定した施設数,施設,0,38\n"
    "基本方針Ⅱ　架空の電子行政,,,,,,,,\n"
    "（1）架空の電子化,,,,,,,,\n"
    ",,,,,－ 1 －,,,\n"
    ",,,,,,,,\n"
    "架空市行財政改革推進計画　令和６年度 取組状況一覧（続き）,,,,,,,,\n"
    "取組番号,取組項目,所管部,所管課,令和6年度評価,数値目標の指標,単位,基準値,令和6年度実績値\n"
    "Ⅱ-(1)-①,架空申請の拡大,架空部,架空第三課,◎,申請可能な手続数,手続,120,336\n"
    "Ⅱ-(1)-②,架空決済の導入,架空部,架空第三課,○,導入窓口数,窓口,4,18\n"
)


def test_a_group_row_before_a_page_break_names_the_level() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_SHEET, "s.csv").policy_codes}
    assert ("2-1", "架空の電子化") in policies


def test_a_group_row_inside_a_table_is_no_entry() -> None:
    names = {i.name for i in parsed_as_read(_SHEET, "s.csv").initiatives}
    assert not any("歳出見直し" in name for name in names)
    assert "架空補助金の見直し" in names
