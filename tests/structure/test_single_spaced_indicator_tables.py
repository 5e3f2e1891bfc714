"""An indicator table whose PDF text layer kept single spaces only: 「指標名 現状値 目標値」
over a line of the columns' years, rows of a name and figures, a long name printed on the
line over its row with the rest of it (and its unit) beside the figures (fictional
examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_SHEET = (
    "施策2-2 架空救急体制の充実\n"
    "■成果指標\n"
    "指標名 現状値 中間目標値 目標値\n"
    "（令和６年度） （令和９年度） （令和12年度）\n"
    "架空隊の現場到着までの平均時間\n"
    "（分） 9.2 8.8 8.5\n"
    "架空バス・コミュニティバスの年間利用\n"
    "者数（千人） 1,482 1,550 1,600\n"
    "架空警報器の設置率（％） 78.5 85.0 90.0\n"
    "■主な取組\n"
    "(1) 架空消防力の整備\n"
)


def test_the_rows_under_single_spaced_kind_labels_are_a_table() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [c.text for c in table.header_cells] == [
        "指標名", "現状値(令和6年度)", "中間目標値(令和9年度)", "目標値(令和12年度)",
    ]  # fmt: skip
    assert [r[0].text for r in table.rows] == [
        "架空隊の現場到着までの平均時間(分)",
        "架空バス・コミュニティバスの年間利用者数(千人)",
        "架空警報器の設置率(%)",
    ]


def test_each_value_of_such_a_table_is_read_with_its_year_and_kind() -> None:
    facts = parse_document(
        _SHEET, file="x.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {
        ("架空警報器の設置率", 2024, "baseline", 78.5),
        ("架空警報器の設置率", 2027, "target", 85.0),
        ("架空警報器の設置率", 2030, "target", 90.0),
        ("架空隊の現場到着までの平均時間", 2030, "target", 8.5),
        ("架空バス・コミュニティバスの年間利用者数", 2024, "baseline", 1482),
    } <= rows
    assert not any("主な取組" in name for name, *_ in rows)
