"""A reform plan's sheets, one per 取組, their labels in a gutter (「取組番号 Ⅱ－３－① 取組名
X」, 「推進項目 Ⅱ－３ …」, 「進捗評価 中間 △ 年度末 ○」, a 数値目標 mini table), after the
plan's system listed as headings: each 取組 is an entry of the finest level it cites, the
levels with entries are no entries of their own, the year's grade is the year-end one, and
the mini table gives the indicator. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import evaluation_rows, facts_of, initiative_rows, parsed_as_read

_SYSTEM = (
    "架空市行財政改革推進計画　令和６年度取組状況報告書\n\n"
    "  ２　計画の体系\n"
    "    基本方針Ⅱ　架空の方針\n"
    "        推進項目Ⅱ－３　架空の事務改善\n"
    "        推進項目Ⅱ－４　架空の歳入確保\n"
    "    基本方針Ⅲ　架空の別の方針\n"
    "        推進項目Ⅲ－１　架空の人材育成\n"
    "\n"
)


def _sheet(number: str, name: str, interim: str, year_end: str) -> str:
    return (
        "  ──────────────────────────────────────\n"
        f"  取組番号    {number}                    取組名    {name}\n"
        "  基本方針    Ⅱ　架空の方針\n"
        "  推進項目    Ⅱ－３　架空の事務改善\n"
        "  所管課      架空部　架空課\n"
        "\n"
        f"  進捗評価    中間　{interim}                年度末　{year_end}\n"
        "\n"
        "  数値目標    指標名                              基準値（Ｒ５）  Ｒ６目標  Ｒ６実績\n"
        f"              {name}の件数（件）                      10        25        31\n"
        "  効果額      －\n"
    )


_REPORT = (
    _SYSTEM
    + _sheet("Ⅱ－３－①", "架空手続の見直し", "△（やや遅れ）", "○（概ね計画どおり）")
    + _sheet("Ⅱ－３－②", "架空窓口の統合", "○（概ね計画どおり）", "◎（計画以上）")
)


def test_each_sheets_entry_files_under_the_finest_level_it_cites() -> None:
    rows = initiative_rows(facts_of(_REPORT))
    assert ("架空手続の見直し", ("Ⅱ-3",)) in rows
    assert ("架空窓口の統合", ("Ⅱ-3",)) in rows


def test_a_level_whose_entries_are_the_sheets_is_no_entry_itself() -> None:
    names = {name for name, _ in initiative_rows(facts_of(_REPORT))}
    assert "架空の事務改善" not in names


def test_the_year_end_grade_is_the_years_grade() -> None:
    rows = evaluation_rows(facts_of(_REPORT))
    assert ("架空手続の見直し", 2024, "○") in rows
    assert ("架空窓口の統合", 2024, "◎") in rows
    assert ("架空手続の見直し", 2024, "△") not in rows


def test_the_mini_tables_indicator_is_read() -> None:
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value)
                for o in parsed_as_read(_REPORT).observations}  # fmt: skip
    assert ("架空手続の見直しの件数", 2024, "actual", 31) in observed
    assert ("架空手続の見直しの件数", 2024, "target", 25) in observed
