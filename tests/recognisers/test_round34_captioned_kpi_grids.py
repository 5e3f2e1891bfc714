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


_YEARS = "               R5(基準)      R6         R7         R8         R9\n"
_CHART = (
    "［ＫＰＩ１］　架空設備投資件数（件）\n"
    "\n"
    "   （件）\n"
    "       60                               45\n"
    "\n"
    "       40         32         38\n"
    "\n"
    "        0\n"
    + _YEARS
    + "                                    ■ 実績値　　─◆─ 目標値\n"
    "\n"
    + _YEARS
    + "◆目標値                                   40                    60\n"
    "■実績値             32         38         45\n"
)


def test_a_chart_data_table_is_named_by_the_caption_over_the_chart() -> None:
    values = _values(_CHART)
    assert ("架空設備投資件数", 2023, "baseline", 32) in values
    assert ("架空設備投資件数", 2024, "actual", 38) in values
    assert ("架空設備投資件数", 2025, "target", 40) in values


def test_a_row_named_by_a_kind_is_no_indicator() -> None:
    assert not any("目標値" in name or "実績値" in name for name, *_ in _values(_CHART))
