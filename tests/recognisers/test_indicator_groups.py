"""A wide row holding several indicators, each a run of name, unit and value columns."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.recognisers.indicator_groups import indicator_runs, transposed_records
from loaders.structure import read_structure


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2026)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


_WIDE = (
    "事業名\t指標1\t単位\t目標値(令和8年度)\t実績値(令和8年度)"
    "\t指標2\t単位\t目標値(令和8年度)\t実績値(令和8年度)\t評価\n"
    "架空体操普及事業\t架空体操参加者数\t人\t400\t415\t架空教室開催回数\t回\t12\t10\tA\n"
)


def test_each_indicator_of_a_wide_row_keeps_its_own_values() -> None:
    assert _observations(_WIDE) == {
        ("架空体操参加者数", 2026, "target", 400),
        ("架空体操参加者数", 2026, "actual", 415),
        ("架空教室開催回数", 2026, "target", 12),
        ("架空教室開催回数", 2026, "actual", 10),
    }


def test_a_table_with_one_indicator_column_has_no_runs() -> None:
    text = "指標\t目標値\t実績値\n架空率\t5\t4\n"
    table = read_structure(text, labels=all_labels()).blocks[0].table
    assert table is not None and indicator_runs(table) == []


def test_list_item_opening_with_an_indicator_label_gives_its_labelled_values() -> None:
    text = (
        "## 取組 架空窓口の改善\n\n"
        "- 担当：架空課\n"
        "- 指標：架空相談件数　基準値 30件（令和6年度） → 実績 42件（令和8年度）"
        " / 目標 40件（令和8年度）・55件（令和10年度）\n"
    )
    assert _observations(text) == {
        ("架空相談件数", 2024, "baseline", 30),
        ("架空相談件数", 2026, "actual", 42),
        ("架空相談件数", 2026, "target", 40),
        ("架空相談件数", 2028, "target", 55),
    }


def test_pair_table_values_take_their_years_from_the_pages_legend() -> None:
    text = (
        "指標の基準値は令和6年度実績、目標値は令和9年度の値です。\n\n"
        "重点取組1 架空広場の利用促進\n\n"
        "主な事業\t架空広場運営事業\n"
        "指標\t架空広場利用者数\n"
        "基準値\t1,200人\t目標値\t1,500人\n"
    )
    assert _observations(text) == {
        ("架空広場利用者数", 2024, "baseline", 1200),
        ("架空広場利用者数", 2027, "target", 1500),
    }


def test_card_laid_out_sideways_gives_each_columns_indicator() -> None:
    text = (
        "施策コード\t1-1\t1-2\n"
        "施策名\t架空の安全\t架空の交流\n"
        "成果指標\t架空訓練参加率\t架空交流人数\n"
        "基準値(令和6年度)\t40.5\t1,200\n"
        "目標値(令和9年度)\t50.0\t1,500\n"
    )
    assert _observations(text) == {
        ("架空訓練参加率", 2024, "baseline", 40.5),
        ("架空訓練参加率", 2027, "target", 50.0),
        ("架空交流人数", 2024, "baseline", 1200),
        ("架空交流人数", 2027, "target", 1500),
    }


def test_years_across_the_top_are_no_sideways_records() -> None:
    text = "指標\t令和6年度\t令和7年度\n目標値\t10\t12\n実績値\t9\t13\n"
    table = read_structure(text, labels=all_labels()).blocks[0].table
    assert table is not None and transposed_records(table) is None


def test_a_projects_costs_beside_its_indicator_are_no_indicator_values() -> None:
    """Regression: 「事業費 令和7年度」 columns of a project table were read as targets of
    the activity indicator printed on the same row."""
    text = (
        "事業名\t事業費 令和8年度\t事業費 令和9年度\t活動指標\t活動指標の目標値(令和9年度)\n"
        "架空橋補修事業\t120.5\t98.0\t補修橋数\t6\n"
    )
    assert _observations(text) == {("補修橋数", 2027, "target", 6)}


def test_column_of_names_each_with_its_value_under_a_kind_label() -> None:
    text = (
        "取組\t指標の実績(令和8年度)\t評価\n"
        "架空広場の利用促進\t架空広場利用者数 1,340人\tB\n"
        "架空窓口の改善\t架空窓口待ち時間 12分\tA\n"
    )
    assert _observations(text) == {
        ("架空広場利用者数", 2026, "actual", 1340),
        ("架空窓口待ち時間", 2026, "actual", 12),
    }
