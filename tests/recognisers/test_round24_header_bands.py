"""Round 24: a header on two rows saved from a spreadsheet (CSV, read as tab-set rows): the
lower row drops the blank cells closing it, and a merged cell leaves blank filler columns
beside its text in every row; both still give one label per column (fictional)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.csv", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_lower_header_row_short_of_its_closing_blanks_is_joined_with_the_upper() -> None:
    text = (
        "架空市 KPI進捗状況一覧（令和6年度実績）\n\n"
        "施策\t指標\t単位\t基準値\t\t実績値\t\t進捗率\t備考\n"
        "\t\t\t年度\t値\t令和5年度\t令和6年度\t（％）\n"
        "架空の振興\t架空広場の来場者数\t人\tR2\t120\t150\t170\t50.0\t\n"
        "\t架空教室の参加者数\t人\tR2\t40\t55\t61\t70.0\t\n"
    )
    found = _observations(text)
    assert ("架空広場の来場者数", 2023, "actual", 150) in found
    assert ("架空広場の来場者数", 2024, "actual", 170) in found
    assert ("架空広場の来場者数", 2024, "actual", 150) not in found


def test_blank_filler_columns_of_merged_cells_do_not_stop_the_header_joining() -> None:
    text = (
        "架空市 数値目標と進捗\n\n"
        "指標\t\t単位\t目標値\t\t実績値\n"
        "\t\t\t令和9年度\t\t令和5年度\t令和6年度\n"
        "架空施設の延床面積\t\t㎡\t900\t\t980\t960\n"
        "架空施設の満足度\t\t%\t75.0\t\t70.6\t71.4\n"
    )
    found = _observations(text)
    assert {
        ("架空施設の延床面積", 2027, "target", 900),
        ("架空施設の延床面積", 2023, "actual", 980),
        ("架空施設の延床面積", 2024, "actual", 960),
    } <= found
    assert ("架空施設の延床面積", 2024, "target", 900) not in found
