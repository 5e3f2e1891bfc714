"""Round 18: an entry cites the plan's level it serves (in a bracket closing its line, or on
the next line), and a name closed by a mark the page's legend defines is graded (fictional
examples, in layouts of no development set)."""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.recognisers.tagged_levels import cited_level


def test_an_entry_closed_by_a_tortoise_shell_bracket_citing_the_plan_is_filed_there() -> None:
    text = (
        "# 架空局の運営方針\n\n"
        "## 今年度の重点目標\n\n"
        "1. 重点１ 森の小道の再生　〔基本計画 施策4-2 みどりを育てる〕\n"
        "2. 重点２ 川辺の散策路づくり　〔基本計画 施策4-3 水辺に親しむ〕\n"
    )
    facts = facts_of(text)
    assert {("4-2", "みどりを育てる"), ("4-3", "水辺に親しむ")} <= policy_rows(facts)
    assert {("森の小道の再生", ("4-2",)), ("川辺の散策路づくり", ("4-3",))} <= initiative_rows(
        facts
    )


def test_a_pledge_whose_next_line_cites_the_plans_level_is_an_initiative_of_it() -> None:
    text = (
        "3 今年度のお約束\n"
        "\n"
        "(1) 誰もが気軽に森を歩けるようにします\n"
        "    〔総合計画　施策目標(2)-(1) みどりを育てる〕\n"
        "    ・森の小道整備事業　500万円（みどり課）\n"
        "\n"
        "(2) 川辺で遊べる場所を増やします\n"
        "    〔総合計画　施策目標(2)-(2) 水辺に親しむ〕\n"
        "    ・川辺広場整備事業　300万円（みどり課）\n"
    )
    facts = facts_of(text)
    assert {("2-1", "みどりを育てる"), ("2-2", "水辺に親しむ")} <= policy_rows(facts)
    names = {name: codes for name, codes in initiative_rows(facts)}
    assert names.get("誰もが気軽に森を歩けるようにします") == ("(2)-(1)",)
    assert names.get("川辺で遊べる場所を増やします") == ("(2)-(2)",)


def test_a_level_name_before_the_next_level_on_one_line_is_no_plan_citation() -> None:
    # two columns of a bulletin run together: the first level's name is no plan's name
    assert cited_level("森と水のまち　　基本目標2　にぎわいのまち", whole=True) is None
    assert cited_level("総合計画 施策2-1 にぎわいのまち", whole=True) is not None


def test_a_graded_title_line_grades_the_policy_it_names_and_its_previous_grade() -> None:
    text = (
        "# 施策評価（令和5年度の取組）\n\n"
        "評価の区分　A：順調　B：概ね順調　C：遅れ\n\n"
        "## 施策4-1 森の保全 B\n\n"
        "主管：みどり課\n\n"
        "### 前年度（令和4年度の取組）の評価：A\n\n"
        "## 施策4-2 水辺の再生 C\n\n"
        "主管：みどり課\n\n"
        "### 前年度（令和4年度の取組）の評価：C\n"
    )
    facts = facts_of(text)
    assert {
        ("森の保全", 2023, "B"), ("森の保全", 2022, "A"),
        ("水辺の再生", 2023, "C"), ("水辺の再生", 2022, "C"),
    } <= evaluation_rows(facts)  # fmt: skip


def test_a_run_of_marked_lines_under_an_evaluation_heading_grades_each_name() -> None:
    text = (
        "5 令和5年度の約束の達成状況\n"
        "   ◎：達成　○：概ね達成　△：未達成\n"
        "   森の小道の再生　　　　　◎\n"
        "   川辺の散策路づくり　　　△\n"
    )
    assert {("森の小道の再生", 2023, "◎"), ("川辺の散策路づくり", 2023, "△")} <= (
        evaluation_rows(facts_of(text))
    )


def test_a_lone_marked_line_names_no_graded_entry() -> None:
    text = "5 令和5年度の約束の達成状況\n   ◎：達成　○：概ね達成\n   森の小道の再生　◎\n"
    assert evaluation_rows(facts_of(text)) == set()


def test_an_evaluation_label_between_a_name_and_its_mark_is_no_part_of_the_name() -> None:
    text = (
        "6 令和5年度の目標の達成度\n"
        "（A：達成　B：一部達成　C：未達成）\n"
        "   森の小道の再生　　　自己評価 A\n"
        "   川辺の散策路づくり　自己評価 C\n"
    )
    assert {("森の小道の再生", 2023, "A"), ("川辺の散策路づくり", 2023, "C")} <= (
        evaluation_rows(facts_of(text))
    )


def test_marks_under_a_heading_on_the_previous_years_work_are_of_the_year_before() -> None:
    text = (
        "3 前年度の取組の評価\n"
        "  ・森の小道の再生：達成度 A\n"
        "  ・川辺の散策路づくり：達成度 B\n"
        "  （A：達成　B：概ね達成　C：未達成）\n"
    )
    assert {("森の小道の再生", 2023, "A"), ("川辺の散策路づくり", 2023, "B")} <= (
        evaluation_rows(facts_of(text, year=2024))
    )
