"""Words a page justified over their cell (均等割付) are written together when the reader
knows them, keeping the line's printed width; other letters apart by spaces stay apart
(fictional examples)."""

from __future__ import annotations

from loaders.structure.tables import printed_width
from loaders.text.spread_words import join_spread_words


def test_a_units_name_spread_over_its_cell_is_written_together() -> None:
    assert join_spread_words("総     務     課  課                    長      １").startswith(
        "総務課            課長"
    )


def test_labels_spread_over_a_header_are_each_written_together() -> None:
    line = "課            名  係                    名  職員数"
    assert join_spread_words(line).split() == ["課名", "係名", "職員数"]


def test_a_spread_label_before_its_colon_is_written_together() -> None:
    assert join_spread_words("事\u3000\u3000業\u3000\u3000名：架空運行事業").startswith("事業名")


def test_the_line_keeps_its_printed_width() -> None:
    line = "会\u3000\u3000計\u3000\u3000名            令和４年    令和５年"
    joined = join_spread_words(line)
    assert joined.startswith("会計名") and printed_width(joined) == printed_width(line)


def test_one_letter_columns_that_spell_no_known_word_stay_apart() -> None:
    for line in ("男  女  計", "  ○  ○  △", "済   未   済"):
        assert join_spread_words(line) == line


def test_a_letter_opening_a_longer_word_is_no_part_of_a_spread_word() -> None:
    line = "事  業  名称の変更"
    assert join_spread_words(line) == line


def test_two_bare_unit_words_far_apart_are_two_labels_not_one_unit() -> None:
    """「課　…　係」 over a list of 課 and their 係: 「課係」 would end like a unit's name, but
    two bare unit words side by side name no unit."""
    line = "区分        課                係                      職員数"
    assert join_spread_words(line) == line
