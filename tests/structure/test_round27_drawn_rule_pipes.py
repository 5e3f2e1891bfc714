"""Round 27: a text page's pipe table whose header rule is drawn with box lines (──┼──)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def test_a_box_line_rule_under_a_pipe_header_keeps_the_table_in_pipe_columns() -> None:
    text = (
        "◇推進項目1-(1) 架空の歳入確保\n"
        "　　番号｜取組名　　　　　　｜所管課　　｜R5評価｜R6評価\n"
        "　　──┼──────────┼─────┼───┼───\n"
        "　　1-①｜架空税の収納向上　｜架空課　　｜　Ⓑ　｜　Ⓐ\n"
        "　　1-②｜架空基金の運用　　｜架空二課　｜　Ⓐ　｜　Ⓐ\n"
    )
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.of_kind("table") if b.table is not None]
    assert len(tables) == 1
    assert [label.strip() for label in tables[0].header] == [
        "番号", "取組名", "所管課", "R5評価", "R6評価",
    ]
    assert [c.text for c in tables[0].rows[0]] == ["1-①", "架空税の収納向上", "架空課", "Ⓑ", "Ⓐ"]
