"""Tables of labels and their values, one or two pairs to a row."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels, field_of
from loaders.recognisers.pair_tables import label_pairs
from loaders.structure import read_structure
from loaders.structure.tables import delimited_table
from loaders.text.normalize import lines_with_offsets


def _pairs(text: str) -> list[tuple[str, str]] | None:
    table = next(b.table for b in read_structure(text, labels=all_labels()).of_kind("table"))
    assert table is not None
    pairs = label_pairs(table, lambda label: field_of(label) is not None)
    return None if pairs is None else [(a.text, b.text) for a, b in pairs]


def test_two_pairs_to_a_row_are_read_left_pair_first() -> None:
    # a card the structure reader would give as fields: its table built as a table
    lines = lines_with_offsets("担当課\t港湾課\t\t\n基準値\t12\t目標値\t20\n")
    table = delimited_table([line for line in lines if line.text], "tab")
    assert table is not None
    pairs = label_pairs(table, lambda label: field_of(label) is not None)
    assert pairs is not None
    assert [(a.text, b.text) for a, b in pairs] == [
        ("担当課", "港湾課"), ("基準値", "12"), ("目標値", "20"),
    ]


def test_a_table_of_data_columns_is_not_one_of_pairs() -> None:
    text = "課名\t令和5年度\t令和6年度\t備考\n灯台課\t12\t13\t\n砂浜課\t8\t9\t兼務\n"
    assert _pairs(text) is None
