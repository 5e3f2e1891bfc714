"""Comprehensive-plan policy pages: 川崎市 基本施策 VII-1-(2) and an invented III-2-(1)."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

Facts = Callable[[str], DocumentFacts]
KAWASAKI = "kawasaki-kihonshisaku-VII-1-2.txt"
SAMPLE = "kihonshisaku-page.txt"


def test_measure_and_policy_code_from_the_heading(corpus: Facts) -> None:
    facts = corpus(KAWASAKI)
    code = facts.policy_codes[0]
    assert (code.printed, code.normalized, code.label) == (
        "VII-1-(2)",
        "7-1-2",
        "協働のまちづくりの推進",
    )
    measure = facts.initiatives[0]
    assert (measure.name, measure.kind, measure.policy_codes) == (
        "協働のまちづくりの推進",
        "measure",
        ["VII-1-(2)"],
    )


def test_numbered_sub_measures_belong_to_the_measure(corpus: Facts) -> None:
    subs = [i for i in corpus(KAWASAKI).initiatives if i.parent == "協働のまちづくりの推進"]
    assert [i.name for i in subs] == [
        "地域コミュニティ施策の推進",
        "総合的市民活動支援施策の確立",
        "協働型事業の拡充",
    ]
    assert all(i.policy_codes == ["VII-1-(2)"] for i in subs)


def test_plan_period_gives_the_document_years(corpus: Facts) -> None:
    facts = corpus(KAWASAKI)
    assert (facts.fiscal_year, facts.last_fiscal_year) == (2008, 2010)


def test_contact_becomes_a_unit_chain_without_the_city_name(corpus: Facts) -> None:
    parents = {o.name: o.parent for o in corpus(KAWASAKI).organizations}
    assert parents["総務企画局"] is None
    assert parents["都市政策部"] == "総務企画局"
    assert parents["企画調整課"] == "都市政策部"


def test_bullets_become_the_sub_measure_description(corpus: Facts) -> None:
    sub = next(i for i in corpus(KAWASAKI).initiatives if i.number == "2")
    assert sub.description is not None
    assert sub.description.startswith("市民活動団体は、")
    assert "ポータルサイト" in sub.description


def test_facility_in_running_text(corpus: Facts) -> None:
    assert "かわさき市民活動センター" in {f.name for f in corpus(KAWASAKI).facilities}


def test_sample_page_with_other_code_period_and_contact(sample: Facts) -> None:
    facts = sample(SAMPLE)
    assert facts.policy_codes[0].normalized == "3-2-1"
    assert (facts.fiscal_year, facts.last_fiscal_year) == (2021, 2023)
    chain = [(o.name, o.parent) for o in facts.organizations][:3]
    assert chain == [
        ("健康福祉局", None),
        ("地域包括ケア推進部", "健康福祉局"),
        ("高齢者支援課", "地域包括ケア推進部"),
    ]
    assert [i.name for i in facts.initiatives if i.parent] == [
        "介護予防の推進",
        "在宅医療・介護連携の推進",
    ]


OTHER_SITE = (
    "基本施策 2-1-(3) 健康づくりの推進\n\n(1)生活習慣病の予防\n\n現状と課題\n\n"
    "・特定健診の受診率が低い。\n\n計画期間(2023～2026年度)の主な取組\n\n・受診勧奨を行います。\n\n"
    "このページに関するお問い合わせ\n\n汐見市保健福祉局健康推進部健康づくり課\n電話:000\n"
)


def _other_site() -> DocumentFacts:
    return parse_document(
        OTHER_SITE,
        file="page.txt",
        municipality_code="999997",
        municipality="汐見市",
        prefecture=None,
    )


def test_plan_period_headed_main_efforts_gives_the_years() -> None:
    facts = _other_site()
    assert (facts.fiscal_year, facts.last_fiscal_year) == (2023, 2026)


def test_contact_headed_about_this_page_names_the_responsible_unit() -> None:
    measure = _other_site().initiatives[0]
    assert measure.responsible == ["健康づくり課"]


def _genre_facts(text: str) -> DocumentFacts:
    from loaders.genres import comprehensive_plan_policy

    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "comprehensive_plan_policy")
    comprehensive_plan_policy.parse(facts)
    return facts


def test_a_policy_line_on_a_project_sheet_places_the_project_and_is_no_measure() -> None:
    text = "事業名：干潟清掃活動支援事業\n施策 3-2 干潟の保全\n事業の目的：干潟の清掃\n"
    facts = _genre_facts(text)
    assert [(c.normalized, c.label) for c in facts.policy_codes] == [("3-2", "干潟の保全")]
    assert facts.initiatives == []


def test_a_policy_page_listing_its_main_projects_keeps_its_measure() -> None:
    text = "施策 3-2 干潟の保全\n主な事業：干潟清掃事業、野鳥観察事業\n"
    assert [i.name for i in _genre_facts(text).initiatives] == ["干潟の保全"]


def test_a_page_listing_several_measures_of_one_level_heads_none_of_them() -> None:
    text = (
        "課の目標\n総合計画での位置\n政策 2 海と共に生きるまち\n施策 2-1 干潟の保全\n"
        "施策 2-2 港のにぎわい\n目標1 干潟清掃を広げる(施策2-1)\n"
    )
    assert _genre_facts(text).initiatives == []


def test_a_system_table_of_two_levels_heads_none_of_its_measures() -> None:
    text = (
        "基本目標1　架空のまち\n政策\t施策\t主担当\n"
        "政策1-1 架空の環境づくり\t施策1-1-1 架空の支援\t架空局\n"
        "\t施策1-1-2 架空の充実\t架空局\n"
        "政策1-2 架空の教育\t施策1-2-1 架空の育成\t教育委員会\n"
    )
    assert _genre_facts(text).initiatives == []


def test_a_measures_own_sub_measures_keep_its_measure() -> None:
    text = "施策 3-2 干潟の保全\n3-2-1 干潟の清掃\n3-2-2 野鳥の観察\n"
    assert [i.name for i in _genre_facts(text).initiatives][:1] == ["干潟の保全"]
