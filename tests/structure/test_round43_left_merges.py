"""A tab table saved from a browser in IE mode: a cell merged over rows is printed on its
first row only, so the rows under it come out a cell short, shifted left; a group's total
(「部計」) alone before its figures. A row cut short at its end (a CSV's empty trailing
cells) stays as it is. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure


def _rows(text: str) -> list[list[str]]:
    doc = read_structure(text, labels=all_labels())
    [table] = [b.table for b in doc.of_kind("table") if b.table is not None]
    return [[c.text for c in row] for row in table.rows]


_STAFF = (
    "表1　職員数（令和8年4月1日現在）（単位：人）\n"
    "部\t課・事業所\t主な係\t令和8年度\t令和7年度\t増減\n"
    "架空政策部\t架空企画課\t企画係、調整係\t18\t17\t+1\n"
    "架空推進課\t推進係、エネルギー係\t14\t12\t+2\n"
    "部計\t32\t29\t+3\n"
    "架空循環部\t架空指導課\t指導係\t19\t19\t±0\n"
    "架空清掃工場\t管理係、運転係\t48\t49\t△1\n"
    "部計\t67\t68\t△1\n"
)


def test_a_row_under_a_merged_cell_is_padded_at_its_start() -> None:
    assert ["", "架空推進課", "推進係、エネルギー係", "14", "12", "+2"] in _rows(_STAFF)


def test_a_groups_total_alone_stands_where_a_units_name_does() -> None:
    assert ["", "部計", "", "32", "29", "+3"] in _rows(_STAFF)


def test_a_row_cut_short_at_its_end_is_not_padded() -> None:
    text = (
        "施設ID\t施設名称\t延床面積\t建築年度\t改修事業名\t改修予定年度\t概算事業費\n"
        "A-1\t架空会館\t6820.5\t1978\t架空会館改修事業\t2027\t120000\n"
        "A-2\t架空集会所\t226.4\t1995\n"
        "A-3\t架空体育館\t3120.0\t1988\t架空体育館改修事業\t2028\t98000\n"
    )
    assert ["A-2", "架空集会所", "226.4", "1995"] in _rows(text)
