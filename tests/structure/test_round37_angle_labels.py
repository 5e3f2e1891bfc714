"""A known label in angle brackets opening a line (「〈指標〉架空の設立数　現状値 …」) is a
labelled field, as 【指標】 is; an unknown word so bracketed stays in the text. Fictional
examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import observed_rows


def test_an_angle_bracketed_label_opens_a_field() -> None:
    doc = read_structure("〈指標〉架空の設立数 現状値 14団体(令和6年度)\n", labels=all_labels())
    assert [(b.kind, b.label) for b in doc.blocks] == [("field", "指標")]


def test_an_unknown_word_in_angle_brackets_is_no_label() -> None:
    doc = read_structure("〈架空〉架空の設立数 14団体\n", labels=all_labels())
    assert all(b.kind != "field" for b in doc.blocks)


def test_the_indicator_is_named_without_its_label() -> None:
    text = (
        "（1）架空の担い手づくり\n"
        "　　〈指標〉架空の設立数　現状値　14団体（令和6年度）　→　目標値　20団体（令和8年度）\n"
    )
    assert ("架空の設立数", 2026, "target", 20.0) in observed_rows(text)
