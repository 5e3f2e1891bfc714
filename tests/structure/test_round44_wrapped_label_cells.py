"""PyMuPDF's text of a plan prints a small table a cell a line, each label's year wrapped
onto a line of its own (「現状値」 over 「（令和６年度）」): read row by row, the wrapped year
joined to its label; not as a table given column by column, whose cells would be the
labels. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = """施策１－１ 架空健康づくりの推進
主な取組
① 架空健診の受診促進
個別通知や休日健診により、受診しやすい環境を整えます。
【成果指標】
指標名
現状値
（令和６年度）
目標値
（令和12年度）
架空健診受診率（％）
42.8
50.0

施策１－２ 架空福祉の充実
"""


def test_the_indicator_is_read_with_its_labels_years() -> None:
    facts = parsed_as_read(_PLAN, "x.txt")
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空健診受診率", 2024, "baseline", 42.8) in values
    assert ("架空健診受診率", 2030, "target", 50.0) in values


def test_a_caption_over_the_labels_is_no_header_cell() -> None:
    from loaders.field_vocabulary import all_labels
    from loaders.structure import read_structure

    text = ("成果指標\n指標名\n基準値\n（令和５年度）\n目標値\n（令和７年度）\n"
            "架空橋りょうの修繕\nの割合\n38.5%\n52.0%\n架空危険箇所の対策完\n了率\n61%\n80%\n"
            "重点目標２　架空の軽減\n")  # fmt: skip
    doc = read_structure(text, labels=all_labels())
    assert not any(b.table is not None and b.table.header[0] == "成果指標" for b in doc.blocks)
