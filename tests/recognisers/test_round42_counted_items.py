"""A reform plan's progress page in Markdown: under each coded heading (「Ⅰ－１ 名称」) a
table counts its items by a running number in a column headed by a level word (推進項目) that
prints no code, with a grade for each year in year columns. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "# 架空市行財政改革プラン　取組の進捗状況（令和６年度末時点）\n\n"
    "## 改革の柱Ⅰ　架空の財政基盤\n\n"
    "### Ⅰ－１　架空の歳入確保\n\n"
    "| No. | 推進項目 | 担当部署 | R5 | R6 | 成果指標 | 目標（R8） | 実績（R6） |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 1 | 架空収納率の向上 | 架空収税課 | 順調 | ◎ | 架空収納率 | 99.3% | 99.1% |\n"
    "| 2 | 架空寄附の拡大 | 架空発信課 | 遅れ | △ | 寄附件数 | 900件 | 742件 |\n\n"
    "### Ⅰ－２　架空の歳出見直し\n\n"
    "| No. | 推進項目 | 担当部署 | R5 | R6 | 成果指標 | 目標（R8） | 実績（R6） |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 3 | 架空補助金の見直し | 架空財政課 | 順調 | ○ | 見直し件数 | 60件 | 41件 |\n"
)

_CODED_ROWS = (
    "施策番号\t施策名\t事業番号\t計画事業名\t担当課\n"
    "1-1\t架空学習の推進\t101\t架空講座事業\t架空教育課\n"
    "1-2\t架空文化の振興\t102\t架空祭事業\t架空文化課\n"
)


def test_items_counted_under_a_level_word_are_entries_of_the_heading_code() -> None:
    facts = parsed_as_read(_PAGE, "x.md")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空収納率の向上", ("Ⅰ-1",)), ("架空寄附の拡大", ("Ⅰ-1",)),
            ("架空補助金の見直し", ("Ⅰ-2",))} <= found  # fmt: skip


def test_each_year_column_grades_the_counted_item() -> None:
    facts = parsed_as_read(_PAGE, "x.md")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空収納率の向上", 2023, "順調"), ("架空収納率の向上", 2024, "◎"),
            ("架空寄附の拡大", 2023, "遅れ"),
            ("架空補助金の見直し", 2024, "○")} <= rows  # fmt: skip


def test_a_level_name_beside_its_own_code_column_is_no_entry() -> None:
    facts = parsed_as_read(_CODED_ROWS, "x.tsv")
    assert not {"架空学習の推進", "架空文化の振興"} & {i.name for i in facts.initiatives}
