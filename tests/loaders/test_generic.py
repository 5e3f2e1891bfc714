"""The generic finder: facilities, units and plans in any text."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
from loaders.genres.generic import find_facility_mentions, find_organization_mentions
from loaders.parse import parse_document

Facts = Callable[[str], DocumentFacts]
KASHIWA = "kashiwa-chiikizukuri-2017.txt"

PROSE = (
    "令和5年度から、緑川市立中央図書館及び東部地区センターの改修を行います。"
    "また、緑川市民活動プラザ(愛称:みどりん)の運営を「第2次緑川市協働推進計画」に基づき進めます。"
    "問合せは市民協働課まで。"
)


def _generic(text: str) -> DocumentFacts:
    return parse_document(
        text, file="prose.txt", municipality_code="999992", municipality="緑川市", prefecture=None
    )


def test_facility_with_nickname_keeps_the_nickname(corpus: Facts) -> None:
    facility = next(f for f in corpus(KASHIWA).facilities if f.name == "柏市文化・交流複合施設")
    assert facility.aliases == ["パレット柏"]


def test_short_form_of_a_facility_is_not_a_second_facility(corpus: Facts) -> None:
    names = {f.name for f in corpus(KASHIWA).facilities}
    assert "柏市男女共同参画センター" in names
    assert "男女共同参画センター" not in names


def test_items_of_a_listed_facilities_phrase_are_facilities(corpus: Facts) -> None:
    assert "アミュゼ柏" in {f.name for f in corpus(KASHIWA).facilities}


def test_generic_phrases_are_not_facilities() -> None:
    names = {m.name for m in find_facility_mentions("支所・出張所等における区役所等庁舎の整備")}
    assert not names & {"支所・出張所", "区役所等庁舎"}


def test_prose_of_no_genre_is_generic_and_still_yields_facts() -> None:
    facts = _generic(PROSE)
    assert facts.genre == "generic"
    assert {"緑川市立中央図書館", "東部地区センター"} <= {f.name for f in facts.facilities}
    assert "市民協働課" in {o.name for o in facts.organizations}
    assert "第2次緑川市協働推進計画" in {p.name for p in facts.plans}
    assert facts.fiscal_year == 2023


def test_text_without_facts_is_fine() -> None:
    facts = _generic("お知らせはありません。")
    assert (facts.genre, facts.projects, facts.initiatives) == ("generic", [], [])


def test_unit_missed_between_two_units_of_a_chain_keeps_the_hierarchy() -> None:
    names = [name for _s, _e, name in find_organization_mentions("環境局環境保全部環境総務課\n")]
    assert names == ["環境局環境保全部環境総務課"]


def test_units_written_apart_stay_apart() -> None:
    names = [name for _s, _e, name in find_organization_mentions("協働推進課と地域支援課が連携")]
    assert names == ["協働推進課", "地域支援課"]


def test_contact_chain_gives_each_unit_its_parent() -> None:
    facts = _generic(
        "このページの情報発信元\n緑川市環境局環境保全部環境総務課\n電話:000-000-0000\n"
    )
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["環境保全部"] == "環境局"
    assert parents["環境総務課"] == "環境保全部"


def test_units_on_separate_lines_are_not_one_chain() -> None:
    text = "地域支援課\n担当課\u3000交通政策課\n"
    names = [name for _s, _e, name in find_organization_mentions(text)]
    assert names == ["地域支援課", "交通政策課"]



def test_a_unit_whose_first_word_starts_with_a_pointing_character_is_still_a_unit() -> None:
    """「下水道…」 starts with 下, yet its first word is a word of its own; 「当課」 points at
    a unit and names none."""
    mentions = find_organization_mentions("下水道経営審議会に諮問し、当課が答申を受けた。")
    assert [name for *_, name in mentions] == ["下水道経営審議会"]


def test_a_school_before_lifespan_extension_is_the_school_not_a_principal() -> None:
    text = "3 青葉台中学校長寿命化改修事業 1,200 教育課\n"
    assert [m.name for m in find_facility_mentions(text)] == ["青葉台中学校"]
    assert find_facility_mentions("市内の小学校長寿命化を順に進める。\n") == []
