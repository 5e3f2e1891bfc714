"""Round 50: a GraphQL API's response (a headless CMS's page data) read as the page it fills.
Before, every object's `__typename` named it (「KeyProject」 over each project, since the key
ends in «name»), a pointer to another object (「担当課：{name, parent: {…}}」) became headings
that split a project's record, a section printed its 「heading」 as a field instead of its
heading, and a table's column holding an object in some rows printed the object's repr.
Every name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_RESPONSE = {
    "data": {
        "budgetOverview": {
            "__typename": "BudgetOverview",
            "title": "令和8年度当初予算の概要",
            "fiscalYearLabel": "令和8年度",
            "bureauSection": {
                "__typename": "BudgetTableSection",
                "heading": "局別の予算額（一般会計）",
                "unitLabel": "単位：百万円",
                "rows": [
                    {"__typename": "Row", "order": 1, "currentYear": 4862,
                     "previousYear": 4510,
                     "organization": {"__typename": "Organization", "name": "架空企画局"}},
                    {"__typename": "Row", "order": 2, "currentYear": 18945,
                     "previousYear": 19230,
                     "organization": {"__typename": "Organization", "name": "架空総務局"}},
                    {"__typename": "Row", "order": 3, "label": "公債費等",
                     "currentYear": 1825, "previousYear": 1769, "organization": None},
                ],
            },
            "projectSection": {
                "__typename": "ProjectListSection",
                "heading": "主な事業",
                "unitLabel": "千円",
                "projects": [
                    {"__typename": "KeyProject", "title": "架空通園推進事業",
                     "budget": 486200, "previousBudget": 411300,
                     "sys": {"__typename": "Sys", "id": "9smCaffK"},
                     "division": {"__typename": "Organization", "name": "幼児架空課",
                                  "kind": "課",
                                  "parent": {"__typename": "Organization",
                                             "name": "架空育成部", "kind": "部",
                                             "parent": {"__typename": "Organization",
                                                        "name": "架空未来局"}}}},
                    {"__typename": "KeyProject", "title": "架空クラブ整備事業",
                     "budget": 724580, "previousBudget": 611300,
                     "sys": {"__typename": "Sys", "id": "uQInDQ5o"},
                     "division": {"__typename": "Organization", "name": "放課後架空課",
                                  "parent": {"__typename": "Organization",
                                             "name": "架空未来局"}}},
                ],
            },
        }
    }
}


def _page(tmp_path: Path) -> Path:
    return write(tmp_path, "page-data.json", json.dumps(_RESPONSE, ensure_ascii=False))


def test_a_graphql_type_name_is_never_printed(tmp_path: Path) -> None:
    assert not any("KeyProject" in line or "typename" in line for line in lines(_page(tmp_path)))


def test_a_record_is_headed_by_its_title_not_its_type_name(tmp_path: Path) -> None:
    assert "##### 架空通園推進事業" in lines(_page(tmp_path))


def test_a_pointer_to_a_named_object_prints_as_its_path_from_the_top(tmp_path: Path) -> None:
    assert "担当課：架空未来局 架空育成部 幼児架空課" in lines(_page(tmp_path))


def test_a_section_object_is_headed_by_its_heading(tmp_path: Path) -> None:
    assert "### 局別の予算額（一般会計）" in lines(_page(tmp_path))


def test_a_value_labelling_itself_is_not_labelled_twice(tmp_path: Path) -> None:
    printed = lines(_page(tmp_path))
    assert "単位：百万円" in printed and "単位：単位：百万円" not in printed


def test_a_column_holding_an_object_or_null_prints_the_objects_keys(tmp_path: Path) -> None:
    printed = lines(_page(tmp_path))
    assert "order\t本年度\t前年度\tname\tlabel" in printed
    assert "1\t4862\t4510\t架空企画局" in printed


def test_current_and_previous_year_columns_date_each_bureaus_budget(tmp_path: Path) -> None:
    budgets = {(b.owner, b.fiscal_year, b.amount) for b in facts_of(_page(tmp_path)).budgets}
    assert ("架空企画局", 2026, 4_862_000_000) in budgets
    assert ("架空総務局", 2025, 19_230_000_000) in budgets


def test_each_project_is_read_with_its_division_and_the_previous_years_budget(
    tmp_path: Path,
) -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in facts_of(_page(tmp_path)).projects}  # fmt: skip
    assert ("架空通園推進事業", 2026, 486_200_000, "幼児架空課") in projects
    assert ("架空通園推進事業", 2025, 411_300_000, "幼児架空課") in projects
    assert ("架空クラブ整備事業", 2025, 611_300_000, "放課後架空課") in projects


def test_the_pointer_path_gives_each_units_parent(tmp_path: Path) -> None:
    units = {(o.name, o.parent) for o in facts_of(_page(tmp_path)).organizations}
    assert ("幼児架空課", "架空育成部") in units
    assert ("架空育成部", "架空未来局") in units
