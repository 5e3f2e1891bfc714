"""Facilities: a place's whole name, across 「・」 when one name, and never a kind of place."""

from __future__ import annotations

from loaders.parse import parse_document


def _facilities(text: str) -> set[str]:
    facts = parse_document(
        text, file="places.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {f.name for f in facts.facilities}


def test_name_joined_by_a_dot_is_one_facility() -> None:
    text = "青葉台防災公園・多目的複合施設(仮称)の建設工事を進めます。\n"
    assert _facilities(text) == {"青葉台防災公園・多目的複合施設"}


def test_two_facilities_joined_by_a_dot_stay_two() -> None:
    assert _facilities("中央図書館・東部公民館の改修を行います。\n") == {"中央図書館", "東部公民館"}


def test_a_land_is_a_facility() -> None:
    text = "青葉サン・スポーツランド内に多目的広場を整備します。\n"
    assert _facilities(text) == {"青葉サン・スポーツランド"}


def test_a_word_merely_ending_like_a_facility_is_none() -> None:
    assert _facilities("地域ブランドの確立を図ります。\n") == set()


def test_facility_named_at_the_start_of_a_project_is_a_facility() -> None:
    assert _facilities("○さくら児童館改修等事業 107,000千円\n") == {"さくら児童館"}


def test_a_kind_of_facility_is_no_facility() -> None:
    text = "○全世代・基幹型地域包括支援センター運営事業\n生涯学習用公民館パソコン設置台数\n"
    assert _facilities(text) == set()


def test_a_generic_type_word_is_no_named_facility() -> None:
    text = "市役所本館の窓口と地区公民館、市民センターで受け付けます。\n"
    assert _facilities(text) == set()


def test_a_park_a_school_and_a_car_park_are_facilities() -> None:
    text = "青葉台中央公園の再整備と、青葉南小学校の改修、駅前市営駐車場の更新を行います。\n"
    assert {"青葉台中央公園", "青葉南小学校", "駅前市営駐車場"} <= _facilities(text)


def test_a_name_beginning_with_the_city_keeps_the_whole_city_name() -> None:
    assert all(
        name.startswith("青葉台市") for name in _facilities("青葉台市保健センターで実施します。\n")
    )
