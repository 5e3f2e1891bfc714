"""Local government codes: check digit, validity and the e-Stat area IRI."""

from __future__ import annotations

import pytest

from loaders.lg_code import check_digit, is_valid_lg_code, standard_area_iri


@pytest.mark.parametrize("code", ["122173", "141305", "151009", "272213"])
def test_corpus_city_codes_are_valid(code: str) -> None:
    assert is_valid_lg_code(code)


def test_check_digit_of_kashiwa_is_3() -> None:
    assert check_digit("12217") == 3


def test_remainder_zero_gives_check_digit_1() -> None:
    # 0*6+0*5+0*4+0*3+0*2 = 0 → 11 - 0 = 11 → last digit 1
    assert check_digit("00000") == 1


def test_remainder_one_gives_check_digit_0() -> None:
    # 1*2 = 2 ... choose digits summing to remainder 1: 00006 → 12 mod 11 = 1 → 10 → 0
    assert check_digit("00006") == 0


@pytest.mark.parametrize("code", ["122174", "12217", "1221733", "12217a", "１２２１７３", ""])
def test_wrong_or_malformed_codes_are_invalid(code: str) -> None:
    assert not is_valid_lg_code(code)


def test_check_digit_rejects_non_digits() -> None:
    with pytest.raises(ValueError, match="first 5 digits"):
        check_digit("1221x")


def test_standard_area_iri_drops_the_check_digit() -> None:
    assert standard_area_iri("141305") == "http://data.e-stat.go.jp/lod/sac/C14130"


def test_standard_area_iri_rejects_an_invalid_code() -> None:
    with pytest.raises(ValueError, match="122174"):
        standard_area_iri("122174")
