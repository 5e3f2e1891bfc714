"""Unit names: what their suffix says about them."""

from __future__ import annotations

import pytest

from loaders.genres.units import resolve_unit_name, split_unit_chain, unit_kind


@pytest.mark.parametrize("name", ["市民安全部", "環境保全部"])
def test_department_ending_in_a_word_for_all_or_part_is_a_department(name: str) -> None:
    assert unit_kind(name) == "department"


@pytest.mark.parametrize("name", ["全部", "一部", "その全部", "信頼関係", "施策体系"])
def test_everyday_word_ending_in_a_unit_suffix_is_no_unit(name: str) -> None:
    assert unit_kind(name) is None


def test_misprint_of_one_character_is_resolved_to_the_known_unit() -> None:
    assert resolve_unit_name("広報広報課", ["広報広聴課", "秘書課"]) == "広報広聴課"


def test_name_two_characters_from_a_known_unit_is_another_unit() -> None:
    assert resolve_unit_name("港湾振興課", ["港湾整備課"]) == "港湾振興課"


def test_text_with_white_space_is_not_split_into_units() -> None:
    assert split_unit_chain("地域支援課\n担当課 交通政策課") == ["地域支援課\n担当課 交通政策課"]


def test_chain_ending_in_a_section_named_tantou_splits_into_its_units() -> None:
    assert split_unit_chain("市民文化局コミュニティ推進部協働・連携推進担当") == [
        "市民文化局",
        "コミュニティ推進部",
        "協働・連携推進担当",
    ]


def test_a_prefectures_education_office_is_a_department_but_the_main_office_is_none() -> None:
    assert unit_kind("教育庁") == "department"
    assert unit_kind("架空県企業庁") == "department"
    assert unit_kind("本庁") is None
    assert unit_kind("県庁") is None
