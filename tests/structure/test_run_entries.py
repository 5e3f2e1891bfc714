"""Numbered entries that share a printed line are read as entries of their own: run on
after each other (PDF text), or set in two columns side by side."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import StructuredDocument, read_structure


def read(text: str) -> StructuredDocument:
    return read_structure(text, labels=all_labels())


def headings(doc: StructuredDocument) -> list[tuple[str | None, str]]:
    return [(b.number, b.text) for b in doc.of_kind("heading")]


def test_entries_run_on_in_one_line_are_entries_of_their_own() -> None:
    doc = read("柱2 みなとの暮らし\n2-1 桟橋の修繕 2-2 灯台の公開 2-3 渡し船の運航\n")
    assert headings(doc) == [
        ("2", "みなとの暮らし"),
        ("2-1", "桟橋の修繕"),
        ("2-2", "灯台の公開"),
        ("2-3", "渡し船の運航"),
    ]


def test_a_labelled_first_entry_keeps_its_label_and_the_next_entry_stands_apart() -> None:
    doc = read("重点項目 3-1 星空の保全 担当 観光係\n実施内容 1 街灯の減光 2 観察会の開催\n")
    texts = [b.text for b in doc.blocks if b.kind in ("heading", "item")]
    assert "街灯の減光" in texts
    assert "観察会の開催" in texts
    assert not any("2 観察会" in t for t in texts)


def test_labelled_grades_numbered_in_one_line_are_no_run_of_entries() -> None:
    doc = read("①妥当性 B ②有効性 A ③効率性 C\n")
    assert [b.text for b in doc.blocks] == ["妥当性 B ②有効性 A ③効率性 C"]


def test_a_number_followed_by_a_figure_is_no_next_entry() -> None:
    doc = read("1 桟橋の修繕 2 か所\n")
    assert [b.text for b in doc.blocks] == ["桟橋の修繕 2 か所"]


def test_an_outline_set_in_two_columns_reads_the_left_column_then_the_right() -> None:
    text = (
        "5-1 森の恵み　　　　　　　　　　5-2 川の恵み\n"
        "（1）きのこの栽培　　　　　　　（1）鮎の放流\n"
        "（2）炭焼きの継承　　　　　　　（2）水車の保存\n"
    )
    doc = read(text)
    assert headings(doc) == [
        ("5-1", "森の恵み"),
        ("(1)", "きのこの栽培"),
        ("(2)", "炭焼きの継承"),
        ("5-2", "川の恵み"),
        ("(1)", "鮎の放流"),
        ("(2)", "水車の保存"),
    ]
    right = list(doc.of_kind("heading"))[3]
    assert text[right.start : right.end].startswith("5-2")  # the span is the right column's


def test_two_entries_apart_by_a_wide_gap_on_one_line_are_two_entries() -> None:
    doc = read("1 はじめに　　　　　　　　　　2 計画の位置付け\n本文です。\n")
    assert headings(doc) == [("1", "はじめに"), ("2", "計画の位置付け")]
