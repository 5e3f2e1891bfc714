"""A record set out a field a row in a two-column table (a Word table per project in a
council paper): read as its fields, not as a table whose header is the first field (fictional
examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_CARD = (
    "主要事業調書\n"
    "(1) 架空防災無線デジタル化事業\n"
    "担当課\t架空総務課\n"
    "総合計画\t基本目標1 架空のまち 施策1-1 架空防災体制の強化\n"
    "事業費\t186,500千円(前年度 52,300千円)\n"
    "財源内訳\t地方債 177,100/一般財源 9,400(千円)\n"
    "事業概要\t防災行政無線をデジタル方式に更新します。\n"
)


def test_a_two_column_record_is_read_as_its_fields() -> None:
    doc = read_structure(_CARD, labels=all_labels())
    fields = {b.label: b.value for b in doc.blocks if b.kind == "field"}
    assert fields["担当課"] == "架空総務課"
    assert fields["事業費"] == "186,500千円(前年度 52,300千円)"
    assert not [b for b in doc.blocks if b.kind == "table"]


def test_a_two_column_record_gives_its_project() -> None:
    facts = parse_document(
        "令和7年度 予算審査資料\n" + _CARD, file="x.txt", municipality_code="999989",
        municipality="青葉台町", prefecture="架空県",
    )  # fmt: skip
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空防災無線デジタル化事業", 2025, 186_500_000, "架空総務課") in rows


def test_a_two_column_table_of_one_field_s_rows_stays_a_table() -> None:
    # 「会計名 | 令和7年度」 over accounts: a column of one field's names, data, no record
    text = (
        "会計名\t令和7年度\n一般会計\t5,238,000\n"
        "国民健康保険特別会計\t812,400\n介護保険特別会計\t903,700\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert [b.kind for b in doc.blocks] == ["table"]
