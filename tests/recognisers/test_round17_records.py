"""Records exported one row per year: a related project's budget column and a baseline
column dated by a year column of its own."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators, projects
from loaders.structure import read_structure


def _facts(text: str) -> DocumentFacts:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    doc = read_structure(text, labels=all_labels())
    projects.recognise(doc, facts)
    indicators.recognise(doc, facts)
    return facts


_TEXT = (
    "取組名\t担当課\t関連事業名\t関連事業予算額(千円)\t成果指標名\t指標基準値\t指標基準年度\t"
    "年度\t目標値\t実績値\n"
    "架空窓口の改善\t架空課\t架空窓口改修事業\t1,500\t架空窓口の待ち時間\t30\t令和3年度\t"
    "令和5年度\t25\t27\n"
    "架空窓口の改善\t架空課\t架空窓口改修事業\t1,500\t架空窓口の待ち時間\t30\t令和3年度\t"
    "令和6年度\t20\t18\n"
)


def test_a_related_project_budget_column_is_the_projects_budget() -> None:
    found = {(p.name, p.budget, p.division) for p in _facts(_TEXT).projects}
    assert ("架空窓口改修事業", 1_500_000, "架空課") in found


def test_a_baseline_column_takes_its_year_from_the_baseline_year_column_beside_it() -> None:
    found = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts(_TEXT).observations}
    assert ("架空窓口の待ち時間", 2021, "baseline", 30) in found
    assert not any(kind == "baseline" and year != 2021 for _, year, kind, _ in found)
    assert ("架空窓口の待ち時間", 2024, "actual", 18) in found
