"""Round 16 (H3): levels, entries and grades printed in layouts the reader did not know."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows


def test_each_section_files_its_entries_under_its_own_placement_field() -> None:
    text = (
        "２　部の重点目標\n"
        "重点目標１　港の賑わいづくり\n"
        "関連施策：基本目標(3)　施策目標(2)　港湾の活性化\n"
        "主な取組\n①桟橋の改修\n②朝市の開催\n"
        "重点目標２　里山の保全\n"
        "関連施策：基本目標(5)　施策目標(1)　自然環境の保全\n"
        "主な取組\n①竹林の整備\n②里山ボランティアの育成\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("桟橋の改修", ("3-2",)) in rows
    assert ("竹林の整備", ("5-1",)) in rows
    assert ("里山ボランティアの育成", ("5-1",)) in rows


def test_a_caption_before_a_grade_table_gives_the_year_graded() -> None:
    text = (
        "[見出し]\n令和5年度の振り返り（自己評価）\n[表]\n"
        "重点取組\t自己評価\t主な成果\n"
        "灯台の保存\tA\t予定どおり修復\n"
        "潮風の観測\tC\t観測機器の故障\n"
    )
    rows = evaluation_rows(facts_of(text, year=2024))
    assert ("灯台の保存", 2023, "A") in rows
    assert ("潮風の観測", 2023, "C") in rows
    assert not any(year == 2024 for _, year, _ in rows)


def test_an_entry_title_set_alone_takes_the_code_of_the_body_after_it() -> None:
    text = (
        "[見出し]\n重点取組①　干潟の再生\n[本文]\n総合計画：施策の方向３－２－１\n"
        "・干潟再生事業　1,200万円（環境課）\n"
        "[見出し]\n重点取組②　渡り鳥の観察会\n[本文]\n総合計画：施策の方向３－２－２\n"
        "・観察会開催事業　80万円（環境課）\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("干潟の再生", ("3-2-1",)) in rows
    assert ("渡り鳥の観察会", ("3-2-2",)) in rows


def test_a_title_line_with_its_grade_and_last_years_in_brackets() -> None:
    text = (
        "■基本方針2　財政の健全化\n"
        "□2-1　歳入の確保\n"
        "◆取組2-1-①　遊休地の貸付　評価 B（A）\n"
        "・所管：財産活用課\n"
        "◆取組2-1-②　広告収入の拡大　評価 S（B）\n"
        "・所管：広報課\n"
    )
    facts = facts_of(text, year=2024)
    assert ("遊休地の貸付", 2024, "B") in evaluation_rows(facts)
    assert ("遊休地の貸付", 2023, "A") in evaluation_rows(facts)
    assert ("広告収入の拡大", 2023, "B") in evaluation_rows(facts)
    names = {name for name, _ in initiative_rows(facts)}
    assert "遊休地の貸付" in names  # the grade is no part of the name
    assert not any(code.endswith("-1-1") for code, _ in policy_rows(facts)), (
        "an action counted within its level (①) is no level of the plan"
    )


def test_a_listed_level_over_its_own_initiative_label_is_a_policy() -> None:
    text = (
        "施策体系\n"
        "基本目標2　学びのまち\n"
        "  ・施策2-1　生涯学習の推進\n"
        "      ・主な取組\n"
        "          ・(1) 公民館講座の充実\n"
        "          ・(2) 図書館の夜間開館\n"
        "  ・施策2-2　文化財の保護\n"
        "      ・主な取組\n"
        "          ・(1) 古文書の修復\n"
        "          ・(2) 史跡の案内板整備\n"
    )
    facts = facts_of(text)
    rows = initiative_rows(facts)
    assert ("公民館講座の充実", ("2-1",)) in rows
    assert ("史跡の案内板整備", ("2-2",)) in rows
    assert not any(name == "生涯学習の推進" for name, _ in rows)
    assert ("2-1", "生涯学習の推進") in policy_rows(facts)


def test_a_sheet_title_row_over_the_labels_of_a_schedule_table() -> None:
    text = (
        "\t\t\t\t\t改革期間：令和6年度～令和9年度\n"
        "番号\t基本方針・推進項目・取組項目\t所管課\t評価(R5)\t評価(R6)\n"
        "Ⅱ\t効率的な行政運営\t\t\t\n"
        "Ⅱ-1\t事務の効率化\t\t\t\n"
        "(1)\t押印の廃止\t総務課\tA\tB\n"
        "(2)\t会議のペーパーレス化\t情報課\tB\tS\n"
        "Ⅱ-2\t人材の活用\t\t\t\n"
        "(1)\t副業制度の導入\t人事課\tC\tA\n"
    )
    facts = facts_of(text, year=2024)
    assert {("2", "効率的な行政運営"), ("2-1", "事務の効率化"), ("2-2", "人材の活用")} <= (
        policy_rows(facts)
    )
    assert not any(label == "押印の廃止" for _, label in policy_rows(facts))
    assert ("押印の廃止", ("Ⅱ-1",)) in initiative_rows(facts)
    assert ("副業制度の導入", ("Ⅱ-2",)) in initiative_rows(facts)
    grades = evaluation_rows(facts)
    assert {("押印の廃止", 2023, "A"), ("押印の廃止", 2024, "B")} <= grades
    assert ("会議のペーパーレス化", 2024, "S") in grades


def test_an_evaluation_export_grades_its_projects_under_their_policy_codes() -> None:
    text = (
        "事業番号\t事務事業名\t担当課\t施策コード\t施策名\t総合評価\t今後の方向性\n"
        "11-01\t海岸清掃事業\t環境課\t02-03\t海辺の環境保全\tB\t継続\n"
        "11-02\t漁港朝市支援事業\t水産課\t03-01\t水産業の振興\tA\t拡充\n"
    )
    facts = facts_of(text, year=2023)
    assert ("海岸清掃事業", ("02-03",)) in initiative_rows(facts)
    assert ("漁港朝市支援事業", 2023, "A") in evaluation_rows(facts)
    assert not any(name == "海辺の環境保全" for name, _ in initiative_rows(facts))


def test_a_labelled_system_list_with_bracketed_items_under_each_entry() -> None:
    text = (
        "大綱の体系（推進項目）\n\n"
        "1. 住民サービスの向上\n\n"
        "    (1) 窓口の改善\n\n"
        "    (2) 情報発信の強化\n\n"
        "2. 財政の健全化\n\n"
        "    (1) 歳入の確保\n\n"
        "    (2) 歳出の削減\n"
    )
    rows = policy_rows(facts_of(text))
    assert {("1", "住民サービスの向上"), ("1-1", "窓口の改善"), ("1-2", "情報発信の強化"),
            ("2", "財政の健全化")} <= rows  # fmt: skip


def test_regression_action_entries_numbered_as_levels_stay_policies() -> None:
    """fresh-5: 「取組1-1 …」 counts as the plan's own levels do; only a list number (①) ends
    an action counted within its level."""
    text = "目標1 安心して暮らせるまち\n・取組1-1 見守り活動の支援\n・取組1-2 買い物支援\n"
    rows = policy_rows(facts_of(text))
    assert {("1-1", "見守り活動の支援"), ("1-2", "買い物支援")} <= rows


def test_regression_names_listed_after_an_entry_label_are_no_nested_levels() -> None:
    """fresh-18: 「取組内容 1 名称A 2 名称B」 is two entries, not a level 1-2 named B (the name
    before the second number is no level word)."""
    from loaders.text.policy_codes import find_leading_code

    found = find_leading_code("取組内容 1 桟橋の改修 2 朝市の開催")
    assert found is not None and found.code.normalized == "1"


def test_a_form_with_one_ticked_box_of_an_overall_grade() -> None:
    text = (
        "（１）事務事業名　　港湾清掃事業\n"
        "　　施策番号　5-1　　施策名　　海辺の環境保全\n"
        "　総合評価\n"
        "　　□Ａ（拡充）　□Ｂ（継続）　☑Ｃ（改善）　□Ｄ（廃止）\n"
    )
    facts = facts_of(text, year=2023)
    assert ("港湾清掃事業", 2023, "C") in evaluation_rows(facts)
    assert ("港湾清掃事業", ("5-1",)) in initiative_rows(facts)
    assert ("5-1", "海辺の環境保全") in policy_rows(facts)  # the field's label is no name
