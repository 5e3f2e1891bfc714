"""A strategy's progress report: a KPI table whose 施策 column cites 「1-(1) 名称」 and
then a table of the 施策 graded by year (「施策 | 令和5年度 |
令和6年度」 over 「1-(1) 名称 | Ｂ | Ａ」). Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "第２期架空市総合戦略　ＫＰＩの進捗状況（令和７年度見込）\n\n"
    "  施策                    ＫＰＩ（単位）            "
    "基準値  令和５年度  令和６年度    目標値    進捗\n"
    "                                                                  実績        実績\n"
    "  1-(1) 架空産業の強化    架空立地企業数（社）      "
    "     0           6           9        12    ○\n"
    "  1-(2) 架空の担い手確保  架空就農者数（人）        "
    "     4           6           5         8    △\n"
    "  2-(1) 架空移住の促進    架空相談件数（件）        "
    "    86         142         168       200    ◎\n"
    "\n"
    "  １　施策の評価\n"
    "    Ａ：順調に進んでいる　Ｂ：概ね順調に進んでいる　Ｃ：やや遅れている\n\n"
    "    施策                              令和５年度  令和６年度  評価の理由（令和６年度）\n"
    "    ────────────────────────────────────────────────────────\n"
    "    1-(1) 架空産業の強化                Ｂ          Ａ        分譲が進んだ。\n"
    "    1-(2) 架空の担い手確保              Ｂ          Ｃ        前年度を下回った。\n"
    "    2-(1) 架空移住の促進                Ｂ          Ｂ        目標に届いていない。\n"
)


def test_a_column_citing_code_and_name_in_a_grades_table_names_policies() -> None:
    grades_only = _REPORT[_REPORT.index("  １　施策の評価") :]
    policies = {(c.normalized, c.label) for c in parsed_as_read(grades_only).policy_codes}
    assert {("1-1", "架空産業の強化"), ("1-2", "架空の担い手確保")} <= policies
    assert ("2-1", "架空移住の促進") in policies


def test_coded_policies_graded_by_year_get_each_years_grade() -> None:
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REPORT).evaluations}
    assert {("架空産業の強化", 2023, "B"), ("架空産業の強化", 2024, "A")} <= graded
    assert ("架空の担い手確保", 2024, "C") in graded



def test_a_policys_own_grade_wins_over_its_kpis_progress_mark() -> None:
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REPORT).evaluations}
    assert ("架空移住の促進", 2024, "B") in graded
    assert ("架空移住の促進", 2024, "◎") not in graded
