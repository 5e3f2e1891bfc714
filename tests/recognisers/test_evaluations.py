"""The evaluation recogniser: grades tied by the page to an initiative and a year."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import evaluation_rows, facts_of

from loaders.facts import DocumentFacts, Initiative, Project
from loaders.field_vocabulary import all_labels
from loaders.recognisers import evaluations
from loaders.structure import read_structure


def test_a_grade_column_in_rows_under_a_header_line_gives_the_header_year() -> None:
    text = "重点課題\n\n  重点課題 平成27年度達成状況\n1 潮風の観測 A\n2 灯台の保存 B\n3 途中で切\n"
    assert evaluation_rows(facts_of(text, year=2016)) == {
        ("潮風の観測", 2015, "A"),
        ("灯台の保存", 2015, "B"),
    }


def test_an_evaluation_label_then_a_grade_grades_the_initiative_above() -> None:
    text = (
        "1.政策内容と目標\n(1)政策内容\n\n湖畔の道路の維持管理\n\n"
        "2.評価\n\n進捗評価\n○(予定どおり)\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) == {("湖畔の道路の維持管理", 2021, "○")}


def test_an_evaluation_field_grades_the_last_initiative_field() -> None:
    text = "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n【評価】A\n【取組】遊歩道の整備\n"
    assert evaluation_rows(facts_of(text)) == {("見晴らし台の改修", 2024, "A")}


def test_an_evaluation_attribute_after_an_initiative() -> None:
    text = "■施策２-３ 風の丘の整備\n・見晴らし台の改修（評価：Ｂ）\n・遊歩道の整備\n"
    assert evaluation_rows(facts_of(text)) == {("見晴らし台の改修", 2024, "B")}


def test_the_first_grade_column_of_a_flattened_table() -> None:
    text = (
        "計画事業名 妥当性 (必要性) 有効性 (成果) 今後の 方向性 "
        "砂丘の保全 B A 継続 松林の手入れ A C 拡充 以上。\n"
    )
    assert evaluation_rows(facts_of(text, year=2017)) == {
        ("砂丘の保全", 2017, "B"),
        ("松林の手入れ", 2017, "A"),
    }


def test_a_sentence_stating_an_initiatives_grade() -> None:
    text = (
        "施策2-3「風の丘」では、「見晴らし台の改修」に取り組みます。"
        "「見晴らし台の改修」の評価はAでした。\n"
    )
    assert evaluation_rows(facts_of(text)) == {("見晴らし台の改修", 2024, "A")}


def test_a_grade_without_an_initiative_is_not_an_evaluation() -> None:
    assert evaluation_rows(facts_of("お知らせ\n\n進捗評価\nA\n")) == set()


def test_a_number_after_an_evaluation_label_is_not_a_grade() -> None:
    text = "(1)政策内容\n\n湖畔の道路の維持管理\n\n達成度の評価\n9\n"
    assert evaluation_rows(facts_of(text)) == set()


def test_a_forms_yearly_review_grades_its_entry_beside_each_years_comment() -> None:
    text = (
        "実施項目\t雨量の計測\t\t\t\n"
        "年度評価\t\t令和2年度\t\t令和3年度\t\n"
        "\t評価\t予定どおり。\tA\t遅れた。\tB\n"
    )
    assert evaluation_rows(facts_of(text)) == {("雨量の計測", 2020, "A"), ("雨量の計測", 2021, "B")}


def test_a_review_without_one_year_per_column_grades_nothing() -> None:
    text = (
        "実施項目\t雨量の計測\t\t\n"
        "中間評価\t\t令和4年度以降\t\n"
        "\t評価\t順調である。\tA\n"
    )
    assert evaluation_rows(facts_of(text)) == set()


def test_a_grade_closing_a_review_comment_counts() -> None:
    text = (
        "実施項目\t雨量の計測\t\t\n"
        "年度評価\t\t令和2年度\t令和3年度\n"
        "\t評価\t予定どおり。 A\t遅れた。 C\n"
    )
    assert evaluation_rows(facts_of(text)) == {("雨量の計測", 2020, "A"), ("雨量の計測", 2021, "C")}


def test_a_previous_year_grade_in_brackets_grades_the_year_before() -> None:
    text = "取組項目　灯台の保存\n評価　　　A（前年度評価：C）\n"
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("灯台の保存", 2024, "A"),
        ("灯台の保存", 2023, "C"),
    }


def test_a_project_sheet_grade_goes_to_the_project_not_the_plan_heading() -> None:
    text = (
        "事務事業評価シート\n\n【事業名】潮風ふれあい事業\n【担当課】交流課\n\n"
        "総合計画上の位置付け\n施策1-2-3 交流の推進\n\n【評価】B\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("潮風ふれあい事業", 2023, "B")}


def test_each_sheet_of_a_document_of_sheets_grades_its_own_project() -> None:
    text = (
        "事務事業評価シート\n\n【事業名】潮風ふれあい事業\n【担当課】交流課\n【評価】B\n\n"
        "【事業名】灯台見学事業\n【担当課】観光課\n【評価】A\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("潮風ふれあい事業", 2023, "B"),
        ("灯台見学事業", 2023, "A"),
    }


def test_a_grade_row_under_a_line_of_years_grades_each_year() -> None:
    text = (
        "取組項目:灯台の保存\n担当課:観光課\n\n平成30年度 令和元年度 令和2年度\n"
        "計画\t10\t10\t10\n実績\t12\t8\t-\n評価\t◎\t△\n"
    )
    assert evaluation_rows(facts_of(text, year=2019)) >= {
        ("灯台の保存", 2018, "◎"),
        ("灯台の保存", 2019, "△"),
    }


def test_an_evaluation_line_of_years_and_grades_grades_the_initiative_above() -> None:
    text = "取組項目:潮風の観測\n担当課:環境課\n\n評価    平成30年度 ○  令和元年度 △\n"
    assert evaluation_rows(facts_of(text, year=2019)) >= {
        ("潮風の観測", 2018, "○"),
        ("潮風の観測", 2019, "△"),
    }


def test_a_grade_row_in_a_table_headed_by_its_years_grades_each_year() -> None:
    text = (
        "取組項目:灯台の保存\n担当課:観光課\n\n"
        "区分 | 令和2年度 | 令和3年度 |\n---|---|---|\n"
        "計画 | 10 | 10 |\n進捗評価 | A | C |\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) >= {
        ("灯台の保存", 2020, "A"),
        ("灯台の保存", 2021, "C"),
    }


def test_a_table_of_years_and_grades_grades_the_initiative_above_each_year() -> None:
    text = "取組項目:灯台の保存\n担当課:観光課\n\n年度\t評価\n令和2年度\tA\n令和3年度\tB\n"
    assert evaluation_rows(facts_of(text, year=2021)) == {
        ("灯台の保存", 2020, "A"),
        ("灯台の保存", 2021, "B"),
    }


def test_dated_grade_columns_grade_the_initiative_each_row_names() -> None:
    text = (
        "取組項目:灯台の保存\n担当課:観光課\n\n"
        "取組\t令和2年度評価\t令和3年度評価\n灯台の保存\tA\tB\n架空の取組\tC\tC\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) == {
        ("灯台の保存", 2020, "A"),
        ("灯台の保存", 2021, "B"),
    }


def test_a_graded_table_under_a_heading_naming_the_year_before_takes_that_year() -> None:
    """A plan for 令和6年度 that grades last year's work under 「令和5年度の取組の評価」."""
    text = (
        "7 令和5年度の取組の評価\n\n重点取組\t評価\t理由\n"
        "架空の森の保全\tA\t予定どおり完了した。\n架空橋の修繕\tB\t一部遅れた。\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空の森の保全", 2023, "A"),
        ("架空橋の修繕", 2023, "B"),
    }


def test_a_grade_word_in_an_evaluation_column_is_the_rows_grade_as_printed() -> None:
    """「達成」「概ね達成」「未達成」 (or 「順調」「遅れ」 in another town) in place of A/B/C."""
    text = (
        "取組項目\t担当課\t評価\n"
        "架空の森の保全\t架空課\t概ね達成\n架空橋の修繕\t架空課\t未達成\n架空灯台の改修\t架空課\t順調\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("架空の森の保全", 2023, "概ね達成"),
        ("架空橋の修繕", 2023, "未達成"),
        ("架空灯台の改修", 2023, "順調"),
    }


def test_an_evaluation_field_run_together_with_the_next_field_keeps_only_its_grade() -> None:
    """「【評価】 A 【評価の理由】…」 on one line (a PDF's cells run together)."""
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n"
        "【評価】 B 【評価の理由】工事が一部遅れた。\n"
    )
    assert evaluation_rows(facts_of(text)) == {("見晴らし台の改修", 2024, "B")}


def test_a_report_whose_subtitle_names_the_year_of_the_work_graded_dates_its_grades() -> None:
    """「2023年度 行政評価報告書」 over 「～令和4年度の取組に対する施策評価～」: grades printed
    without a year are of 令和4年度, not of the report's year."""
    text = (
        "2023年度\n架空町行政評価報告書\n～令和4年度の取組に対する施策評価～\n\n"
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n【評価】A\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("見晴らし台の改修", 2022, "A")}


def test_grades_under_columns_headed_by_a_year_alone_grade_each_rows_entry() -> None:
    text = (
        "No. | 取組項目 | 担当課 | 2021年度 | 2022年度 |\n---|---|---|---|---|\n"
        "1 | 架空窓口の改善 | 架空課 | B | A |\n"
        "2 | 架空文書の電子化 | 架空課 | C | B |\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("架空窓口の改善", 2021, "B"),
        ("架空窓口の改善", 2022, "A"),
        ("架空文書の電子化", 2021, "C"),
        ("架空文書の電子化", 2022, "B"),
    }


def test_year_columns_holding_a_plans_values_are_no_grades() -> None:
    text = (
        "No. | 取組項目 | 2025年度 | 2026年度 |\n---|---|---|---|\n"
        "1 | 架空窓口の改善 | A | 本格実施 |\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == set()


def test_an_evaluation_label_and_grade_on_one_line_grade_the_section_above() -> None:
    text = (
        "重点取組\n1 架空の森の保全(総合計画 施策2-1)\n (1) 目標\n   森を守る。\n"
        " (2) 評価  ◎ 順調\n2 架空の川の整備(総合計画 施策2-2)\n (1) 評価  △ 遅れ\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空の森の保全", 2024, "◎"),
        ("架空の川の整備", 2024, "△"),
    }


def test_lines_of_an_entry_and_its_grade_under_an_evaluation_heading_take_its_year() -> None:
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n【取組】遊歩道の整備\n\n"
        "【前年度(令和5年度)の自己評価】\n見晴らし台の改修      A\n遊歩道の整備        C\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("見晴らし台の改修", 2023, "A"),
        ("遊歩道の整備", 2023, "C"),
    }


def test_a_letter_in_a_project_tables_evaluation_column_grades_that_project() -> None:
    from loaders.recognisers import organizations, projects

    text = (
        "3 施策を構成する事務事業\n"
        "  No  事務事業名              担当課      決算額(円)     事業評価\n"
        "  1   月見台清掃推進事業      環境課       1,200,000     Ａ\n"
        "  2   星見坂植樹事業          公園課         800,000     Ｃ\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2022)
    doc = read_structure(text, labels=all_labels())
    for recognise in (organizations.recognise, projects.recognise, evaluations.recognise):
        recognise(doc, facts)
    assert evaluation_rows(facts) == {
        ("月見台清掃推進事業", 2022, "A"),
        ("星見坂植樹事業", 2022, "C"),
    }


def test_a_term_then_its_evaluation_label_and_grade_take_the_headings_year() -> None:
    text = (
        "3 重点取組\n"
        "重点取組 | 主な事業 | 担当課\n---|---|---\n"
        "湖畔の景観づくり | 湖畔遊歩道整備事業 | 公園課\n"
        "4 令和5年度の取組の評価\n"
        "湖畔の景観づくり：評価：Ｂ　遊歩道の一部で工事が遅れました。\n"
    )
    assert ("湖畔の景観づくり", 2023, "B") in evaluation_rows(facts_of(text))


def test_a_progress_label_then_a_mark_grades_the_entry_above() -> None:
    text = "【取組】見晴らし台の改修\n【進捗】◎\n"
    assert evaluation_rows(facts_of(text)) == {("見晴らし台の改修", 2024, "◎")}


def test_the_last_of_a_sections_graded_lines_grades_the_entry_it_is_about() -> None:
    text = (
        "政策目標(2) 緑あふれるまち\n"
        "  施策目標(1) 里山の保全と活用\n"
        "４．施策の評価\n"
        "  (1) 成果の達成状況      Ｃ  やや遅れ\n"
        "  (2) 施策の総合評価      Ｂ\n"
    )
    rows = evaluation_rows(facts_of(text, year=2022))
    assert {r for r in rows if r[0] == "里山の保全と活用"} == {("里山の保全と活用", 2022, "B")}


def test_bullets_of_an_entry_a_colon_and_its_grade_under_an_evaluation_heading() -> None:
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n【取組】遊歩道の整備\n\n"
        "■令和5年度の取組の評価\n・見晴らし台の改修：A\n・遊歩道の整備：C（用地交渉が長引いたため）\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("見晴らし台の改修", 2023, "A"),
        ("遊歩道の整備", 2023, "C"),
    }


def test_a_definition_list_of_entries_and_grades_under_an_evaluation_heading() -> None:
    from loaders.text.document_text import extract_main_text

    html = (
        "<p>【取組】見晴らし台の改修</p><p>【取組】遊歩道の整備</p>"
        "<h2>前年度（令和5年度）の評価</h2>"
        "<dl><dt>見晴らし台の改修</dt><dd>B</dd><dt>遊歩道の整備</dt><dd>A</dd></dl>"
    )
    assert evaluation_rows(facts_of(extract_main_text(html), year=2024)) == {
        ("見晴らし台の改修", 2023, "B"),
        ("遊歩道の整備", 2023, "A"),
    }


def _padded(text: str, width: int) -> str:
    """`text` and spaces up to display column `width` (a full-width character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in text)
    return text + " " * (width - used)


def test_grades_in_two_columns_side_by_side_grade_the_entry_above_in_their_column() -> None:
    left = [
        "１－１ 見晴らし台の改修",
        " 所管：架空公園課",
        " 展望デッキの床板を張り替え、手すり",
        " を更新した。",
        " 評価：Ａ",
        "１－２ 遊歩道の整備",
    ]
    right = [
        "２－１ 花壇の再整備",
        " 所管：架空緑地課",
        " 市民団体と協働し、花壇を植え替え",
        " た。",
        " 評価：Ｃ",
        "２－２ 案内板の多言語化",
    ]
    text = "".join(f"{_padded(a, 44)}{b}\n" for a, b in zip(left, right, strict=True))
    text = "【取組】見晴らし台の改修\n【取組】遊歩道の整備\n【取組】花壇の再整備\n\n" + text
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("見晴らし台の改修", 2024, "A"),
        ("花壇の再整備", 2024, "C"),
    }


def test_each_stage_of_a_review_grades_the_project_on_its_own() -> None:
    text = (
        "事務事業評価シート\n\n事業名：潮風ふれあい事業\n担当課：交流課\n"
        "一次評価：A\n二次評価：B\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("潮風ふれあい事業", 2023, "A"),
        ("潮風ふれあい事業", 2023, "B"),
    }


def test_two_stages_giving_the_same_grade_are_one_row() -> None:
    text = "【取組】見晴らし台の改修\n【内部評価】B\n【外部評価】B\n"
    assert evaluation_rows(facts_of(text, year=2023)) == {("見晴らし台の改修", 2023, "B")}


def test_criteria_of_one_review_are_no_grades_of_their_own() -> None:
    text = "【取組】見晴らし台の改修\n【総合評価】B\n【有効性】A\n"
    assert evaluation_rows(facts_of(text, year=2023)) == {("見晴らし台の改修", 2023, "B")}


def test_two_stages_of_a_review_are_two_evaluations_in_the_graph() -> None:
    from rdflib import URIRef

    from loaders.parse import parse_document
    from loaders.to_rdf import document_graph

    text = (
        "事務事業評価シート（令和5年度）\n\n事業名：潮風ふれあい事業\n担当課：交流課\n"
        "一次評価：A\n二次評価：B\n"
    )
    facts = parse_document(text, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture=None)  # fmt: skip
    graph = document_graph(facts, base="https://example.org")
    grade = URIRef("https://w3id.org/machikg/ontology#grade")
    assert sorted(str(o) for o in graph.objects(None, grade)) == ["A", "B"]


def test_the_overall_grade_line_of_a_project_sheet_grades_its_project() -> None:
    text = (
        "令和5年度 事務事業評価シート\n事務事業名 灯台見学ツアー事業\n"
        "４ 評価\n有効性 ○ 参加者は増えている。\n効率性 △ 1回当たりの経費が高い。\n"
        "総合評価 Ｂ （Ａ：順調 Ｂ：概ね順調 Ｃ：見直し）\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("灯台見学ツアー事業", 2023, "B")}


def test_a_criterion_line_of_a_project_sheet_is_no_grade_of_the_project() -> None:
    text = "【事業名】潮風ふれあい事業\n\n■評価\n有効性 ○ 参加者は増えている。\n"
    assert evaluation_rows(facts_of(text, year=2023)) == set()


def test_a_digit_scale_column_grades_the_policies_a_table_names() -> None:
    text = (
        "施策評価の結果\n\n"
        "| 施策番号 | 施策名 | 担当課 | 評価 |\n"
        "|---|---|---|---|\n"
        "| 2-1 | 森の学校づくり | 教育課 | 4 |\n"
        "| 2-2 | 川辺の散策路整備 | 建設課 | 2 |\n"
        "| 2-3 | 星空観察会の開催 | 企画課 | 5 |\n"
    )
    assert evaluation_rows(facts_of(text)) == {
        ("森の学校づくり", 2024, "4"),
        ("川辺の散策路整備", 2024, "2"),
        ("星空観察会の開催", 2024, "5"),
    }


def test_an_evaluation_column_of_counts_is_no_digit_scale() -> None:
    text = (
        "施策番号\t施策名\t評価\n"
        "2-1\t森の学校づくり\t4\n"
        "2-2\t川辺の散策路整備\t12\n"
    )
    assert evaluation_rows(facts_of(text)) == set()


def test_an_evaluation_field_run_onto_an_entry_heading_grades_that_entry() -> None:
    text = (
        "約束２ 緑のまちづくり\n"
        "２－１ 公園の遊具を更新します：達成度：Ｂ\n"
        "遊具の更新は計画どおり進んでいます。\n"
        "２－２ 街路樹を倍にします：達成度：Ｃ\n"
        "植栽は一部の路線にとどまりました。\n"
    )
    assert evaluation_rows(facts_of(text)) == {
        ("公園の遊具を更新します", 2024, "B"),
        ("街路樹を倍にします", 2024, "C"),
    }


def test_a_record_number_above_the_project_name_leaves_the_sheet_about_that_project() -> None:
    text = (
        "管理番号：ミ－０４\n"
        "事業名：ほたる池清掃事業\n"
        "施策：３　水辺の保全\n"
        "総合評価：Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("ほたる池清掃事業", 2023, "B")}


def test_a_line_of_criteria_and_an_overall_grade_gives_the_overall_grade() -> None:
    text = (
        "事業名　やまびこ図書館運営事業\n"
        "担当課　生涯学習課\n\n"
        "（３）評価\n"
        "必要性 Ａ　効率性 Ｃ　総合評価 Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("やまびこ図書館運営事業", 2023, "B")}


def test_a_sheet_grade_goes_to_the_sheet_project_not_the_plan_heading_it_is_filed_under() -> None:
    text = (
        "【事業名】 やまびこ図書館運営事業\n"
        "【担当課】 生涯学習課\n"
        "【位置付け】\n"
        "２－３ 読書のまちづくり\n"
        "■評価 必要性 Ａ 効率性 Ｃ 総合評価 Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("やまびこ図書館運営事業", 2023, "B")}


def test_entries_led_to_their_grade_by_dots_under_an_evaluation_heading() -> None:
    text = (
        "■令和４年度の重点目標の評価\n"
        "・駅前広場のバリアフリー化・・・・・Ｂ\n"
        "・公園トイレの洋式化・・・・・・・・Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("駅前広場のバリアフリー化", 2022, "B"),
        ("公園トイレの洋式化", 2022, "A"),
    }


def test_entries_led_by_dots_under_a_heading_about_no_evaluation_are_no_grades() -> None:
    text = "■お知らせの一覧\n・駅前広場の清掃日・・・・・Ａ\n・公園の開園時間・・・・・Ｂ\n"
    assert evaluation_rows(facts_of(text, year=2023)) == set()


def test_an_overall_grade_labelled_for_the_policy_grades_the_sheets_policy() -> None:
    text = (
        "施策名：施策３－１　雲海の森の保全\n"
        "（１）遊歩道の整備\n"
        "（２）森林ボランティアの育成\n"
        "施策の総合評価（令和５年度）：Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("雲海の森の保全", 2023, "B")}


def test_grade_columns_by_year_grade_the_entry_named_in_a_later_column() -> None:
    """番号 | 取組項目 | R4評価 | R5評価 (a CSV export): each column grades its own year; the
    entry is named in the row's second cell, and 「－」 (not yet evaluated) gives no row."""
    text = (
        "番号\t取組項目\t担当課\tR4評価\tR5評価\n"
        "1-(1)\t庁内会議のペーパーレス化\t総務課\t－\tB\n"
        "1-(2)\t公用自転車の導入\t財政課\tC\tＡ\n"
    )
    assert evaluation_rows(facts_of(text, year=2022)) == {
        ("庁内会議のペーパーレス化", 2023, "B"),
        ("公用自転車の導入", 2022, "C"),
        ("公用自転車の導入", 2023, "A"),
    }


def test_grade_columns_by_year_in_a_pipe_table_take_their_own_years() -> None:
    text = (
        "| No. | 取組項目 | 令和4年度評価 | 令和5年度評価 |\n"
        "|---|---|---|---|\n"
        "| 1 | 庁内会議のペーパーレス化 | B | A |\n"
        "| 2 | 公用自転車の導入 | - | C |\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("庁内会議のペーパーレス化", 2022, "B"),
        ("庁内会議のペーパーレス化", 2023, "A"),
        ("公用自転車の導入", 2023, "C"),
    }


def test_a_previous_year_evaluation_field_grades_its_records_project() -> None:
    """Records 【事業名】…【前年度評価】 one after another: each grade is its own record's
    project's, for the year before the document's."""
    text = (
        "１．重点事業\n"
        "【事業名】星降る丘散策事業\n【所管課】観光課\n【前年度評価】Ｂ\n\n"
        "【事業名】湖畔清掃ボランティア事業\n【所管課】環境課\n【前年度評価】Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {
        ("星降る丘散策事業", 2024, "B"),
        ("湖畔清掃ボランティア事業", 2024, "A"),
    }


def test_a_previous_year_evaluation_in_colon_fields_grades_its_records_project() -> None:
    text = (
        "■重点的に取り組む事業\n\n"
        "事業名：星降る丘散策事業\n担当課：観光課\n前年度評価：C\n"
        "事業名：湖畔清掃ボランティア事業\n担当課：環境課\n前年度評価：－（新規事業）\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {("星降る丘散策事業", 2024, "C")}


def test_a_graded_sub_item_grades_the_coded_entry_it_is_nested_under() -> None:
    """「・潮騒の森づくり（4-2-1）」 over 「・令和5年度評価：B」 (a nested list): the grade of
    the coded policy the item above names, for the year its label names."""
    text = (
        "施策名：施策４－２－１　潮騒の森づくり\n\n"
        "## 前年度の自己評価\n"
        "- 潮騒の森づくり（4-2-1）\n"
        "  - 令和5年度評価：B（おおむね順調）\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {("潮騒の森づくり", 2023, "B")}


def test_a_graded_sub_item_indented_by_a_full_width_space_grades_the_initiative_above() -> None:
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n\n"
        "■前年度の自己評価\n・見晴らし台の改修\n　・令和5年度評価：Ｃ\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {("見晴らし台の改修", 2023, "C")}


def test_a_graded_item_at_the_top_level_grades_no_entry_above() -> None:
    text = "施策名：施策４－２－１　潮騒の森づくり\n\n- 潮騒の森づくり\n- 令和5年度評価：B\n"
    assert ("潮騒の森づくり", 2023, "B") not in evaluation_rows(facts_of(text, year=2024))


def test_a_sheets_project_keeps_no_record_number_printed_beside_it() -> None:
    """「事業名 X        事業番号 R5-0101」: 事業番号 is a label of its own (the number the
    sheet is filed under), so the graded project is X alone."""
    text = (
        "令和6年度 事務事業評価シート\n"
        "事業名 海辺の清掃事業            事業番号 R5-0101\n"
        "所管課 環境課\n"
        "総合評価 Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("海辺の清掃事業", 2023, "B")}


def test_a_sheet_opening_with_its_number_line_grades_its_project() -> None:
    """「事業番号 04-1 所管部 A部 所管課 B課」 then 「事務事業名 X」: the header line after the
    sheet's number does not stop the sheet being about X."""
    text = (
        "事業番号 07-015 所管部 環境部 所管課 環境課\n"
        "事務事業名 海辺の清掃事業\n"
        "総合評価 Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("海辺の清掃事業", 2023, "A")}


def test_a_title_naming_the_years_work_in_brackets_dates_the_grades() -> None:
    """「令和7年度 事務事業評価シート（令和6年度実施事業）」: the grades are of the work of the
    year in brackets, not of the year the sheet was written."""
    text = (
        "令和7年度 事務事業評価シート（令和6年度実施事業）\n"
        "事業名 海辺の清掃事業\n"
        "総合評価 Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {("海辺の清掃事業", 2024, "B")}


def test_a_title_naming_the_years_work_in_western_years_dates_the_grades() -> None:
    text = "2025年度 施策評価（2024年度の取組）\n\n【事業名】海辺の清掃事業\n【評価】A\n"
    assert evaluation_rows(facts_of(text, year=2025)) == {("海辺の清掃事業", 2024, "A")}


def test_a_graded_line_among_graded_entries_is_an_entry_though_printed_otherwise() -> None:
    """Under 「前年度の自己評価」, 「name      grade」 lines whose names are mostly entries the page
    states: the one printed otherwise than where it was stated is graded too."""
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n【取組】遊歩道の整備\n\n"
        "【前年度（令和6年度）の自己評価】\n"
        "　見晴らし台の改修　　　　Ｂ\n"
        "　遊歩道の整備　　　　　　Ａ\n"
        "　展望広場の芝生の張替え　　Ｃ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {
        ("見晴らし台の改修", 2024, "B"),
        ("遊歩道の整備", 2024, "A"),
        ("展望広場の芝生の張替え", 2024, "C"),
    }


def test_graded_lines_naming_no_entry_of_the_page_are_no_grades() -> None:
    text = (
        "【施策】2-3 風の丘の整備\n【取組】見晴らし台の改修\n\n"
        "【前年度（令和6年度）の自己評価】\n"
        "　駅前の清掃　　　　Ｂ\n"
        "　花壇の手入れ　　　Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == set()


def test_a_progress_field_under_a_coded_heading_grades_that_heading_entry() -> None:
    """A record of ■ fields (■進捗：順調) under a numbered entry 「１－② 渚の清掃活動」:
    the grade word is that entry's, each record its own."""
    text = (
        "約束１ 海辺のまち\n"
        "１－② 渚の清掃活動\n■進捗：順調\n■担当：環境課\n\n"
        "１－③ 浜辺の植樹\n■進捗：検討中\n■担当：環境課\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("渚の清掃活動", 2023, "順調"),
        ("浜辺の植樹", 2023, "検討中"),
    }


def test_a_grade_table_without_an_entry_header_grades_the_coded_entries_it_names() -> None:
    """区分 | 評価の対象 | 評価: no header names the entry column, but its cells print codes
    and names the document states (「3-1 木工体験の推進」); the grade column is the one
    printing grades, not the one whose label starts with 評価."""
    text = (
        "施策３ 森のまち\n３－１ 木工体験の推進\n本文です。\n３－２ 里山の保全\n本文です。\n\n"
        "評価結果\n\n| 区分 | 評価の対象 | 評価 |\n|---|---|---|\n"
        "| 基本事業 | 3-1 木工体験の推進 | Ｂ |\n| 基本事業 | 3-2 里山の保全 | A |\n"
        "| 施策 | 3 森のまち | B |\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("木工体験の推進", 2023, "B"),
        ("里山の保全", 2023, "A"),
        ("森のまち", 2023, "B"),
    }


def test_a_grade_table_naming_no_stated_entry_grades_nothing() -> None:
    text = "評価結果\n\n区分\t対象\t評価\n基本事業\t木工体験の推進\tB\n基本事業\t里山の保全\tA\n"
    assert evaluation_rows(facts_of(text, year=2023)) == set()


def test_a_results_column_beside_a_grade_is_not_the_graded_entry() -> None:
    """事業名 | 自己評価 | 主な成果・課題: the last column reports results (a description),
    so the grade is the project's, not the result sentence's."""
    text = (
        "【事業名】星空観察会事業\n【予算額】1,200千円\n\n"
        "振り返り\n"
        "事業名\t自己評価\t主な成果・課題\n"
        "星空観察会事業\tＡ\t参加者が目標の数に届く\n"
    )
    rows = evaluation_rows(facts_of(text, year=2024))
    assert ("参加者が目標の数に届く", 2024, "A") not in rows


def test_a_sentence_reporting_a_result_is_never_graded() -> None:
    """An entry is named by a noun phrase or a promise; 「…が遅れている」 reports a result."""
    facts = facts_of("お知らせ\n", year=2024)
    facts.initiatives.append(Initiative("導入が遅れている", "measure"))
    evaluations.add_evaluation(facts, "導入が遅れている", 2024, "B", {})
    evaluations.add_evaluation(facts, "来場者が目標を上回った", 2024, "A", {})
    assert evaluation_rows(facts) == set()


def test_a_progress_field_under_a_numbered_section_heading_grades_nothing() -> None:
    """「4 評価」 is a numbered section of the page, no entry the document states."""
    assert evaluation_rows(facts_of("4 評価\n■進捗：順調\n■担当：環境課\n", year=2023)) == set()


def test_an_issue_column_right_of_the_project_column_is_not_the_graded_entry() -> None:
    """事業名 | 評価 | 課題: the row's entry is printed first; the 課題 cell says what remains."""
    text = (
        "【事業名】星空観察会事業\n【予算額】1,200千円\n\n振り返り\n"
        "事業名\t自己評価\t課題\n星空観察会事業\tＡ\t参加者が目標の数に届く\n"
    )
    rows = evaluation_rows(facts_of(text, year=2024))
    assert ("参加者が目標の数に届く", 2024, "A") not in rows


def test_a_progress_report_as_at_the_end_of_a_year_dates_its_grades_with_that_year() -> None:
    """「令和3年度末時点の進捗」 in a report over a term 「令和2年度～令和5年度」: the grades are
    of the work of 令和3年度; the years of the term are no year of the work."""
    text = (
        "町長公約の進捗（任期：令和2年度～令和5年度）\n"
        "令和3年度末時点の進捗をお知らせします。\n\n"
        "【取組】灯台の保存\n【進捗】○\n"
    )
    assert evaluation_rows(facts_of(text, year=2020)) == {("灯台の保存", 2021, "○")}


def test_the_end_of_a_term_alone_dates_no_grades() -> None:
    text = "町長公約の進捗（令和2年度～令和5年度の取組）\n\n【取組】灯台の保存\n【進捗】○\n"
    assert evaluation_rows(facts_of(text, year=2020)) == {("灯台の保存", 2020, "○")}


def test_a_running_page_header_naming_the_year_of_the_work_dates_the_grades() -> None:
    """A contents page first, then each page headed 「2025年度 事業評価（2024年度実施分）」:
    the grades are of 2024's work, though the title block is not at the top."""
    header = "2025年度 架空市事業評価（2024年度実施分）   シートA\n- {} -\n"
    text = (
        "目次\n"
        + "".join(f"  {n} 架空の事業{n} ........ {n + 2}\n" for n in range(1, 7))
        + "\n"
        + header.format(3)
        + "【事業名】潮風の観測事業\n【評価】B\n\n"
        + header.format(4)
        + "（続き）\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {("潮風の観測事業", 2024, "B")}


def _captioned(caption: str) -> str:
    """A table of grades under a heading naming no year, its caption a line of prose."""
    return (
        "## 3 施策の状況\n\n本町では毎年度、施策の点検を行っています。\n"
        f"{caption}\n\n"
        "| 施策コード | 施策名 | 評価 |\n|---|---|---|\n"
        "| 2-1 | 潮風の観測 | B |\n| 2-2 | 灯台の保存 | A |\n"
    )


def test_a_caption_naming_an_evaluations_year_dates_the_table_below() -> None:
    """「R4施策評価の結果は次のとおりです。」 just above the table of grades (its heading names
    no year): the grades are of 2022, not of the document's year."""
    text = _captioned("R4施策評価の結果は次のとおりです。")
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("潮風の観測", 2022, "B"),
        ("灯台の保存", 2022, "A"),
    }


def test_a_caption_naming_no_evaluation_dates_nothing() -> None:
    assert evaluation_rows(facts_of(_captioned("R4予算の概要は別表のとおりです。"), year=2023)) == {
        ("潮風の観測", 2023, "B"),
        ("灯台の保存", 2023, "A"),
    }


def test_a_level_evaluation_field_grades_the_heading_of_that_level_not_its_sub_items() -> None:
    """「施策評価：B」 closing a 施策 section with its 取組 listed under it grades the 施策."""
    text = (
        "第1章 みなとの暮らし\n\n"
        "施策1-1 海辺の環境保全（主管：環境課）\n"
        "取組(1) 砂浜の清掃\n"
        "取組(2) 潮風の観測\n"
        "施策評価：B\n\n"
        "施策1-2 灯台の保存（主管：文化課）\n"
        "取組(1) 灯台の修繕\n"
        "施策評価：A\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("海辺の環境保全", 2023, "B"),
        ("灯台の保存", 2023, "A"),
    }


def test_an_overall_evaluation_section_grades_the_entry_its_sheet_header_codes() -> None:
    """A sheet headed 「基本目標 3 … 施策 3-4 灯台の保存」 whose section 「4 施策の総合評価」
    closes on 「評価 A」: the grade is the 施策's, not the last sub-item's."""
    text = (
        "基本目標 3 海と歴史のまち      施策 3-4 灯台の保存\n"
        "1 施策の目的\n灯台を次の世代に引き継ぐ。\n"
        "2 主な取組\n・灯台の修繕\n"
        "4 施策の総合評価\n"
        "評価 A   （指標はすべて改善）\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("灯台の保存", 2023, "A")}


def test_dated_grade_columns_grade_a_coded_rows_entry_named_under_its_header() -> None:
    """取組番号 | 取組項目 | R2評価 | R3評価: a row coded 「Ⅰ-1-②」 names its entry under the
    取組項目 header, though no other part of the page states it."""
    text = (
        "| 取組番号 | 取組項目 | 指標 | R2評価 | R3評価 |\n"
        "|---|---|---|---|---|\n"
        "| Ⅰ-1-① | 窓口の一本化 | 窓口数 | B | A |\n"
        "| Ⅰ-1-② | 公用車の削減 | 台数 | C | B |\n"
    )
    assert evaluation_rows(facts_of(text, year=2020)) == {
        ("窓口の一本化", 2020, "B"),
        ("窓口の一本化", 2021, "A"),
        ("公用車の削減", 2020, "C"),
        ("公用車の削減", 2021, "B"),
    }


def test_a_coded_items_term_then_its_progress_mark_grades_the_item() -> None:
    """「2-3 公園の芝生化：進捗：△ 用地を調整中。」 (a definition list read as one line): the
    coded entry is graded, though stated nowhere else."""
    text = (
        "約束2 緑のまち\n"
        "2-3 公園の芝生化：進捗：△ 用地を調整中です。令和6年度予算 300万円。\n"
        "2-4 街路樹の更新：進捗：◎ 完了しました。\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("公園の芝生化", 2024, "△"),
        ("街路樹の更新", 2024, "◎"),
    }


def test_a_grade_row_naming_its_project_with_a_remark_grades_the_project() -> None:
    """「海辺の清掃事業（砂浜の整地を含む）」 in a graded row: the remark is no part of the name
    of the project the page states."""
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, "", "generic", fiscal_year=2023)
    facts.projects.append(Project("海辺の清掃事業", 2023, 1000))
    text = (
        "事務事業名\t決算額\t事業評価\n"
        "海辺の清掃事業（砂浜の整地を含む）\t1,000\tB\n"
    )
    evaluations.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations} == {
        ("海辺の清掃事業", 2023, "B")
    }


def test_marks_in_a_schedule_of_years_grade_nothing() -> None:
    """「取組の年次スケジュール（○：実施）」 over 取組項目 | R4 | R5 | R6 with ○ in each year:
    the marks plan the work; the same table under a heading about its evaluation grades."""
    table = (
        "\n| No. | 取組項目 | 担当課 | 2021年度 | 2022年度 |\n|---|---|---|---|---|\n"
        "| 1 | 架空窓口の改善 | 架空課 | ○ | ○ |\n"
        "| 2 | 架空文書の電子化 | 架空課 |  | ○ |\n"
    )
    assert evaluation_rows(facts_of("## 取組の年次スケジュール（○：実施）\n" + table)) == set()
    assert ("架空窓口の改善", 2021, "○") in evaluation_rows(facts_of("## 取組の評価\n" + table))


def test_grades_under_their_own_years_column_keep_it_beside_a_title_dating_the_work() -> None:
    """「取組状況（令和4年度末時点）」 over R3評価 | R4評価: each grade is of its column's year;
    the title's year dates only grades printed without one."""
    text = (
        "架空町改革プラン 取組状況（令和4年度末時点）\n\n"
        "| 番号 | 取組項目 | R3評価 | R4評価 |\n|---|---|---|---|\n"
        "| 1-(1)-① | 窓口の一本化 | A | B |\n"
        "| 1-(1)-② | 公用車の削減 | C | － |\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) == {
        ("窓口の一本化", 2021, "A"),
        ("窓口の一本化", 2022, "B"),
        ("公用車の削減", 2021, "C"),
    }


def test_dated_grade_columns_of_indicator_rows_grade_the_entry_stated_above_the_table() -> None:
    """A KPI table under its 取組 (rows name indicators, not entries): each dated 評価
    column grades the entry stated between the previous table and this one."""
    text = (
        "【取組】架空港の清掃活動\n【担当】架空課\n\n"
        "成果指標\t令和4年度評価\t令和5年度評価\t備考\n"
        "清掃参加者数\tB\tA\t\n清掃回数\tB\tA\t\n\n"
        "【取組】架空灯台の公開\n【担当】架空課\n\n"
        "成果指標\t令和4年度評価\t令和5年度評価\t備考\n"
        "見学者数\tA\tC\t\n公開日数\tB\tC\t\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("架空港の清掃活動", 2022, "B"),
        ("架空港の清掃活動", 2023, "A"),
        ("架空灯台の公開", 2023, "C"),  # 令和4年度: A and B, no one grade
    }


def test_an_indicator_table_with_dated_grades_but_no_entry_above_grades_nothing() -> None:
    text = (
        "【取組】架空港の清掃活動\n\n"
        "指標\tR4評価\tR5評価\n清掃参加者数\tB\tA\n\n"
        "指標\tR4評価\tR5評価\n見学者数\tA\tC\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("架空港の清掃活動", 2022, "B"),
        ("架空港の清掃活動", 2023, "A"),
    }


def test_a_bullet_naming_an_entry_then_its_evaluation_label_and_grade() -> None:
    """「・架空港の清掃活動　評価：Ｂ（…）」: the entry set apart from 評価：grade by spaces,
    graded for the year the heading names; a name the page states nowhere else is no entry."""
    text = (
        "【取組】架空港の清掃活動\n【取組】架空灯台の公開\n\n"
        "５　令和５年度の取組の振り返り\n\n"
        "・架空港の清掃活動　評価：Ｂ（参加者は微減したが、清掃の範囲を港の外の浜辺まで広げた）\n"
        "・架空灯台の公開　評価：Ａ\n"
        "・架空の記念事業　評価：Ｃ\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空港の清掃活動", 2023, "B"),
        ("架空灯台の公開", 2023, "A"),
    }


def test_a_level_evaluation_column_grades_that_levels_names_not_the_level_above() -> None:
    """政策名 | 施策名 | 指標 | 施策評価: the 施策 printed in its own name column is graded,
    not the 政策 beside it, though both are coded policies of the document."""
    text = (
        "政策1 架空のまちづくり\n施策1-1 架空港の再生\n施策1-2 架空灯台の保存\n\n"
        "| 政策名 | 施策名 | 成果指標 | 施策評価 |\n|---|---|---|---|\n"
        "| 架空のまちづくり | 架空港の再生 | 来港者数 | B |\n"
        "| 架空のまちづくり | 架空灯台の保存 | 見学者数 | A |\n"
    )
    rows = evaluation_rows(facts_of(text, year=2023))
    assert ("架空のまちづくり", 2023, "B") not in rows
    assert rows == {("架空港の再生", 2023, "B"), ("架空灯台の保存", 2023, "A")}


_MARKED_LIST = (
    "【取組】架空港の清掃活動\n【取組】架空灯台の公開\n\n"
    "{legend}"
    "令和５年度の状況\n\n"
    "・架空港の清掃活動　Ｂ\n・架空灯台の公開　Ａ\n・架空の記念事業　Ｃ\n"
)


def test_entries_closed_by_a_mark_the_legend_explains_are_graded() -> None:
    """A legend table (Ａ | 目標を達成) says the marks are grades: each stated entry's line
    closed by one is graded, for the year its heading names."""
    legend = "区分\t内容\nＡ\t目標を達成\nＢ\t概ね達成\nＣ\t未達成\n\n"
    assert evaluation_rows(facts_of(_MARKED_LIST.format(legend=legend), year=2024)) == {
        ("架空港の清掃活動", 2023, "B"),
        ("架空灯台の公開", 2023, "A"),
    }


def test_a_mark_after_an_entry_without_a_legend_is_no_grade() -> None:
    assert evaluation_rows(facts_of(_MARKED_LIST.format(legend=""), year=2024)) == set()


def test_rows_under_a_line_of_labels_grade_the_entry_before_their_grade() -> None:
    """A table PDF text set out with single spaces: 「取組名 評価 備考」, then a line per row;
    the words before the row's grade name the entry (one the document states)."""
    text = (
        "【取組】架空港の清掃活動\n【取組】架空灯台の公開\n\n"
        "４ 令和５年度の評価\n"
        "取組名 評価 備考\n"
        "架空港の清掃活動 B 参加者は微減\n"
        "架空灯台の公開 A 見学者が過去最多\n"
        "架空の記念事業 C 中止\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空港の清掃活動", 2023, "B"),
        ("架空灯台の公開", 2023, "A"),
    }


def test_a_policy_grade_line_closing_each_sheet_grades_that_sheets_policy() -> None:
    """Two 施策 sheets in one file, each closing on 「施策評価 B」 after its projects' grades:
    each grade is its own sheet's 施策 (the 施策名 field printed last before it), not the
    first sheet's nor the project graded just before it."""
    text = (
        "【施策名】施策２－１　潮風の街並みの保全\n"
        "【事業名】街並み修景補助事業\n【事業評価】Ａ\n\n"
        "◆施策評価　Ｂ\n\n"
        "【施策名】施策２－２　灯台の広場の整備\n"
        "【事業名】灯台広場整備事業\n【事業評価】Ｃ\n\n"
        "◆施策評価　Ａ\n"
    )
    rows = evaluation_rows(facts_of(text, year=2023))
    assert ("潮風の街並みの保全", 2023, "B") in rows
    assert ("灯台の広場の整備", 2023, "A") in rows
    assert ("灯台の広場の整備", 2023, "B") not in rows


def test_a_policy_grade_field_grades_the_sheet_it_closes_not_the_first() -> None:
    text = (
        "施策名：施策５－１　霧の谷の森づくり\n施策評価：Ｃ\n\n"
        "施策名：施策５－２　霧の谷の水辺づくり\n施策評価：Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("霧の谷の森づくり", 2023, "C"),
        ("霧の谷の水辺づくり", 2023, "A"),
    }


def test_a_grade_in_the_list_under_a_coded_heading_grades_that_headings_entry() -> None:
    """「### 1-1 砂浜の清掃」 over a list 「- 達成度：Ａ」 「- 所管：…」: the grade is the coded
    entry's (a manifesto's <dt> with its <dd> list, here in Markdown)."""
    text = (
        "## 約束1　海のまちづくり\n\n"
        "### 1-1　砂浜の清掃\n\n- 達成度：Ａ\n- 所管：環境課\n\n"
        "### 1-2　灯台の修繕\n\n- 所管：文化課\n- 達成度：Ｃ\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("砂浜の清掃", 2024, "A"),
        ("灯台の修繕", 2024, "C"),
    }


def test_a_grade_item_after_prose_under_a_coded_heading_is_not_read_so() -> None:
    text = (
        "基本目標１　海のまちづくり\n\n"
        "施策１－１　砂浜の清掃\n"
        "清掃の回数を増やしました。\n"
        "・評価：Ａ\n\n"
        "施策１－２　灯台の修繕\n"
        "・評価：Ｃ\n"
    )
    rows = evaluation_rows(facts_of(text, year=2024))
    assert ("灯台の修繕", 2024, "C") in rows
    assert ("砂浜の清掃", 2024, "A") not in rows


def test_grade_columns_by_year_of_rows_keyed_by_code_alone_grade_the_coded_entries() -> None:
    """番号 | R5評価 | R6評価 | 備考, each row keyed by a code the document states above with
    its entry's name (a 体系 list): each year's grade is that entry's."""
    text = (
        "推進項目の体系\n\n"
        "1 財政の健全化\n"
        "　1-1 遊休地の売却\n"
        "　1-2 補助金の見直し\n"
        "2 行政の効率化\n"
        "　2-1 電子申請の拡大\n\n"
        "| 番号 | R5評価 | R6評価 | 備考 |\n|---|---|---|---|\n"
        "| 1-1 | ○ | ◎ | 2区画を売却 |\n"
        "| 1-2 | △ | ○ | |\n"
        "| 2-1 | ◎ | － | |\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {
        ("遊休地の売却", 2023, "○"),
        ("遊休地の売却", 2024, "◎"),
        ("補助金の見直し", 2023, "△"),
        ("補助金の見直し", 2024, "○"),
        ("電子申請の拡大", 2023, "◎"),
    }


def test_a_policy_grade_line_on_a_project_sheet_is_no_grade_of_the_project() -> None:
    text = (
        "事務事業名　潮風ポイント事業\n"
        "所管課　環境課\n"
        "施策評価　Ｂ\n"
    )
    assert ("潮風ポイント事業", 2023, "B") not in evaluation_rows(facts_of(text, year=2023))


def test_a_project_grade_field_grades_the_project_field_above_it() -> None:
    text = (
        "構成事業\n"
        "事業名    灯台清掃ボランティア事業\n事業評価  Ｂ\n決算額    1,200\n"
        "事業名    潮見台遊歩道補修事業\n事業評価  Ａ\n決算額    800\n"
    )
    assert evaluation_rows(facts_of(text, year=2022)) == {
        ("灯台清掃ボランティア事業", 2022, "B"),
        ("潮見台遊歩道補修事業", 2022, "A"),
    }


def test_a_sheet_set_out_as_pairs_grades_the_entry_its_level_name_pair_names() -> None:
    text = (
        "項目\t内容\n"
        "政策\t2 海とともに暮らすまち\n"
        "施策名\t砂浜の保全と活用\n"
        "施策の目的\t砂浜を次の世代に残す\n"
        "施策の評価\tＣ\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) == {("砂浜の保全と活用", 2021, "C")}


def test_the_year_an_evaluation_was_carried_out_does_not_date_the_grades() -> None:
    """「令和3年度 施策点検一覧（令和4年度実施）」: 実施 closing the bracket is the year the
    evaluation was done; the grades stay of the year the title names first."""
    text = (
        "令和3年度 施策点検評価一覧（令和4年度実施）\n\n"
        "| 施策コード | 施策名 | 評価 |\n|---|---|---|\n"
        "| 2-1 | 潮風の観測 | B |\n| 2-2 | 灯台の保存 | A |\n"
    )
    assert evaluation_rows(facts_of(text, year=2021)) == {
        ("潮風の観測", 2021, "B"),
        ("灯台の保存", 2021, "A"),
    }


def test_a_bracket_naming_the_year_of_the_work_graded_after_the_year_done_dates_grades() -> None:
    """「評価調書（2025年度実施 2024年度事業対象）」: the grades are of 2024's work."""
    text = (
        "架空町 事業評価調書（2025年度実施 2024年度事業対象）\n"
        "事業名 海辺の清掃事業\n"
        "総合評価 Ｂ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {("海辺の清掃事業", 2024, "B")}


def test_a_coded_entry_per_row_is_graded_not_the_work_done_for_it() -> None:
    """施策 「2-1 X」 | 取組の状況 | 評価, each row its own coded entry: the row grades that
    entry; the 取組 column only says what was done for it."""
    text = (
        "施策\t取組の状況\t評価\n"
        "2-1 潮風の観測\t観測点を3か所に増設\t○\n"
        "2-2 灯台の保存\t外壁の補修を完了\t◎\n"
        "2-3 砂浜の再生\t養浜の設計に着手\t△\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("潮風の観測", 2024, "○"),
        ("灯台の保存", 2024, "◎"),
        ("砂浜の再生", 2024, "△"),
    }


def test_a_policy_repeated_over_its_rows_leaves_the_initiative_graded() -> None:
    """分野 repeated over the rows it groups: each row's 取組 is the entry graded."""
    text = (
        "番号\t分野\t取組項目\t評価\n"
        "1\t海辺\t潮風の観測\tB\n"
        "2\t海辺\t灯台の保存\tA\n"
        "3\t海辺\t砂浜の再生\tC\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("潮風の観測", 2024, "B"),
        ("灯台の保存", 2024, "A"),
        ("砂浜の再生", 2024, "C"),
    }


def test_a_field_of_criteria_grades_run_together_gives_the_overall_grade() -> None:
    """「評価：妥当性 A／有効性 C／総合評価 B」 in one field after the project's: the overall
    grade (総合評価) is the project's, not the criteria's."""
    text = (
        "事業名：架空港の清掃事業\n"
        "担当課：架空環境課\n"
        "評価：妥当性：A　有効性：C　総合評価：B\n"
    )
    assert evaluation_rows(facts_of(text, year=2023)) == {("架空港の清掃事業", 2023, "B")}


def test_a_title_bracket_naming_the_years_projects_dates_the_grades() -> None:
    """「2025年度 事業評価書（2024年度事業）」: the grades are of 2024's projects."""
    text = (
        "架空町 2025年度 事業評価書（2024年度事業）\n"
        "事業名 海辺の清掃事業\n"
        "総合評価 Ａ\n"
    )
    assert evaluation_rows(facts_of(text, year=2025)) == {("海辺の清掃事業", 2024, "A")}


def test_a_coded_entry_per_row_leaves_a_named_initiative_column_graded() -> None:
    """施策 「2-1 X」 | 取組 | 評価: the 取組 column names entries (no content nor year in its
    label), so each row's 取組 is graded as before."""
    text = (
        "施策\t取組\t評価\n"
        "2-1 潮風の観測\t観測点の増設\t○\n"
        "2-2 灯台の保存\t外壁の補修\t◎\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("観測点の増設", 2024, "○"),
        ("外壁の補修", 2024, "◎"),
    }


def test_grade_words_under_year_columns_grade_each_year_as_printed() -> None:
    text = (
        "| 番号 | 取組項目 | 担当課 | 2023年度 | 2024年度 |\n|---|---|---|---|---|\n"
        "| 1 | 架空庁舎の省エネ化 | 架空課 | 順調 | 遅れ |\n"
        "| 2 | 架空窓口の電子化 | 架空室 | おおむね順調 | 順調 |\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空庁舎の省エネ化", 2023, "順調"),
        ("架空庁舎の省エネ化", 2024, "遅れ"),
        ("架空窓口の電子化", 2023, "おおむね順調"),
        ("架空窓口の電子化", 2024, "順調"),
    }


def test_a_row_naming_a_policy_and_its_project_grades_the_project_by_year() -> None:
    """施策名 | 事業名 | R5評価 | R6評価: the 施策 groups the rows, each row grades its 事業."""
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, "", "generic", fiscal_year=2024)
    facts.initiatives.append(Initiative("みなとの賑わい", "measure"))
    facts.projects.append(Project("桟橋の改修事業", 2024, 1000))
    facts.projects.append(Project("朝市の開催事業", 2024, 500))
    text = (
        "施策名\t事業名\tR5評価\tR6評価\n"
        "みなとの賑わい\t桟橋の改修事業\tＢ\tＡ\n"
        "みなとの賑わい\t朝市の開催事業\tＣ\t\n"
    )
    evaluations.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations} == {
        ("桟橋の改修事業", 2023, "B"),
        ("桟橋の改修事業", 2024, "A"),
        ("朝市の開催事業", 2023, "C"),
    }


def test_the_grade_column_of_the_rows_naming_an_entry_is_read() -> None:
    # 「施策名 | … | 達成状況 | 施策評価」: each 施策's indicators on rows of their own under it,
    # graded 達成/未達成; the 施策 rows carry the 施策評価 (a 1–5 scale)
    text = (
        "令和7年度 施策評価結果一覧(令和6年度の取組に対する評価)\n"
        "施策番号\t施策名\t主管課\t成果指標\t実績値(令和6年度)\t達成状況\t施策評価\n"
        "1-1-1\t架空子育ての支援\t架空支援課\t\t\t\t4\n"
        "\t\t\t架空満足度\t68.1\t未達成\t\n"
        "1-1-2\t架空保育の充実\t架空保育課\t\t\t\t3\n"
        "\t\t\t架空待機児童数\t3\t未達成\t\n"
        "\t\t\t架空採用者数\t44\t達成\t\n"
    )
    assert evaluation_rows(facts_of(text, year=2024)) == {
        ("架空子育ての支援", 2024, "4"),
        ("架空保育の充実", 2024, "3"),
    }
