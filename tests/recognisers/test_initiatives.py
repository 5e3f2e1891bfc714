"""The initiative recogniser: entries the page's structure files as initiatives, each under
the policy code it sits in."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.facts import DocumentFacts, Initiative, Span
from loaders.field_vocabulary import all_labels
from loaders.recognisers import initiatives, policies
from loaders.structure import read_structure


def test_numbered_entries_under_an_initiative_label_heading() -> None:
    text = "部局の方向性(テーマ)\n1.星空観光の推進\n- 説明の文です。\n2.川辺の安全対策\n"
    assert initiative_rows(facts_of(text)) == {("星空観光の推進", ()), ("川辺の安全対策", ())}


def test_the_one_line_under_an_initiative_label_heading() -> None:
    text = "(1)政策内容\n\n湖畔の道路の維持管理\n\n(2)今年度の目標\n\n舗装の補修\n"
    assert initiative_rows(facts_of(text)) == {("湖畔の道路の維持管理", ())}


def test_with_tags_each_name_is_the_line_a_tag_follows() -> None:
    text = (
        "(1)部局の経営方針\n\n森のまちの実現\n【No.15:陸の豊かさも守ろう】\n\n森を守ります。\n\n"
        "「星の村」、「月の里」の形成\n【No.11:住み続けられるまちづくりを】\n\n里を守ります。\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("森のまちの実現", ()),
        ("「星の村」、「月の里」の形成", ()),
    }


def test_bulleted_entries_under_a_policy_heading_take_its_code() -> None:
    text = "■施策２-３ 風の丘の整備\n・見晴らし台の改修（評価：A）\n・遊歩道の整備\n"
    assert initiative_rows(facts_of(text)) == {
        ("見晴らし台の改修", ("2-3",)),
        ("遊歩道の整備", ("2-3",)),
    }


def test_policies_listed_inside_a_policy_are_its_measures_under_their_own_codes() -> None:
    text = "1霧の谷を守る\n該当する施策\n- 1-1 霧を測る\n- 1-2 谷を歩く\n"
    assert initiative_rows(facts_of(text)) == {("霧を測る", ("1-1",)), ("谷を歩く", ("1-2",))}


def test_a_line_with_the_policy_code_and_its_own_number() -> None:
    facts = facts_of("新規追加項目\n\n重点改革項目2 No.R1-3 雲の観測(所管部署:気象課)\n")
    (initiative,) = facts.initiatives
    assert (initiative.name, initiative.policy_codes, initiative.number) == (
        "雲の観測",
        ["2"],
        "R1-3",
    )
    assert initiative.responsible == ["気象課"]


def test_a_name_cited_with_its_number_where_entries_are_numbered() -> None:
    text = "重点改革項目1 No.R1-1 雲の観測\n\n(No.40 霧笛の保存 評価を修正)\n"
    assert ("霧笛の保存", ()) in initiative_rows(facts_of(text))


def test_a_name_cited_with_a_number_alone_is_not_an_initiative() -> None:
    assert initiative_rows(facts_of("お知らせ\n(No.40 霧笛の保存 評価を修正)\n")) == set()


def test_rows_under_a_header_line_of_labels() -> None:
    text = (
        "改革項目名 備考 頁\n\nI T窓口の導入 総務部 窓口課 完了 1\n\n"
        "灯台の保存 総務部 港湾課 完了 2\n"
    )
    assert initiative_rows(facts_of(text)) == {("I T窓口の導入", ()), ("灯台の保存", ())}


def test_rows_of_a_table_flattened_into_one_line() -> None:
    text = (
        "施策評価 計画事業名 妥当性 (必要性) 有効性 (成果) 今後の 方向性 "
        "砂丘の保全(海岸線の整 備) A B 継続 松林の手入れ A A 拡充 以上の評価を行った。\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("砂丘の保全(海岸線の整備)", ()),
        ("松林の手入れ", ()),
    }


def test_quoted_names_in_a_sentence_about_a_policy() -> None:
    text = (
        "施策27「港の整備」では、「桟橋の改修」と「灯台の保存」に取り組みます。「順調」でした。\n"
    )
    assert initiative_rows(facts_of(text)) == {("桟橋の改修", ("27",)), ("灯台の保存", ("27",))}


def test_a_table_of_initiatives_with_their_codes() -> None:
    text = "取組名\t施策コード\n氷室の公開\t5-1\n雪室の整備\t5-2\n"
    assert initiative_rows(facts_of(text)) == {("氷室の公開", ("5-1",)), ("雪室の整備", ("5-2",))}


def test_a_form_laid_out_as_a_table_names_its_entries_beside_their_labels() -> None:
    text = (
        "取組項目(中項目)\t1 雲の観測\n具体的な取組項目(小項目)\t2 雨量の計測\n"
        "取組の内容\t計測する。\n"
    )
    assert initiative_rows(facts_of(text)) == {("雲の観測", ()), ("雨量の計測", ())}


def test_an_entry_heading_is_filed_under_the_policy_its_section_relates_to() -> None:
    text = (
        "主な課題\n\n課題1 星空の保全\n\n課題内容\n\n夜空が明るくなっています。\n\n"
        "天文計画の施策との関連\n\n3-2 自然環境の保全\n\n課題2 雲の観測\n\n課題内容\n\n"
        "観測が足りません。\n\n天文計画の施策との関連\n\n4-1 観測体制\n"
    )
    assert initiative_rows(facts_of(text)) == {("星空の保全", ("3-2",)), ("雲の観測", ("4-1",))}


def test_table_rows_under_a_policy_heading_take_its_code() -> None:
    text = (
        "■基本方針1 市民サービスの向上\n\n"
        "No. | 改革項目 | 所管課 | 評価\n"
        "1 | 窓口手続のオンライン化 | 情報課 | A\n"
        "2 | 書かない窓口の導入 | 市民課 | B\n"
    )
    assert initiative_rows(facts_of(text)) >= {
        ("窓口手続のオンライン化", ("1",)), ("書かない窓口の導入", ("1",)),
    }  # fmt: skip


def test_a_policy_under_a_broader_policy_is_its_measure_under_its_own_code() -> None:
    text = (
        "基本目標1 ひとが輝くまち\n"
        "施策1-1 学校教育の充実\n"
        "端末を生かした学びを進めます。\n"
        "施策1-2 生涯学習の推進\n"
        "学び直しの機会を広げます。\n"
    )
    assert ("学校教育の充実", ("1-1",)) in initiative_rows(facts_of(text))


def test_an_entry_takes_the_code_its_policy_field_cites() -> None:
    text = (
        "重点取組1 ごみの減量の推進\n"
        "総合計画との関係:施策5-2-1 循環型社会の形成\n"
        "分別の徹底を進めます。\n"
    )
    assert ("ごみの減量の推進", ("5-2-1",)) in initiative_rows(facts_of(text))


def test_table_rows_take_the_code_their_policy_cell_cites() -> None:
    text = (
        "番号\t重点目標\t総合計画との関連\t所管課\n"
        "1\t手続のオンライン化\t6-1-2 デジタル化の推進\t情報課\n"
        "2\t防災力の強化\t2-1-1 地域防災力の向上\t防災課\n"
    )
    facts = facts_of(text)
    assert ("手続のオンライン化", ("6-1-2",)) in initiative_rows(facts)
    assert ("6-1-2", "デジタル化の推進") in policy_rows(facts)


def test_a_list_under_a_policy_label_on_a_one_policy_sheet_is_filed_under_that_policy() -> None:
    text = (
        "政策名:政策2 星の健やかなまち\n施策名:施策2-3 星の医療\n"
        "【施策の方向】\n(1)星の検診\n(2)星の救急\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("星の検診", ("2-3",)), ("星の救急", ("2-3",))} <= rows


def test_a_policy_field_under_the_broader_policy_field_is_its_measure() -> None:
    text = "政策名:政策2 星の健やかなまち\n施策名:施策2-3 星の医療\n"
    assert ("星の医療", ("2-3",)) in initiative_rows(facts_of(text))


def test_an_entry_under_levels_that_number_afresh_is_filed_under_the_composed_code() -> None:
    text = (
        "取組番号 Ⅰ-1-①\n大項目 Ⅰ 星の財政\n中項目 1 星の収入\n取組項目 星の売却\n"
        "取組番号 Ⅱ-1-①\n大項目 Ⅱ 月の運営\n中項目 1 月の改革\n取組項目 月の電子化\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("星の売却", ("Ⅰ-1",)), ("月の電子化", ("Ⅱ-1",))} <= rows


def test_entries_numbered_apart_under_a_policy_heading_are_its_measures() -> None:
    text = (
        "施策の体系\nⅢ-2-(1) 星の学び\n① 星の講座\n② 星の書庫\n"
        "Ⅲ-2-(2) 月の運動\n① 月の広場\n② 月の体育館改修\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("星の講座", ("Ⅲ-2-(1)",)), ("月の広場", ("Ⅲ-2-(2)",))} <= rows


def test_a_policy_page_printing_its_broader_goal_is_that_goals_measure_under_its_code() -> None:
    text = "Ⅲ-2 星の学びの振興\n基本目標Ⅲ 星の心のまち\n施策の体系\nⅢ-2-(1) 星の学び\n① 星の講座\n"
    assert ("星の学びの振興", ("Ⅲ-2",)) in initiative_rows(facts_of(text))


def test_the_numbered_list_of_an_entry_heading_is_filed_under_it() -> None:
    text = "重点目標1 霧の森の保全\n (1) 下草刈りの支援\n (2) 苗木の配布\n"
    assert initiative_rows(facts_of(text)) == {
        ("下草刈りの支援", ("1",)),
        ("苗木の配布", ("1",)),
    }


def test_bullets_under_a_policy_of_initiatives_label_take_the_policy_code() -> None:
    text = "施策2-1 花の広場\n今後の取組方針\n・花壇の拡張\n・種の交換会\n"
    assert initiative_rows(facts_of(text)) >= {
        ("花壇の拡張", ("2-1",)),
        ("種の交換会", ("2-1",)),
    }


def test_a_policy_heading_with_its_own_entries_is_no_entry_of_itself() -> None:
    text = "政策3 水のまち\n施策3-1 泉の保全\n・湧水の調査\n・水路の清掃\n"
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic")
    facts.initiatives.append(Initiative("泉の保全", "measure", policy_codes=["3-1"], number="3-1"))
    doc = read_structure(text, labels=all_labels())
    policies.recognise(doc, facts)
    initiatives.recognise(doc, facts)
    assert initiative_rows(facts) == {("湧水の調査", ("3-1",)), ("水路の清掃", ("3-1",))}


def test_the_row_under_a_row_of_labelled_levels_is_filed_under_the_finest() -> None:
    text = (
        "重点課題\n"
        "1\t政策目標\t(3)\t水のまち\t施策目標\t(2)泉の保全\n"
        "\t湧水の調査\t\t\t\t\n"
    )
    assert initiative_rows(facts_of(text)) == {("湧水の調査", ("3-2",))}


def test_the_numbered_list_of_a_labelled_policy_page_is_its_measures() -> None:
    text = (
        "基本施策Ⅱ-1-(3) 水のまち\n"
        "(1) 泉の保全\n現状と課題\n・湧水が減っています。\n"
        "(2) 水路の再生\n現状と課題\n・水路が傷んでいます。\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("水のまち", ("Ⅱ-1-(3)",)),
        ("泉の保全", ("Ⅱ-1-(3)",)),
        ("水路の再生", ("Ⅱ-1-(3)",)),
    }


def test_a_policy_sheets_numbered_sections_are_no_measures() -> None:
    text = "施策3-2-1 水のまち\n1 施策の目的\n泉を守る。\n2 水路の再生\n水路を直す。\n"
    assert initiative_rows(facts_of(text)) == set()


def test_a_numbered_entry_field_takes_the_code_of_the_policy_field_after_it() -> None:
    text = (
        "経営目標1:泉の保全\n総合計画の施策:5-1 水のまち\n説明です。\n"
        "経営目標2:森の再生\n総合計画の施策:6-2 緑のまち\n"
    )
    assert initiative_rows(facts_of(text)) == {("泉の保全", ("5-1",)), ("森の再生", ("6-2",))}


def test_a_bracket_citing_a_policy_code_files_the_entry_and_leaves_the_name() -> None:
    text = "重点取組\n1 泉の保全(総合計画 施策3-2-1「水のまち」)\n2 森の再生(総合計画 施策3-2-2)\n"
    assert initiative_rows(facts_of(text)) >= {
        ("泉の保全", ("3-2-1",)),
        ("森の再生", ("3-2-2",)),
    }


def test_a_numbered_entry_field_takes_the_code_its_relation_heading_lists() -> None:
    text = (
        "【課題1】泉の保全\n課題内容\n湧水が減っています。\n総合計画との関連\n2-3-1 水のまち\n"
        "【課題2】森の再生\n課題内容\n森が荒れています。\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("泉の保全", ("2-3-1",)) in rows
    assert ("森の再生", ()) in rows


def test_a_numbered_entry_fields_own_code_does_not_pass_to_the_next_entry() -> None:
    text = "【課題1】泉の保全\n施策:2-3 水のまち\n【課題2】森の再生\n森が荒れています。\n"
    assert initiative_rows(facts_of(text)) == {("泉の保全", ("2-3",)), ("森の再生", ())}


def test_a_policy_that_lists_its_own_entries_is_no_measure_of_the_goal_above() -> None:
    text = (
        "■政策1 星の降るまち\n"
        "　施策1-1 夜空の保全\n"
        "　　・街灯の光害対策\n"
        "　　・観望会の開催\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("街灯の光害対策", ("1-1",)),
        ("観望会の開催", ("1-1",)),
    }


def test_a_bracket_citing_a_policy_files_a_numbered_entry_there() -> None:
    text = (
        "■重点取組と結果\n\n"
        "1. 雲の見える窓口の開設（担当：天気課／関連予算：1,200千円／総合計画 施策7-3）\n"
        "　【目標】窓口を開く。\n"
        "　【評価】○\n"
    )
    assert initiative_rows(facts_of(text)) == {("雲の見える窓口の開設", ("7-3",))}


def test_a_bracket_of_the_units_in_charge_is_no_part_of_the_name() -> None:
    text = "主な取組\n・星見台の機能強化（天文振興課）\n・夜道の安全確保（道路保全課）\n"
    assert initiative_rows(facts_of(text)) == {("星見台の機能強化", ()), ("夜道の安全確保", ())}


def test_an_entry_named_as_a_project_is_left_to_the_projects() -> None:
    text = "主な取組\n・星見台改修事業（天文振興課）\n・夜道の安全確保（道路保全課）\n"
    assert initiative_rows(facts_of(text)) == {("夜道の安全確保", ())}


def test_the_items_under_further_steps_are_no_initiatives() -> None:
    text = "５　今後の取組\n（１）雲の観測の強化\n　観測を強めます。\n（２）風の記録の整理\n"
    assert initiative_rows(facts_of(text)) == set()


def test_rows_under_a_numbered_header_line_take_the_policy_above() -> None:
    text = (
        "改革の柱2 雲の上の行政\n"
        "No. 取組項目 所管部 所管課 指標 令和5年度 効果額 評価\n"
        "目標 実績 （千円）\n"
        "1 雲の観測の強化 天気部 観測課 観測回数（回） 10 12 300 A\n"
        "2 風の記録の整 天気部 記録課 記録件数（累計・ 40 38 － B\n"
        "理 件）\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("雲の観測の強化", ("2",)),
        ("風の記録の整理", ("2",)),
    }


def test_a_wrapped_line_with_more_than_closing_cells_is_not_joined() -> None:
    text = (
        "No. 取組項目 所管部 所管課 指標 令和5年度 効果額 評価\n"
        "1 雲の観測の強化 天気部 観測課 観測回数 10 12 300 A\n"
        "別途 報告 する\n"
    )
    assert initiative_rows(facts_of(text)) == {("雲の観測の強化", ())}


def test_a_policy_heading_a_table_of_projects_is_no_measure_of_the_goal_above() -> None:
    text = (
        "基本目標1 空のまち\n"
        "施策1-1 雲の観測\n"
        "| No. | 事業名 | 担当課 | 令和6年度 |\n"
        "|---|---|---|---:|\n"
        "| 1 | 雲量計整備事業 | 天気課 | 1,200 |\n"
    )
    assert initiative_rows(facts_of(text)) == set()


def test_a_label_line_under_the_rows_is_no_piece_of_a_name() -> None:
    text = (
        "No. 取組項目 所管部 所管課 指標 令和5年度 効果額 評価\n"
        "1 雲の観測の強化 天気部 観測課 観測回数 10 12 300 A\n"
        "合計\n"
    )
    assert initiative_rows(facts_of(text)) == {("雲の観測の強化", ())}


def test_the_policies_of_a_system_table_are_measures_of_the_goal_beside_them() -> None:
    text = (
        "| 基本目標 | 施策番号 | 施策名 |\n|---|---|---|\n"
        "| 1 星の降る丘のまち | 1-1 | 星見の推進 |\n"
        "| | 1-2 | 夜空の保全 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("星見の推進", ("1-1",)), ("夜空の保全", ("1-2",))}


def test_rows_of_a_table_in_nested_sections_are_filed_under_the_composed_code() -> None:
    text = (
        "㈠ 港の運営\n⑴ 桟橋の管理\n"
        "| No. | 取組項目 | 担当課 |\n|---|---|---|\n| 1 | 桟橋点検の外部化 | 港湾課 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("桟橋点検の外部化", ("1-1",))}


def test_numbered_rows_are_entries_though_their_names_share_label_words() -> None:
    text = (
        "| No. | 取組項目 | 担当課 |\n|---|---|---|\n"
        "| 1 | 星見定員計画の推進 | 人事課 |\n| 2 | 予算編成の見直し | 財政課 |\n"
    )
    assert {name for name, _ in initiative_rows(facts_of(text))} == {
        "星見定員計画の推進",
        "予算編成の見直し",
    }


def test_a_count_of_entries_is_not_an_entry() -> None:
    assert initiative_rows(facts_of("取組項目:全9項目\n")) == set()


def test_a_chain_row_whose_number_spans_the_name_row_below_files_the_name() -> None:
    text = (
        "| 1 | 政策目標 | (2) | 星のまち | 施策目標 | (1)星見 |\n|---|---|---|---|---|---|\n"
        "| 1 | 夜空観望会の開催 | | | | |\n"
    )
    assert initiative_rows(facts_of(text)) == {("夜空観望会の開催", ("2-1",))}


def test_a_line_of_years_is_not_an_entry() -> None:
    text = "主な取組\n1. (2022) (2024)\n2. 灯台清掃の実施\n"
    assert initiative_rows(facts_of(text)) == {("灯台清掃の実施", ())}


def test_rows_under_a_graded_header_keep_a_sentence_comment_after_the_grade() -> None:
    text = (
        "7 令和4年度の取組の評価\n取組 評価 コメント\n"
        "灯台清掃の徹底 A 清掃回数を月2回に増やした。\n"
        "星空観察会の拡充 B 参加者は目標に届かなかった。\n"
    )
    assert initiative_rows(facts_of(text)) == {("灯台清掃の徹底", ()), ("星空観察会の拡充", ())}


def test_grades_under_a_heading_naming_one_year_are_of_that_year() -> None:
    text = "7 令和4年度の取組の評価\n取組 評価 コメント\n灯台清掃の徹底 A 清掃回数を増やした。\n"
    assert evaluation_rows(facts_of(text, year=2023)) == {("灯台清掃の徹底", 2022, "A")}


def test_a_remark_in_brackets_after_an_entry_is_no_part_of_its_name() -> None:
    text = "主な取組\n(1) 灯台清掃の徹底(清掃船1隻の増隻、令和9年度予定)\n(2) 星空観察会の拡充\n"
    assert {n for n, _ in initiative_rows(facts_of(text))} == {"灯台清掃の徹底", "星空観察会の拡充"}


def test_text_rows_of_a_system_table_are_graded_measures_of_their_goal() -> None:
    text = (
        "基本目標 施策 施策名 主管課 評価\n"
        "1 星の降る 1-1 星見の推進 星見課 A\n"
        "丘のまち 1-2 夜空の保全 環境課 B\n"
    )
    facts = facts_of(text)
    assert initiative_rows(facts) == {("星見の推進", ("1-1",)), ("夜空の保全", ("1-2",))}
    assert evaluation_rows(facts) == {("星見の推進", 2024, "A"), ("夜空の保全", 2024, "B")}


def test_a_level_above_the_subject_of_a_sheet_header_is_no_measure() -> None:
    text = (
        "基本目標3 森のまち\n政策3-2 木陰のくらし\n施策3-2-1 並木の保全\n"
        "主管課 緑地課\n"
    )
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "comprehensive_plan_policy")
    facts.initiatives.append(
        Initiative("木陰のくらし", "measure", policy_codes=["3-2"], number="3-2")
    )
    doc = read_structure(text, labels=all_labels())
    policies.recognise(doc, facts)
    initiatives.recognise(doc, facts)
    assert "木陰のくらし" not in {name for name, _ in initiative_rows(facts)}
    assert ("並木の保全", ("3-2-1",)) in initiative_rows(facts)


def _sheet_with_subs(text: str, measure_at: int, subs: list[tuple[str, int]]) -> DocumentFacts:
    """Facts as a sheet's genre parser leaves them: the measure 星の観測 and its subs."""
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "comprehensive_plan_policy")
    span = Span(measure_at, measure_at + 11, text[measure_at : measure_at + 11])
    facts.initiatives.append(
        Initiative("星の観測", "measure", policy_codes=["2-1"], number="2-1", evidence={"": span})
    )
    for number, (name, at) in enumerate(subs, start=1):
        span = Span(at, at + 8, text[at : at + 8])
        sub = Initiative(name, "measure", policy_codes=["2-1"], number=str(number))
        sub.parent, sub.evidence = "星の観測", {"": span}
        facts.initiatives.append(sub)
    initiatives.recognise(read_structure(text, labels=all_labels()), facts)
    return facts


def test_a_sub_measure_named_by_a_section_label_is_no_entry() -> None:
    text = "施策2-1 星の観測\n(1) 成果指標\n(2) 星図の作成\n"
    facts = _sheet_with_subs(text, 0, [("成果指標", 13), ("星図の作成", 22)])
    assert "成果指標" not in {name for name, _ in initiative_rows(facts)}
    assert ("星図の作成", ("2-1",)) in initiative_rows(facts)


def test_a_sub_measure_printed_before_its_measure_is_no_entry() -> None:
    text = "(1)計画の趣旨\n施策2-1 星の観測\n(2) 星図の作成\n"
    facts = _sheet_with_subs(text, 9, [("計画の趣旨", 0), ("星図の作成", 21)])
    assert "計画の趣旨" not in {name for name, _ in initiative_rows(facts)}


def test_the_finer_levels_under_a_measure_are_measures_under_their_own_codes() -> None:
    text = (
        "基本目標1 星のまち\n 施策1-1 星見の推進\n  1-1-1 観望会の開催\n  1-1-2 星図の整備\n"
        " 施策1-2 夜空の保全\n  1-2-1 照明の抑制\n"
    )
    assert initiative_rows(facts_of(text)) >= {
        ("星見の推進", ("1-1",)),
        ("観望会の開催", ("1-1-1",)),
        ("星図の整備", ("1-1-2",)),
        ("照明の抑制", ("1-2-1",)),
    }


def test_the_lower_levels_of_a_table_of_labelled_levels_are_measures() -> None:
    text = (
        "| 基本目標 | 施策 |\n|---|---|\n"
        "| 基本目標1 星のまち | 施策1 星見の推進 |\n"
        "| | 施策2 夜空の保全 |\n"
        "| 基本目標2 月のまち | 施策3 月見の推進 |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見の推進", ("1-1",)),
        ("夜空の保全", ("1-2",)),
        ("月見の推進", ("2-3",)),
    }


def test_entries_under_a_breadcrumb_heading_take_the_composed_code() -> None:
    text = (
        "## 基本目標2 > 施策5 星見の推進\n### 主な取組\n"
        "#### (1)観望会の開催\n#### (2)星図の整備\n"
    )
    assert initiative_rows(facts_of(text)) >= {
        ("観望会の開催", ("2-5",)),
        ("星図の整備", ("2-5",)),
    }


def test_rows_of_a_table_under_a_pillar_heading_take_its_code() -> None:
    text = (
        "取組項目別の状況\n"
        "第1 港の運営\n"
        "No.\t取組項目\t担当課\t評価\n1\t桟橋点検の外部化\t港湾課\t◎\n2\t灯台照明の更新\t港湾課\t○\n\n"
        "第2 駅の運営\n"
        "No.\t取組項目\t担当課\t評価\n3\t改札の無人化\t駅務課\t△\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("桟橋点検の外部化", ("1",)),
        ("灯台照明の更新", ("1",)),
        ("改札の無人化", ("2",)),
    }


def test_entries_under_a_heading_citing_a_policy_take_the_cited_code() -> None:
    text = (
        "重点目標と取組\n"
        "1 星見の里づくり(総合計画 施策3-1)\n"
        " (1) 取組と実績\n"
        "   ① 観望台の整備\n"
        "   ② 星図の作成\n"
    )
    assert initiative_rows(facts_of(text)) >= {
        ("観望台の整備", ("3-1",)),
        ("星図の作成", ("3-1",)),
    }


def test_a_column_of_known_policy_codes_files_the_rows_whatever_its_label() -> None:
    text = (
        "計画の体系\n改革の柱Ⅰ 星の運営\n Ⅰ-1 星見の電子化\n Ⅰ-2 窓口の改善\n\n"
        "主な取組項目\n"
        "| No. | 取組項目 | 体系 | 担当課 |\n|---|---|---|---|\n"
        "| 1 | 電子申請の拡大 | Ⅰ-1 | 星見課 |\n| 2 | 窓口の一本化 | Ⅰ-2 | 市民課 |\n"
    )
    assert initiative_rows(facts_of(text)) >= {
        ("電子申請の拡大", ("Ⅰ-1",)),
        ("窓口の一本化", ("Ⅰ-2",)),
    }


def test_a_table_of_policies_graded_row_by_row_lists_evaluated_measures() -> None:
    text = (
        "評価結果一覧\n"
        "| 施策コード | 施策名 | 主管課 | R4 | R5 |\n|---|---|---|---|---|\n"
        "| Ⅲ-1-(1) | 星見の推進 | 星見課 | B | A |\n"
        "| Ⅲ-1-(2) | 夜空の保全 | 環境課 | C | B |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見の推進", ("Ⅲ-1-(1)",)),
        ("夜空の保全", ("Ⅲ-1-(2)",)),
    }


def test_a_section_citing_a_policy_over_that_policys_parts_is_no_entry() -> None:
    text = (
        "2 評価結果一覧(政策Ⅲ 星のまち)\n"
        "| 施策コード | 施策名 | 主管課 | R4 | R5 |\n|---|---|---|---|---|\n"
        "| Ⅲ-1-(1) | 星見の推進 | 星見課 | B | A |\n"
        "| Ⅲ-1-(2) | 夜空の保全 | 環境課 | C | B |\n"
    )
    assert "評価結果一覧" not in {name for name, _ in initiative_rows(facts_of(text))}


def test_principles_with_lettered_actions_in_a_plan_without_codes_are_measures() -> None:
    text = (
        "第3 基本方針と目標\n"
        "　1 基本方針\n"
        "　　① 星見台の集約\n"
        "　　　ア 利用の少ない星見台を統合します。\n"
        "　　　イ 跡地は売却します。\n"
        "　　② 望遠鏡の長寿命化\n"
        "　　　ア 予防保全に転換します。\n"
    )
    assert initiative_rows(facts_of(text)) == {("星見台の集約", ()), ("望遠鏡の長寿命化", ())}


def test_terms_described_under_a_policy_heading_are_its_entries() -> None:
    text = (
        "重点政策2 月のまち\n"
        "月見台の整備:月見台を新設しました。(所管:月見課)\n"
        "進捗:○\n"
        "観月会の開催:観月会を年2回開きました。\n"
        "進捗:◎\n"
    )
    assert initiative_rows(facts_of(text)) == {("月見台の整備", ("2",)), ("観月会の開催", ("2",))}


def test_one_term_under_a_policy_heading_is_no_list_of_entries() -> None:
    text = "重点政策2 月のまち\n月見台の整備:月見台を新設しました。\n"
    assert initiative_rows(facts_of(text)) == set()


def test_a_level_counting_within_its_goal_is_a_measure_under_the_composed_code() -> None:
    text = "総合計画上の位置付け\n基本目標３　星のまち\n　施策２　星見の推進\n"
    assert ("星見の推進", ("3-2",)) in initiative_rows(facts_of(text))


def test_a_level_over_entry_fields_is_their_policy_not_a_measure() -> None:
    text = (
        "大項目Ⅰ 星のまち\n中項目1 星見の推進\n取組項目:観望会の開催\n担当課:星見課\n"
    )
    rows = initiative_rows(facts_of(text))
    assert "星見の推進" not in {name for name, _ in rows}


def test_bulleted_terms_described_under_a_policy_heading_are_its_entries() -> None:
    text = (
        "重点政策1 星のまち\n"
        "・観望会の開催:年4回開催しました。\n・星図の配布:全戸に配布しました。\n"
    )
    assert initiative_rows(facts_of(text)) == {("観望会の開催", ("1",)), ("星図の配布", ("1",))}


def test_bulleted_terms_with_no_sentences_are_no_entries() -> None:
    text = "重点政策1 星のまち\n・対象:市民\n・期間:通年\n"
    assert initiative_rows(facts_of(text)) == set()


def test_levels_a_policy_line_lists_below_it_are_its_measures() -> None:
    text = "施策の体系\n1 星の暮らし　1-1 星見台の整備　1-2 夜空の保全\n2 月の港　2-1 桟橋の修繕\n"
    assert initiative_rows(facts_of(text)) == {
        ("星見台の整備", ("1",)),
        ("夜空の保全", ("1",)),
        ("桟橋の修繕", ("2",)),
    }


def test_entries_numbered_under_a_code_take_the_code_of_their_number_without_it() -> None:
    text = (
        "基本方針\t\t重点取組\t担当課\n"
        "1\t星の暮らし\t(1) 星見台の整備\t星見課\n"
        "\t\t(2) 夜空の保全\t星見課\n"
        "2\t月の港\t(1) 桟橋の修繕\t港湾課\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見台の整備", ("1-1",)),
        ("夜空の保全", ("1-2",)),
        ("桟橋の修繕", ("2-1",)),
    }


def test_a_table_naming_the_broader_level_in_a_column_files_no_entry_under_that_name() -> None:
    text = (
        "| 分野 | 公約番号 | 公約項目 | 進捗 |\n|---|---|---|---|\n"
        "| 星 | 1-1 | 星見台の整備 | A |\n| 星 | 1-2 | 夜空の保全 | B |\n"
        "| 月 | 2-1 | 桟橋の修繕 | A |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見台の整備", ("1-1",)),
        ("夜空の保全", ("1-2",)),
        ("桟橋の修繕", ("2-1",)),
    }


def test_a_graded_level_of_a_policy_tree_is_a_measure_under_its_parents_code() -> None:
    text = "## 柱2 月の港\n### 2-1 桟橋の修繕\n評価：B\n### 2-2 灯台の保存\n評価：A\n"
    assert initiative_rows(facts_of(text)) == {
        ("桟橋の修繕", ("2",)),
        ("灯台の保存", ("2",)),
    }


def test_a_level_graded_with_a_word_is_a_measure_under_its_parents_code() -> None:
    text = "約束3 森のまち\n\n3-① 里山の再生\n【進捗】順調\n【担当】森林課\n"
    assert initiative_rows(facts_of(text)) == {("里山の再生", ("3",))}


def test_graded_numbered_lines_outside_a_policy_system_are_no_measures() -> None:
    text = "お知らせ\n1-1 雪の日\n評価：A\n1-2 雨の日\n評価：B\n"
    assert initiative_rows(facts_of(text)) == set()


def test_graded_levels_in_two_columns_side_by_side_are_measures_of_each_column() -> None:
    text = (
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
    facts = facts_of(text)
    assert initiative_rows(facts) == {
        ("星見台の整備", ("1",)),
        ("夜空の保全", ("1",)),
        ("桟橋の修繕", ("2",)),
        ("灯台の保存", ("2",)),
    }
    entry = next(i for i in facts.initiatives if i.name == "桟橋の修繕")
    assert entry.evidence["name"].text == "2-1 桟橋の修繕"


def test_entries_labelled_as_initiatives_under_a_numbered_goal_take_their_own_codes() -> None:
    text = (
        "### 目標1 星の暮らしを守る\n- 取組1-1 星見台の整備（担当：星見課）\n"
        "- 取組1-2 夜空の保全（担当：星見課）\n### 目標2 月の港\n- 取組2-1 桟橋の修繕\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見台の整備", ("1-1",)),
        ("夜空の保全", ("1-2",)),
        ("桟橋の修繕", ("2-1",)),
    }


def test_the_finest_of_letter_spaced_levels_heading_a_sheet_is_its_measure() -> None:
    text = (
        "施策評価シート\n政　　策　２　月の港\n施　　策　２－１　桟橋の修繕\n"
        "成果指標：桟橋の利用者数\n総合評価：B\n"
    )
    assert initiative_rows(facts_of(text)) == {("桟橋の修繕", ("2-1",))}


def test_levels_placing_a_project_on_its_sheet_are_no_measures() -> None:
    text = (
        "事務事業評価シート\n事業名：桟橋点検事業\n総合計画の 政策 2 月の港\n"
        "位置付け 施策 2-1 桟橋の修繕\n評価：B\n"
    )
    assert initiative_rows(facts_of(text)) == set()


def test_the_finest_level_a_policy_sheets_row_labels_print_is_its_measure() -> None:
    text = "施策評価シート\n総合計画の 政策 2 月の港\n位置付け 施策 2-1 桟橋の修繕\n総合評価：B\n"
    assert initiative_rows(facts_of(text)) == {("桟橋の修繕", ("2-1",))}


def test_a_list_in_brackets_under_a_plain_numbered_policy_holds_its_measures() -> None:
    text = (
        "## 基本方針1 星の暮らし\n(1) 星見台の整備\n(2) 夜空の保全\n"
        "## 基本方針2 月の港\n(1) 桟橋の修繕\n(2) 灯台の保存\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星見台の整備", ("1",)),
        ("夜空の保全", ("1",)),
        ("桟橋の修繕", ("2",)),
        ("灯台の保存", ("2",)),
    }


def test_a_bracketed_list_of_section_labels_under_a_policy_holds_no_measures() -> None:
    text = "基本方針1 星の暮らし\n(1) 施策の目的\n(2) 現状と課題\n"
    assert initiative_rows(facts_of(text)) == set()


def test_a_pledge_graded_on_its_own_line_is_a_measure_of_its_promise() -> None:
    text = (
        "約束2 海辺のまち\n2-1 浜の清掃を毎月行います：達成度：B\n"
        "2-2 灯台を公開します：達成度：A\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("浜の清掃を毎月行います", ("2",)),
        ("灯台を公開します", ("2",)),
    }


def test_an_ungraded_pledge_sentence_is_no_measure() -> None:
    text = "約束2 海辺のまち\n2-1 浜の清掃を毎月行います\n2-2 灯台を公開します\n"
    assert initiative_rows(facts_of(text)) == set()


def test_graded_policies_beside_a_wrapped_goal_column_are_named_from_the_name_column() -> None:
    text = (
        "| 基本目標 | 施策番号 | 施策名 | 評価 |\n|---|---|---|---|\n"
        "| 1 星と月が | 1-1 | 星空観察の推進 | B |\n| 輝くまち | 1-2 | 月見の振興 | A |\n"
        "| 2 海辺の | 2-1 | 浜辺の保全 | C |\n| まち | 2-2 | 港の再生 | C |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("星空観察の推進", ("1-1",)),
        ("月見の振興", ("1-2",)),
        ("浜辺の保全", ("2-1",)),
        ("港の再生", ("2-2",)),
    }


def test_a_policy_whose_finer_level_lists_entries_is_no_measure_of_its_goal() -> None:
    """(Round 39: the entries under the finest level are the measures, the levels above them
    the policies they serve — the convention of the later gold sets; two early sets filed
    the middle level as an entry too.)"""
    text = (
        "基本目標1 星のまち\n政策1-1 星空の保全\n施策1-1-1 夜の灯りの抑制\n・街灯の改修\n"
        "政策1-2 星の学び\n施策1-2-1 観察会の開催\n・子ども観察会\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("街灯の改修", ("1-1-1",)) in rows
    assert not {name for name, _ in rows} & {"星空の保全", "星の学び"}


def test_each_level_of_a_three_column_system_table_is_a_measure_of_the_one_left_of_it() -> None:
    text = (
        "| 基本目標 | 政策 | 施策 |\n|---|---|---|\n"
        "| 1 潮風のまち | 1-1 港の活性化 | 1-1-1 桟橋の再生 |\n"
        "| | | 1-1-2 市場の整備 |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("港の活性化", ("1-1",)), ("桟橋の再生", ("1-1-1",)), ("市場の整備", ("1-1-2",)),
    }  # fmt: skip


def test_each_level_below_the_top_of_a_nested_list_is_a_measure_of_its_parent() -> None:
    text = (
        "施策の体系\n"
        "- 基本目標1 潮風のまち\n"
        "  - 施策1-1 港の活性化\n"
        "    - 桟橋の再生\n"
        "    - 市場の整備\n"
        "  - 施策1-2 浜の保全\n"
        "- 基本目標2 森のまち\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("港の活性化", ("1-1",)), ("桟橋の再生", ("1-1",)), ("市場の整備", ("1-1",)),
        ("浜の保全", ("1-2",)),
    }  # fmt: skip


def test_entries_of_a_flat_list_after_a_labelled_item_are_not_placed_under_it() -> None:
    text = "施策の体系\n・施策1-1 港の活性化\n・桟橋の再生\n・市場の整備\n"
    assert ("桟橋の再生", ("1-1",)) not in initiative_rows(facts_of(text))


def test_a_term_citing_its_policy_in_a_bracket_is_an_initiative_filed_there() -> None:
    text = (
        "主な事業\n"
        "桟橋改修事業（施策2-1）：担当 港湾課 ／ 計画額 令和6年度 500\n"
        "灯台ケア事業（施策2-2）：担当 港湾課\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("桟橋改修事業", ("2-1",)), ("灯台ケア事業", ("2-2",)),
    }  # fmt: skip


def test_projects_nested_under_a_labelled_policy_item_are_its_measures() -> None:
    text = (
        "施策の体系\n"
        "- 基本目標1 潮風のまち\n"
        "  - 施策1-1 港の活性化\n"
        "    - 桟橋改修事業\n"
    )
    assert ("桟橋改修事業", ("1-1",)) in initiative_rows(facts_of(text))


def test_bullets_under_a_coded_level_of_the_system_are_its_measures() -> None:
    text = (
        "基本目標\t施策\n"
        "1 潮風のまち\t1-1-1 港の活性化\n"
        "2 森のまち\t2-1-1 林業の振興\n"
        "\n"
        "1-1-1 港の活性化\n"
        "・灯台ケア事業（港湾課）\n"
        "　　・令和7年度 1,200千円\n"
        "　　・取組：桟橋の再生、朝市の開催\n"
        "・市場整備事業（商工課）\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("灯台ケア事業", ("1-1-1",)), ("市場整備事業", ("1-1-1",)),
            ("桟橋の再生", ("1-1-1",)), ("朝市の開催", ("1-1-1",))} <= rows  # fmt: skip


def test_projects_under_an_uncoded_initiative_heading_are_no_initiatives() -> None:
    text = (
        "施策3-2 水害に強いまち\n主な取組\n"
        "・河道掘削事業（河川課）\n・避難所の機能強化（防災課）\n"
    )
    assert "河道掘削事業" not in {name for name, _ in initiative_rows(facts_of(text))}


def test_an_entry_and_its_projects_go_under_the_policy_its_own_section_places_it() -> None:
    text = (
        "重点目標\n"
        "目標1 港のにぎわいづくり\n"
        "位置付け：基本施策3-(2) 港の活性化\n"
        "事業名：桟橋改修事業\n"
        "予算額：1,200千円\n"
        "目標2 森の再生\n"
        "位置付け：基本施策4-(1) 林業の振興\n"
        "事業名：間伐推進事業\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("港のにぎわいづくり", ("3-(2)",)), ("桟橋改修事業", ("3-(2)",)),
        ("森の再生", ("4-(1)",)), ("間伐推進事業", ("4-(1)",)),
    }  # fmt: skip


def test_a_thousands_comma_in_an_attribute_bracket_parts_no_attributes() -> None:
    text = "■施策2-3 港の整備\n・桟橋の再生（予算額：1,200千円／所管：港湾課）\n"
    assert initiative_rows(facts_of(text)) == {("桟橋の再生", ("2-3",))}


def test_the_projects_a_policys_own_line_lists_after_a_colon_are_its_measures() -> None:
    text = (
        "総合計画との関係\n"
        "施策3-1 港の活性化：桟橋改修事業、朝市開催事業\n"
        "施策3-2 森の保全：間伐推進事業\n"
    )
    assert {("桟橋改修事業", ("3-1",)), ("朝市開催事業", ("3-1",)),
            ("間伐推進事業", ("3-2",))} <= initiative_rows(facts_of(text))  # fmt: skip


def test_a_description_after_a_policys_colon_is_not_split_into_projects() -> None:
    text = "施策3-1 港の活性化：桟橋を改修し、朝市開催事業を続ける\n"
    assert "朝市開催事業" not in {name for name, _ in initiative_rows(facts_of(text))}


def test_an_unlabelled_code_nested_one_level_below_a_labelled_item_is_a_level_too() -> None:
    text = (
        "施策の体系\n"
        "・基本目標Ⅱ 森のまち\n"
        "　・Ⅱ-1 林業の振興\n"
        "　　・間伐材の活用\n"
    )
    assert {("林業の振興", ("Ⅱ-1",)), ("間伐材の活用", ("Ⅱ-1",))} <= initiative_rows(
        facts_of(text)
    )


def test_a_bullet_citing_its_policy_in_a_bracket_is_an_initiative_filed_there() -> None:
    text = "主な事業\n・桟橋改修事業（施策2-1）\n・灯台の公開（総合計画 施策2-2）\n"
    assert initiative_rows(facts_of(text)) == {
        ("桟橋改修事業", ("2-1",)), ("灯台の公開", ("2-2",)),
    }  # fmt: skip


def test_each_level_of_a_drawn_policy_tree_is_a_measure_of_the_level_it_hangs_from() -> None:
    text = (
        "施策の体系\n1 星と森のまち\n├ 1-1 森の保全\n│  └ 1-1-1 里山の手入れ\n└ 1-2 星空の観光\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("森の保全", ("1",)),
        ("星空の観光", ("1",)),
        ("里山の手入れ", ("1-1",)),
    }


def test_a_continuation_line_of_a_space_table_takes_the_code_of_the_row_above() -> None:
    text = (
        "施策番号  取組内容                    所管課\n"
        "2-1       川の清掃活動の支援          環境課\n"
        "          水辺の観察会の開催          環境課\n"
        "2-2       古民家の改修支援            建設課\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("川の清掃活動の支援", ("2-1",)),
        ("水辺の観察会の開催", ("2-1",)),
        ("古民家の改修支援", ("2-2",)),
    }


def test_a_row_that_lost_its_blank_cells_gets_each_cell_back_under_its_header_label() -> None:
    from loaders.recognisers.outline import aligned_row
    from loaders.structure import Cell, Table

    lines = ["番号　取組の内容　　　　　所管課", "      水辺の観察会の開催  環境課"]
    text = "\n".join(lines) + "\n"
    doc = read_structure(text, labels=all_labels())

    def cell(word: str, line: int) -> Cell:
        start = sum(len(x) + 1 for x in lines[:line]) + lines[line].index(word)
        return Cell(word, start, start + len(word))

    header = [cell("番号", 0), cell("取組の内容", 0), cell("所管課", 0)]
    table = Table([c.text for c in header], [], header_cells=header)
    row = [cell("水辺の観察会の開催", 1), cell("環境課", 1)]
    assert [c and c.text for c in aligned_row(doc, table, row)] == [
        None,
        "水辺の観察会の開催",
        "環境課",
    ]


def test_an_entry_without_a_code_named_as_a_policy_level_goes_under_the_level_above() -> None:
    from loaders.facts import PolicyCode

    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, "", "generic")
    facts.policy_codes += [PolicyCode("Ⅱ", "2", "水の暮らし"),
                           PolicyCode("2-(1)", "2-1", "井戸の保全")]  # fmt: skip
    facts.initiatives += [Initiative("井戸の保全", "measure"), Initiative("雨水の利用", "measure")]
    initiatives._levels_under_parents(facts)
    assert initiative_rows(facts) == {("井戸の保全", ("Ⅱ",)), ("雨水の利用", ())}


def test_entries_bulleted_along_an_initiative_label_line_go_under_the_policy_heading() -> None:
    text = "■施策3-2 川辺の再生\n主な取組：・堤防の緑化 ・親水広場の清掃\n"
    assert initiative_rows(facts_of(text)) == {
        ("堤防の緑化", ("3-2",)),
        ("親水広場の清掃", ("3-2",)),
    }


def test_bulleted_entries_along_a_label_line_outside_any_policy_are_not_filed() -> None:
    text = "お知らせ\n主な取組 ・堤防の緑化 ・親水広場の清掃\n"
    assert all(codes for _, codes in initiative_rows(facts_of(text)))


def test_a_graded_cell_naming_a_level_with_its_code_is_a_measure_of_the_level_above() -> None:
    text = (
        "施策3-4 里山の保全\n\n"
        "- 3-4-1 竹林の整備\n- 3-4-2 里山ボランティアの育成\n\n評価\n\n"
        "| 対象 | 評価 |\n|---|---|\n| 3-4-1 竹林の整備 | B |\n"
        "| 3-4-2 里山ボランティアの育成 | A |\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("竹林の整備", ("3-4",)) in rows and ("里山ボランティアの育成", ("3-4",)) in rows


def test_a_placement_field_chain_files_each_finer_level_under_the_one_above() -> None:
    text = "事業名：星見の渡し船運航\n計画体系：基本目標2 水辺のまち ＞ 施策2-4 渡しの維持\n"
    assert initiative_rows(facts_of(text)) == {("渡しの維持", ("2",))}


def test_each_level_of_a_policy_system_table_is_filed_under_the_level_above() -> None:
    text = (
        "| 種別 | No | 名称 |\n|---|---|---|\n"
        "| 基本目標 | 3 | 霧のまちの暮らし |\n"
        "| 施策 | 3-1 | 霧笛の保存 |\n"
        "| 施策 | 3-2 | 灯台の公開 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("霧笛の保存", ("3",)), ("灯台の公開", ("3",))}


def test_entries_numbered_below_the_printed_system_are_filed_under_their_level() -> None:
    text = (
        "施策体系\n番号\t名称\n4\t海辺のまち\n4-(1)\t砂浜の保全\n\n"
        "取組の進み具合\n"
        "| 取組番号 | 取組項目 | 評価 |\n|---|---|---|\n"
        "| 4-(1)-① | 漂着物の回収 | A |\n"
        "| 4-(1)-② | 防砂林の植樹 | B |\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("漂着物の回収", ("4-(1)",)), ("防砂林の植樹", ("4-(1)",))} <= rows
    assert ("砂浜の保全", ("4",)) in rows


def test_entries_numbered_afresh_under_a_policy_heading_are_filed_under_its_code() -> None:
    text = (
        "施策3-1 霧笛の保存（主管：港湾課）\n"
        "取組(1) 霧笛台の修繕\n本文。\n"
        "取組(2) 霧笛の記録\n本文。\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("霧笛台の修繕", ("3-1",)), ("霧笛の記録", ("3-1",))} <= rows


def test_labelled_policy_items_listed_under_a_broader_policy_are_its_measures() -> None:
    text = "政策2 川と暮らす\n・施策2-1 堤防の点検\n・施策2-2 水辺の散策路\n"
    rows = initiative_rows(facts_of(text))
    assert {("堤防の点検", ("2-1",)), ("水辺の散策路", ("2-2",))} <= rows


def test_a_coded_list_entry_printing_its_grade_is_a_measure_of_the_level_above() -> None:
    text = (
        "約束4 みどりの町\n"
        "4-1 並木の植樹:達成度:B 令和6年度に120本を植えた。\n"
        "4-2 花壇の手入れ:達成度:A 全地区で実施した。\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("並木の植樹", ("4",)), ("花壇の手入れ", ("4",))} <= rows


def test_entries_numbered_afresh_nested_in_a_labelled_level_are_filed_under_it() -> None:
    text = (
        "施策の体系\n- 基本目標1 海とくらす\n  - 施策1-2 砂浜の保全\n"
        "    - ① 漂着物の回収\n    - ② 防砂林の植樹\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("漂着物の回収", ("1-2",)), ("防砂林の植樹", ("1-2",))} <= rows


def test_each_level_of_a_code_tree_under_a_system_heading_is_filed_under_its_parent() -> None:
    text = (
        "■施策の体系\n"
        "4 港のまち\n"
        "4-1 岸壁の維持\n"
        "4-1-1 係船柱の更新\n"
        "4-1-2 防舷材の交換\n"
        "4-2 市場の活性化\n"
        "4-2-1 朝市の開催\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {
        ("岸壁の維持", ("4",)), ("係船柱の更新", ("4-1",)), ("防舷材の交換", ("4-1",)),
        ("市場の活性化", ("4",)), ("朝市の開催", ("4-2",)),
    } <= rows


def test_loose_lines_under_a_coded_section_labelled_as_entries_are_no_entries() -> None:
    text = (
        "3-1-1 霧の観測の取組\n"
        "霧の発生日数\n"
        "12日    9日\n"
        "担当部局\n"
        "観測課、港湾課\n"
    )
    assert initiative_rows(facts_of(text)) == set()


def test_a_form_row_labelled_with_a_longer_label_of_another_field_names_no_entry() -> None:
    text = (
        "施策2 霧のまち\n"
        "| 区分 | 内容 |\n|---|---|\n"
        "| 取組項目 | 霧笛の保存 |\n"
        "| 施策の現状と課題 | 霧笛台の老朽化 |\n"
    )
    names = {name for name, _ in initiative_rows(facts_of(text))}
    assert "霧笛の保存" in names and "霧笛台の老朽化" not in names


def test_a_code_tree_whose_levels_file_entries_of_the_page_gives_no_levels() -> None:
    text = (
        "■施策の体系\n"
        "4 港のまち\n"
        "4-1 岸壁の維持\n"
        "4-2 市場の活性化\n"
        "■施策4-1 岸壁の維持\n"
        "主な取組\n"
        "・係船柱の更新\n"
        "・防舷材の交換\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("係船柱の更新", ("4-1",)) in rows
    assert not {name for name, _ in rows} & {"岸壁の維持", "市場の活性化"}


def test_a_tree_placing_the_page_in_the_plan_files_its_levels_listed_along_a_line() -> None:
    text = (
        "2 総合計画における位置づけ\n"
        "政策6 山のまち\n"
        "6-1 林道の維持\n"
        "6-1-1 路面の補修   6-1-2 法面の点検\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("林道の維持", ("6",)), ("路面の補修", ("6-1",)), ("法面の点検", ("6-1",))} <= rows


def test_a_placement_chain_numbering_afresh_files_the_finer_level_under_the_composed_code() -> None:
    text = "【事業名】渡し船運航事業\n【位置付け】政策目標3 川のまち ／ 施策目標2 渡しの維持\n"
    assert ("渡しの維持", ("3",)) in initiative_rows(facts_of(text))


def test_levels_of_a_system_table_filing_the_pages_entries_are_their_policies() -> None:
    text = (
        "| 区分 | No | 名称 |\n|---|---|---|\n"
        "| 基本目標 | 3 | 霧のまちの暮らし |\n"
        "| 施策 | 3-1 | 霧笛の保存 |\n\n"
        "取組一覧\n| 取組項目 | 施策コード |\n|---|---|\n"
        "| 霧笛台の修繕 | 3-1 |\n| 霧笛の記録 | 3-1 |\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("霧笛台の修繕", ("3-1",)), ("霧笛の記録", ("3-1",))
    }


def test_coded_items_listed_under_a_labelled_heading_are_measures_not_their_details() -> None:
    text = (
        "## 柱2 霧のまち\n- 2-① 霧笛の保存　◎\n  - 霧笛保存事業（予算：120万円／担当：文化課）\n"
        "  - 霧笛の音を毎日鳴らした。\n- 2-② 灯台の再生　△\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("霧笛の保存", ("2-①",)), ("灯台の再生", ("2-②",))
    }


def test_entries_numbered_on_their_own_under_a_policy_heading_are_filed_there() -> None:
    text = (
        "改革の取組\n\n1 窓口の改善\n\n1-1 手続の簡素化\n\n取組1 押印の廃止\n\n取組2 様式の統一\n\n"
        "1-2 窓口の集約\n\n取組3 総合窓口の設置\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("押印の廃止", ("1-1",)) in rows and ("様式の統一", ("1-1",)) in rows
    assert ("総合窓口の設置", ("1-2",)) in rows


def test_a_graded_table_with_two_code_columns_grades_the_finer_level() -> None:
    text = (
        "政策コード\t政策名\t施策コード\t施策名\t評価\n"
        "3\t霧のまち\t3-1\t霧笛の保存\tA\n3\t霧のまち\t3-2\t灯台の再生\tB\n"
    )
    assert initiative_rows(facts_of(text)) == {("霧笛の保存", ("3-1",)), ("灯台の再生", ("3-2",))}



def test_a_level_over_only_finer_levels_of_the_system_stays_a_measure() -> None:
    from loaders.facts import PolicyCode

    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, "", "comprehensive_plan_policy")
    facts.policy_codes += [PolicyCode("3", "3", "霧のまち"), PolicyCode("3-1", "3-1", "霧笛の保存"),
                           PolicyCode("3-1-1", "3-1-1", "霧笛台の修繕"),
                           PolicyCode("3-1-2", "3-1-2", "霧笛の記録")]  # fmt: skip
    facts.initiatives += [
        Initiative("霧笛の保存", "measure", policy_codes=["3-1"], number="3-1"),
        Initiative("霧笛台の修繕", "measure", policy_codes=["3-1"]),
        Initiative("霧笛の記録", "measure", policy_codes=["3-1"]),
    ]
    initiatives._drop_policy_doubles(facts)
    assert ("霧笛の保存", ("3-1",)) in initiative_rows(facts)


def test_a_level_over_entries_of_its_own_is_their_policy_not_a_measure() -> None:
    from loaders.facts import PolicyCode

    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, "", "comprehensive_plan_policy")
    facts.policy_codes += [PolicyCode("3", "3", "霧のまち"), PolicyCode("3-1", "3-1", "霧笛の保存")]
    facts.initiatives += [
        Initiative("霧笛の保存", "measure", policy_codes=["3-1"], number="3-1"),
        Initiative("霧笛台の修繕", "measure", policy_codes=["3-1"]),
        Initiative("霧笛の記録", "measure", policy_codes=["3-1"]),
    ]
    initiatives._drop_policy_doubles(facts)
    assert "霧笛の保存" not in {name for name, _ in initiative_rows(facts)}


def test_a_level_graded_in_a_list_entry_is_a_measure_under_its_parents_code() -> None:
    text = (
        "柱2 月の港\n2-1 桟橋の修繕\n・評価：B\n・担当：港湾課\n"
        "2-2 灯台の保存\n・評価：A\n・担当：港湾課\n"
    )
    assert initiative_rows(facts_of(text)) == {("桟橋の修繕", ("2",)), ("灯台の保存", ("2",))}


def test_a_list_entry_with_a_sentence_after_an_evaluation_label_grades_nothing() -> None:
    text = "柱2 月の港\n2-1 桟橋の修繕\n・評価：利用者の声を聞いて改善する予定です。\n"
    assert initiative_rows(facts_of(text)) == set()


def test_the_policy_a_sheet_names_first_is_a_measure_under_its_own_code() -> None:
    text = (
        "施策番号：2-4\n施策名：港の活性化\n政策：2 海と暮らすまち\n"
        "事業名：灯台改修事業\n決算額：1,200千円\n"
    )
    assert initiative_rows(facts_of(text)) == {("港の活性化", ("2-4",))}


def test_the_policy_a_marked_form_sheet_names_first_is_a_measure_under_its_own_code() -> None:
    text = "◆施策番号　2-4\n◆施策名　　港の活性化\n◆政策　　　2　海と暮らすまち\n"
    assert ("港の活性化", ("2-4",)) in initiative_rows(facts_of(text))


def test_the_policy_a_project_sheet_is_placed_in_is_no_measure() -> None:
    text = "事業名：灯台改修事業\n施策番号：2-4\n施策名：港の活性化\n政策：2 海と暮らすまち\n"
    assert initiative_rows(facts_of(text)) == set()


def test_labelled_items_under_a_goal_named_in_their_section_are_its_measures() -> None:
    text = (
        "3 総合計画における位置づけ\n基本目標3「水と緑のまち」のうち、次の施策を所管します。\n"
        "・施策3-1 川辺の再生\n・施策3-2 森の保全\n"
    )
    assert initiative_rows(facts_of(text)) == {("川辺の再生", ("3-1",)), ("森の保全", ("3-2",))}


def test_nested_labelled_items_under_a_goal_named_in_their_markdown_section() -> None:
    text = (
        "## 3 総合計画における位置づけ\n基本目標3「水と緑のまち」のうち、次の施策を所管します。\n"
        "- 施策3-1 川辺の再生\n  - 護岸の改修\n- 施策3-2 森の保全\n"
    )
    assert ("川辺の再生", ("3-1",)) in initiative_rows(facts_of(text))


def test_labelled_items_whose_goal_the_page_never_names_are_no_measures() -> None:
    text = "## 3 総合計画における位置づけ\n次の施策を所管します。\n- 施策3-1 川辺の再生\n"
    assert initiative_rows(facts_of(text)) == set()


def test_the_policy_an_unmarked_padded_sheet_names_first_is_a_measure() -> None:
    text = (
        "施策番号　3-1-2\n施策名　　港の活性化\n政策　　　3-1　海のまち\n"
        "事業名　　灯台改修事業\n"
    )
    assert initiative_rows(facts_of(text)) == {("港の活性化", ("3-1-2",))}


def test_a_bracketed_field_after_a_measure_heading_is_no_part_of_its_name() -> None:
    text = (
        "## 基本目標2 霧の谷に暮らす\n\n### 施策2-1 霧の谷の保全　【主担当】谷見課\n\n"
        "霧の谷を守ります。\n\n### 施策2-2 谷の道の整備　【主担当】道見課\n\n谷の道を直します。\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("霧の谷の保全", ("2-1",)), ("谷の道の整備", ("2-2",))
    }


def test_rows_numbered_under_a_bare_number_label_are_measures_of_their_pillar() -> None:
    text = (
        "改革の方針\n\n| 方針番号 | 改革の柱 |\n|---|---|\n| 1 | 星の街の財政 |\n"
        "| 2 | 月の港の組織 |\n\n| No. | 推進項目 | 担当課 |\n|---|---|---|\n"
        "| 1-1 | 星の数え直し | 星見課 |\n| 2-1 | 月の暦づくり | 月見課 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("星の数え直し", ("1",)), ("月の暦づくり", ("2",))}


def test_the_level_a_form_table_names_below_a_printed_policy_is_its_measure() -> None:
    text = (
        "| 政策 | 2 霧の谷 | 施策番号 | 2-5 |\n|---|---|---|---|\n"
        "| 施策名 | 谷の道の整備 | | |\n| 主管課 | 道見課 | 関係課 | 谷見課 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("谷の道の整備", ("2-5",))}


def test_entries_nested_in_an_unlabelled_coded_policy_entry_are_its_measures() -> None:
    text = (
        "施策の体系\n\n| 施策番号 | 施策名 |\n|---|---|\n| 3-(1) | 星の見える街 |\n"
        "| 3-(2) | 月の出る港 |\n\n主な取組\n\n- 3-(1) 星の見える街\n  - 街灯の見直し\n"
        "  - 星見台の整備\n- 3-(2) 月の出る港\n  - 桟橋の補修\n"
    )
    assert {
        ("街灯の見直し", ("3-(1)",)), ("星見台の整備", ("3-(1)",)), ("桟橋の補修", ("3-(2)",))
    } <= initiative_rows(facts_of(text))


def test_an_entrys_own_fields_do_not_close_the_nested_level_it_sits_in() -> None:
    text = (
        "・柱2 霧の谷\n　・2-1 谷の道の整備　評価：A\n　　担当：道見課\n　　実績：3路線を補修\n"
        "　・2-2 谷の橋の補修　評価：B\n　　担当：橋見課\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("谷の道の整備", ("2-1",)), ("谷の橋の補修", ("2-2",))
    }


def test_a_bulleted_list_in_a_form_cell_gives_one_entry_per_bullet() -> None:
    text = (
        "| 項目 | 内容 |\n|---|---|\n| 主な取組 | ・植樹の推進 ・遊歩道の補修 |\n"
        "| 担当課 | 丘見課 |\n"
    )
    assert initiative_rows(facts_of(text)) == {("植樹の推進", ()), ("遊歩道の補修", ())}


def test_entries_of_a_form_naming_one_policy_by_code_and_name_are_filed_under_it() -> None:
    text = (
        "| 項目 | 内容 |\n|---|---|\n| 基本目標 | 6 風の通う丘 |\n| 施策番号 | 6-1 |\n"
        "| 施策名 | 丘の緑の保全 |\n| 主な取組 | ・植樹の推進 ・遊歩道の補修 |\n"
    )
    assert {("植樹の推進", ("6-1",)), ("遊歩道の補修", ("6-1",))} <= initiative_rows(
        facts_of(text)
    )


def test_a_years_work_column_beside_named_policies_is_no_initiative() -> None:
    text = (
        "分野1 森と生きる村\n"
        "No.\t施策\t達成度\tR6年度の取組\n"
        "1-1\t間伐林を倍にする\t○\t北の沢で間伐を実施\n"
        "1-2\t木の学校をつくる\t△\t設計に着手(教育課)\n"
    )
    assert initiative_rows(facts_of(text)) == {
        ("間伐林を倍にする", ("1",)), ("木の学校をつくる", ("1",)),
    }  # fmt: skip


def test_a_years_work_column_is_still_the_initiatives_where_no_column_names_the_rows() -> None:
    from loaders.recognisers.outline import progress_columns

    text = "番号\tR6年度の取組\t担当\n1\t北の沢の間伐\t林務課\n2\t木の学校の設計\t教育課\n"
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.of_kind("table") if b.table is not None]
    assert tables and progress_columns(tables[0]) == set()


_GOAL_IN_A_SENTENCE = (
    "課の役割\n\n本課は、市総合計画の基本目標5「緑と歩むまち」を担う課です。\n\n課の取組\n\n"
    "■施策5-1 公園の再生\n・遊具の更新\n・芝生の張替え\n■施策5-2 並木の保全\n・樹木の診断\n"
)


def test_levels_listed_after_a_goal_named_in_a_sentence_are_measures_of_that_goal() -> None:
    rows = initiative_rows(facts_of(_GOAL_IN_A_SENTENCE))
    assert {("公園の再生", ("5",)), ("並木の保全", ("5",))} <= rows


def test_entries_under_a_level_below_a_sentence_goal_stay_under_the_level() -> None:
    rows = initiative_rows(facts_of(_GOAL_IN_A_SENTENCE))
    assert {("遊具の更新", ("5-1",)), ("樹木の診断", ("5-2",))} <= rows


def test_a_level_of_another_goal_than_the_one_a_sentence_names_is_not_filed_under_it() -> None:
    text = (
        "本課は、市総合計画の基本目標5「緑と歩むまち」を担う課です。\n\n"
        "■施策4-1 公園の再生\n・遊具の更新\n"
    )
    assert not any(name == "公園の再生" for name, _ in initiative_rows(facts_of(text)))


def test_a_coded_entry_nested_in_a_policy_entry_is_a_measure_of_that_policy() -> None:
    text = (
        "改革の体系\n"
        "- 柱2 窓口の改革\n"
        "  - 推進項目2-1 待たせない窓口\n"
        "    - 取組2-1-1 番号札の電子化(担当:市民課)……達成度 A\n"
    )
    assert ("番号札の電子化", ("2-1",)) in initiative_rows(facts_of(text))


def test_a_years_column_beside_cited_policies_still_lists_their_initiatives() -> None:
    from loaders.recognisers.outline import progress_columns

    text = "施策\t令和7年度の主な取組\n3-1 川の再生\t魚道の改修\n3-2 森の再生\t間伐の推進\n"
    doc = read_structure(text, labels=all_labels())
    tables = [b.table for b in doc.of_kind("table") if b.table is not None]
    assert tables and progress_columns(tables[0]) == set()


def test_the_finer_pair_of_a_level_pair_table_is_a_measure_filed_under_its_own_code() -> None:
    text = (
        "指標ID\t政策番号\t政策名\t施策番号\t施策名\t年度\t値\n"
        "A1\t2\t星のめぐる町\t2-1\t天体観測の普及\tR5\t10\n"
        "A1\t2\t星のめぐる町\t2-1\t天体観測の普及\tR6\t12\n"
        "A2\t3\t風の丘\t3-1\t風車の保存\tR6\t4\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("天体観測の普及", ("2-1",)) in rows
    assert ("風車の保存", ("3-1",)) in rows


def test_coded_levels_under_a_hoshin_level_are_its_measures() -> None:
    text = (
        "第1章 施策の体系\n方針2 雲の記録\n  2-1 雲形の観測\n  2-2 雨量の公開\n"
        "方針3 風の利用\n  3-1 風車の保存\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("雲形の観測", ("2",)) in rows
    assert ("風車の保存", ("3",)) in rows


_PROGRESS_SHEET = (
    "令和6年度取組状況一覧\n"
    "番号\t基本方針\t推進項目\t取組項目\t担当課\t達成度\n"
    "1-(1)-①\t1 架空財政運営の確立\t1-(1) 架空歳入の確保\t架空収納率の向上\t架空納税課\t◎\n"
    "1-(1)-②\t\t\t架空寄附の推進\t架空推進課\t○\n"
    "1-(2)-①\t1 架空財政運営の確立\t1-(2) 架空歳出の見直し\t架空補助金の見直し\t架空財政課\t△\n"
)


def test_rows_left_blank_under_merged_cells_keep_entries_under_the_finest_level() -> None:
    # a sheet's merged cells saved as blanks below their first row (or an empty row of the
    # sheet) cite no level: no reason to file the entries under the coarser column
    rows = initiative_rows(facts_of(_PROGRESS_SHEET))
    assert ("架空寄附の推進", ("1-(1)",)) in rows
    assert ("架空補助金の見直し", ("1-(2)",)) in rows


def test_a_level_cited_beside_a_graded_entry_is_not_itself_graded() -> None:
    # 「推進項目 1-(1) X | 取組項目 Y | 達成度 ◎」: the grade is Y's; X is no measure of 1
    names = {name for name, _ in initiative_rows(facts_of(_PROGRESS_SHEET))}
    assert "架空歳入の確保" not in names


def test_a_cell_listing_entries_after_bullets_gives_one_initiative_each() -> None:
    text = (
        "施策番号\t施策\t主な取組\n"
        "1-1\t架空子育ての支援\t・架空伴走型相談支援 ・架空受け皿確保と質の向上\n"
        "1-2\t架空学校教育\t・架空端末を活用した学びの充実\n"
    )
    rows = initiative_rows(facts_of(text))
    assert {("架空伴走型相談支援", ("1-1",)), ("架空受け皿確保と質の向上", ("1-1",))} <= rows
    assert not any("・" in name for name, _ in rows)


def test_a_column_of_bare_numbers_beside_a_column_of_codes_only_counts_the_rows() -> None:
    text = (
        "基本方針\t推進項目\t取組No.\t取組項目\t担当課\t評価\n"
        "1 架空財政運営\t1-(1) 歳入の確保\t1\t架空収納率の向上\t架空収納課\tA\n"
        "1 架空財政運営\t1-(1) 歳入の確保\t2\t架空寄附の推進\t架空企画課\tS\n"
        "1 架空財政運営\t1-(2) 歳出の見直し\t3\t架空補助金の見直し\t架空財政課\tB\n"
    )
    facts = facts_of(text, year=2024)
    assert {
        ("架空収納率の向上", ("1-(1)",)),
        ("架空寄附の推進", ("1-(1)",)),
        ("架空補助金の見直し", ("1-(2)",)),
    } <= initiative_rows(facts)
    assert ("架空寄附の推進", 2024, "S") in evaluation_rows(facts)


def test_levels_named_in_brackets_by_their_own_words_are_a_system() -> None:
    text = (
        "第3 経営課題と戦略\n"
        "【経営課題１】　架空子育てを支えるまち\n"
        "　＜戦略１－１＞　架空地域ぐるみの支援\n"
        "　　［具体的取組］\n"
        "　　　ア　架空サロンの開催\n"
        "　　　イ　架空相談体制の充実\n"
    )
    facts = facts_of(text, year=2025)
    assert {("1", "架空子育てを支えるまち"), ("1-1", "架空地域ぐるみの支援")} <= policy_rows(facts)
    assert {("架空サロンの開催", ("1-1",)), ("架空相談体制の充実", ("1-1",))} <= initiative_rows(
        facts
    )
