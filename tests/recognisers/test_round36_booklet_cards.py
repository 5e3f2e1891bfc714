"""A booklet's cards, one per project under a numbered heading 「■ No.1 X事業」, the amounts
under labels carrying their year (「事業費（決算）令和６年度」 over 「　２８，６００千円」), the
grade in a field after the indicator's (「達成度 115.6％」 then 「評価　Ａ」), all under a section
「２　評価結果」. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_BOOKLET = (
    "令和７年度　事務事業評価結果報告書\n\n"
    "１　評価の概要\n"
    "　令和６年度に実施した事務事業について担当課が自己評価を行いました。\n\n"
    "２　評価結果\n\n"
    "■ No.１　架空定住促進住宅取得補助事業\n"
    "担当部署　架空政策部 架空企画課\n"
    "事業費（決算）令和６年度\n"
    "　　　２８，６００千円\n"
    "予算現額　令和７年度\n"
    "　　　３２，０００千円\n"
    "成果指標　補助による転入者数（人）\n"
    "目標値 90人 実績値 104人 達成度 115.6％\n"
    "評価　Ａ\n\n"
    "■ No.２　架空協力隊活用事業\n"
    "担当部署　架空政策部 架空企画課\n"
    "事業費（決算）令和６年度\n"
    "　　　２１，４８０千円\n"
    "予算現額　令和７年度\n"
    "　　　２４，３００千円\n"
    "成果指標　協力隊員の定住率（％）\n"
    "目標値 70.0％ 実績値 66.7％ 達成度 95.3％\n"
    "評価　Ｂ\n"
)


def test_each_amount_is_the_projects_budget_in_its_labels_year() -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_BOOKLET).projects}
    assert ("架空定住促進住宅取得補助事業", 2024, 28_600_000) in projects
    assert ("架空定住促進住宅取得補助事業", 2025, 32_000_000) in projects


def test_a_numbered_section_heading_names_no_project() -> None:
    names = {p.name for p in parsed_as_read(_BOOKLET).projects}
    assert "評価の概要" not in names and "評価結果" not in names


def test_the_grade_after_the_indicators_fields_is_the_cards_project() -> None:
    graded = {(e.initiative, e.grade) for e in parsed_as_read(_BOOKLET).evaluations}
    assert ("架空定住促進住宅取得補助事業", "A") in graded
    assert ("架空協力隊活用事業", "B") in graded
