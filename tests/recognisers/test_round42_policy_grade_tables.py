"""施策評価 tables whose rows print each 施策 with its code (「2-(2) 名称」) and the grades of
two years in dated columns: the 施策 is graded, not the 主な取組 listed after the grades,
and a group row (「基本目標1 名称」 across the table) leaves the rows under it policies of
their own. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "# 架空市総合戦略 効果検証報告書\n\n"
    "施策の評価は、Ａ（順調）、Ｂ（概ね順調）、Ｃ（遅れている）の3段階としました。\n\n"
    "## 基本目標2　架空のひとの流れ\n\n#### 施策の評価\n\n"
    "| 施策 | 評価<br>（R6） | 評価<br>（R5） | 主な取組 | 評価の理由 |\n"
    "|---|---|---|---|---|\n"
    "| 2-(1) 架空の移住促進 | Ａ | Ｂ | 架空お試し住宅の充実 | 移住者数は目標を上回った。 |\n"
    "| 2-(2) 架空の関係人口 | Ａ | Ａ | 架空寄附を通じた関係づくり | 寄附件数は目標を上回った。 |\n"
)

_GROUPED = (
    "<html><body><h1>令和7年度 施策評価結果</h1><table><thead><tr><th>施策</th><th>担当課</th>"
    "<th>令和6年度<br>の評価</th><th>令和5年度<br>の評価</th></tr></thead><tbody>"
    "<tr><td colspan=\"4\"><strong>基本目標1　架空の村</strong></td></tr>"
    "<tr><td>1-1　架空の振興</td><td>架空企画課</td><td>Ｂ</td><td>Ｃ</td></tr>"
    "<tr><td>1-2　架空の推進</td><td>架空企画課</td><td>Ａ</td><td>Ｂ</td></tr>"
    "</tbody></table></body></html>"
)


def test_the_coded_policy_before_the_grades_is_graded() -> None:
    facts = parsed_as_read(_REPORT, "x.md")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空の移住促進", 2024, "A"), ("架空の移住促進", 2023, "B"),
            ("架空の関係人口", 2024, "A")} <= rows  # fmt: skip


def test_the_initiatives_listed_after_the_grades_are_not_graded() -> None:
    facts = parsed_as_read(_REPORT, "x.md")
    graded = {e.initiative for e in facts.evaluations}
    assert not {"架空お試し住宅の充実", "架空寄附を通じた関係づくり"} & graded


def test_rows_under_a_group_row_are_policies_of_their_own() -> None:
    facts = parsed_as_read(_GROUPED, "x.html")
    policies = {(c.normalized, c.label) for c in facts.policy_codes}
    assert {("1", "架空の村"), ("1-1", "架空の振興"), ("1-2", "架空の推進")} <= policies


def test_the_unit_column_between_policy_and_grades_is_passed_over() -> None:
    facts = parsed_as_read(_GROUPED, "x.html")
    rows = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空の振興", 2024, "B"), ("架空の振興", 2023, "C"),
            ("架空の推進", 2024, "A")} <= rows  # fmt: skip
