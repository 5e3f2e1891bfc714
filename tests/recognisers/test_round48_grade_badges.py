"""A KPI page whose 施策 headings carry their grade as a badge set right after the heading's
words (「<h3>施策1-(1)　水産業の振興<span>評価 A</span></h3>」, read as 「…の振興評価 A」): the
policy is named without the badge and graded with it. Fictional example."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document
from loaders.recognisers.grade_years import heading_grades

_PAGE = (
    "架空市総合戦略 KPIの進捗状況（令和7年度実績）\n"
    "施策の評価は、A：順調、B：概ね順調、C：遅れている、の3段階です。\n"
    "基本目標1　海と港を生かした架空のまち\n"
    "施策1-(1)　架空水産業の振興評価 A\n"
    "KPI：架空水揚げ金額（億円）\n"
    "基準値（令和5年度）：84.7\n"
    "主な取組\n"
    "• 架空ブランドの販路拡大\n"
    "施策1-(2)　架空創業の支援評価 B\n"
    "KPI：架空創業件数（件）\n"
    "基準値（令和5年度）：24\n"
)


def _facts() -> DocumentFacts:
    return parse_document(_PAGE, file="kpi.html", municipality_code="999989",
                          municipality="架空市", prefecture="架空県")  # fmt: skip


def test_a_badge_right_after_the_name_is_its_grade() -> None:
    found = heading_grades("施策1-(1)　架空水産業の振興評価 A")
    assert found is not None and (found.name, found.grade) == ("施策1-(1)　架空水産業の振興", "A")


def test_a_label_and_its_grade_alone_name_nothing_graded() -> None:
    assert heading_grades("自己評価 A") is None


def test_the_policy_is_named_without_its_badge() -> None:
    labels = {p.printed: p.label for p in _facts().policy_codes}
    assert labels.get("1-(1)") == "架空水産業の振興"


def test_the_coded_headings_grade_grades_its_policy() -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in _facts().evaluations}
    assert {("架空水産業の振興", 2025, "A"), ("架空創業の支援", 2025, "B")} <= grades


def test_a_mark_set_right_before_an_entry_under_a_legend_grades_it() -> None:
    text = (
        "令和８年度 架空区 区運営方針\n"
        "4　重点取組と主な事業\n"
        "取組①　架空朝市の定期開催支援\n"
        "取組②　架空見守りの拡充\n"
        "取組③　架空窓口の実施\n"
        "6　令和7年度の振り返り\n"
        "評価：◎ 目標を上回った　○ 概ね目標どおり　△ 目標を下回った\n"
        "• ○架空朝市の定期開催支援（施策1-(1)）\n"
        "朝市を年10回開催しました。\n"
        "• ◎架空見守りの拡充（施策2-(1)）\n"
        "協力事業者が増えました。\n"
        "• △架空窓口の実施（施策3-(1)）\n"
        "手続の対象を広げました。\n"
    )
    facts = parse_document(text, file="ward.html", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空朝市の定期開催支援", 2025, "○"), ("架空見守りの拡充", 2025, "◎"),
            ("架空窓口の実施", 2025, "△")} <= grades  # fmt: skip


def test_a_records_rows_by_year_grade_each_year_past_a_column_of_progress_words() -> None:
    text = (
        "行財政改革推進計画 進捗管理\n"
        "取組番号\t取組名\t進捗状況（令和7年度）\t年度\t実績\t評価\n"
        "Ⅲ-1-②\t架空人材の育成\t順調\t令和6年度\t120\tA\n"
        "Ⅲ-1-②\t架空人材の育成\t順調\t令和7年度\t160\tB\n"
        "Ⅲ-1-①\t架空専門職の確保\t遅れ\t令和6年度\t4\tA\n"
        "Ⅲ-1-①\t架空専門職の確保\t遅れ\t令和7年度\t6\tC\n"
    )
    facts = parse_document(text, file="kintone.csv", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert {("架空人材の育成", 2024, "A"), ("架空人材の育成", 2025, "B"),
            ("架空専門職の確保", 2025, "C")} <= grades  # fmt: skip
