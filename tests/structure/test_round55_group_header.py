"""Round 55: a header label printed over the years it groups (「当初予算額」 over 「令和8年度
令和7年度」, centred, the figures under them right-aligned), as a design tool's or a PDF's
layout leaves it. (A year over the kinds it spans keeps its reading: a guard.)"""

from __future__ import annotations

from placed_lines import placed

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from loaders.structure.blocks import Table


def _tables(text: str) -> list[Table]:
    return [b.table for b in read_structure(text, labels=all_labels()).blocks
            if b.table is not None]  # fmt: skip


_GROUPED = "\n".join([
    placed((18, "会計"), (52, "当初予算額"), (75, "増減"), (85, "増減率")),
    placed((44, "令和8年度"), (60, "令和7年度"), (87, "（％）")),
    "",
    placed((0, "一般会計"), (50, "864,231"), (66, "842,883"), (77, "21,348"), (89, "2.5")),
    placed((0, "架空保険事業"), (50, "134,852"), (66, "137,416"), (76, "△2,564"), (87, "△1.9")),
])  # fmt: skip


def test_a_label_grouping_the_years_under_it_leaves_each_year_its_column() -> None:
    [table] = _tables(_GROUPED)
    rows = [[c.text for c in row] for row in table.rows]
    years = next(row for row in rows if "令和8年度" in row)
    figures = rows.index(["一般会計", "864,231", "842,883", "21,348", "2.5"])
    assert years.index("令和8年度") == rows[figures].index("864,231")
    assert years.index("令和7年度") == rows[figures].index("842,883")


def test_a_year_over_the_kinds_it_spans_still_heads_each_of_them() -> None:
    text = "\n".join([
        placed((2, "指標名"), (18, "令和5年度"), (38, "令和6年度")),
        placed((16, "目標"), (25, "実績"), (35, "目標"), (44, "実績")),
        placed((2, "架空率"), (18, "10"), (27, "9"), (37, "12"), (46, "11")),
    ])  # fmt: skip
    [table] = _tables(text)
    assert table.header[1:3] == ["令和5年度 目標", "令和5年度 実績"]
