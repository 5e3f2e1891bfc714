"""The policy recogniser: codes of a policy system with their names, wherever the page says
they are policies (a label word, a labelled list, the code hierarchy, a table column)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import facts_of, initiative_rows, policy_rows


def test_a_label_word_before_a_code_makes_a_policy() -> None:
    assert policy_rows(facts_of("施策3-2-1 水辺の再生\n")) == {("3-2-1", "水辺の再生")}


def test_a_marked_heading_with_label_and_full_width_code() -> None:
    assert policy_rows(facts_of("■施策２-３ 風の丘の整備\n・見晴らし台\n")) == {
        ("2-3", "風の丘の整備")
    }


def test_a_numbered_list_under_a_policy_label_heading() -> None:
    text = "重点改革項目別の進捗状況\n1 星の街の協働\n2 月の港の再生\n"
    assert policy_rows(facts_of(text)) == {("1", "星の街の協働"), ("2", "月の港の再生")}


def test_a_heading_above_codes_that_extend_its_number_is_the_broader_policy() -> None:
    text = "1霧の谷を守る\n該当する施策\n- 1-1 霧を測る\n- 1-2 谷を歩く\n"
    assert policy_rows(facts_of(text)) == {
        ("1", "霧の谷を守る"),
        ("1-1", "霧を測る"),
        ("1-2", "谷を歩く"),
    }


def test_a_numbered_list_under_an_ordinary_heading_is_not_a_policy() -> None:
    assert policy_rows(facts_of("お知らせ\n1 雪の日の運行\n2 雨の日の運行\n")) == set()


def test_labelled_levels_run_together_build_the_code_from_the_chain() -> None:
    text = (
        "事業名架空事業基本目標03森のくらし政  策02森の道"
        "施  策01森の道の手入れ事業実施期間令和2年度\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("3", "森のくらし"),
        ("3-2", "森の道"),
        ("3-2-1", "森の道の手入れ"),
    }


def test_a_label_a_code_and_a_quoted_name_in_a_sentence() -> None:
    text = "施策12「湖畔の整備」では、3事業について評価を実施した。\n"
    assert policy_rows(facts_of(text)) == {("12", "湖畔の整備")}


def test_the_numbered_groups_of_a_budgets_projects_are_its_pillars() -> None:
    text = (
        "【一般会計の主な歳出事業】\n1 虹の橋でつながる社会に向けて\n"
        "○虹の橋改修事業 1,000千円\n2 風車の丘のにぎわいづくり\n○風車保存事業 500千円\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "虹の橋でつながる社会に向けて"),
        ("2", "風車の丘のにぎわいづくり"),
    }


def test_a_table_with_a_code_column_and_a_name_column() -> None:
    text = "施策コード\t施策名\n4-1\t港のにぎわい\n"
    assert policy_rows(facts_of(text)) == {("4-1", "港のにぎわい")}


def test_one_code_keeps_the_name_it_is_first_printed_with() -> None:
    facts = facts_of("施策3-2-1 水辺の再生\n施策3-2-1 水辺の再生と活用\n")
    assert policy_rows(facts) == {("3-2-1", "水辺の再生")}


def test_codes_listed_after_a_relation_label_are_policies() -> None:
    text = "課題1 星空の保全\n\n天文計画の施策との関連\n\n3-2-1 自然環境の保全\n\n課題2 雲の観測\n"
    assert ("3-2-1", "自然環境の保全") in policy_rows(facts_of(text))


def test_a_numbered_group_over_a_form_of_entries_is_no_policy() -> None:
    text = (
        "重点改革項目 Ⅱ 星空の保全\n"
        "取組項目(中項目)\t1 雲の観測\tNo.\t4\n実施項目\t雨量の計測\t\t\n"
    )
    assert policy_rows(facts_of(text)) == set()


def test_a_level_that_numbers_afresh_under_each_broader_level_is_composed() -> None:
    text = (
        "取組番号 Ⅰ-1-①\n大項目 Ⅰ 星の財政\n中項目 1 星の収入\n取組項目 星の売却\n"
        "取組番号 Ⅱ-1-①\n大項目 Ⅱ 月の運営\n中項目 1 月の改革\n取組項目 月の電子化\n"
    )
    rows = policy_rows(facts_of(text))
    assert {("1", "星の財政"), ("1-1", "星の収入"), ("2", "月の運営"), ("2-1", "月の改革")} <= rows


def test_a_goal_then_a_policy_whose_code_already_names_the_goal_keeps_that_code() -> None:
    text = "総合計画の位置付け 基本目標 2 霧の子のまち 施策 2-4 霧の家庭の支援\n"
    assert ("2-4", "霧の家庭の支援") in policy_rows(facts_of(text))


def test_a_list_numbered_apart_from_the_sheets_policy_code_is_no_policy() -> None:
    text = (
        "政策名:政策2 星の健やかなまち\n施策名:施策2-3 星の医療\n"
        "【施策の方向】\n(1)星の検診\n(2)星の救急\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "星の健やかなまち"), ("2-3", "星の医療")}


def test_a_column_labelled_as_policies_cites_one_step_codes_in_merged_cells() -> None:
    text = (
        "基本方針\tNo.\t取組項目\t担当課\n"
        "1 星の財政\t1-1\t星の収納\t納税課\n"
        "1-2\t星の負担\t財政課\n"
        "2 月の運営\t2-1\t月の電子化\t情報課\n"
    )
    assert policy_rows(facts_of(text)) == {("1", "星の財政"), ("2", "月の運営")}


def test_a_code_heading_over_a_table_of_projects_is_a_policy_under_its_chapter() -> None:
    text = (
        "第1章 星の村づくり\n\n1-1 星の医療\n事業名\t担当課\t2020年度\n"
        "星の診療所運営事業\t保健課\t4,860\n"
    )
    assert policy_rows(facts_of(text)) == {("1", "星の村づくり"), ("1-1", "星の医療")}


def test_a_tree_of_codes_under_a_policy_system_heading_is_all_policies() -> None:
    text = (
        "第1章 施策の体系\n"
        "1 星のまち\n"
        "  1-1 星の観察\n"
        "    1-1-1 観測所の整備\n"
        "    1-1-2 夜空の保全\n"
        "2 月のまち\n"
        "  2-1 月の港\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星のまち"),
        ("1-1", "星の観察"),
        ("1-1-1", "観測所の整備"),
        ("1-1-2", "夜空の保全"),
        ("2", "月のまち"),
        ("2-1", "月の港"),
    }


def test_a_tree_of_codes_one_of_which_is_a_known_policy_is_all_policies() -> None:
    text = "1 雲の谷\n1-1 雲の道\n1-2 雲の橋\n施策1-2 雲の橋\n・橋の点検\n"
    assert ("1-1", "雲の道") in policy_rows(facts_of(text))


def test_a_tree_of_codes_with_no_sign_of_policies_is_not_policies() -> None:
    text = "報告書\n1 はじめに\n1-1 調査の目的\n1-2 調査の方法\n"
    assert policy_rows(facts_of(text)) == set()


def test_an_entry_heading_over_its_own_numbered_list_is_the_policy_it_groups() -> None:
    text = "重点目標1 霧の森の保全\n (1) 下草刈りの支援\n (2) 苗木の配布\n"
    assert policy_rows(facts_of(text)) == {("1", "霧の森の保全")}


def test_a_reform_pillar_label_before_a_number_makes_a_policy() -> None:
    assert policy_rows(facts_of("改革の柱1 窓口の改善\n・予約の電子化\n")) == {
        ("1", "窓口の改善")
    }


def test_labelled_levels_printed_cell_by_cell_in_a_row_build_the_code() -> None:
    text = (
        "重点課題\n"
        "1\t政策目標\t(3)\t水のまち\t施策目標\t(2)泉の保全\n"
        "\t湧水の調査\t\t\t\t\n"
    )
    assert policy_rows(facts_of(text)) == {("3", "水のまち"), ("3-2", "泉の保全")}


def test_levels_printed_after_a_policy_heading_as_a_breadcrumb_are_policies() -> None:
    text = "政策3 水のまち > 施策の方向3-2 泉のある暮らし\n現状と課題\n"
    assert policy_rows(facts_of(text)) == {("3", "水のまち"), ("3-2", "泉のある暮らし")}


def test_levels_printed_in_one_cell_split_at_a_slash_are_policies() -> None:
    text = "事業名\t泉の清掃事業\n総合計画の体系\t基本目標2 水のまち / 施策2-3 泉のある暮らし\n"
    assert policy_rows(facts_of(text)) == {("2", "水のまち"), ("2-3", "泉のある暮らし")}


def test_a_sheet_line_naming_the_plans_policy_gives_its_code() -> None:
    text = "事業名　　　　　　星見台案内事業\n総合計画の施策　　４－２　夜空の保全\n"
    assert policy_rows(facts_of(text)) == {("4-2", "夜空の保全")}


_SYSTEM_TABLE = (
    "| 基本目標 | 施策番号 | 施策名 | 主担当部 |\n|---|---|---|---|\n"
    "| 1 星の降る丘のまち | 1-1 | 星見の推進 | 星見部 |\n"
    "| | 1-2 | 夜空の保全 | 星見部 |\n"
    "| 2 霧の晴れるまち | 2-1 | 霧の観測 | 霧部 |\n"
)


def test_a_system_table_gives_the_goals_cited_beside_codes_and_their_policies() -> None:
    assert policy_rows(facts_of(_SYSTEM_TABLE)) == {
        ("1", "星の降る丘のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "霧の晴れるまち"),
        ("2-1", "霧の観測"),
    }


def test_a_chapter_holding_policies_of_several_goals_is_not_their_goal() -> None:
    text = "第2章 施策の展開\n施策1-1 星見の推進\n施策2-1 霧の観測\n"
    assert ("2", "施策の展開") not in policy_rows(facts_of(text))


_NESTED_SECTIONS = (
    "第4 取組の状況\n㈠ 港の運営\n⑴ 桟橋の管理\n"
    "| No. | 取組項目 | 担当課 |\n|---|---|---|\n| 1 | 桟橋点検の外部化 | 港湾課 |\n"
    "⑵ 灯台の管理\n"
    "| No. | 取組項目 | 担当課 |\n|---|---|---|\n| 2 | 灯台照明の更新 | 港湾課 |\n"
)


def test_sections_nested_over_a_table_of_initiatives_are_policy_levels() -> None:
    assert policy_rows(facts_of(_NESTED_SECTIONS)) == {
        ("1", "港の運営"),
        ("1-1", "桟橋の管理"),
        ("1-2", "灯台の管理"),
    }


def test_one_numbered_section_over_a_table_of_initiatives_is_no_policy() -> None:
    text = "3 主な取組\n| No. | 取組項目 | 担当課 |\n|---|---|---|\n| 1 | 桟橋点検 | 港湾課 |\n"
    assert policy_rows(facts_of(text)) == set()


def test_levels_on_consecutive_lines_behind_a_wrapped_row_label_are_policies() -> None:
    text = (
        "事務事業名 灯台清掃事業\n総合計画 政策 2 港のにぎわい\n"
        "上の位置付け 施策 2-4 灯台の保全\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "港のにぎわい"), ("2-4", "灯台の保全")}


def test_a_lone_labelled_code_closing_a_line_is_not_taken_alone() -> None:
    assert policy_rows(facts_of("関連 施策 2-4 灯台の保全\n事業期間 令和2年度~\n")) == set()


def test_fields_printed_after_a_policy_name_on_its_line_are_not_the_name() -> None:
    text = "施策2-4 灯台の保全 主管課 港湾課 関係課 観光課\n"
    assert policy_rows(facts_of(text)) == {("2-4", "灯台の保全")}


_WRAPPED_SYSTEM = (
    "基本目標 施策 施策名 主管課 評価\n"
    "1 星の降る 1-1 星見の推進 星見課 A\n"
    "丘のまち 1-2 夜空の保全 環境課 B\n"
    "2 霧の晴れる 2-1 霧の観測 気象課 C\n"
    "まち 2-2 霧の利用 観光課 S\n"
)


def test_a_system_table_printed_as_text_rows_rejoins_the_wrapped_goal_names() -> None:
    assert policy_rows(facts_of(_WRAPPED_SYSTEM)) == {
        ("1", "星の降る丘のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "霧の晴れるまち"),
        ("2-1", "霧の観測"),
        ("2-2", "霧の利用"),
    }


def test_codes_under_a_labelled_policy_heading_that_extend_it_are_policies() -> None:
    text = (
        "基本目標1 星のまち\n 施策1-1 星見の推進\n  1-1-1 観望会の開催\n  1-1-2 星図の整備\n"
        " 施策1-2 夜空の保全\n  1-2-1 照明の抑制\n"
    )
    assert policy_rows(facts_of(text)) >= {
        ("1-1-1", "観望会の開催"),
        ("1-1-2", "星図の整備"),
        ("1-2-1", "照明の抑制"),
    }


def test_a_table_of_labelled_levels_composes_a_level_numbered_across_its_goals() -> None:
    text = (
        "| 基本目標 | 施策 |\n|---|---|\n"
        "| 基本目標1 星のまち | 施策1 星見の推進 |\n"
        "| | 施策2 夜空の保全 |\n"
        "| 基本目標2 月のまち | 施策3 月見の推進 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "月のまち"),
        ("2-3", "月見の推進"),
    }


def test_a_breadcrumb_heading_composes_the_finer_level_under_the_broader() -> None:
    text = "## 基本目標2 > 施策5 星見の推進\n### 主な取組\n#### (1)観望会の開催\n"
    assert ("2-5", "星見の推進") in policy_rows(facts_of(text))
    assert "5" not in {code for code, _ in policy_rows(facts_of(text))}


def test_a_level_wrapped_onto_the_line_after_a_broader_level_field_is_composed() -> None:
    text = "事業名:観望会事業\n計画上の位置付け:基本目標2 星のまち\n施策5 星見の推進\n"
    assert ("2-5", "星見の推進") in policy_rows(facts_of(text))


def test_a_level_run_together_with_only_a_mark_for_a_name_names_nothing() -> None:
    text = "星のまちの計画です。基本目標2 > 施策5 星見の推進\n"
    assert policy_rows(facts_of(text)) == {("2-5", "星見の推進")}


_PILLARS_OVER_TABLES = (
    "取組項目別の状況\n"
    "第1 港の運営\n"
    "No.\t取組項目\t担当課\t評価\n1\t桟橋点検の外部化\t港湾課\t◎\n2\t灯台照明の更新\t港湾課\t○\n\n"
    "第2 駅の運営\n"
    "No.\t取組項目\t担当課\t評価\n3\t改札の無人化\t駅務課\t△\n"
)


def test_sibling_headings_each_over_a_table_of_initiatives_are_pillars() -> None:
    assert policy_rows(facts_of(_PILLARS_OVER_TABLES)) == {("1", "港の運営"), ("2", "駅の運営")}


def test_two_levels_of_one_label_side_by_side_are_sibling_columns() -> None:
    text = (
        "主な事業を紹介します\n"
        "基本目標１　星のまち　　　　基本目標２　月の見える丘の\n"
        "　　　　　　　　　　　　　　まち\n"
        "●観望会事業\n"
    )
    assert policy_rows(facts_of(text)) == {("1", "星のまち"), ("2", "月の見える丘のまち")}


def test_the_same_label_again_in_running_text_is_no_finer_level() -> None:
    text = "主な事業\n基本目標1 星のまち 基本目標2 月のまち\n"
    assert all(len(code.split("-")) == 1 for code, _ in policy_rows(facts_of(text)))


def test_a_table_of_labelled_goals_beside_cited_codes_gives_both_levels() -> None:
    text = (
        "| 基本目標 | 施策 |\n|---|---|\n"
        "| 基本目標1 星のまち | 1-1 星見の推進 |\n"
        "| | 1-2 夜空の保全 |\n"
        "| 基本目標2 月のまち | 2-1 月見の推進 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "月のまち"),
        ("2-1", "月見の推進"),
    }


_SYSTEM_BESIDE_PROJECTS = (
    "政策\t施策コード\t施策名\t事業名\t担当課\n"
    "政策1 星のまち\t1-1\t星見の推進\t観望会開催事業\t星見課\n"
    "\t\t\t星図作成事業\t星見課\n"
    "\t1-2\t夜空の保全\t照明改修事業\t夜空課\n"
    "政策2 月のまち\t2-1\t月見の推進\t月見台整備事業\t月見課\n"
    "\t\t\t合計\t\n"
)


def test_a_system_printed_beside_its_projects_gives_the_codes_and_names() -> None:
    assert policy_rows(facts_of(_SYSTEM_BESIDE_PROJECTS)) == {
        ("1", "星のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "月のまち"),
        ("2-1", "月見の推進"),
    }


_PILLAR_OVER_NUMBERED_ENTRIES = (
    "柱1 星のまちの運営\n"
    "| 番号 | 改革項目 | 所管課 | 評価 |\n|---|---|---|---|\n"
    "| 1-1 | 星見台の民営化 | 星見課 | A |\n"
    "| 1-2 | 観望会の有料化 | 星見課 | B |\n"
)


def test_entries_numbered_one_step_under_their_pillar_are_policies_too() -> None:
    assert policy_rows(facts_of(_PILLAR_OVER_NUMBERED_ENTRIES)) == {
        ("1", "星のまちの運営"),
        ("1-1", "星見台の民営化"),
        ("1-2", "観望会の有料化"),
    }


def test_entries_citing_one_code_of_their_pillar_are_no_policies() -> None:
    text = (
        "柱1 星のまちの運営\n"
        "| 番号 | 改革項目 | 所管課 |\n|---|---|---|\n"
        "| 1-1 | 星見台の民営化 | 星見課 |\n"
        "| 1-1 | 観望会の有料化 | 星見課 |\n"
    )
    assert policy_rows(facts_of(text)) == {("1", "星のまちの運営")}


def test_a_priority_policy_heading_is_a_policy() -> None:
    text = "重点政策2 月の見える丘のまち\n本文です。\n"
    assert policy_rows(facts_of(text)) == {("2", "月の見える丘のまち")}


def test_a_one_number_level_right_under_a_goal_of_another_label_counts_within_it() -> None:
    text = "政策目標(4) 星のまち\n施策目標(2) 星見の推進\n1 施策の目的\n本文です。\n"
    assert policy_rows(facts_of(text)) == {("4", "星のまち"), ("4-2", "星見の推進")}


def test_a_table_of_cited_goals_beside_cited_codes_gives_both_levels() -> None:
    text = (
        "| 基本目標 | 施策 |\n|---|---|\n"
        "| 1 星のまち | 1-1 星見の推進 |\n"
        "| | 1-2 夜空の保全 |\n"
        "| 2 月のまち | 2-1 月見の推進 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星のまち"),
        ("1-1", "星見の推進"),
        ("1-2", "夜空の保全"),
        ("2", "月のまち"),
        ("2-1", "月見の推進"),
    }


def test_code_and_name_columns_beside_an_entry_column_give_the_policies() -> None:
    text = (
        "施策コード\t施策名\t取組\t担当課\n"
        "3-1\t星見の推進\t観望会の開催\t星見課\n"
        "\t\t星図の配布\t星見課\n"
        "3-2\t夜空の保全\t照明の抑制\t夜空課\n"
    )
    assert policy_rows(facts_of(text)) == {("3-1", "星見の推進"), ("3-2", "夜空の保全")}


def test_entries_numbered_under_sibling_unlabelled_pillars_are_policies_too() -> None:
    text = (
        "改革項目別の状況\n"
        "1 星のまちの運営\n"
        "| 番号 | 改革項目 | 所管課 |\n|---|---|---|\n| 1-1 | 星見台の民営化 | 星見課 |\n"
        "2 月のまちの運営\n"
        "| 番号 | 改革項目 | 所管課 |\n|---|---|---|\n| 2-1 | 月見台の民営化 | 月見課 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星のまちの運営"),
        ("1-1", "星見台の民営化"),
        ("2", "月のまちの運営"),
        ("2-1", "月見台の民営化"),
    }


def test_the_mark_between_two_levels_in_a_sentence_ends_neither_name() -> None:
    text = "総合計画での位置付けは 政策目標2 森のくらし → 施策目標1 森の道の手入れ\n"
    assert policy_rows(facts_of(text)) == {("2", "森のくらし"), ("2-1", "森の道の手入れ")}


def test_the_slash_between_two_levels_in_a_labelled_field_ends_neither_name() -> None:
    text = "【位置付け】 政策目標２　森のくらし ／ 施策目標１　森の道の手入れ\n"
    assert policy_rows(facts_of(text)) == {("2", "森のくらし"), ("2-1", "森の道の手入れ")}


def test_a_numbered_line_listing_its_own_levels_below_splits_into_policies() -> None:
    text = "施策の体系\n1 星の暮らし　1-1 星見台の整備　1-2 夜空の保全\n2 月の港　2-1 桟橋の修繕\n"
    assert policy_rows(facts_of(text)) == {
        ("1", "星の暮らし"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
    }


def test_sibling_levels_listed_in_a_labelled_field_are_policies() -> None:
    assert policy_rows(facts_of("柱：1 星の暮らし　2 月の港　3 風の丘\n")) == {
        ("1", "星の暮らし"),
        ("2", "月の港"),
        ("3", "風の丘"),
    }


def test_codes_listed_along_a_line_outside_a_policy_context_are_not_policies() -> None:
    assert policy_rows(facts_of("お知らせ\n1 雪の日　1-1 除雪　1-2 融雪\n")) == set()


_MERGED_LEVEL = (
    "基本方針\t\t重点取組\t担当課\n"
    "1\t星の暮らし\t(1) 星見台の整備\t星見課\n"
    "\t\t(2) 夜空の保全\t星見課\n"
    "2\t月の港\t(1) 桟橋の修繕\t港湾課\n"
)


def test_entries_numbered_afresh_under_a_code_and_name_header_are_its_next_level() -> None:
    assert policy_rows(facts_of(_MERGED_LEVEL)) == {
        ("1", "星の暮らし"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
    }


_OWN_CODES = (
    "| 分野 | 公約番号 | 公約項目 | 進捗 |\n|---|---|---|---|\n"
    "| 星 | 1-1 | 星見台の整備 | A |\n| 星 | 1-2 | 夜空の保全 | B |\n"
    "| 月 | 2-1 | 桟橋の修繕 | A |\n"
)


def test_entries_with_own_codes_beside_a_column_naming_the_broader_level() -> None:
    assert policy_rows(facts_of(_OWN_CODES)) == {
        ("1", "星"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月"),
        ("2-1", "桟橋の修繕"),
    }


def test_a_code_cited_by_entries_of_different_names_names_no_entry() -> None:
    text = (
        "| 分野 | 施策番号 | 取組 |\n|---|---|---|\n| 星 | 1-1 | 星見台の整備 |\n"
        "| 星 | 1-1 | 夜空の保全 |\n| 月 | 2-1 | 桟橋の修繕 |\n"
    )
    names = {name for _, name in policy_rows(facts_of(text))}
    assert not names & {"星見台の整備", "夜空の保全", "桟橋の修繕"}


_TWO_COLUMNS = (
    "施策の進捗\n\n"
    "基本目標1 星の暮らし                    基本目標2 月の港\n"
    "1-1 星見台の整備                        2-1 桟橋の修繕\n"
    "  担当：星見課                            担当：港湾課\n"
    "  観測会を年4回開き、参加者が増えた。     桟橋の点検を終えた。\n"
    "  評価：A                                 評価：B\n"
    "1-2 夜空の保全                          2-2 灯台の保存\n"
    "  担当：星見課                            担当：港湾課\n"
    "  街灯の更新を進めた。                    灯台の塗装を行った。\n"
    "  評価：B                                 評価：A\n"
)


def test_levels_printed_in_two_columns_side_by_side_are_read_column_by_column() -> None:
    facts = facts_of(_TWO_COLUMNS)
    assert policy_rows(facts) == {
        ("1", "星の暮らし"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
        ("2-2", "灯台の保存"),
    }
    policy = next(c for c in facts.policy_codes if c.normalized == "2-1")
    assert policy.evidence[""].text == "2-1 桟橋の修繕"  # quoted from the original text


def test_entries_labelled_as_initiatives_numbered_below_a_heading_make_two_levels() -> None:
    text = (
        "### 目標1 星の暮らしを守る\n- 取組1-1 星見台の整備（担当：星見課）\n"
        "- 取組1-2 夜空の保全（担当：星見課）\n### 目標2 月の港\n- 取組2-1 桟橋の修繕\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星の暮らしを守る"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
    }


def test_labelled_entries_that_skip_a_number_make_no_levels() -> None:
    text = "### 目標1 星の暮らし\n- 取組1-1 星見台の整備\n- 取組1-3 夜空の保全\n"
    assert ("1", "星の暮らし") not in policy_rows(facts_of(text))


def test_a_header_repeated_over_code_and_name_columns_reads_as_one_level() -> None:
    text = (
        "| 基本方針 | 基本方針 | 取組 |\n|---|---|---|\n"
        "| 1 | 星の暮らし | ① 星見台の整備 |\n| 1 | 星の暮らし | ② 夜空の保全 |\n"
        "| 2 | 月の港 | ① 桟橋の修繕 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星の暮らし"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
    }


def test_a_top_policys_own_bracketed_list_is_the_level_below_it() -> None:
    text = (
        "## 基本方針1 星の暮らし\n(1) 星見台の整備\n(2) 夜空の保全\n"
        "## 基本方針2 月の港\n① 桟橋の修繕\n② 灯台の保存\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星の暮らし"),
        ("1-1", "星見台の整備"),
        ("1-2", "夜空の保全"),
        ("2", "月の港"),
        ("2-1", "桟橋の修繕"),
        ("2-2", "灯台の保存"),
    }


def test_a_policys_bracketed_section_labels_are_no_level_below_it() -> None:
    text = "基本方針1 星の暮らし\n(1) 施策の目的\n(2) 現状と課題\n"
    assert policy_rows(facts_of(text)) == {("1", "星の暮らし")}


def test_a_manifestos_numbered_promises_are_the_top_level_of_its_pledges() -> None:
    text = (
        "市長公約の達成状況\n約束2 海辺のまち\n2-1 浜の清掃\n2-2 灯台の公開\n"
        "約束3 森のまち\n3-1 森林公園の遊歩道\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "海辺のまち"),
        ("2-1", "浜の清掃"),
        ("2-2", "灯台の公開"),
        ("3", "森のまち"),
        ("3-1", "森林公園の遊歩道"),
    }


def test_a_field_joined_on_a_policys_line_by_colons_is_no_part_of_its_name() -> None:
    text = "施策3-1 湖畔の保全：達成度：B\n施策3-2 湖の観光：達成度：A\n"
    assert policy_rows(facts_of(text)) == {("3-1", "湖畔の保全"), ("3-2", "湖の観光")}


def test_projects_listed_after_a_policys_colon_are_no_part_of_its_name() -> None:
    text = (
        "総合計画との関連\n施策 4-2 水辺のまちづくり：川辺公園整備事業、親水護岸改修事業\n"
        "施策 5-1 学びの場づくり：図書館資料充実事業\n"
    )
    assert policy_rows(facts_of(text)) == {("4-2", "水辺のまちづくり"), ("5-1", "学びの場づくり")}


def test_a_subtitle_after_a_policys_colon_stays_in_its_name() -> None:
    text = "施策 4-2 水辺のまちづくり：川と暮らす\n"
    assert policy_rows(facts_of(text)) == {("4-2", "水辺のまちづくり:川と暮らす")}


def test_a_goals_name_wrapped_onto_the_next_row_of_a_system_table_is_joined() -> None:
    text = (
        "基本目標\t施策番号\t施策名\t主管課\n"
        "1 星と月が\t1-1\t星空観察の推進\t観光課\n"
        "輝くまち\t1-2\t月見の振興\t観光課\n"
        "2 海と山が\t2-1\t浜辺の保全\t環境課\n"
        "結ぶまち\t\t\t\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星と月が輝くまち"),
        ("1-1", "星空観察の推進"),
        ("1-2", "月見の振興"),
        ("2", "海と山が結ぶまち"),
        ("2-1", "浜辺の保全"),
    }


def test_a_goal_name_of_two_clauses_joined_by_a_comma_is_read_on_its_line() -> None:
    text = (
        "事業名 干潟清掃事業\n総合計画上の位置付け 政策 2 海を守り、森を育てるまち\n"
        "施策 2-1 干潟の保全\n事業期間 令和2年度～\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "海を守り、森を育てるまち"), ("2-1", "干潟の保全")}


def test_a_list_of_names_after_a_goal_code_is_no_goal_name() -> None:
    text = (
        "【事業名】 干潟清掃事業\n【位置付け】 政策 2 干潟課、森林課、港湾課\n"
        "            施策 2-1 干潟の保全\n【事業期間】 令和2年度～\n"
    )
    assert ("2", "干潟課、森林課、港湾課") not in policy_rows(facts_of(text))


def test_a_code_field_over_a_name_field_is_one_policy() -> None:
    text = "施策コード：4-2\n施策名：星見の丘を守る\n\n取組名：夜空の観察会\n"
    assert policy_rows(facts_of(text)) == {("4-2", "星見の丘を守る")}


def test_a_code_field_over_a_field_of_another_kind_names_no_policy() -> None:
    assert policy_rows(facts_of("施策コード：4-2\n担当課：星見課\n")) == set()


def test_a_system_table_of_three_level_columns_carries_blank_cells_down() -> None:
    text = (
        "基本目標\t政策\t施策\n"
        "1 潮風のまち\t1-1 港の活性化\t1-1-1 桟橋の再生\n"
        "\t\t1-1-2 市場の整備\n"
        "\t1-2 浜の保全\t1-2-1 砂浜の清掃\n"
        "2 森のまち\t2-1 林業の振興\t2-1-1 木材の活用\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "潮風のまち"), ("1-1", "港の活性化"), ("1-1-1", "桟橋の再生"),
        ("1-1-2", "市場の整備"), ("1-2", "浜の保全"), ("1-2-1", "砂浜の清掃"),
        ("2", "森のまち"), ("2-1", "林業の振興"), ("2-1-1", "木材の活用"),
    }  # fmt: skip


def test_a_system_table_whose_third_policy_column_holds_no_levels_reads_the_first_two() -> None:
    text = (
        "| 基本目標 | 施策 | 関連する施策 |\n|---|---|---|\n"
        "| 1 潮風のまち | 1-1 港の活性化 | 観光の振興ほか |\n"
        "| | 1-2 浜の保全 | 環境の保全 |\n"
    )
    assert {("1", "潮風のまち"), ("1-1", "港の活性化"), ("1-2", "浜の保全")} <= policy_rows(
        facts_of(text)
    )


def test_a_field_placing_the_page_in_the_plan_names_the_policy_its_value_labels() -> None:
    text = "港湾課の運営方針\n計画上の位置づけ：基本施策3-(2) 港の活性化\n"
    assert policy_rows(facts_of(text)) == {("3-2", "港の活性化")}


def test_a_placement_field_without_a_policy_label_word_names_no_policy() -> None:
    assert policy_rows(facts_of("港湾課の運営方針\n位置付け：3-(2) 港の活性化\n")) == set()


def test_a_policy_field_holding_a_chain_of_levels_names_each_level_alone() -> None:
    text = "【施策】政策目標2 港のまち ／ 施策目標1 桟橋の再生\n"
    rows = policy_rows(facts_of(text))
    assert ("2", "港のまち") in rows
    assert not any("/" in (n or "") or "／" in (n or "") for _, n in rows)


def test_a_policy_tree_drawn_downwards_with_box_characters_names_every_level() -> None:
    text = (
        "施策の体系\n1 星と森のまち\n├ 1-1 森の保全\n│  ├ 1-1-1 里山の手入れ\n"
        "│  └ 1-1-2 水源林の保護\n└ 1-2 星空の観光\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星と森のまち"),
        ("1-1", "森の保全"),
        ("1-1-1", "里山の手入れ"),
        ("1-1-2", "水源林の保護"),
        ("1-2", "星空の観光"),
    }


def test_a_policy_tree_drawn_across_with_strokes_between_levels_splits_at_the_strokes() -> None:
    text = (
        "Ⅱ 海と丘のまち ─┬─ Ⅱ-1 港の活性化 ──── Ⅱ-1-1 岸壁の補修\n"
        "                 │                    Ⅱ-1-2 漁港の整備\n"
        "                 └─ Ⅱ-2 丘の農業 ──── Ⅱ-2-1 果樹園の振興\n"
    )
    rows = policy_rows(facts_of(text))
    assert ("2-1-1", "岸壁の補修") in rows and ("2-2", "丘の農業") in rows
    assert ("2-1-2", "漁港の整備") in rows and ("2-2-1", "果樹園の振興") in rows


def test_a_drawn_tree_line_goes_on_without_strokes_below_it() -> None:
    text = (
        "1 川のまち ─ 1-1 治水 ─── 1-1-1 堤防の点検\n"
        "                          1-1-2 排水機場の更新\n"
    )
    assert ("1-1-2", "排水機場の更新") in policy_rows(facts_of(text))


def test_a_drawn_org_chart_or_contents_line_is_no_policy_tree() -> None:
    chart = "組織\n町長\n└ 副町長\n   ├ 総務部(12人)\n   └ 建設部(8人)\n"
    contents = "目次\n1 はじめに ─────── 3\n1-1 計画の目的 ───── 5\n"
    assert policy_rows(facts_of(chart)) == set()
    assert policy_rows(facts_of(contents)) == set()


def test_levels_a_page_selects_set_apart_on_one_line_are_each_a_policy() -> None:
    text = "施策の体系\n政策3 緑の里\n  3-2 林業\n    3-2-1 植林の推進    3-2-4 木材の販路拡大\n"
    rows = policy_rows(facts_of(text))
    assert ("3-2-1", "植林の推進") in rows and ("3-2-4", "木材の販路拡大") in rows


def test_skipping_plain_numbers_on_one_line_are_not_split_into_levels() -> None:
    text = "施策の体系\n1 植林の推進    4 木材の販路拡大\n"
    assert ("4", "木材の販路拡大") not in policy_rows(facts_of(text))


def test_a_form_row_labelled_with_a_policy_word_holding_code_and_name_is_that_level() -> None:
    text = "| 基本目標 | 3 水と森の里 |\n|---|---|\n| 施策 | 3-4 里山の保全 |\n| 担当 | 森林課 |\n"
    rows = policy_rows(facts_of(text))
    assert ("3", "水と森の里") in rows and ("3-4", "里山の保全") in rows


def test_entries_numbered_one_step_below_a_known_policy_are_its_levels() -> None:
    text = (
        "施策3-4 里山の保全\n\n構成する基本事業\n"
        "- 3-4-1 竹林の整備\n  - 竹林整備事業(森林課)\n- 3-4-2 里山ボランティアの育成\n"
    )
    rows = policy_rows(facts_of(text))
    assert ("3-4-1", "竹林の整備") in rows and ("3-4-2", "里山ボランティアの育成") in rows


def test_one_entry_numbered_below_a_known_policy_is_not_read_as_its_levels() -> None:
    text = "施策3-4 里山の保全\n\n備考\n- 3-4-2 里山ボランティアの育成\n"
    assert ("3-4-2", "里山ボランティアの育成") not in policy_rows(facts_of(text))


def test_a_placement_field_chaining_extending_codes_names_each_level() -> None:
    text = "事業名：星見の渡し船運航\n計画体系：基本目標2 水辺のまち ＞ 施策2-4 渡しの維持\n"
    assert policy_rows(facts_of(text)) == {("2", "水辺のまち"), ("2-4", "渡しの維持")}


def test_a_placement_field_chain_in_roman_codes_with_full_width_dashes() -> None:
    text = "【事業名】霧笛保存事業\n【計画体系】　基本目標Ⅳ　霧のまち ／ 施策Ⅳ－１　霧笛の保存\n"
    assert policy_rows(facts_of(text)) == {("4", "霧のまち"), ("4-1", "霧笛の保存")}


def test_a_table_naming_each_rows_level_with_a_label_word_is_the_policy_system() -> None:
    text = (
        "推進の枠組み\n"
        "| 種別 | No | 名称 |\n|---|---|---|\n"
        "| 基本目標 | 3 | 霧のまちの暮らし |\n"
        "| 施策 | 3-1 | 霧笛の保存 |\n"
        "| 施策 | 3-2 | 灯台の公開 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("3", "霧のまちの暮らし"), ("3-1", "霧笛の保存"), ("3-2", "灯台の公開")
    }


def test_a_code_and_name_table_titled_as_the_policy_system_lists_its_levels() -> None:
    text = "施策体系\n番号\t名称\n7\t森と生きる\n7-1\t林道の維持\n7-1-1\t橋の点検\n"
    assert policy_rows(facts_of(text)) == {
        ("7", "森と生きる"), ("7-1", "林道の維持"), ("7-1-1", "橋の点検")
    }


def test_a_numbered_table_without_a_system_title_or_level_words_is_no_policy() -> None:
    text = "お知らせ一覧\n番号\t件名\n1\t雪の日の運行\n1-1\t除雪の順番\n2\t雨の日の運行\n"
    assert policy_rows(facts_of(text)) == set()


def test_entries_numbered_one_level_below_the_printed_system_are_its_finer_levels() -> None:
    text = (
        "施策体系\n番号\t名称\n4\t海辺のまち\n4-(1)\t砂浜の保全\n\n"
        "取組の進み具合\n"
        "| 取組番号 | 取組項目 | 評価 |\n|---|---|---|\n"
        "| 4-(1)-① | 漂着物の回収 | A |\n"
        "| 4-(1)-② | 防砂林の植樹 | B |\n"
    )
    assert {("4-1-1", "漂着物の回収"), ("4-1-2", "防砂林の植樹")} <= policy_rows(facts_of(text))


def test_numbered_entries_under_no_printed_level_are_no_finer_levels() -> None:
    text = (
        "取組の進み具合\n"
        "| 取組番号 | 取組項目 | 評価 |\n|---|---|---|\n"
        "| 4-(1)-① | 漂着物の回収 | A |\n"
        "| 4-(1)-② | 防砂林の植樹 | B |\n"
    )
    assert policy_rows(facts_of(text)) == set()


def test_an_attribute_bracket_labelled_with_field_words_is_no_part_of_a_policy_name() -> None:
    text = "■施策4-2 灯台の公開（主管：港湾観光課）\n・夜間公開\n"
    assert policy_rows(facts_of(text)) == {("4-2", "灯台の公開")}


def test_a_lead_unit_bracket_is_no_part_of_a_policy_name() -> None:
    text = "## 施策5-1-2　渡し舟の維持（主担当：河川交通課）\n本文です。\n"
    assert policy_rows(facts_of(text)) == {("5-1-2", "渡し舟の維持")}


def test_a_lead_and_support_unit_bracket_in_a_list_is_no_part_of_a_policy_name() -> None:
    text = "施策の体系\n- 施策5-1-2 渡し舟の維持(主担当課:河川交通課/副担当:観光課)\n"
    assert policy_rows(facts_of(text)) == {("5-1-2", "渡し舟の維持")}


def test_a_bracket_naming_no_field_stays_in_a_policy_name() -> None:
    text = "■施策4-2 灯台の公開（夜間）\n・夜間公開\n"
    assert policy_rows(facts_of(text)) == {("4-2", "灯台の公開(夜間)")}


def test_entries_numbered_afresh_under_a_policy_heading_are_its_next_level() -> None:
    text = (
        "政策3 霧のまち\n"
        "施策3-1 霧笛の保存\n"
        "取組1 霧笛台の修繕\n本文。\n"
        "取組2 霧笛の記録\n本文。\n"
    )
    rows = policy_rows(facts_of(text))
    assert {("3-1-1", "霧笛台の修繕"), ("3-1-2", "霧笛の記録")} <= rows


def test_a_table_of_contents_entry_is_a_policy_without_its_leader_and_page() -> None:
    text = (
        "目次\n政策2 川と暮らす\n"
        "施策2-1 堤防の点検 ・・・・・・・・ 4\n施策2-2 水辺の散策路 ・・・・・・ 9\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "川と暮らす"), ("2-1", "堤防の点検"), ("2-2", "水辺の散策路")
    }


def test_numbered_sections_of_a_policy_sheet_printed_side_by_side_are_no_policies() -> None:
    text = (
        "第3部 施策別評価シート\n"
        "政策3 川と暮らす\n"
        "評価シート(令和5年度)です。\n"
        "5 今後の方向性\n本文です。\n"
        "6 関係課の連携状況        7 住民の声\n"
        "河川課 点検を続けた。\n"
    )
    assert policy_rows(facts_of(text)) == {("3", "川と暮らす")}


def test_numbered_list_entries_one_step_under_a_coded_heading_join_its_tree() -> None:
    text = (
        "約束4 みどりの町\n"
        "4-1 並木の植樹:達成度:B 令和6年度に120本を植えた。\n"
        "4-2 花壇の手入れ:達成度:A 全地区で実施した。\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("4", "みどりの町"), ("4-1", "並木の植樹"), ("4-2", "花壇の手入れ")
    }



def test_entries_numbered_afresh_in_a_nested_list_under_a_labelled_level_are_no_codes() -> None:
    text = (
        "施策の体系\n- 基本目標1 海とくらす\n  - 施策1-2 砂浜の保全\n"
        "    - ① 漂着物の回収\n    - ② 防砂林の植樹\n"
    )
    assert policy_rows(facts_of(text)) == {("1", "海とくらす"), ("1-2", "砂浜の保全")}


def test_a_code_beside_a_project_name_does_not_name_the_policy_with_it() -> None:
    text = "該当する施策\n1 星の街\n1-1 星見台整備事業\n1-2 星の観察会\n"
    rows = policy_rows(facts_of(text))
    assert ("1-1", "星見台整備事業") not in rows and ("1-2", "星の観察会") in rows


def test_a_level_column_left_blank_below_a_merged_cell_still_names_the_rows_levels() -> None:
    text = (
        "| 区分 | 番号 | 名称 |\n|---|---|---|\n"
        "| 柱 | 2 | 森のまち |\n"
        "| 推進項目 | 2-(1) | 林道の維持 |\n"
        "|  | 2-(2) | 木材の活用 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "森のまち"), ("2-1", "林道の維持"), ("2-2", "木材の活用")
    }


def test_a_code_read_earlier_with_a_project_name_gives_way_to_the_policy_name() -> None:
    from loaders.facts import DocumentFacts, PolicyCode
    from loaders.field_vocabulary import all_labels
    from loaders.recognisers import policies
    from loaders.structure import read_structure

    text = "該当する施策\n1 星の街\n1-1 星の観察会\n"
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    facts.policy_codes.append(PolicyCode("1-1", "1-1", "星見台整備事業"))
    policies.recognise(read_structure(text, labels=all_labels()), facts)
    assert policy_rows(facts) == {("1", "星の街"), ("1-1", "星の観察会")}


def test_a_merged_table_cell_holding_several_levels_splits_at_each_code() -> None:
    text = (
        "| 基本目標 | 政策 | 施策 |\n|---|---|---|\n"
        "| 3 霧のまち | 3-1 霧笛の保存3-2 灯台の再生 | 3-1-1 霧笛台の修繕3-2-1 灯台の塗装 |\n"
        "| 4 港のまち | 4-1 岸壁の整備 | 4-1-1 岸壁の補強 |\n"
    )
    rows = policy_rows(facts_of(text))
    assert {("3-1", "霧笛の保存"), ("3-2", "灯台の再生"), ("3-1-1", "霧笛台の修繕"),
            ("3-2-1", "灯台の塗装"), ("4-1-1", "岸壁の補強")} <= rows  # fmt: skip


def test_a_grade_and_comment_after_a_policy_name_are_not_its_name() -> None:
    text = (
        "施策の評価\n施策 評価 評価の理由\n"
        "施策2-1 霧笛の保存 A 来訪者が増えた\n施策2-2 灯台の再生 C 工事が遅れた\n"
    )
    assert policy_rows(facts_of(text)) == {("2-1", "霧笛の保存"), ("2-2", "灯台の再生")}


def test_a_status_mark_after_a_listed_policy_name_is_not_its_name() -> None:
    text = "## 柱2 霧のまち\n- 2-① 霧笛の保存　◎\n- 2-② 灯台の再生　△\n"
    rows = policy_rows(facts_of(text))
    assert {("2-1", "霧笛の保存"), ("2-2", "灯台の再生")} <= rows


def test_a_field_labelled_with_a_policy_word_and_its_code_names_that_level() -> None:
    text = (
        "重点の取組\n基本目標2：霧のまちの暮らし\n・霧笛保存事業 120万円（文化課）\n"
        "基本目標3：港のにぎわい\n・岸壁整備事業 300万円（港湾課）\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "霧のまちの暮らし"), ("3", "港のにぎわい")}


def test_a_tree_of_unlabelled_codes_over_entries_labelled_as_initiatives_is_the_system() -> None:
    text = (
        "改革の取組\n\n1 窓口の改善\n\n1-1 手続の簡素化\n\n取組1 押印の廃止\n\n取組2 様式の統一\n\n"
        "1-2 窓口の集約\n\n取組3 総合窓口の設置\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "窓口の改善"), ("1-1", "手続の簡素化"), ("1-2", "窓口の集約")
    }


def test_a_tree_of_unlabelled_codes_alone_is_still_no_system() -> None:
    text = "改革の取組\n\n1 窓口の改善\n\n1-1 手続の簡素化\n\n1-2 窓口の集約\n"
    assert policy_rows(facts_of(text)) == set()


def test_zero_padded_codes_in_a_table_of_levels_are_read_as_numbers() -> None:
    text = (
        "施策の体系\n| 区分 | 番号 | 名称 |\n|---|---|---|\n| 政策 | 3 | 霧のまち |\n"
        "| 施策 | 3-01 | 霧笛の保存 |\n| 施策 | 3-02 | 灯台の再生 |\n"
    )
    facts = facts_of(text)
    assert {c.printed for c in facts.policy_codes} == {"3", "3-01", "3-02"}
    assert ("3-2", "灯台の再生") in policy_rows(facts)



def test_a_mark_joining_two_words_inside_a_name_is_no_grade() -> None:
    text = "## 柱2 霧のまち\n- 2-① 霧笛 × 灯台 の連携\n- 2-② 就労継続支援 B 型の拡充\n"
    rows = policy_rows(facts_of(text))
    assert {("2-1", "霧笛 × 灯台 の連携"), ("2-2", "就労継続支援 B 型の拡充")} <= rows


def test_a_line_of_a_code_tree_running_into_the_next_code_names_both_levels() -> None:
    text = "施策の体系\n1 霧のまち\n1-1 霧笛の保存1-2 灯台の再生\n2 港のまち\n2-1 岸壁の整備\n"
    assert {("1-1", "霧笛の保存"), ("1-2", "灯台の再生")} <= policy_rows(facts_of(text))


def test_a_figure_set_apart_inside_a_policy_name_does_not_split_it() -> None:
    text = "施策の体系\n1 霧のまち\n1-1 国道 2-3 区間の改良\n"
    assert ("1-1", "国道 2-3 区間の改良") in policy_rows(facts_of(text))


def test_a_numbered_note_under_a_policy_titled_page_is_no_policy() -> None:
    text = (
        "基本目標2「霧のまちの暮らし」抜粋\n\n| 施策コード | 事業名 |\n|---|---|\n"
        "| 2-1 | 灯台改修事業 |\n\n※1 霧岬灯台(明治30年建設)の改修。令和9年度完了予定。\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "霧のまちの暮らし")}


def test_a_roman_tree_under_a_section_numbered_in_arabic_is_the_policy_system() -> None:
    text = (
        "1 はじめに\n本文です。\n\n2 改革の柱と項目\n"
        "　Ⅰ 財源の確保\n　　Ⅰ-1 税の徴収強化\n　　Ⅰ-2 遊休地の売却\n"
        "　Ⅱ 組織の見直し\n　　Ⅱ-1 係の統合\n\n3 進め方\n本文です。\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "財源の確保"), ("1-1", "税の徴収強化"), ("1-2", "遊休地の売却"),
        ("2", "組織の見直し"), ("2-1", "係の統合"),
    }  # fmt: skip


def test_a_roman_tree_under_a_markdown_section_numbered_in_arabic_is_the_policy_system() -> None:
    text = (
        "## 2 改革の柱と項目\n### Ⅰ 財源の確保\n#### Ⅰ-1 税の徴収強化\n"
        "### Ⅱ 組織の見直し\n#### Ⅱ-1 係の統合\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "財源の確保"), ("1-1", "税の徴収強化"), ("2", "組織の見直し"), ("2-1", "係の統合"),
    }  # fmt: skip


def test_a_roman_tree_under_an_unlabelled_arabic_section_is_no_policy_system() -> None:
    text = "2 今年の予定\n　Ⅰ 春の行事\n　　Ⅰ-1 花見\n　Ⅱ 夏の行事\n　　Ⅱ-1 花火\n"
    assert policy_rows(facts_of(text)) == set()


def test_a_section_on_the_pages_place_in_the_plan_is_no_broader_policy() -> None:
    text = "3 総合計画における位置付け\n・施策3-1 川辺の再生\n・施策3-2 森の保全\n"
    assert policy_rows(facts_of(text)) == {("3-1", "川辺の再生"), ("3-2", "森の保全")}


def test_the_goal_named_in_a_placement_sections_sentence_is_the_broader_policy() -> None:
    text = (
        "3 総合計画における位置づけ\n基本目標3「水と緑のまち」のうち、次の施策を所管します。\n"
        "・施策3-1 川辺の再生\n・施策3-2 森の保全\n"
    )
    assert ("3", "水と緑のまち") in policy_rows(facts_of(text))


def test_a_code_row_and_a_name_row_of_a_marked_form_are_one_policy() -> None:
    text = "◆施策番号　2-4\n◆施策名　　港の活性化\n◆主管課　　港湾課\n"
    assert policy_rows(facts_of(text)) == {("2-4", "港の活性化")}


def test_bracketed_goal_titles_over_project_bullets_are_policies() -> None:
    text = (
        "主な事業\n<基本目標1 港のにぎわい>\n・灯台改修事業 1,200万円(港湾課)\n"
        "<基本目標2 森の暮らし>\n・林道整備事業 800万円(林務課)\n"
    )
    facts = facts_of(text)
    assert policy_rows(facts) == {("1", "港のにぎわい"), ("2", "森の暮らし")}
    assert initiative_rows(facts) == set()


def test_a_basic_project_level_in_a_placement_chain_is_a_policy_level() -> None:
    text = (
        "事務事業名：灯台改修事業\n"
        "総合計画上の位置付け：基本目標 2 海と暮らすまち 施策 2-3 港の活性化 "
        "基本事業 2-3-2 灯台の保存\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "海と暮らすまち"), ("2-3", "港の活性化"), ("2-3-2", "灯台の保存"),
    }  # fmt: skip


def test_a_basic_project_level_run_into_the_name_before_it_ends_that_name() -> None:
    text = (
        "事務事業名 灯台改修事業\n"
        "総合計画上の位置付け 基本目標 2 海と暮らすまち施策 2-3 港の活性化"
        "基本事業 2-3-2 灯台の保存\n"
        "事業期間 平成30年度～\n"
    )
    assert ("2-3", "港の活性化") in policy_rows(facts_of(text))


def test_a_basic_project_column_lists_policy_levels_not_projects() -> None:
    text = "基本事業\t事業名\t予算額\n2-3-2 灯台の保存\t灯台改修事業\t1,200\n"
    assert ("2-3-2", "灯台の保存") in policy_rows(facts_of(text))


def test_a_code_row_and_a_name_row_padded_without_marks_are_one_policy() -> None:
    text = "施策番号　3-1-2\n施策名　　港の活性化\n主管課　　港湾課\n"
    assert policy_rows(facts_of(text)) == {("3-1-2", "港の活性化")}


def test_a_code_row_before_a_row_of_another_code_takes_no_name_from_it() -> None:
    text = "施策番号　3-1-2\n政策：3-1 海のまち\n"
    assert ("3-1-2", "3-1 海のまち") not in policy_rows(facts_of(text))


def test_a_field_joined_to_its_label_after_a_policy_name_is_no_part_of_it() -> None:
    text = "■施策2-3 風の丘の整備　担当課：丘見課\n・見晴らし台の改修\n"
    assert policy_rows(facts_of(text)) == {("2-3", "風の丘の整備")}


def test_codes_under_a_bare_number_label_beside_a_policy_column_are_policies() -> None:
    text = (
        "改革の方針\n\n| 方針番号 | 改革の柱 |\n|---|---|\n| 1 | 星の街の財政 |\n"
        "| 2 | 月の港の組織 |\n\n| No. | 推進項目 | 担当課 |\n|---|---|---|\n"
        "| 1-1 | 星の数え直し | 星見課 |\n| 2-1 | 月の暦づくり | 月見課 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "星の街の財政"), ("2", "月の港の組織"),
        ("1-1", "星の数え直し"), ("2-1", "月の暦づくり"),
    }  # fmt: skip


def test_plain_row_numbers_under_no_beside_a_policy_column_are_no_codes() -> None:
    text = (
        "| No. | 施策名 | 担当課 |\n|---|---|---|\n"
        "| 1 | 星の数え直し | 星見課 |\n| 2 | 月の暦づくり | 月見課 |\n"
    )
    assert policy_rows(facts_of(text)) == set()


def test_a_form_table_printing_code_and_name_in_two_labelled_rows_is_one_policy() -> None:
    text = (
        "| 項目 | 内容 |\n|---|---|\n| 基本目標 | 3 星の降る里 |\n| 施策番号 | 3-4 |\n"
        "| 施策名 | 夜空の保全 |\n| 主管課 | 星見課 |\n"
    )
    assert policy_rows(facts_of(text)) == {("3", "星の降る里"), ("3-4", "夜空の保全")}


def test_a_whole_code_beside_a_label_in_a_row_of_pairs_is_no_step_of_a_chain() -> None:
    text = (
        "| 政策 | 2 霧の谷 | 施策番号 | 2-5 |\n|---|---|---|---|\n"
        "| 施策名 | 谷の道の整備 | | |\n| 主管課 | 道見課 | 関係課 | 谷見課 |\n"
    )
    assert policy_rows(facts_of(text)) == {("2", "霧の谷"), ("2-5", "谷の道の整備")}


def test_a_years_work_column_beside_a_named_policy_column_does_not_name_the_codes() -> None:
    text = (
        "分野1 森と生きる村\n"
        "No.\t施策\t達成度\tR6年度の取組\n"
        "1-1\t間伐林を倍にする\t○\t北の沢で間伐を実施\n"
        "1-2\t木の学校をつくる\t△\t設計に着手(教育課)\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("1", "森と生きる村"), ("1-1", "間伐林を倍にする"), ("1-2", "木の学校をつくる"),
    }  # fmt: skip


def test_a_status_column_of_work_done_does_not_name_the_codes() -> None:
    text = (
        "分野1 森と生きる村\n"
        "No.\t施策\t取組状況\n"
        "1-1\t間伐林を倍にする\t北の沢で間伐を実施\n"
        "1-2\t木の学校をつくる\t設計に着手\n"
    )
    assert ("1-1", "間伐林を倍にする") in policy_rows(facts_of(text))


_NESTED_LIST_TREE = (
    "改革の体系\n"
    "- 柱2 窓口の改革\n"
    "  - 推進項目2-1 待たせない窓口\n"
    "    - 取組2-1-1 番号札の電子化……達成度 A\n"
    "    - 取組2-1-2 予約制の導入\n"
)


def test_a_coded_entry_nested_one_step_in_a_policy_entry_of_a_list_is_a_level() -> None:
    assert {("2-1-1", "番号札の電子化"), ("2-1-2", "予約制の導入")} <= policy_rows(
        facts_of(_NESTED_LIST_TREE)
    )


def test_a_coded_entry_numbered_apart_from_the_entry_it_is_nested_in_is_no_level() -> None:
    text = "- 推進項目2-1 待たせない窓口\n  - 取組3-1-1 番号札の電子化\n"
    assert "3-1-1" not in {code for code, _ in policy_rows(facts_of(text))}


def test_a_basic_project_code_field_then_its_name_field_is_a_level() -> None:
    text = (
        "■構成する基本事業\n基本事業番号:２－４－１\n基本事業名:森の学校の運営\n"
        "基本事業番号:２－４－２\n基本事業名:木育の普及\n"
    )
    assert policy_rows(facts_of(text)) == {("2-4-1", "森の学校の運営"), ("2-4-2", "木育の普及")}


def test_a_tree_of_coded_headings_whose_every_leaf_is_graded_is_the_plan() -> None:
    text = (
        "## 2 水辺のまち\n### 2-1 川床の再生\n達成度:B\n担当:河川課\n"
        "### 2-2 渡し舟の復活\n達成度:C\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "水辺のまち"), ("2-1", "川床の再生"), ("2-2", "渡し舟の復活"),
    }  # fmt: skip


def test_a_tree_of_coded_headings_with_an_ungraded_leaf_is_an_outline() -> None:
    text = "## 2 水辺のまち\n### 2-1 川床の再生\n達成度:B\n### 2-2 渡し舟の復活\n担当:港湾課\n"
    assert policy_rows(facts_of(text)) == set()


def test_a_table_of_code_and_name_pairs_per_level_reads_every_level() -> None:
    text = (
        "政策番号\t政策名\t施策番号\t施策名\t担当課\n"
        "2\t星のめぐる町\t2-1\t天体観測の普及\t文化課\n"
        "2\t星のめぐる町\t2-2\t夜空の保全\t環境課\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "星のめぐる町"),
        ("2-1", "天体観測の普及"),
        ("2-2", "夜空の保全"),
    }


def test_code_pairs_whose_finer_codes_do_not_extend_the_broader_read_the_first_pair() -> None:
    text = "政策番号\t政策名\t施策番号\t施策名\n2\t星のめぐる町\t5-1\t雲の観測\n"
    assert policy_rows(facts_of(text)) == {("2", "星のめぐる町")}


def test_levels_labelled_hoshin_head_a_tree_of_codes() -> None:
    text = "方針1 星空の保全\n  1-1 街灯の減光\n  1-2 観測会の開催\n方針2 雲の記録\n"
    rows = policy_rows(facts_of(text))
    assert {("1", "星空の保全"), ("1-1", "街灯の減光"), ("2", "雲の記録")} <= rows


def test_rows_of_a_level_label_with_its_number_and_a_name_are_policies() -> None:
    # a sheet's legend of goals with no header: 「基本目標1 | 名称」 row after row
    text = (
        "【基本目標】\n"
        "基本目標1\t架空しごとをつくる\n"
        "基本目標2\t架空ひとの流れをつくる\n"
        "\n"
        "目標番号\t施策番号\t施策名\tKPI\n"
        "1\t1-(1)\t架空創業の支援\t架空創業件数\n"
    )
    rows = policy_rows(facts_of(text))
    assert {("1", "架空しごとをつくる"), ("2", "架空ひとの流れをつくる")} <= rows


def test_a_labelled_code_beside_a_cell_of_another_column_names_no_policy() -> None:
    text = (
        "目標\t関連施策\t取組\t事業名\n"
        "目標1 架空ごみを減らす\t施策2-4\t架空食品ロスの削減\t架空補助事業\n"
        "目標2 架空脱炭素\t施策2-5\t架空省エネ化の支援\t架空設置補助事業\n"
    )
    assert not any(name == "架空食品ロスの削減" for _, name in policy_rows(facts_of(text)))


def test_a_plan_system_as_item_and_content_rows_gives_each_level() -> None:
    text = (
        "5 第5次架空村総合計画の体系\n"
        "項目\t内容\n"
        "基本目標1\t架空安心して暮らせる村\n"
        "施策1-1\t架空地域医療の充実\n"
        "基本目標2\t架空森を生かす村\n"
    )
    assert policy_rows(facts_of(text)) >= {
        ("1", "架空安心して暮らせる村"),
        ("1-1", "架空地域医療の充実"),
        ("2", "架空森を生かす村"),
    }


def test_group_rows_of_a_sheet_give_each_level_and_its_steps() -> None:
    text = (
        "番号\t取組項目\t担当課\t達成度\n"
        "基本方針1\t架空財政基盤の確立\t\t\n"
        "(1)\t架空歳入の確保\t\t\n"
        "1-(1)-①\t架空寄附の推進\t架空推進室\tA\n"
        "1-(1)-②\t架空収納率の向上\t架空収税課\tB\n"
        "(2)\t架空歳出の見直し\t\t\n"
        "1-(2)-①\t架空補助金の見直し\t架空財政課\tB\n"
    )
    assert {
        ("1", "架空財政基盤の確立"), ("1-1", "架空歳入の確保"), ("1-2", "架空歳出の見直し"),
    } <= policy_rows(facts_of(text))  # fmt: skip
