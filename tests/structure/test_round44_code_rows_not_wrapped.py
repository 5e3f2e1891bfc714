"""A sheet of the plan's system lists each 施策 on a row of its own, the goal's number and
name left blank under its first (a merged cell saved once). A short row under a numbered
one is no wrapped rest of it when it prints the next code in the code column: 「3-2」 is not
the end of 「3-1」. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_SHEET = (
    "基本目標\t基本目標名\t施策番号\t施策名\t主担当課\t主な取組\n"
    "1\t架空のまち\t1-1\t架空子育て支援の充実\t架空課\t"
    "・架空の相談支援 ・架空クラブの受け皿拡大の推進\n"
    "\t\t1-2\t架空学校教育の充実\t架空課\t・架空の学びの推進\n"
    "2\t架空の健康なまち\t2-1\t架空健康づくり\t架空課\t"
    "・架空検診の受診勧奨 ・架空ポイントによる健康づくり\n"
    "\t\t2-2\t架空福祉の充実\t架空課\t・架空センターの強化\n"
    "3\t架空の活力\t3-1\t架空商工業の振興\t架空課\t"
    "・架空の資金繰り支援 ・架空駅前のにぎわいの創出\n"
    "\t\t3-2\t架空農業の振興\t架空課\t・架空農地の集積\n"
)


def test_each_code_keeps_a_row_of_its_own() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [r[2].text for r in table.rows] == ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2"]
