"""Round 51: an issue tracker's CSV export (Jira's, in its Japanese UI) of a reform plan's
progress. Before, its custom fields were read under their wrapped labels (「カスタムフィールド
(指標)」 names no field), its rows in the order of their last update, the epics (推進項目) far
from their tasks (取組), and a notes cell in the tracker's markup (「*所管：*」, 「*取組内容*」)
was no record's notes, so no entry, grade or baseline year was read. Every name and figure is
made up."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from data_documents import facts_of, lines, write

_HEADER = [
    "要約", "課題キー", "課題タイプ", "担当者", "説明", "コンポーネント",
    "カスタムフィールド (Epic Name)", "カスタムフィールド (所管課)", "カスタムフィールド (指標)",
    "カスタムフィールド (基準年度)", "カスタムフィールド (基準値)",
    "カスタムフィールド (目標値（R8）)", "カスタムフィールド (実績（R7）)",
    "カスタムフィールド (評価（R6）)", "カスタムフィールド (評価（R7）)", "親の要約",
]
_NOTES = "*所管：* 架空部 架空課\n\n*取組内容*\n* 計画どおり取り組む。"
_ROWS = [
    ["Ⅱ-1-② 架空手数料の見直し", "KK-14", "タスク", "h.ohno", _NOTES, "Ⅱ 架空の財政運営", "",
     "架空財政課", "見直した手数料の件数", "R5", "0", "24", "17", "B", "A", ""],
    ["Ⅰ-1-① 架空申請の拡充", "KK-8", "タスク", "r.ishida", _NOTES, "Ⅰ 架空のサービス", "",
     "架空推進課", "架空申請の手続数", "R5", "85", "300", "241", "A", "S", ""],
    ["架空仕様書の作成", "KK-30", "サブタスク", "r.ishida", _NOTES, "", "", "", "", "", "", "",
     "", "", "", "Ⅰ-1-① 架空申請の拡充"],
    ["Ⅱ-1 架空歳入の確保", "KK-3", "エピック", "s.miya", _NOTES, "Ⅱ 架空の財政運営",
     "Ⅱ-1 架空歳入の確保", "", "", "", "", "", "", "", "", ""],
    ["Ⅰ-1 架空手続のデジタル化", "KK-1", "エピック", "s.miya", _NOTES, "Ⅰ 架空のサービス",
     "Ⅰ-1 架空手続のデジタル化", "", "", "", "", "", "", "", "", ""],
]


def _export(tmp_path: Path) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([_HEADER, *_ROWS])
    return write(tmp_path, "tracker-export.csv", out.getvalue())


def test_a_custom_fields_column_is_labelled_by_its_name(tmp_path: Path) -> None:
    printed = lines(_export(tmp_path))
    assert "指標：架空申請の手続数" in printed
    assert not any("カスタムフィールド" in line for line in printed)


def test_records_are_read_in_the_order_of_their_codes(tmp_path: Path) -> None:
    printed = lines(_export(tmp_path))
    order = [printed.index(t) for t in ("Ⅰ-1 架空手続のデジタル化", "Ⅰ-1-① 架空申請の拡充",
                                        "架空仕様書の作成", "Ⅱ-1 架空歳入の確保",
                                        "Ⅱ-1-② 架空手数料の見直し")]  # fmt: skip
    assert order == sorted(order)


def test_an_epics_name_cell_is_not_printed_again_over_it(tmp_path: Path) -> None:
    assert lines(_export(tmp_path)).count("Ⅰ-1 架空手続のデジタル化") == 1


def test_a_sub_record_stays_under_its_parent_record(tmp_path: Path) -> None:
    printed = lines(_export(tmp_path))
    assert printed.count("Ⅰ-1-① 架空申請の拡充") == 1
    assert printed.count("Ⅰ 架空のサービス") == 1


def test_a_title_field_and_an_account_are_not_printed_as_values(tmp_path: Path) -> None:
    printed = lines(_export(tmp_path))
    assert "所管課：架空推進課" in printed
    assert not any(line.startswith(("課題キー：", "課題タイプ：", "担当者：")) for line in printed)


def test_each_task_is_an_initiative_under_its_epics_code(tmp_path: Path) -> None:
    initiatives = {(i.name, tuple(i.policy_codes))
                   for i in facts_of(_export(tmp_path)).initiatives}  # fmt: skip
    assert ("架空申請の拡充", ("Ⅰ-1",)) in initiatives


def test_each_years_grade_is_read(tmp_path: Path) -> None:
    graded = facts_of(_export(tmp_path)).evaluations
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in graded}
    assert ("架空申請の拡充", 2024, "A") in grades
    assert ("架空申請の拡充", 2025, "S") in grades


def test_a_baseline_is_dated_by_the_baseline_year_field(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_export(tmp_path)).observations}  # fmt: skip
    assert ("架空申請の手続数", 2023, "baseline", 85) in observations
    assert ("架空申請の手続数", 2026, "target", 300) in observations
