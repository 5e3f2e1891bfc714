"""Legends dating the values of a kind (`loaders.recognisers.kind_legends`)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.recognisers.kind_legends import caption_kind_years, kind_years
from loaders.structure import read_structure


def test_a_sentence_dating_two_kinds_clause_by_clause_dates_both() -> None:
    text = "※現状値は令和5年度の実績、目標値は令和10年度の数値です。\n"
    doc = read_structure(text, labels=all_labels())
    assert kind_years(doc) == {"baseline": 2023, "target": 2028}


def test_a_comma_after_the_subject_opens_no_clause_of_its_own() -> None:
    doc = read_structure("目標値は、特に記載のないものは令和9年度の値です。\n", labels=all_labels())
    assert kind_years(doc) == {"target": 2027}


def test_a_legend_of_labels_with_colons_dates_each_kind() -> None:
    doc = read_structure("（基準値：令和4年度、目標値：令和9年度）\n", labels=all_labels())
    assert kind_years(doc) == {"baseline": 2022, "target": 2027}


def test_a_labelled_value_is_no_legend() -> None:
    text = "目標値：令和9年度までに架空館の来館者を倍増させる。\n"
    doc = read_structure(text, labels=all_labels())
    assert kind_years(doc) == {}


def test_the_line_over_a_table_naming_kinds_with_years_dates_that_table() -> None:
    text = "■指標（基準値：令和4年度、目標値：令和8年度）\n指標\t基準値\t目標値\n架空数\t1\t2\n"
    doc = read_structure(text, labels=all_labels())
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert caption_kind_years(doc, table) == {"baseline": 2022, "target": 2026}


def test_a_sentence_about_one_years_value_is_no_legend() -> None:
    """「2026年度の実績は2027年7月に公表します」: the subject names its own year, so the
    sentence dates no undated value of its kind."""
    text = "※2026年度の実績は2027年7月に公表します。\n"
    doc = read_structure(text, labels=all_labels())
    assert kind_years(doc) == {}


def test_a_legend_quoting_its_kinds_dates_each() -> None:
    """「成果指標の「基準値」は2022年度、「目標値」は2028年度の数値です」: the quoted labels are
    the kinds all the same."""
    text = "成果指標の「基準値」は2022年度の実績、「目標値」は2028年度の数値です。\n"
    doc = read_structure(text, labels=all_labels())
    assert kind_years(doc) == {"baseline": 2022, "target": 2028}
