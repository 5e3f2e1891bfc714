"""A space-aligned table from a PDF whose name cells are centred in their rows: a name too
long for its column printed half over its row's figures and half under them, the group's
name on the middle row, a bracketed qualifier under a header label (fictional examples)."""

from __future__ import annotations

import re

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_TABLE = (
    "表３　部課別職員数の推移（各年度４月１日現在）                    （単位：人）\n"
    "\n"
    "部課                          令和５年度  令和６年度  令和７年度        増減\n"
    "                                                                   (R7-R5)\n"
    "\n"
    "              架空政策課              15          14          12          △3\n"
    "              架空推進\n"
    "架空企画部                            －           6           9          +9\n"
    "              課\n"
    "              架空広聴課               5           6           7          +2\n"
    "              小計                    20          26          28          +8\n"
    "\n"
    "              架空協働推進\n"
    "                                       5           7           9          +4\n"
    "              課\n"
    "架空生活部    架空市民課              26          27          28          +2\n"
    "              小計                    31          34          37          +6\n"
)


def _table():
    doc = read_structure(_TABLE, labels=all_labels())
    return next(b.table for b in doc.blocks if b.table is not None)


def test_a_qualifier_under_a_header_label_joins_the_header() -> None:
    assert _table().header[-1] == "増減(R7-R5)"
    assert "令和5年度" in _table().header


def test_a_name_printed_half_over_and_half_under_its_figures_is_the_rows_name() -> None:
    rows = [[c.text for c in r] for r in _table().rows]
    assert ["架空企画部", "架空推進課", "-", "6", "9", "+9"] in rows
    assert not any(r[1:2] == ["課"] for r in rows)


def test_a_name_half_over_its_row_after_a_blank_line_keeps_the_table_going() -> None:
    rows = [[c.text for c in r] for r in _table().rows]
    assert ["", "架空協働推進課", "5", "7", "9", "+4"] in rows
    assert rows[-1][1] == "小計"


def test_a_first_cell_spread_over_its_width_is_one_cell() -> None:
    text = (
        "（単位：千円、％）\n"
        "  区　　分                          令和７年度    令和６年度      増減額    増減率\n"
        "  一般会計                          38,420,000    37,156,000   1,264,000     3.4\n"
        "    架空保険事業特別会計             9,812,300     9,934,600    △122,300    △1.2\n"
        "  特別会計　計                      23,171,500    22,834,200     337,300     1.5\n"
        "  合　　計                          75,888,800    73,947,200   1,941,600     2.6\n"
    )
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [re.sub(r"\s", "", label) for label in table.header[:2]] == ["区分", "令和7年度"]
    assert [re.sub(r"\s", "", r[0].text) for r in table.rows] == [
        "一般会計",
        "架空保険事業特別会計",
        "特別会計計",
        "合計",
    ]


def test_a_line_of_kind_words_under_the_years_joins_the_header() -> None:
    text = (
        "４　成果指標\n"
        "　　指標名                          単位   令和３年度 令和４年度 令和５年度 令和５年度\n"
        "　　                                             実績       実績       目標       実績\n"
        "　　架空ごみ排出量                  ｇ            862        851        830        838\n"
        "　　架空リサイクル率                ％           19.8       20.4       22.0       21.1\n"
    )
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header[-2:] == ["令和5年度目標", "令和5年度実績"]
    assert [r[0].text for r in table.rows] == ["架空ごみ排出量", "架空リサイクル率"]
