"""An evaluation report whose title names the year of the work graded on a bracketed line
of its own (「点検及び評価報告書」 over 「（令和６年度対象）」), over a summary table whose
header prints each grade column's year on a second line (「令和６年度　（参考）」 over
「評価　令和５年度」): the grades are that year's, not the year the report was published. (The
（参考） column's grades, the year before's, are not read yet.) Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import evaluation_rows, parsed_as_read

_REPORT = (
    "                                  令和７年度\n"
    "                  教育委員会の事務の管理及び執行の状況の\n"
    "                              点検及び評価報告書\n"
    "                               （令和６年度対象）\n"
    "\n"
    "１　評価結果の一覧\n"
    "\n"
    "  基本方針                  施策                                令和６年度   （参考）\n"
    "                                                                   評価     令和５年度\n"
    "  １ 架空の学校教育         １－１ 架空学力の育成                   Ｂ          Ｂ\n"
    "                            １－２ 架空の心の育成                   Ａ          Ｂ\n"
    "  ２ 架空の教育環境         ２－１ 架空施設の整備                   Ｂ          Ｃ\n"
)


def test_the_grades_are_of_the_years_the_header_prints() -> None:
    rows = evaluation_rows(parsed_as_read(_REPORT))
    assert ("架空学力の育成", 2024, "B") in rows or ("架空学力の育成", 2024, "Ｂ") in rows
    assert not any(year == 2025 for _, year, _ in rows)
