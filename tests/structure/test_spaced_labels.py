"""Letter-spaced labels run into the value before them (PDF text of a form): each one
starts a field of its own."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.structure import StructuredDocument, read_structure
from loaders.structure.spaced_labels import spaced_labels


def read(text: str) -> StructuredDocument:
    return read_structure(text, labels=all_labels())


def fields(doc: StructuredDocument) -> list[tuple[str | None, str | None]]:
    return [(b.label, b.value) for b in doc.of_kind("field")]


def test_letter_spaced_labels_glued_to_a_space_separated_value_split_the_field() -> None:
    doc = read("事務事業名 灯台清掃事業部 名港湾部課 名灯台管理課\n")
    assert fields(doc) == [
        ("事務事業名", "灯台清掃事業"),
        ("部 名", "港湾部"),
        ("課 名", "灯台管理課"),
    ]


def test_letter_spaced_labels_split_a_colon_field_with_full_width_spaces() -> None:
    doc = read("事業名：星見の森再生事業部　名：森林部　課　名：森づくり課\n")
    assert fields(doc) == [
        ("事業名", "星見の森再生事業"),
        ("部 名", "森林部"),  # block text is width-folded: 「　」 reads as 「 」
        ("課 名", "森づくり課"),
    ]
    assert [field_of(b.label or "") for b in doc.of_kind("field")][1:] == [
        "department",
        "division",
    ]


def test_split_fields_quote_their_own_source_span() -> None:
    text = "事務事業名 灯台清掃事業部 名港湾部課 名灯台管理課\n"
    doc = read(text)
    division = next(b for b in doc.of_kind("field") if b.label == "課 名")
    assert doc.block_span(division).text == "課 名灯台管理課"
    assert text[division.value_start : division.end] == "灯台管理課"


def test_words_apart_in_a_value_are_not_a_spaced_label() -> None:
    assert spaced_labels("月見課 花見課、港湾部 星見課") == []
    doc = read("関係課 月見課 花見課\n")
    assert fields(doc) == [("関係課", "月見課 花見課")]


def test_a_spaced_label_at_the_end_of_a_value_opens_nothing() -> None:
    assert spaced_labels("灯台清掃事業部 名") == []
