"""Units and marked entries on unseen pages (fictional examples):

- a staff table's 「部計（部長を含む）」 row counts the 部 its group's first row names;
- a list of names right after a field citing a policy (「関連する施策：施策3-1-1 …」) holds
  that policy's entries, the marks closing them graded for the year their legend names;
- a cell broken after its outer unit (「架空部」 over 「架空課」) is the 課 within the 部.
"""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_STAFF = (
    "## ２　局の体制\n\n"
    "令和８年４月１日現在の職員数です。\n\n"
    "| 部 | 課 | 令和８年度 | 令和７年度 |\n"
    "| :-- | :-- | :-- | :-- |\n"
    "| 架空総務部 | 架空総務課 | 26 | 25 |\n"
    "|  | 架空監理課 | 19 | 19 |\n"
    "|  | 部計（部長を含む） | 46 | 45 |\n"
    "| 架空道路部 | 架空計画課 | 22 | 22 |\n"
    "|  | 架空維持課 | 41 | 42 |\n"
    "|  | 部計（部長を含む） | 64 | 65 |\n"
)


def test_a_subtotal_row_with_a_remark_counts_its_groups_department() -> None:
    staff = {(s.organization, s.fiscal_year, s.count)
             for s in parsed_as_read(_STAFF, "x.md").staff}  # fmt: skip
    assert {("架空総務部", 2026, 46), ("架空総務部", 2025, 45),
            ("架空道路部", 2026, 64), ("架空道路部", 2025, 65)} <= staff  # fmt: skip


_MARKED = (
    "<html><body><h1>架空区運営方針</h1>"
    "<p>取組の後ろの記号は令和7年度の振り返り（◎：上回った、○：おおむね達成、△：下回った）です。</p>"
    "<h3>1 安全なまち</h3><p>関連する施策：施策3-1-1 架空防災力の強化</p>"
    "<ul><li>架空防災組織の活動支援 ◎</li><li>架空避難計画の作成 △</li></ul>"
    "<h3>2 魅力あるまち</h3><p>関連する施策：施策5-1-2 架空の魅力発信</p>"
    "<ul><li>架空海岸の環境保全 ○</li><li>架空の魅力発信 （令和8年度からの取組）</li></ul>"
    "</body></html>"
)


def test_a_marked_list_after_a_cited_policy_holds_that_policys_entries() -> None:
    facts = parsed_as_read(_MARKED, "x.html")
    entries = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空防災組織の活動支援", ("3-1-1",)), ("架空避難計画の作成", ("3-1-1",)),
            ("架空海岸の環境保全", ("5-1-2",)), ("架空の魅力発信", ("5-1-2",))} <= entries


def test_each_marked_entry_is_graded_for_the_year_its_legend_names() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade)
              for e in parsed_as_read(_MARKED, "x.html").evaluations}  # fmt: skip
    assert grades == {("架空防災組織の活動支援", 2025, "◎"), ("架空避難計画の作成", 2025, "△"),
                      ("架空海岸の環境保全", 2025, "○")}  # fmt: skip


def test_a_list_of_sentences_after_a_cited_policy_is_no_list_of_its_entries() -> None:
    page = _MARKED.replace("<li>架空避難計画の作成 △</li>",
                           "<li>架空の避難計画を、地区ごとに作成しました。</li>")
    names = {i.name for i in parsed_as_read(page, "x.html").initiatives}
    assert "架空防災組織の活動支援" not in names


_BROKEN = (
    "（１）架空の確保\n"
    "No.\t取組項目\t所管\t評価\n"
    "Ｒ６\t評価\n"
    "Ｒ７\t令和７年度の主な実績\n"
    "１\t架空税の収納率向上\t架空総務部\n"
    "架空税務課\tＢ\tＡ\t収納率が上がった。\n"
    "２\t架空資産の売却\t架空財政部\n"
    "架空管財課\tＣ\tＢ\t跡地を売却した。\n\n"
)


def test_a_cell_broken_after_its_outer_unit_is_the_unit_within_it() -> None:
    units = {(o.name, o.parent) for o in parsed_as_read(_BROKEN).organizations}
    assert {("架空税務課", "架空総務部"), ("架空管財課", "架空財政部")} <= units
    assert not any(name.startswith("架空総務部架空") for name, _ in units)

