"""A plan's single-spaced table of projects (a PDF copied as text): 「計画事業 令和8年度 令和9年度
担当課」 over a project, its yearly costs and its 課 on each line. Each project is read
with each year's cost and its 課. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "施策1-1 子育て支援の充実\n"
    "事業費の単位は千円です。\n"
    "計画事業 令和8年度 令和9年度 担当課\n"
    "架空医療費助成事業 48,600 49,200 架空福祉課\n"
    "架空クラブ運営事業 21,400 － 架空教育課\n"
    "成果指標 架空出生率 現状値 1.42 目標値 1.50\n"
)


def test_each_projects_yearly_cost_and_division_are_read() -> None:
    facts = parsed_as_read(_PAGE, "x.txt")
    read = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空医療費助成事業", 2027, 49200000, "架空福祉課") in read
    assert ("架空クラブ運営事業", 2026, 21400000, "架空教育課") in read


def test_a_table_of_one_project_is_read_too() -> None:
    page = (
        "施策4-2 安全な水の供給\n"
        "事業費の単位は千円です。\n"
        "計画事業 令和8年度 令和9年度 担当課\n"
        "架空管路耐震化事業 64,000 72,000 架空水道課\n"
        "成果指標 架空耐震適合率（％） 現状値 38.4 目標値 46.0\n"
    )
    read = {(p.name, p.fiscal_year, p.budget, p.division) for p in parsed_as_read(page).projects}
    assert ("架空管路耐震化事業", 2027, 72000000, "架空水道課") in read
