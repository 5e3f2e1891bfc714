"""A dated value's caption on a line of its own and the figure alone under it (a KPI card:
「令和7年度実績」 over 「93.6 億円」) are one field; the KPI named at the top of its section,
past the section's lists, is the one the figure is of. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_PAGE = (
    "架空市総合戦略 KPIの進捗状況（令和7年度実績）\n"
    "施策1-(1)　架空水産業の振興\n"
    "KPI：架空水揚げ金額（億円）\n"
    "基準値（令和5年度）：84.7\n"
    "目標値（令和11年度）：120.0\n"
    "主な取組\n"
    "• 架空ブランドの販路拡大\n"
    "令和7年度実績\n"
    "93.6 億円\n"
    "施策1-(2)　架空創業の支援\n"
    "主な取組\n"
    "• 架空拠点の運営\n"
    "令和7年度実績\n"
    "27 件\n"
)


def test_a_dated_caption_over_a_lone_figure_is_one_field() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    fields = [(b.label, b.value) for b in doc.blocks if b.kind == "field"]
    assert ("令和7年度実績", "93.6 億円") in fields


def test_a_caption_with_words_under_it_stays_a_heading() -> None:
    doc = read_structure("令和7年度実績\n目標を上回りました。\n", labels=all_labels())
    assert not any(b.kind == "field" for b in doc.blocks)


def test_the_figure_at_a_sections_end_is_its_kpis_actual() -> None:
    facts = parse_document(_PAGE, file="kpi.html", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    values = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert ("架空水揚げ金額", 2025, "actual", 93.6) in values


def test_a_section_naming_no_kpi_gives_its_figure_to_none() -> None:
    facts = parse_document(_PAGE, file="kpi.html", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    assert not any(o.value == 27 for o in facts.observations)
