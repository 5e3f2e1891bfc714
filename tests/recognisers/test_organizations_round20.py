"""Organisations of round 20: the rooms a facility lends (学習室, 多目的室, クラブ室 …) are
no offices of the body, though they end in 室 as an office does (fictional example)."""

from __future__ import annotations

from loaders.genres.units import unit_kind
from loaders.parse import parse_document


def test_rooms_a_facility_lends_are_no_units() -> None:
    assert unit_kind("学習室") is None and unit_kind("多目的室") is None
    assert unit_kind("クラブ室") is None and unit_kind("閲覧室") is None
    assert unit_kind("架空生涯学習室") == "division"  # a name a kanji word opens: an office


def test_a_facilitys_rooms_listed_in_its_entry_are_no_organisations() -> None:
    text = (
        "## 架空地区センター\n\n"
        "- 所管：架空市民協働課\n"
        "- 設備：多目的室、学習室、クラブ室、閲覧室\n"
    )
    facts = parse_document(text, file="rooms.md", municipality_code="999986",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    names = {o.name for o in facts.organizations}
    assert "架空市民協働課" in names
    assert not names & {"多目的室", "学習室", "クラブ室", "閲覧室"}


def test_a_chain_of_units_broken_at_a_wrapped_lines_end_keeps_its_parent() -> None:
    text = (
        "【答弁】\n"
        "　防災対応を強化するため、架空総務課架空防災\n"
        "係を２人から３人といたします。\n"
    )
    facts = parse_document(text, file="answer.txt", municipality_code="999986",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("架空防災係") == "架空総務課"
    assert "架空総務課" in parents  # the parent a unit of the page too: the chain unbroken
