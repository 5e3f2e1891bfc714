"""Facility words: a class of facilities (公共施設) names no one place."""

from __future__ import annotations

from loaders.genres.generic import find_facility_mentions


def test_a_towns_public_facilities_in_a_plan_name_are_no_facility() -> None:
    text = "「架空町公共施設個別施設計画」を改訂しました。架空町立図書館の改修を行います。\n"
    assert {m.name for m in find_facility_mentions(text)} == {"架空町立図書館"}


def test_a_centre_named_by_its_statutory_service_alone_is_a_kind_not_a_place() -> None:
    """「地域包括支援センターの増設」 speaks of the kind (and its tail 支援センター is no name);
    「架空町中央地域包括支援センター」 names one."""
    text = "地域包括支援センターの増設を進め、架空町中央地域包括支援センターを改修します。\n"
    assert {m.name for m in find_facility_mentions(text)} == {"架空町中央地域包括支援センター"}


def test_research_schools_lookouts_and_branch_schools_are_facility_classes() -> None:
    text = (
        "架空町水産試験場と架空県立森林研究所で実証を行い、架空町立農業大学校で研修する。"
        "旧あおば分校を改修し、あおば岬展望台を塗装する。\n"
    )
    assert {m.name for m in find_facility_mentions(text)} == {
        "架空町水産試験場", "架空県立森林研究所", "架空町立農業大学校", "旧あおば分校",
        "あおば岬展望台",
    }  # fmt: skip


def test_a_stations_plaza_and_free_passage_are_facilities_a_bare_plaza_is_not() -> None:
    text = (
        "あおば駅北口交通広場の設計と、あおば駅東西自由通路の改修を行う。"
        "みなと駅前広場の植栽を更新する。子育て広場を開く。\n"
    )
    assert {m.name for m in find_facility_mentions(text)} == {
        "あおば駅北口交通広場", "あおば駅東西自由通路", "みなと駅前広場",
    }  # fmt: skip


def test_a_gallery_is_a_facility_class() -> None:
    text = "架空町立美術ギャラリーの照明を更新し、市民ギャラリーの利用を促します。\n"
    assert {m.name for m in find_facility_mentions(text)} == {"架空町立美術ギャラリー"}
