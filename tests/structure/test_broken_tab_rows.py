"""A tab-separated row that Word's text save broke where a cell held a line break
(fictional example)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _tables(text: str) -> list[list[list[str]]]:
    doc = read_structure(text, labels=all_labels())
    return [[[c.text for c in r] for r in b.table.rows] for b in doc.blocks if b.table]


def test_a_tab_row_broken_inside_a_cell_after_a_comma_is_one_row() -> None:
    text = (
        "番号\t取組名\t所管課\t令和６年度の取組実績\t指標\t目標値\t実績値\t評価\n"
        "１－（１）－①\t架空納税の推進\t架空課\t返礼品を42品目追加し、\n"
        "ポータルサイトを2サイト増設した。\t架空寄附額（百万円）\t300\t318\tＡ\n"
        "１－（１）－②\t架空収納率向上\t架空収税課\t滞納整理を強化した。\t架空収納率（％）\t99.2\t99.1\tＢ\n"
    )
    (rows,) = _tables(text)
    assert len(rows) == 2
    assert rows[0][3] == "返礼品を42品目追加し、ポータルサイトを2サイト増設した。"
    assert rows[0][7] == "A"
