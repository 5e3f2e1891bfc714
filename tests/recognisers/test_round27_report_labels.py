"""Round 27: a report's label line printed letter-spaced (「事　業　名」), a column labelled
only 「前年度」 beside the budget column, and names broken at their column's edge."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.structure import read_structure


def _projects(text: str, year: int = 2026) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


_RULE = "─" * 40


def _report(rows: str) -> str:
    return (
        "２ 主な事業\n"
        "                                                  （単位：千円）\n"
        f"{_RULE}\n"
        "事　業　名                     予算額       前年度  担当課\n"
        f"{_RULE}\n"
        "【架空局】\n"
        f"{rows}"
    )


def test_letter_spaced_name_label_over_ruled_rows_labels_the_rows() -> None:
    text = _report(
        "  架空広場整備事業              5,400        4,800  架空公園課\n"
        "  架空交流推進事業                730          910  架空交流課\n"
    )
    found = _projects(text)
    assert ("架空広場整備事業", 2026, 5_400_000, "架空公園課") in found
    assert ("架空交流推進事業", 2026, 730_000, "架空交流課") in found


def test_column_labelled_only_previous_year_holds_the_year_befores_budget() -> None:
    text = _report(
        "  架空広場整備事業              5,400        4,800  架空公園課\n"
        "  架空交流推進事業                730          910  架空交流課\n"
    )
    found = _projects(text)
    assert ("架空広場整備事業", 2025, 4_800_000, "架空公園課") in found
    assert ("架空交流推進事業", 2025, 910_000, "架空交流課") in found


def test_name_broken_at_its_columns_edge_is_joined_with_the_line_under_it() -> None:
    text = _report(
        "  架空広場整備事業              5,400        4,800  架空公園課\n"
        "  架空市民会館大規模改修        1,200          300  架空施設課\n"
        "  事業\n"
    )
    names = {name for name, *_ in _projects(text)}
    assert "架空市民会館大規模改修事業" in names
    assert "架空市民会館大規模改修" not in names


def test_bracketed_department_line_over_report_rows_is_the_divisions_department() -> None:
    text = _report(
        "  架空広場整備事業              5,400        4,800  架空公園課\n"
        "  架空交流推進事業                730          910  架空交流課\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2026)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    assert ("架空公園課", "架空局") in {(o.name, o.parent) for o in facts.organizations}
