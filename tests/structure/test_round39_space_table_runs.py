"""Space-separated tables (a PDF's text with its gaps widened) printed one after another:
a numbered title over a header of years (「４　　職員数の推移」 over 「区分　　令和4年　…」)
starts a table of its own, though no blank line parts it from the rows above; and a numbered
row whose name wrapped in its cell (「11　　架空制度の効果的」 over 「な運用　　架空課　…」)
is one row. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_REPORT = (
    "推進項目（１）　　架空の公民連携\n"
    "No.　　取組　　所管課　　評価\n"
    "Ｒ６　　Ｒ７\n"
    "11　　架空制度の効果的\n"
    "な運用　　架空改革課　　Ｂ　　Ｂ\n"
    "12　　架空手法の推進　　架空資産課　　Ｃ　　Ｃ\n"
    "13　　架空協働の推進　　架空協働課　　Ｂ　　Ａ\n"
    "４　　職員数の推移（各年４月１日現在、単位：人）\n"
    "区分　　令和4年　　令和5年　　令和6年\n"
    "職員数　　1,012　　1,008　　1,003\n"
)


def _tables() -> list[list[list[str]]]:
    doc = read_structure(_REPORT, labels=all_labels())
    return [
        [list(b.table.header), *([c.text for c in row] for row in b.table.rows)]
        for b in doc.blocks
        if b.table is not None
    ]


def test_a_numbered_title_over_years_starts_a_table_of_its_own() -> None:
    tables = _tables()
    assert len(tables) == 2
    assert tables[1][0][0] == "区分"
    assert ["職員数", "1,012", "1,008", "1,003"] in tables[1]


def test_a_numbered_row_wrapped_in_its_name_cell_is_one_row() -> None:
    first = _tables()[0]
    assert ["11", "架空制度の効果的な運用", "架空改革課", "B", "B"] in first
