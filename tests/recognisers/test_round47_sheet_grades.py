"""事務事業評価シート as an OCR program's HTML prints them: the sheet's number and its 事業名
on one row of the form (「事業番号 01-03 事業名 X事業」), its grade fields further down; and a
legend of the grades (「Ｃ 目標を下回っており、改善が必要である」) over the sheets. The sheet's
project is graded; the legend's meanings are no entries. A column labelled 「（参考）令和5年度」
beside 「令和6年度」 grades that year too, and 「令和7年度の取組の振り返り」 over 「・X …… ◎」
grades each entry for that year. Fictional examples."""

from __future__ import annotations

from loaders.parse import parse_document

_SHEETS = (
    "令和７年度 架空市事務事業評価結果報告書\n"
    "（令和６年度実施事業）\n"
    "Ａ\t目標を達成し、成果が十分に上がっている\n"
    "Ｂ\tおおむね目標を達成している\n"
    "Ｃ\t目標を下回っており、改善が必要である\n"
    "事 務 事 業 評 価 シ ー ト\n"
    "令和７年度評価（令和６年度実施事業）\n"
    "事業番号\t01-01-03\t事業名\t架空短期支援事業\n"
    "所管部\t架空福祉部\t所管課・係\t架空家庭課 架空支援係\n"
    "３　評価\n"
    "総合評価\tＡ\n"
    "前年度評価\tＢ\n"
    "今後の方向性\t拡充\n"
)


def _grades(text: str = _SHEETS) -> set[tuple[str, int, str]]:
    facts = parse_document(text, file="x.md", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


def test_the_sheets_project_named_on_its_number_row_is_graded() -> None:
    assert {("架空短期支援事業", 2024, "A"), ("架空短期支援事業", 2023, "B")} <= _grades()


def test_a_grade_legends_meanings_are_no_entries() -> None:
    assert not any(name.endswith("である") or "、" in name for name, _, _ in _grades())


def test_a_year_tagged_for_reference_labels_a_column_of_grades() -> None:
    text = (
        "施策評価の結果\n\n"
        "| 施策 | 施策名 | 令和6年度 | （参考）令和5年度 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1-1 | 架空支援の充実 | B | C |\n"
        "| 1-2 | 架空教育の充実 | A | B |\n"
    )
    grades = _grades(text)
    assert {("架空支援の充実", 2024, "B"), ("架空支援の充実", 2023, "C"),
            ("架空教育の充実", 2024, "A")} <= grades  # fmt: skip


def test_a_years_look_back_grades_each_entry_led_to_its_mark() -> None:
    text = (
        "## 5 令和7年度の取組の振り返り\n\n"
        "◎：目標を上回った ○：おおむね目標どおり △：目標を下回った\n\n"
        "  * 架空組織への訓練支援 …… ◎\n"
        "  * 架空計画の作成支援 …… ○\n"
        "  * 架空ひろばの運営 …… △\n"
    )
    grades = _grades(text)
    assert {("架空組織への訓練支援", 2025, "◎"), ("架空ひろばの運営", 2025, "△")} <= grades
