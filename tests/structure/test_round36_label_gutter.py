"""A sheet printed with its labels in a gutter of their own (a 取組個票 as `pdftotext -layout`
prints it): each label's value stands in a column to the right, goes on in that column on
the lines below, and may be a small table. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_SHEET = (
    "  ──────────────────────────────────────\n"
    "  取組番号    Ⅱ－３－①                    取組名    架空手続の見直し\n"
    "  基本方針    Ⅱ　架空の方針\n"
    "  推進項目    Ⅱ－３　架空の事務改善\n"
    "  所管課      架空部　架空課\n"
    "  取組内容    架空の手続を見直し、窓口に来なくても済むように\n"
    "              する。\n"
    "\n"
    "  進捗評価    中間　△（やや遅れ）                年度末　○（概ね計画どおり）\n"
    "\n"
    "  数値目標    指標名                              基準値（Ｒ５）  Ｒ６目標  Ｒ６実績\n"
    "              見直した手続数（件）                            10        25        31\n"
    "  効果額      1,200千円（令和６年度）\n"
)


def _blocks(text: str) -> list[tuple[str, str | None, str]]:
    doc = read_structure(text, labels=all_labels())
    return [(b.kind, b.label, b.value or b.text) for b in doc.blocks]


def test_a_value_that_is_a_small_table_is_a_table_of_its_own() -> None:
    doc = read_structure(_SHEET, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert [t.header for t in tables] == [["指標名", "基準値(R5)", "R6目標", "R6実績"]]
    assert [c.text for c in tables[0].rows[0]] == ["見直した手続数(件)", "10", "25", "31"]


def test_a_level_cited_in_the_body_is_a_field_not_a_heading() -> None:
    blocks = _blocks(_SHEET)
    assert ("field", "推進項目", "Ⅱ-3 架空の事務改善") in blocks
    assert [text for kind, _, text in blocks if kind == "heading"] == ["架空手続の見直し"]


def test_a_value_going_on_in_its_column_is_one_fields_value() -> None:
    value = "架空の手続を見直し、窓口に来なくても済むようにする。"
    assert ("field", "取組内容", value) in _blocks(_SHEET)


def test_a_form_of_one_line_fields_is_read_as_before() -> None:
    form = (
        "  所管課      架空部　架空課\n"
        "  取組内容    架空の手続を見直す。\n"
        "  効果額      1,200千円\n"
    )
    blocks = _blocks(form)
    assert ("field", "所管課", "架空部 架空課") in blocks
    assert all(kind != "table" for kind, _, _ in blocks)
