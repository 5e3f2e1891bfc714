"""A budget page printed from a browser, its table's cells set apart by single spaces, the
group's cell (局) printed on its first row only: the rows under it, one word short, are
read from the right, each year's amount and the unit in charge. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "令和8年度当初予算案の概要｜架空市\n"
    "主な事業\n"
    "総合計画の実現に向けた主な事業は次のとおりです。（単位：千円）\n"
    "局 区分 事業名 令和8年度 令和7年度 担当課\n"
    "架空総務局 新規 架空手続推進事業 376,500 － 架空デジタル課\n"
    "継続 架空防災システム更新事業 512,000 148,000 架空危機管理課\n"
    "架空市民局 継続 架空コミュニティ事業 92,600 94,100 架空協働課\n"
    "拡充 架空窓口整備事業 148,200 120,000 架空区行政課\n"
)


def test_a_row_without_its_groups_cell_gives_each_years_amount() -> None:
    read = parsed_as_read(_PAGE)
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in read.projects}
    assert ("架空防災システム更新事業", 2026, 512_000_000, "架空危機管理課") in projects
    assert ("架空防災システム更新事業", 2025, 148_000_000, "架空危機管理課") in projects
    assert ("架空窓口整備事業", 2025, 120_000_000, "架空区行政課") in projects


def test_the_groups_department_is_the_parent_of_its_rows_units() -> None:
    parents = {o.name: o.parent for o in parsed_as_read(_PAGE).organizations}
    assert parents.get("架空デジタル課") == "架空総務局"
    assert parents.get("架空危機管理課") == "架空総務局"
    assert parents.get("架空区行政課") == "架空市民局"
