"""An indicator's values chained after its name on one line."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str, year: int | None = 2024) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_values_with_their_year_and_kind_in_brackets_then_a_target() -> None:
    text = (
        "◆公約2 浜辺をきれいに\n"
        "・清掃参加者数：120人（R4実績）、180人（R6実績）／目標 250人（R9）\n"
    )
    assert _observations(text) == {
        ("清掃参加者数", 2022, "actual", 120),
        ("清掃参加者数", 2024, "actual", 180),
        ("清掃参加者数", 2027, "target", 250),
    }


def test_a_first_value_without_a_kind_is_the_baseline_and_later_ones_follow_the_year() -> None:
    text = "灯台見学者数：2021年度 3,400人 → 2023年度 4,100人 → 2026年度目標 5,000人\n"
    assert _observations(text) == {
        ("灯台見学者数", 2021, "baseline", 3400),
        ("灯台見学者数", 2023, "actual", 4100),
        ("灯台見学者数", 2026, "target", 5000),
    }


def test_a_sentence_with_figures_after_a_colon_is_no_chain() -> None:
    text = "進捗：令和6年度は浜辺清掃を12回行い、参加者は180人でした\n"
    assert _observations(text) == set()


def test_a_value_beside_an_earlier_years_value_is_no_chain() -> None:
    text = "潮位観測点数：令和5年 14（令和3年 12）\n"
    assert ("潮位観測点数", 2023, "baseline", 14) not in _observations(text)


def test_a_name_set_apart_by_a_wide_gap_opens_a_chain_too() -> None:
    text = (
        "■数字で見る目標\n"
        "・砂丘の来訪者数　　年3,200人（2022年度実績）→ 目標 年4,000人（2027年度）\n"
    )
    assert _observations(text) == {
        ("砂丘の来訪者数", 2022, "actual", 3200),
        ("砂丘の来訪者数", 2027, "target", 4000),
    }


def test_dated_figures_of_no_kind_after_a_colon_are_no_chain() -> None:
    text = "潮位の記録：2021年度 1.2m → 2023年度 1.4m\n"
    assert _observations(text) == set()


def test_a_single_space_ends_the_name_when_all_after_it_is_steps() -> None:
    text = (
        "■架空課の目標\n"
        "指標：架空港の入港隻数　140隻（令和5年度見込）→ 170隻（令和7年度目標）\n"
        "・架空の森の来訪者数 2,100人（令和4年度実績）→ 2,600人（令和6年度見込）\n"
    )
    assert _observations(text, 2025) == {
        ("架空港の入港隻数", 2023, "estimate", 140),
        ("架空港の入港隻数", 2025, "target", 170),
        ("架空の森の来訪者数", 2022, "actual", 2100),
        ("架空の森の来訪者数", 2024, "estimate", 2600),
    }


def test_a_label_word_before_a_spaced_name_is_not_the_name() -> None:
    text = "・目標 架空検診の受診率 令和6年度見込41.0% → 令和7年度44.5%\n"
    assert _observations(text, 2025) == {
        ("架空検診の受診率", 2024, "estimate", 41.0),
        ("架空検診の受診率", 2025, "target", 44.5),
    }


def test_a_sentence_with_a_spaced_word_and_an_arrow_is_no_chain() -> None:
    text = "・架空橋の補修 令和6年度に着手 → 令和8年度完了予定\n"
    assert _observations(text) == set()


def test_a_legend_above_gives_kinds_and_years_to_steps_printed_without() -> None:
    text = (
        "目標の見方：基準年の値 → 実績（令和6年度） ／ 目標（令和8年度）の値\n"
        "\n"
        "成果指標：架空灯台の見学者数 1,200人(R2)→ 1,650人 / 1,800人\n"
        "成果指標：架空港の清掃回数 8回(R3)→ 11回 / 12回\n"
    )
    assert _observations(text) == {
        ("架空灯台の見学者数", 2020, "baseline", 1200),
        ("架空灯台の見学者数", 2024, "actual", 1650),
        ("架空灯台の見学者数", 2026, "target", 1800),
        ("架空港の清掃回数", 2021, "baseline", 8),
        ("架空港の清掃回数", 2024, "actual", 11),
        ("架空港の清掃回数", 2026, "target", 12),
    }


def test_steps_that_do_not_fit_the_legend_stay_unread() -> None:
    text = (
        "目標の見方：基準年の値 → 実績（令和6年度） ／ 目標（令和8年度）の値\n"
        "\n"
        "成果指標：架空灯台の見学者数 1,200人(R2)→ 1,650人\n"
    )
    assert _observations(text) == set()
