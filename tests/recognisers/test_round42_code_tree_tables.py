"""A reform plan's progress page with no label word before its codes: 「Ⅰ 名称」 over
「Ⅰ－1 名称」 headings, each finest level over a table of its 取組 (「取組 | 所管 | 評価」).
The tree of codes heading tables of entries is the plan's system, and each table's 取組 are
filed under the heading's level; a cell listing two 取組 with a line break between (a
Markdown table keeps it as a run of spaces) is two entries. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TABLE = (
    "<table><tr><th>取組</th><th>所管</th><th>評価 R7</th></tr>"
    "<tr><td>{a}</td><td>架空課</td><td>A</td></tr>"
    "<tr><td>{b}</td><td>架空課</td><td>S</td></tr></table>"
)
_PAGE = (
    "<html><body><h1>第3次架空市行財政改革推進計画 令和7年度の取組状況</h1>"
    "<h2>Ⅰ　架空の財政基盤の確立</h2><h3>Ⅰ－1　架空の歳入確保</h3>"
    + _TABLE.format(a="① 架空収納率の向上", b="② 架空納税の推進")
    + "<h3>Ⅰ－2　架空の歳出見直し</h3>"
    + _TABLE.format(a="③ 架空補助金の見直し", b="④ 架空事務の見直し")
    + "</body></html>"
)

_MARKDOWN = (
    "# 架空市総合戦略 効果検証\n\n## 基本目標1　架空のしごと\n\n"
    "| 施策 | 評価<br>（R6） | 主な取組 |\n|---|---|---|\n"
    "| 1-(1) 架空産業の強化 | Ａ | 架空企業の誘致<br>架空設備投資の支援 |\n"
    "| 1-(2) 架空農業の振興 | Ｂ | 架空就農者の育成 |\n"
)


def test_a_tree_of_codes_over_tables_of_entries_is_the_plans_system() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    policies = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("1", "架空の財政基盤の確立"), ("1-1", "架空の歳入確保"),
            ("1-2", "架空の歳出見直し")} <= policies  # fmt: skip


def test_each_tables_entries_are_filed_under_its_heading() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空収納率の向上", ("Ⅰ-1",)), ("架空事務の見直し", ("Ⅰ-2",))} <= found


def test_a_line_break_in_a_markdown_cell_parts_two_entries() -> None:
    facts = parsed_as_read(_MARKDOWN, "x.md")
    names = {i.name for i in facts.initiatives}
    assert {"架空企業の誘致", "架空設備投資の支援"} <= names
    assert not any("架空企業の誘致" in n and "支援" in n for n in names)


_POLICY_SECTION = (
    "<html><body><h1>令和8年度 架空局運営方針</h1><h2>4　重点取組</h2>"
    "<h3>(1)　架空の脱炭素化</h3><p>【総合計画】施策4-1-1　架空社会の実現</p>"
    "<h4>主な取組</h4><ul><li>架空施設への再エネ導入の拡大</li><li>架空公用車の電動化</li></ul>"
    "<h3>(2)　架空の資源化</h3><p>【総合計画】施策4-1-2　架空循環の構築</p>"
    "<h4>主な取組</h4><ul><li>架空食品ロスの削減</li></ul></body></html>"
)


def test_a_field_citing_a_labelled_code_places_its_sections_entries() -> None:
    facts = parsed_as_read(_POLICY_SECTION, "x.html")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空施設への再エネ導入の拡大", ("4-1-1",)), ("架空公用車の電動化", ("4-1-1",)),
            ("架空食品ロスの削減", ("4-1-2",))} <= found  # fmt: skip
