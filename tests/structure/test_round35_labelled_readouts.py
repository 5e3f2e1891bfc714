"""An accessible text version that reads each table row out with its cells' labels
(「１行目。課等の名称、甲課。令和７年度、２４人。」), in list items, with no header sentence:
the rows are a table whose columns are the labels. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_STAFF = (
    "<html><body><main><h2>２　局の体制</h2>"
    "<p>表１　組織と職員数（各年４月１日現在。単位は人）。全３行です。</p><ul>"
    "<li>１行目。課等の名称、架空企画課。令和７年度、２４人。令和６年度、２３人。"
    "主な業務、局内の総合調整、予算・決算。</li>"
    "<li>２行目。課等の名称、架空家庭課。令和７年度、４６人。令和６年度、４４人。</li>"
    "<li>３行目。局の合計。令和７年度、７０人。令和６年度、６７人。</li>"
    "</ul><h2>３　重点取組</h2><p>表２　成果指標。全１行です。</p><ul>"
    "<li>１行目。指標名、架空ケアの利用者数。単位、人。現状値（令和５年度）、１，０２０。"
    "令和６年度見込、１，４８０。目標値（令和７年度）、１，８００。</li></ul>"
    "</main></body></html>"
)


def test_labelled_readout_rows_are_one_table_under_their_labels() -> None:
    text = "\n".join(
        [
            "• 1行目。課等の名称、架空企画課。令和7年度、24人。主な業務、調整、予算。",
            "• 2行目。課等の名称、架空家庭課。令和7年度、46人。",
            "• 3行目。局の合計。令和7年度、70人。",
        ]
    )
    tables = [b.table for b in read_structure(text, labels=all_labels()).blocks if b.table]
    assert len(tables) == 1
    assert tables[0].header == ["課等の名称", "令和7年度", "主な業務"]
    assert [r[0].text for r in tables[0].rows] == ["架空企画課", "架空家庭課", "局の合計"]
    assert tables[0].rows[0][2].text == "調整、予算"  # a value's own 、 kept


def test_a_read_out_staff_table_gives_each_units_staff() -> None:
    read = parsed_as_read(_STAFF, "t.html")
    staff = {(s.organization, s.fiscal_year, s.count) for s in read.staff}
    assert {("架空企画課", 2025, 24), ("架空企画課", 2024, 23), ("架空家庭課", 2025, 46)} <= staff


def test_a_lone_read_out_row_of_an_indicator_gives_its_values() -> None:
    observed = {
        (o.indicator, o.fiscal_year, o.kind, o.value)
        for o in parsed_as_read(_STAFF, "t.html").observations
    }
    assert ("架空ケアの利用者数", 2025, "target", 1800) in observed
    assert ("架空ケアの利用者数", 2024, "estimate", 1480) in observed
