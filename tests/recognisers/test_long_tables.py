"""Long-form indicator tables: one row per indicator, year and kind (a KPI export)."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Initiative
from loaders.field_vocabulary import all_labels
from loaders.recognisers import evaluations, indicators
from loaders.structure import read_structure

_EXPORT = (
    "番号\t施策\t指標名\t年度\t区分\t値\t到達度\n"
    "1\tみどりの丘づくり\t架空公園の植樹本数\t2021\t基準\t120\t\n"
    "1\tみどりの丘づくり\t架空公園の植樹本数\t2023\t実績\t180\tＢ\n"
    "1\tみどりの丘づくり\t架空公園の植樹本数\t2026\t目標\t300\t\n"
    "2\t湖のまちづくり\t架空湖の透明度\t2021\t基準\t4.5\t\n"
    "2\t湖のまちづくり\t架空湖の透明度\t2023\t実績\t集計中\t\n"
    "2\t湖のまちづくり\t架空湖の透明度\t2026\t目標\t6.0\t\n"
)


def _observations(text: str) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.csv", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_each_row_of_a_long_table_is_one_value_of_its_year_and_kind() -> None:
    assert _observations(_EXPORT) == {
        ("架空公園の植樹本数", 2021, "baseline", 120),
        ("架空公園の植樹本数", 2023, "actual", 180),
        ("架空公園の植樹本数", 2026, "target", 300),
        ("架空湖の透明度", 2021, "baseline", 4.5),
        ("架空湖の透明度", 2026, "target", 6.0),
    }


def test_a_grade_in_a_long_table_grades_the_rows_entry_for_the_rows_year() -> None:
    facts = DocumentFacts("x.csv", "999989", "青葉台市", None, _EXPORT, "generic", fiscal_year=2024)
    facts.initiatives.append(Initiative("みどりの丘づくり", "measure"))
    facts.initiatives.append(Initiative("湖のまちづくり", "measure"))
    evaluations.recognise(read_structure(_EXPORT, labels=all_labels()), facts)
    assert {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations} == {
        ("みどりの丘づくり", 2023, "B"),
    }


def test_a_table_of_units_by_year_gives_no_indicator() -> None:
    text = (
        "部署名 | 令和6年度 | 令和7年度目標 | 令和8年度目標 |\n---|---|---|---|\n"
        "架空課 | 12 | 11 | 11 |\n架空係 | 5 | 5 | 4 |\n"
    )
    assert _observations(text) == set()
