"""Round 24: long indicator exports read further — a KPI name column, a second year column
printed in the other era, and the item-per-row export (項目 | 値) whose 指標名 is one item."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.csv", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_kpi_name_column_with_a_western_and_an_era_year_column_is_a_long_table() -> None:
    text = (
        "施策名\tKPI名\t単位\t年度\t和暦\t区分\t値\n"
        "架空の振興\t架空広場の来場者数\t人\t2019\t令和元年度\t基準値\t1200\n"
        "架空の振興\t架空広場の来場者数\t人\t2023\t令和5年度\t実績値\t1500\n"
        "架空の振興\t架空広場の来場者数\t人\t2024\t令和6年度\t見込値\t1600\n"
        "架空の振興\t架空広場の来場者数\t人\t2024\t令和6年度\t目標値\t1800\n"
    )
    assert _observations(text) == {
        ("架空広場の来場者数", 2019, "baseline", 1200),
        ("架空広場の来場者数", 2023, "actual", 1500),
        ("架空広場の来場者数", 2024, "estimate", 1600),
        ("架空広場の来場者数", 2024, "target", 1800),
    }


_ITEMS = (
    "取組ID\t取組名\t所管課\t年度\t項目\t値\t備考\n"
    "X1\t架空手続の電子化\t架空推進課\tR6\t評価\tB\t\n"
    "X1\t架空手続の電子化\t架空推進課\t\t指標名\t架空手続の電子化件数\t単位：件\n"
    "X1\t架空手続の電子化\t架空推進課\tR4\t基準値\t30\t\n"
    "X1\t架空手続の電子化\t架空推進課\tR6\t目標値\t60\t\n"
    "X1\t架空手続の電子化\t架空推進課\tR6\t実績値\t72\t\n"
    "X2\t架空窓口の改善\t架空窓口課\tR6\t評価\tA\t\n"
    "X2\t架空窓口の改善\t架空窓口課\tR6\t目標値\t9\t\n"
)


def test_an_item_per_row_export_names_its_kinds_by_the_entrys_indicator_item() -> None:
    assert {o for o in _observations(_ITEMS) if o[0] == "架空手続の電子化件数"} == {
        ("架空手続の電子化件数", 2022, "baseline", 30),
        ("架空手続の電子化件数", 2024, "target", 60),
        ("架空手続の電子化件数", 2024, "actual", 72),
    }


def test_an_entry_printing_no_indicator_item_borrows_none_from_the_entry_above() -> None:
    found = _observations(_ITEMS)
    assert {o[3] for o in found} == {30, 60, 72}  # X2's 目標値 9 names no indicator


def test_a_period_bracket_beside_a_stated_unit_stays_in_the_name() -> None:
    text = _ITEMS.replace("架空手続の電子化件数\t単位：件", "架空残業時間（年）\t単位：時間")
    assert ("架空残業時間(年)", 2024, "actual", 72) in _observations(text)  # width folded
