"""Round 49: a task list whose hierarchy is only each row's outline level and WBS number
(a project-management tool's export of a plan): projects by the year rows under them, the
plan's levels by the rows holding them, indicators from a row's note cell."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

_HEADER = "ID\t名前\t期間\tリソース名\tアウトライン レベル\tWBS\tコスト\tメモ\n"
_ROWS = [
    ("1", "にぎわいのある架空のまち", "", "1", "1", "￥951,000,000", ""),
    ("2", "架空の産業の振興", "", "2", "1.1", "￥951,000,000",
     "成果指標：架空の事業所数　現状値 2,071（令和6年度）→ 目標値 2,140（令和10年度）"),
    ("3", "架空商店街活性化事業", "架空商工課", "3", "1.1.1", "￥51,000,000", "商店街の支援"),
    ("4", "令和8年度　補助", "架空商工課", "4", "1.1.1.1", "￥17,000,000", ""),
    ("5", "令和9年度　補助", "架空商工課", "4", "1.1.1.2", "￥17,000,000", ""),
    ("6", "令和10年度　補助", "架空商工課", "4", "1.1.1.3", "￥17,000,000", ""),
    ("7", "架空交流館整備事業", "架空観光課", "3", "1.1.2", "￥900,000,000", ""),
    ("8", "令和8年度　実施設計", "架空観光課", "4", "1.1.2.1", "￥63,000,000", ""),
    ("9", "令和9年度　建設工事", "架空観光課", "4", "1.1.2.2", "￥837,000,000", ""),
    ("10", "架空交流館 開館", "架空観光課", "4", "1.1.2.3", "￥0", ""),
    ("11", "安心して暮らせる架空のまち", "", "1", "2", "￥24,600,000", ""),
    ("12", "架空の防災の推進", "", "2", "2.1", "￥24,600,000", ""),
    ("13", "架空備蓄品整備事業", "架空防災課", "3", "2.1.1", "￥24,600,000", ""),
    ("14", "令和8年度　購入", "架空防災課", "4", "2.1.1.1", "￥8,200,000", ""),
    ("15", "令和9年度　購入", "架空防災課", "4", "2.1.1.2", "￥16,400,000", ""),
]
_TASKS = _HEADER + "".join(
    f"{i}\t{name}\t243 日\t{unit}\t{level}\t{wbs}\t{cost}\t{note}\n"
    for i, name, unit, level, wbs, cost, note in _ROWS
)


def _facts(text: str) -> DocumentFacts:
    return parse_document(
        text, file="tasks.tsv", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip


def test_each_year_row_under_a_project_is_its_budget_of_that_year() -> None:
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in _facts(_TASKS).projects}
    assert ("架空商店街活性化事業", 2026, 17_000_000, "架空商工課") in rows
    assert ("架空商店街活性化事業", 2028, 17_000_000, "架空商工課") in rows
    assert ("架空交流館整備事業", 2027, 837_000_000, "架空観光課") in rows
    assert ("架空備蓄品整備事業", 2027, 16_400_000, "架空防災課") in rows


def test_a_projects_rolled_up_amount_and_a_milestone_are_no_budget() -> None:
    budgets = {p.budget for p in _facts(_TASKS).projects}
    assert 900_000_000 not in budgets  # the project row's own total of its years
    assert 951_000_000 not in budgets  # a level's roll-up
    assert 0 not in budgets and None not in budgets


def test_the_rows_holding_projects_are_the_plans_levels_coded_by_their_wbs_number() -> None:
    codes = {(c.normalized, c.label) for c in _facts(_TASKS).policy_codes}
    assert ("1", "にぎわいのある架空のまち") in codes
    assert ("1-1", "架空の産業の振興") in codes
    assert ("2-1", "架空の防災の推進") in codes
    assert not any(label and label.endswith("事業") for _, label in codes)


def test_an_indicator_field_in_a_rows_note_cell_is_read() -> None:
    values = {
        (o.indicator, o.fiscal_year, o.kind, o.value) for o in _facts(_TASKS).observations
    }
    assert ("架空の事業所数", 2024, "baseline", 2071) in values
    assert ("架空の事業所数", 2028, "target", 2140) in values


def test_a_table_without_a_level_or_numbering_column_is_no_task_list() -> None:
    plain = _TASKS.replace("アウトライン レベル", "区分").replace("\tWBS\t", "\t番号\t")
    assert not any(p.budget == 63_000_000 for p in _facts(plain).projects)
