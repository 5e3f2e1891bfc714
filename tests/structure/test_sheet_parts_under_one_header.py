"""A sheet that prints its header once and then groups its rows under group lines
(「基本目標1 …」, 「施策(1) …」): each part of the table takes that header, and the values of a
column headed by two kinds (「R5 実績／目標」) are each of their kind (fictional figures)."""

from __future__ import annotations

from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.structure import read_structure

_SHEET = (
    "架空市総合戦略 重要業績評価指標（KPI）の進捗状況,,,,,,\n"
    ",,,,,,\n"
    "No.,KPI,単位,基準値,基準年度,R5　実績／目標,目標値（R7）\n"
    "基本目標１　しごとをつくる,,,,,,\n"
    "　施策（１）架空産業の振興,,,,,,\n"
    "1,架空創業件数,件,8,H30,15／14,18\n"
    '2,架空出荷額,億円,"2,845",H30,"2,986／2,950","3,050"\n'
    "　施策（２）架空担い手の確保,,,,,,\n"
    "3,架空新規就農者数,人,0,R元,11／10,20\n"
)


def _source(tmp_path: Path) -> str:
    path = tmp_path / "kpi.csv"
    path.write_text(_SHEET, encoding="utf-8")
    return read_source(path).text


def test_each_part_of_a_sheet_takes_the_header_printed_once_above(tmp_path: Path) -> None:
    doc = read_structure(_source(tmp_path), labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert tables and all(t.header[:3] == ["No.", "KPI", "単位"] for t in tables)
    names = [r[1].text for t in tables for r in t.rows if len(r) > 1 and r[1].text]
    assert names == ["架空創業件数", "架空出荷額", "架空新規就農者数"]


def test_a_column_of_two_kinds_gives_each_value_its_kind(tmp_path: Path) -> None:
    facts = parse_document(
        _source(tmp_path), file="kpi.csv", municipality_code="999989",
        municipality="青葉台市", prefecture="架空県",
    )  # fmt: skip
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert {
        ("架空創業件数", 2023, "actual", 15),
        ("架空創業件数", 2023, "target", 14),
        ("架空出荷額", 2023, "actual", 2986),
        ("架空新規就農者数", 2023, "target", 10),
    } <= rows
