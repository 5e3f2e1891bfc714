"""Jina Reader's Markdown of an HTML table drops merged cells: a part under its unit comes out
as a row of one cell (「| 企画係 |」), a unit spanning two columns as a row of two. Each short
row is read as the merged cells held it, and the staff count merged over a 課's rows is that
課's, the bracketed figure the legend's year. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_TEXT = (
    "1 区役所の体制（令和8年4月1日現在）\n"
    "--------------------\n\n"
    "職員数の（　）内は令和7年4月1日現在の人数です。\n\n"
    "| 課・センター | 係・出張所 | 職員数 |\n"
    "| --- | --- | --- |\n"
    "| 架空推進課 | 総務係 | 27（25） |\n"
    "| 企画係 |\n"
    "| 振興係 |\n"
    "| 架空区民課 | 記録係 | 42（41） |\n"
    "| 戸籍係 |\n"
    "| 架空保険課 | 国保係 | 23（24） |\n"
    "| 年金係 |\n"
    "| 架空センター（センター長を含む） | 94（91） |\n"
    "| 合計 | 186（181） |\n\n"
)


def test_short_rows_take_their_merged_cells() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    (table,) = [b.table for b in doc.blocks if b.table is not None]
    rows = [[c.text for c in row] for row in table.rows]
    assert rows[1] == ["架空推進課", "企画係", "27(25)"]
    assert rows[7] == ["架空センター(センター長を含む)", "", "94(91)"]


def test_a_count_merged_over_a_units_rows_is_that_units_of_each_year() -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_TEXT).staff}
    assert {("架空推進課", 2026, 27), ("架空推進課", 2025, 25),
            ("架空区民課", 2025, 41)} <= staff  # fmt: skip
    assert not any(name.endswith("係") for name, _, _ in staff)
