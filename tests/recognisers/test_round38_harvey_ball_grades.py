"""A reform report grading each 取組 with Harvey balls (● ◕ ◑ ◔ ○, a legend explaining them)
in columns 「進捗（Ｒ６）」「進捗（Ｒ７）」, each 取組 printed after its circled number (「①　…」).
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "第４次架空市行財政改革プラン\n"
    "令和７年度　取組状況報告\n"
    "\n"
    "２　進捗状況の表し方\n"
    "　　●　完了（計画どおり完了した）\n"
    "　　◕　順調（計画の７５％以上を実施）\n"
    "　　◑　おおむね順調（計画の５０％以上を実施）\n"
    "　　◔　やや遅れ（計画の２５％以上を実施）\n"
    "　　○　遅れ・未着手（計画の２５％未満）\n"
    "\n"
    "３　取組状況\n"
    "\n"
    "基本方針１　架空の市民サービスの向上\n"
    "\n"
    "　推進項目（１）　架空の行政手続のデジタル化\n"
    "\n"
    "\t取組\t所管\t進捗（Ｒ６）\t進捗（Ｒ７）\n"
    "\t①　架空の電子申請の拡大\t総務部　架空推進課\t◑\t◕\n"
    "\t②　架空の書かない窓口の導入\t市民部　架空市民課\t○\t●\n"
)


def test_harvey_balls_are_grades_of_each_year() -> None:
    facts = parsed_as_read(_REPORT, "report.txt")
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {
        ("架空の電子申請の拡大", 2024, "◑"),
        ("架空の電子申請の拡大", 2025, "◕"),
        ("架空の書かない窓口の導入", 2025, "●"),
    } <= grades
