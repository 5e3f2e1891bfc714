"""A bracketed number before a name opening with 千 (「（三）　千振…」, kanji digits already
read) numbers an entry; before 千円 or an amount's 億 it is a count, no number."""

from __future__ import annotations

from loaders.structure.numbering import leading_numbering


def test_a_bracketed_number_before_a_name_opening_with_a_numeral_kanji_numbers_it() -> None:
    found = leading_numbering("(3) 千振市民ホールの改修")
    assert found is not None and found.parts == (3,)


def test_a_bracketed_number_before_a_unit_of_money_is_no_number() -> None:
    assert leading_numbering("(3)千円") is None


def test_a_figure_before_its_oku_is_an_amount_not_a_number() -> None:
    assert leading_numbering("14億9,636万5千円") is None
