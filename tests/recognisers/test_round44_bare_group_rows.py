"""A progress table carries its plan's levels as group rows with bare codes, the top level
too (「１　名称」 over 「１－(1)　名称」 over the entries, their first cell left blank): every
entry is filed under the level of the group row above it, and graded in each year's column.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "架空町行財政改革実施計画　令和７年度取組状況報告書\n\n"
    "推進項目\t取組\t所管課\t令和６年度評価\t令和７年度評価\t\t\n"
    "１　架空財政運営の確立\t\t\t\t\t\t\n"
    "１－(1)　架空財源の確保\t\t\t\t\t\t\n"
    "\t架空収納率の向上\t架空税務課\tＡ\tＢ\t\t\n"
    "\t架空納税の推進\t架空企画課\tＢ\tＡ\t\t\n"
    "１－(2)　架空歳出の見直し\t\t\t\t\t\t\n"
    "\t架空事務の見直し\t架空企画課\tＣ\tＢ\t\t\n"
    "２　架空行政運営\t\t\t\t\t\t\n"
    "２－(1)　架空デジタル化\t\t\t\t\t\t\n"
    "\t架空窓口のオンライン化\t架空総務課\tＢ\tＡ\t\t\n"
)


def test_entries_are_filed_under_their_group_rows_level() -> None:
    facts = parsed_as_read(_REPORT, "x.txt")
    pairs = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空収納率の向上", ("1-(1)",)) in pairs
    assert ("架空事務の見直し", ("1-(2)",)) in pairs
    assert ("架空窓口のオンライン化", ("2-(1)",)) in pairs


def test_each_years_column_grades_the_entry() -> None:
    facts = parsed_as_read(_REPORT, "x.txt")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空事務の見直し", 2024, "C"), ("架空事務の見直し", 2025, "B")} <= grades
