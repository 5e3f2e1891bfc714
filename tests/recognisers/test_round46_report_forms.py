"""An evaluation report saved from a word processor (macOS TextEdit) and a ward's blog post,
read whole (fictional examples):

- a tab table whose rows are grouped by lines of no tab (「基本目標Ⅰ …」) is one table;
- 「主な取組の進捗」 heads the 施策's entries, each with its mark;
- 「X事業 4,820 事業の評価 B」 under 「主な構成事業（令和6年度決算額、単位：千円）」 is the
  project's amount and its grade of the year the report evaluates, its division the 課 of
  the section's 「担当：架空課（架空係）␣␣施策の評価：B」;
- 「関連する施策：施策4-1「名称」」 cites 4-1 by a quoted name; the list after it holds its
  entries, graded or not;
- a cell of 「主な取組」 listing names apart by 「、」 holds one entry each.
"""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "令和7年度 架空村施策評価結果報告書\n"
    "（令和6年度の取組に対する評価）\n\n"
    "3　施策の評価結果一覧\n"
    "施策番号\t施策名\t令和6年度\t令和5年度\t令和4年度\n"
    "基本目標Ⅰ　架空の村\n"
    "施策1-1\t架空体制の充実\tB\tB\tC\n"
    "施策1-2\t架空環境の保全\tB\tC\tC\n"
    "基本目標Ⅱ　架空の温もり\n"
    "施策2-1\t架空づくりの推進\tA\tB\tB\n\n"
    "4　施策ごとの評価\n"
    "施策1-1　架空体制の充実\n"
    "担当：架空総務課（架空総務係）  施策の評価：B（前年度 B）\n"
    "(2) 主な取組の進捗\n"
    "・架空訓練の実施 ○\n"
    "・架空計画の作成 △\n"
    "(3) 主な構成事業（令和6年度決算額、単位：千円）\n"
    "・架空無線維持管理事業 4,820 事業の評価 B\n"
    "・架空組織育成事業 1,260 事業の評価 A\n"
)


def test_a_tab_table_grouped_by_lines_of_no_tab_is_one_table() -> None:
    doc = read_structure(_REPORT, labels=all_labels())
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1 and tables[0].header[0] == "施策番号"
    assert [r[1].text for r in tables[0].rows if len(r) > 1] == [
        "架空体制の充実", "架空環境の保全", "架空づくりの推進"]  # fmt: skip


def test_each_years_grade_of_a_grouped_table_is_read() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(_REPORT).evaluations}  # fmt: skip
    assert {("架空環境の保全", 2023, "C"), ("架空づくりの推進", 2022, "B")} <= grades


def test_the_entries_under_a_heading_of_their_progress_are_the_policys() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_REPORT).initiatives}
    assert {("架空訓練の実施", ("1-1",)), ("架空計画の作成", ("1-1",))} <= entries


def test_a_project_line_closing_with_its_grade_gives_amount_division_and_grade() -> None:
    facts = parsed_as_read(_REPORT)
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空無線維持管理事業", 2024, 4820000, "架空総務課") in projects
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空組織育成事業", 2024, "A") in grades


_WARD = (
    "<html><body><h2>4 区運営方針の目標と指標</h2><h3>1 安全・安心な区をつくる</h3>"
    "<p>関連する総合計画の施策：施策4-1「架空に強いまちづくり」</p>"
    "<ul><li>架空リーダーの養成</li><li>架空カメラの設置促進</li></ul>"
    "<table><tr><th>施策番号</th><th>施策名</th><th>主な取組</th></tr>"
    "<tr><td>1-1</td><td>架空業の振興</td><td>担い手の確保・育成、架空農業の推進</td></tr>"
    "</table></body></html>"
)


def test_a_list_after_a_field_citing_a_quoted_policy_holds_its_entries() -> None:
    facts = parsed_as_read(_WARD, "x.html")
    assert ("4-1", "架空に強いまちづくり") in {(c.normalized, c.label) for c in facts.policy_codes}
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空リーダーの養成", ("4-1",)), ("架空カメラの設置促進", ("4-1",))} <= entries


def test_a_cell_listing_entries_holds_one_entry_each() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_WARD, "x.html").initiatives}
    assert {("担い手の確保・育成", ("1-1",)), ("架空農業の推進", ("1-1",))} <= entries
    assert not any("、" in name for name, _ in entries)


_MANIFESTO = (
    "## **4\\. 令和8年度の重点取組**\n\n"
    "### **重点取組１　架空交通の再構築**\n\n"
    "［総合計画　施策4-2　架空交通体系の構築］\n\n"
    "**取組内容**\n\n"
    "1. 架空交通の全市展開\n"
    "2. 架空路線の再編\n\n"
    "**成果指標**\n\n"
    "| 指標名 | 令和7年度見込 | 令和8年度目標 |\n"
    "| :---- | :---: | :---: |\n"
    "| 架空交通の利用者数（人） | 16,500 | 22,000 |\n"
)


def test_numbered_lines_after_a_bold_label_line_are_entries_of_the_cited_level() -> None:
    entries = {(i.name, tuple(i.policy_codes))
               for i in parsed_as_read(_MANIFESTO, "x.md").initiatives}  # fmt: skip
    assert {("架空交通の全市展開", ("4-2",)), ("架空路線の再編", ("4-2",))} <= entries
