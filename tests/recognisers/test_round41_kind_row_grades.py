"""A reform plan's progress sheet saved as TSV: its labels printed once, then group lines
(基本方針 / 推進項目) between parts whose rows open with the 取組's code; a 区分 column types
each 取組's rows 計画 / 実績 / 進捗, and the 進捗 row holds each year's grade as a roman
numeral a legend defines. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "第３次架空市行財政改革推進計画　取組状況一覧（令和７年度実績）\t\t\t\t\t\t\n"
    "進捗区分　Ⅰ：計画以上に進んでいる　Ⅱ：計画どおり進んでいる　Ⅲ：やや遅れている\t\t\t\t\t\t\n"
    "\t\t\t\t\t\t\n"
    "取組番号\t取組名\t所管課\t区分\t令和6年度\t令和7年度\t令和8年度\n"
    "基本方針1　架空サービスの向上\t\t\t\t\t\t\n"
    "　推進項目1－1　架空手続のデジタル化\t\t\t\t\t\t\n"
    "1-1-1\t架空申請の拡大\t架空経営課\t計画\t洗い出し\t200手続\t300手続\n"
    "\t\t\t実績\t66手続を追加\t62手続を追加\t\n"
    "\t\t\t進捗\tⅡ\tⅠ\t\n"
    "1-1-2\t架空決済の導入\t架空会計課\t計画\t本庁舎で導入\t支所に拡大\t全施設に拡大\n"
    "\t\t\t実績\t12窓口で導入\t導入が遅れた\t\n"
    "\t\t\t進捗\tⅡ\tⅢ\t\n"
)


def test_the_progress_row_grades_its_entry_in_each_years_column() -> None:
    facts = parsed_as_read(_SHEET, "x.tsv")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空申請の拡大", 2024, "Ⅱ"), ("架空申請の拡大", 2025, "Ⅰ"),
            ("架空決済の導入", 2025, "Ⅲ")} <= rows  # fmt: skip


def test_parts_under_group_lines_take_the_labels_printed_once() -> None:
    facts = parsed_as_read(_SHEET, "x.tsv")
    assert {"架空申請の拡大", "架空決済の導入"} <= {i.name for i in facts.initiatives}
