"""A KPI grid whose years run across and whose rows are kinds (区分 | 令和4年度 … over
基準値 / 目標値 / 実績値 / 達成率), named by a caption line right above it (「ＫＰＩ①
○○者数（単位：人）」). Fictional examples."""

from __future__ import annotations

from loaders.parse import parse_document

_SHEET = (
    "＜ＫＰＩ＞\n"
    "ＫＰＩ①　架空就農者数（単位：人）\n"
    "区分\t令和２年度\t令和４年度\t令和５年度\n"
    "基準値\t２\t\t\n"
    "目標値\t―\t１\t２\n"
    "実績値\t―\t３\t１\n"
    "達成率\t―\t３００．０％\t５０．０％\n"
)


def _values(text: str) -> set[tuple[str, int | None, str, float]]:
    facts = parse_document(
        text, file="kpi.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_caption_line_names_the_grid_of_kinds_under_it() -> None:
    values = _values(_SHEET)
    assert ("架空就農者数", 2020, "baseline", 2) in values
    assert ("架空就農者数", 2023, "target", 2) in values
    assert ("架空就農者数", 2022, "actual", 3) in values


def test_the_rate_row_gives_no_value() -> None:
    assert not any(value == 300 for *_, value in _values(_SHEET))


def test_a_caption_without_an_indicator_label_names_nothing() -> None:
    values = _values(_SHEET.replace("ＫＰＩ①　", "表①　"))
    assert not any(name == "架空就農者数" for name, *_ in values)
