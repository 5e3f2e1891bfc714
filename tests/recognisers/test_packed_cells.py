"""Indicator values packed into the cells of a table whose rows are items, not indicators."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str, year: int = 2024) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_name_cell_packing_its_chain_and_a_cell_of_year_value_pairs_are_read() -> None:
    text = (
        "| 番号 | 改善項目 | 数値目標 | 実績の推移 |\n|---|---|---|---|\n"
        "| 7 | 架空窓口の改善 | 架空窓口の待ち時間（分） 基準(R3) 30分 → 目標(R9) 10分 "
        "| R5:25分／R6:18分 |\n"
        "| 8 | 架空施設の集約 | - | - |\n"
    )
    assert _observations(text) == {
        ("架空窓口の待ち時間", 2021, "baseline", 30),
        ("架空窓口の待ち時間", 2027, "target", 10),
        ("架空窓口の待ち時間", 2023, "actual", 25),
        ("架空窓口の待ち時間", 2024, "actual", 18),
    }


def test_a_figure_of_another_table_keys_no_row_of_the_indicator_table() -> None:
    """Regression: a count (1) in a tally table was read as the key 「1」 of item No. 1."""
    text = (
        "番号\t取組項目\t成果指標\t令和6年度実績\n"
        "1\t架空窓口の改善\t架空窓口の待ち時間\t18\n"
        "\n"
        "区分\t令和5年度\t令和6年度\n"
        "×\t1\t0\n"
    )
    found = _observations(text)
    assert ("架空窓口の待ち時間", 2024, "actual", 18) in found
    assert all(value != 0 for *_, value in found)


def test_bare_years_before_an_estimated_year_are_actuals() -> None:
    text = (
        "| 指標 | 基準値（令和元年度） | 令和3年度 | 令和4年度 | 令和5年度（見込） "
        "| 目標値（令和7年度） |\n"
        "|---|---|---|---|---|---|\n"
        "| 架空館の来館者数 | 100 | 110 | 120 | 130 | 150 |\n"
    )
    found = _observations(text, year=2021)
    assert ("架空館の来館者数", 2022, "actual", 120) in found
    assert ("架空館の来館者数", 2023, "estimate", 130) in found


def test_a_cell_of_kind_steps_alone_names_no_indicator() -> None:
    """Regression: 「目標 20.0 ／ 実績 21.4（R6）」 under an indicator label was read as the
    indicator 「目標 20.0」."""
    text = (
        "| 成果指標 | 架空車両の電動化率（%） |\n|---|---|\n"
        "| | 目標 20.0 ／ 実績 21.4（R6） |\n"
    )
    assert not any(str(name).startswith("目標") for name, *_ in _observations(text))


def test_a_header_naming_kinds_in_order_gives_each_step_of_its_cells_its_kind() -> None:
    text = (
        "重点目標\t担当課\t成果指標\t現状値→目標値\n"
        "架空港のにぎわい\t架空港湾課\t架空港の入港隻数（隻）\tR5年度 140→R8年度 180\n"
        "架空の森の保全\t架空林務課\t架空の森の植樹本数（本）\tR4年度 2.5→R8年度 4.0\n"
    )
    assert _observations(text, 2025) == {
        ("架空港の入港隻数", 2023, "baseline", 140),
        ("架空港の入港隻数", 2026, "target", 180),
        ("架空の森の植樹本数", 2022, "baseline", 2.5),
        ("架空の森の植樹本数", 2026, "target", 4.0),
    }
