"""Organisations of round 20c: a phrase of prose joined by 「の」 whose part is a year or
a bare unit word (「令和6年度の…局」「当初の部」「部の庶務担当」) names no unit (fictional
example)."""

from __future__ import annotations

from loaders.genres.units import unit_kind
from loaders.parse import parse_document


def test_a_phrase_joined_by_no_around_a_year_or_a_bare_unit_word_is_no_unit() -> None:
    assert unit_kind("令和6年度の架空局") is None
    assert unit_kind("2024年度の架空推進課") is None
    assert unit_kind("当初の部") is None and unit_kind("部の庶務担当") is None
    # a unit's own 「の」 joins words: still a unit
    assert unit_kind("こころの架空相談センター") == "facility_unit"
    assert unit_kind("みどりのまち推進課") == "division"


def test_staff_of_a_wrapped_answer_line_opening_with_a_bare_unit_word_after_no_is_no_unit() -> None:
    text = (
        "○架空福祉部長（架空花子君）　お答えいたします。\n"
        "　架空福祉部の一般会計予算は１２億円でございます。令和６年度\n"
        "当初の部の職員数は８４人で、架空支援課、架空介護課、架空相談課の３\n"
        "課体制でございます。\n"
    )
    facts = parse_document(text, file="minutes.txt", municipality_code="999985",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    names = {o.name for o in facts.organizations}
    assert "当初の部" not in names
    assert all(s.organization != "当初の部" for s in facts.staff)
