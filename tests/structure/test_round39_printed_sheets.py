"""An Excel sheet printed with its row and column headings (行列番号) and formulas shown
(数式を表示): the column-letter rulers and the row numbers down the left edge are blanked,
so the sheet's own cells line up as a table; the levels in their code columns (「1」,
「1-1」) are named by the name column, the 「（取組）」 rows under a level are its entries,
and only the rows naming a project are projects. (A part after the page footer whose first
column is blank throughout reads one column short: a known limit, not pinned here.)
Fictional examples."""

from __future__ import annotations

from loaders.structure.sheet_headings import blank_sheet_headings
from tests.recognisers._facts_of import initiative_rows, parsed_as_read

_SHEET = (
    "      A         B       C                         D           E     F          G\n"
    "   1 第６次架空町総合計画　実施計画\n"
    "   2                                                                  （単位：千円）\n"
    "   3 基本目標  施策    名称（基本目標・施策・事業）  担当課      区分  令和8年度  令和9年度\n"
    "   4 1                 架空の輝くまち\n"
    "   5           1-1     架空の子育て支援            架空福祉課\n"
    "   6                   （取組）架空負担の軽減\n"
    "   7                   架空医療費助成事業          架空福祉課  継続      64200      64800\n"
    "   8                   施策計                                        =SUBTOTAL(9,F7:F7)\n"
    "\n"
    "                                   計画事業　1／2\n"
    "      A         B       C                         D           E     F          G\n"
    "   9           1-2     架空の学校教育              架空教育課\n"
    "  10                   （取組）架空の学びの推進\n"
    "  11                   架空端末更新事業            架空教育課  継続      54800          0\n"
    "  12 2                 架空の安心なまち\n"
)


def test_the_rulers_and_row_numbers_are_blanked() -> None:
    lines = blank_sheet_headings(_SHEET).split("\n")
    assert not lines[0].strip()
    assert lines[4].startswith(" " * 5 + "1 ")


def test_text_with_no_ruler_keeps_its_numbers() -> None:
    text = "   1 架空の行\n   2 架空の行\n   3 架空の行\n   4 架空の行\n   5 架空の行\n"
    assert blank_sheet_headings(text) == text


def test_the_levels_are_named_by_the_name_column() -> None:
    policies = {(p.normalized, p.label) for p in parsed_as_read(_SHEET).policy_codes}
    assert {("1", "架空の輝くまち"), ("1-1", "架空の子育て支援")} <= policies


def test_a_labelled_entry_row_is_an_entry_of_the_level_above() -> None:
    rows = initiative_rows(parsed_as_read(_SHEET))
    assert ("架空負担の軽減", ("1-1",)) in rows


def test_only_the_project_rows_are_projects() -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_SHEET).projects}
    assert ("架空医療費助成事業", 2027, 64_800_000) in projects
    assert not any(name in ("架空の子育て支援", "施策計") for name, *_ in projects)
