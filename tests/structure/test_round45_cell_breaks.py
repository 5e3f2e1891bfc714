"""Word's text of a table saved with line breaks: a row per line, cells apart by tabs, every
cell broken where it wrapped (a line going on with the cell the line before stopped in).
The lines from one row number to the next are one row, the header's broken labels one
label each, and each 取組's grades are read for each year. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "第２　評価の基準\n"
    "　Ａ　計画どおり進んでいる\n"
    "　Ｂ　概ね計画どおり進んでいる\n\n"
    "基本方針１　架空の財政基盤\n"
    "　推進項目（１）　歳入の確保\n"
    "No.\t取組項目\t所管\t評価\n"
    "Ｒ６\t評価\n"
    "Ｒ７\t令和７年度の主な実績\n"
    "１\t架空税の収納率向上\t架空部\n"
    "架空税務課\tＢ\tＡ\t架空の決済が拡大し、収納\n"
    "率が上がった。\n"
    "２\t架空納税による寄附\n"
    "の拡大\t架空部\n"
    "架空政策課\tＡ\tＡ\t返礼品を追加した。\n\n"
)


def test_each_row_is_joined_from_its_lines() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[3:5] == ["評価R6", "評価R7"]
    row = [c.text for c in table.rows[1][:3]]
    assert row == ["2", "架空納税による寄附の拡大", "架空部 架空政策課"]


def test_each_years_grade_is_read() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_TEXT).evaluations}
    assert ("架空税の収納率向上", 2024, "B") in grades
    assert ("架空納税による寄附の拡大", 2025, "A") in grades
