"""A progress sheet saved with its title rows over its labels and its plan's levels between
the parts: the parts take the labels printed in the title block's last row; a group row
「1-(2) 名称」 inside a part under the heading 「1-(1) 名称」 is a level too (the heading's
sibling), filing the rows under it; a 「取組指標」 column names each row's indicator.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "架空市行財政改革推進計画　取組状況一覧\t\t\t\t\t\t\t\t\n"
    "（令和８年５月３１日現在）\t\t\t\t\t\t\t\t架空推進室\n"
    "No.\t取組項目\t所管課\t取組指標\t基準値（Ｒ５）\tＲ６実績\tＲ７目標\tＲ７実績\t評価Ｒ７\n"
    "基本方針１　架空の財政運営\t\t\t\t\t\t\t\t\n"
    "１－(1)　架空歳入の確保\t\t\t\t\t\t\t\t\n"
    "1\t架空収納率の向上\t架空納税課\t架空収納率\t98.62\t98.71\t98.8\t98.84\tＡ\n"
    "2\t架空寄附の推進\t架空推進課\t架空寄附額\t4.2\t5.1\t5.5\t6.3\tＳ\n"
    "１－(2)　架空歳出の見直し\t\t\t\t\t\t\t\t\n"
    "3\t架空補助金の見直し\t架空財政課\t見直した補助金の数\t0\t12\t20\t24\tＡ\n"
)


def test_parts_take_the_labels_of_the_title_blocks_last_row() -> None:
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value)
            for o in parsed_as_read(_SHEET, "x.tsv").observations}  # fmt: skip
    assert ("架空収納率", 2025, "actual", 98.84) in rows
    assert ("見直した補助金の数", 2023, "baseline", 0) in rows


def test_a_group_row_beside_the_headings_level_files_the_rows_under_it() -> None:
    facts = parsed_as_read(_SHEET, "x.tsv")
    assert ("1-2", "架空歳出の見直し") in {(c.normalized, c.label) for c in facts.policy_codes}
    filed = {i.name: i.policy_codes for i in facts.initiatives}
    assert filed["架空補助金の見直し"] == ["1-(2)"] and filed["架空寄附の推進"] == ["1-(1)"]
