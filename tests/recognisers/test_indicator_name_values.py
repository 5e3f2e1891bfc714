"""A start value printed after an indicator's name, in the same cell or field."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.recognisers.indicator_name_values import _split
from loaders.structure import read_structure


def _observations(text: str, year: int = 2025) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_dated_value_after_the_name_is_cut_from_it() -> None:
    assert _split("架空港の入港隻数 140隻（R6）") == ("架空港の入港隻数", "140", 2024, (9, 12))
    assert _split("架空港の入港隻数（隻）： 1,200（R5） →") is not None


def test_a_name_ending_in_no_dated_value_stays_whole() -> None:
    assert _split("架空港の入港隻数") is None
    assert _split("第2期 架空計画 3") is None


def test_a_current_value_cell_beside_a_target_gives_the_name_and_its_start() -> None:
    text = (
        "| 番号 | 取組 | 指標(現状) | 目標値(R7) | 担当課 |\n|---|---|---|---|---|\n"
        "| 1-1 | 架空港のにぎわいづくり | 架空港の入港隻数 140隻(R6) | 170隻 | 架空港湾課 |\n"
        "| 1-2 | 架空の森の保全 | 架空の森の植樹本数 2,100本(R6) | 2,600本 | 架空林務課 |\n"
    )
    found = _observations(text)
    assert ("架空港の入港隻数", 2024, "baseline", 140) in found
    assert ("架空港の入港隻数", 2025, "target", 170) in found
    assert not any("(R6)" in name for name, *_ in found)
