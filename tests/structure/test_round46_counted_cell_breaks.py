"""Word's text of a table broken at each cell's width, with no row numbers: a row is closed
when its cells reach the header's count, so only where every row ends in a figure. A note under
the table is no row. One numbered row is joined when both it and the header are broken.
Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_KPI = (
    "第５　数値目標の達成状況\n"
    "指標名（単位）\t基準値\t（年度）\tＲ７目標\tＲ７実績\tＲ８目標\n"
    "架空税の収納率（現年課税\n"
    "分）（％）\t97.5\t令和３年度\t98.0\t98.2\t98.4\n"
    "架空寄附額（百\n"
    "万円）\t305\t令和３年度\t700\t812\t800\n"
    "架空手続数（件）\t21\t令和４年度\t90\t96\t120\n"
    "※架空寄附額は令和７年度に目標を上回ったため、令和８年度の目標値を\n"
    "据え置いています。\n\n"
)


def _tables(text: str) -> list[list[list[str]]]:
    doc = read_structure(text, labels=all_labels())
    return [[[c.text for c in row] for row in b.table.rows] for b in doc.blocks if b.table]


def test_unnumbered_rows_are_closed_by_the_headers_cell_count() -> None:
    (rows,) = _tables(_KPI)
    assert [row[0] for row in rows] == [
        "架空税の収納率(現年課税分)(%)", "架空寄附額(百万円)", "架空手続数(件)"]  # fmt: skip
    assert rows[1][1:] == ["305", "令和3年度", "700", "812", "800"]


def test_the_rows_values_are_read_as_indicators() -> None:
    found = {(o.indicator, o.fiscal_year, o.kind, o.value)
             for o in parsed_as_read(_KPI).observations}  # fmt: skip
    assert ("架空寄附額", 2025, "actual", 812) in found
    assert ("架空寄附額", 2026, "target", 800) in found


def test_rows_ending_in_words_are_not_joined_by_count() -> None:
    # a last cell in words may go on on the next line: the count decides nothing there
    text = _KPI.replace("\t800\n", "\t据置き\n")
    assert _tables(text) == [] or all(len(rows) != 3 for rows in _tables(text))


_ONE_ROW = (
    "（１）架空の定員管理\n"
    "No.\t取組項目\t所管\t評価\n"
    "Ｒ６\t評価\n"
    "Ｒ７\t令和７年度の主な実績\n"
    "１４\t架空計画の推進\t架空部\n"
    "架空人事課\tＢ\tＡ\t令和８年４月１日の職員数は８\n"
    "人となった。\n\n"
)


def test_one_numbered_row_is_joined_when_it_and_the_header_are_broken() -> None:
    (rows,) = _tables(_ONE_ROW)
    assert rows == [["14", "架空計画の推進", "架空部 架空人事課", "B", "A",
                     "令和8年4月1日の職員数は8人となった。"]]  # fmt: skip
