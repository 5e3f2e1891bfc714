"""A document's fiscal year: the year it is about, not the year it was printed or compared."""

from __future__ import annotations

from loaders.text.fiscal_year import document_year


def test_title_year_is_the_document_year() -> None:
    assert document_year("令和5年度 青葉台市の運営方針\n\n令和4年度の実績\n") == 2023


def test_newer_of_two_years_compared_side_by_side_is_the_document_year() -> None:
    text = "職員数の状況\n\n区 分\n\n令和3年度\n令和4年度\n増 減\n\n(a)\n\n(b)\n"
    assert document_year(text) == 2022


def test_years_side_by_side_without_a_change_column_start_with_the_first() -> None:
    text = "計画期間\n\n令和3年度\n令和4年度\n令和5年度\n"
    assert document_year(text) == 2021


def test_report_on_work_carried_out_is_about_that_year() -> None:
    text = (
        "令和3年度事務事業評価シート\n12/300\n\n"
        "青葉台市事務事業評価シート〈令和2年度実施事業〉事務事業名広報推進事業\n"
    )
    assert document_year(text) == 2020


def test_work_carried_out_named_deep_in_the_text_does_not_move_the_year() -> None:
    text = "令和5年度 運営方針\n\n概要\n\n目標\n\n前年度の状況(令和4年度実施状況)\n"
    assert document_year(text) == 2023


def test_update_date_is_not_the_document_year() -> None:
    assert document_year("更新日:2022年8月1日\n\n令和3年度 事業計画\n") == 2021


def test_sheet_evaluating_last_years_results_is_about_that_year() -> None:
    assert document_year("令和5年度 青葉台市施策評価シート(令和4年度実績評価)\n\n概要\n") == 2022


def test_progress_report_under_a_plan_period_is_about_the_reported_year() -> None:
    text = "青葉台市改革実施計画(令和3年度~令和7年度)\n令和4年度 取組状況報告書\n\n概要\n"
    assert document_year(text) == 2022


def test_results_year_in_brackets_after_the_title_year_is_the_document_year() -> None:
    assert document_year("令和6年度 青葉台町施策評価シート（令和5年度実績）\n\n目的\n") == 2023


def test_revision_year_is_not_the_document_year() -> None:
    text = "青葉台町施設計画 一覧（令和5年度改訂）\n計画期間：令和6年度～令和15年度\n"
    assert document_year(text) == 2024


def test_as_of_date_in_a_heading_gives_the_document_year() -> None:
    text = "ホーム＞職員\n課別職員数（令和4年4月1日現在）\n課\t令和3年度\t令和4年度\n"
    assert document_year(text) == 2022


def test_evaluation_of_a_years_work_is_about_that_year() -> None:
    text = "青葉台町 事務事業評価 2024年度版\n2023年度事業に対する評価\n\n1 概要\n"
    assert document_year(text) == 2023


def test_revision_year_of_the_title_is_the_document_year_when_no_period_is_printed() -> None:
    text = (
        "青葉台町 橋梁長寿命化修繕計画 【2025年度改訂】\n\n対策の内容\n"
        "2023年度の点検結果による。\n"
    )
    assert document_year(text) == 2025


def test_an_as_of_year_gives_way_to_the_period_the_opening_prints() -> None:
    text = "青葉台町 公約の進み具合 (2026年度末現在)\n任期 2025年6月から2029年5月\n\n1 概要\n"
    assert document_year(text) == 2025


def test_the_year_of_the_work_a_bracket_names_after_the_evaluation_year() -> None:
    text = "青葉台町 事務事業評価表\n（評価年度：令和7年度／令和6年度の取組）\n\n目的\n"
    assert document_year(text) == 2024


def test_work_carried_out_in_a_title_after_a_contents_page_is_the_document_year() -> None:
    text = (
        "第3章 評価シート\n\n基本目標2 安全なまち\n  施策2-1 防災 ...... 4\n"
        "  施策2-2 防犯 ...... 6\n\n"
        "2025年度 青葉台町 施策評価表 (2024年度実施分)    No.2-1\n目的\n"
    )
    assert document_year(text) == 2024


def test_a_subtitle_naming_the_years_work_a_kind_of_evaluation_is_of_is_that_year() -> None:
    text = "2026年度版\n青葉台村 行政評価書\n―2025年度の取組に対する事務事業評価―\n\n1 目的\n"
    assert document_year(text) == 2025


def test_a_plan_without_a_title_year_is_about_the_first_year_of_its_labelled_period() -> None:
    text = (
        "青葉台市 緑の基本計画\n計画期間：令和7年度～令和11年度\t\t出典：架空課\n\n"
        "※R元は令和元年度を表します。\n"
    )
    assert document_year(text) == 2025


def test_a_numbered_plan_period_section_over_its_years_beats_a_cited_plans_year() -> None:
    text = (
        "青葉台市 公園施設長寿命化計画\n\n令和7年3月\n\n"
        "1 計画の目的\n 本計画は、総合管理計画（平成29年度策定）に基づき定めます。\n"
        "2 計画期間\n 令和7年度から令和16年度までの10年間とします。\n"
    )
    assert document_year(text) == 2025


def test_a_title_year_wins_over_the_plans_period() -> None:
    text = "令和6年度 行財政改革 進捗状況報告\n計画期間：令和4年度～令和8年度\n"
    assert document_year(text) == 2024


def test_a_period_named_in_a_sentence_is_no_plan_period_label() -> None:
    text = (
        "架空市の取組\n\n本市は令和3年度に計画（計画期間：令和3年度～令和7年度）を策定し、"
        "令和5年度は次の取組を進めました。\n令和5年度 取組状況\n"
    )
    assert document_year(text) == document_year(text.replace("計画期間：", ""))


def test_a_title_without_a_year_over_the_plan_period_is_about_the_periods_first_year() -> None:
    text = (
        "架空町総合計画 基本計画の施策一覧\n"
        "架空町総合計画の基本計画（令和8年度から令和12年度まで）の施策です。\n"
        "※現状値の年度は（R5＝令和5年度）です。\n"
    )
    assert document_year(text) == 2026


def test_a_title_dated_to_a_day_keeps_its_year_over_a_period_below() -> None:
    text = (
        "# 架空市 施設一覧（2025年4月1日現在）\n\n"
        "> 架空計画（令和2年度～令和11年度）の資料です。\n"
    )
    assert document_year(text) == 2025


def test_markdown_front_matter_rules_are_no_lines_of_the_title_block() -> None:
    text = (
        "---\ntitle: 令和7年度 事務事業評価表\n---\n\n"
        "[架空市 行政評価]{.underline}\n\n"
        "# 令和7年度 事務事業評価表（令和6年度の取組）\n"
    )
    assert document_year(text) == 2024


def test_a_year_within_the_period_named_in_the_opening_lines_makes_a_report_on_that_year() -> None:
    text = (
        "架空市総合戦略 成果指標の達成状況\n"
        "架空市総合戦略（令和2年度～令和7年度）に掲げた成果指標について、令和6年度までの実績を"
        "取りまとめました。架空市推進会議の意見を踏まえ、施策ごとに評価しています。\n"
        "表\t令和6年度\n"
    )
    assert document_year(text) == 2024


def test_a_sheet_of_the_year_before_s_projects_is_about_that_year() -> None:
    text = "架空島村 令和7年度 事務事業評価表（令和6年度事業）\n\n事業名 架空渡船運航事業\n"
    assert document_year(text) == 2024


def test_an_evaluation_of_the_year_before_s_work_is_about_that_year() -> None:
    text = (
        "令和7年度 施策評価結果（政策2）\n"
        "架空市総合計画の政策2を構成する施策について、令和6年度の取組を対象に施策評価を"
        "行いました。\n"
    )
    assert document_year(text) == 2024


def test_a_results_title_names_the_year_whose_work_came_to_them() -> None:
    text = "架空町行政改革実施計画 令和6年度取組結果\n\n1 取組の概要\n"
    assert document_year(text) == 2024


def test_a_site_s_navigation_line_is_no_line_of_the_title_block() -> None:
    # the page's navigation left over its title as one line of tab-set cells: the report's
    # year (「令和6年度 取組状況」) still stands among the title's opening lines
    text = (
        "架空市ホームページ\tトップ\t市政情報\n"
        "架空市行財政改革推進プラン\n"
        "(計画期間:令和5年度~令和8年度)\n"
        "令和6年度 取組状況\n"
        "令和7年6月\n"
        "本市では、令和5年3月にプランを策定しました。\n"
    )
    assert document_year(text) == 2024


def test_an_evaluation_report_saying_in_its_first_sections_what_year_it_evaluates() -> None:
    text = (
        "令和6年度事務事業評価の結果について\n"
        "掲載日：2024年10月1日更新\n"
        "事務事業評価とは\n"
        "市が実施している事務事業について、所管課が自ら評価する仕組みです。\n"
        "評価の対象\n"
        "令和5年度に実施した事務事業のうち、24事業を対象としました。\n"
    )
    assert document_year(text) == 2023


def test_a_budget_naming_work_carried_out_before_keeps_its_own_year() -> None:
    text = (
        "令和7年度当初予算の概要\n"
        "予算編成の考え方\n"
        "令和6年度に実施した事業の成果を踏まえ、重点化を図りました。\n"
    )
    assert document_year(text) == 2025
