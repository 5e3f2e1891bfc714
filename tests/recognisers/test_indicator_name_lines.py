"""An indicator printed as a bare name with its labelled, dated values after it or under it."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_bare_name_before_two_dated_labelled_values_is_an_indicator() -> None:
    text = (
        "＜この施策の成果を測るものさし＞\n"
        "◇架空教室の受講者数（人）　基準値 320（令和4年度） ⇒ 目標値 500（令和10年度）\n"
    )
    assert _observations(text) == {
        ("架空教室の受講者数", 2022, "baseline", 320),
        ("架空教室の受講者数", 2028, "target", 500),
    }


def test_a_name_on_its_own_numbered_line_names_the_values_under_it() -> None:
    text = (
        "第２節　架空の暮らし\n"
        "  12 架空バスの乗車率\n"
        "    現状値 41.5％（Ｒ４） ／ 目標値 55.0％（Ｒ10）\n"
        "    所管：架空交通課\n"
    )
    assert _observations(text) == {
        ("架空バスの乗車率", 2022, "baseline", 41.5),
        ("架空バスの乗車率", 2028, "target", 55.0),
    }


def test_outline_cells_of_a_bare_name_and_labelled_values_are_an_indicator() -> None:
    text = (
        "\t基本方針１\t架空のまち\n"
        "\t\t［ものさし］\n"
        "\t\t\t架空清掃の参加者数\t現状値 800（令和5年度）\t→\t目標値 950（令和9年度）\n"
        "\t\t\t架空花壇の数\t現状値 12（令和5年度）\t→\t目標値 20（令和9年度）\n"
    )
    assert _observations(text) == {
        ("架空清掃の参加者数", 2023, "baseline", 800),
        ("架空清掃の参加者数", 2027, "target", 950),
        ("架空花壇の数", 2023, "baseline", 12),
        ("架空花壇の数", 2027, "target", 20),
    }


def test_a_wrapped_names_tail_or_two_columns_side_by_side_name_nothing() -> None:
    text = (
        "  1 架空センターを通じた相談件数（累\n"
        "    計）  基準値 112件（Ｒ５） ／ 目標値 600件（Ｒ11）\n"
        "\n"
        "架空交付率                      架空売却額 4,820万円\n"
        "  令和5年度実績 18.2 ／ 令和5年度目標 20\n"
    )
    names = {name for name, *_ in _observations(text)}
    assert "計)" not in names and "計）" not in names
    assert not any("架空売却額" in str(name) for name in names)
