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

