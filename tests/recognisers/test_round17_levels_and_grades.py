"""Round 17 (H3): policy systems, the entries under them and their grades, printed in
layouts the reader did not know (fictional examples, in layouts other than the sets')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.recognisers.grade_years import leader_grade, packed_grades, scale_grade
from loaders.recognisers.tagged_levels import tagged_level
from loaders.text.document_text import extract_main_text
from loaders.text.policy_codes import parse_dotted_code, parse_policy_code

_PACKED = (
    "番号\t基本方針\t推進施策\t取組項目\t担当\t評価の推移\n"
    "1\tA 港のまち\tA-1 港の整備\t桟橋の補修\t港湾課\t令和5年度 B、令和6年度 A\n"
    "2\tA 港のまち\tA-1 港の整備\t灯台の保存\t港湾課\t令和6年度 S\n"
    "3\tA 港のまち\tA-2 港の賑わい\t朝市の開催\t商工課\t令和5年度 C、令和6年度 B\n"
)


def test_a_cell_packing_several_years_grades_gives_one_grade_per_year() -> None:
    rows = evaluation_rows(facts_of(_PACKED.replace("A ", "1 ").replace("A-", "1-")))
    assert ("桟橋の補修", 2023, "B") in rows
    assert ("桟橋の補修", 2024, "A") in rows
    assert ("灯台の保存", 2024, "S") in rows
    assert ("朝市の開催", 2023, "C") in rows


def test_packed_grades_read_only_years_each_with_a_grade() -> None:
    assert packed_grades("R3:◎／R4:△", 2022) == [(2021, "◎"), (2022, "△")]
    assert packed_grades("令和4年度に着手 A", 2022) == []
    assert packed_grades("B", 2022) == []


def test_an_entry_row_is_filed_under_the_finest_policy_its_row_cites() -> None:
    """Regression: the rows of 「柱 | 推進項目 | 取組項目」 were filed under the 柱."""
    rows = initiative_rows(facts_of(_PACKED.replace("A ", "1 ").replace("A-", "1-")))
    assert ("桟橋の補修", ("1-1",)) in rows
    assert ("朝市の開催", ("1-2",)) in rows


def test_levels_of_a_table_that_lists_its_own_entries_are_no_initiatives() -> None:
    """Regression: the 推進項目 of a table of 取組 were read as initiatives themselves."""
    facts = facts_of(_PACKED.replace("A ", "1 ").replace("A-", "1-"))
    names = {name for name, _ in initiative_rows(facts)}
    assert "港の整備" not in names and "港の賑わい" not in names
    assert ("1-1", "港の整備") in policy_rows(facts)


def test_a_record_repeated_per_year_grades_each_year_by_its_own_row() -> None:
    text = (
        "記録\t方針\t推進項目コード\t取組番号\t取組名\t年度\t目標値\t実績値\t評価\n"
        "*\t2 丘のまち\t2-(1)\t2-(1)-①\t遊歩道の整備\t令和5年度\t10\t9\tB\n"
        "\t2 丘のまち\t2-(1)\t2-(1)-①\t遊歩道の整備\t令和6年度\t20\t21\tA\n"
        "\t2 丘のまち\t2-(1)\t2-(1)-①\t遊歩道の整備\t令和7年度\t30\t\t\n"
        "*\t2 丘のまち\t2-(2)\t2-(2)-①\t展望台の改修\t令和5年度\t1\t1\tA\n"
        "\t2 丘のまち\t2-(2)\t2-(2)-①\t展望台の改修\t令和6年度\t2\t1\tC\n"
    )
    facts = facts_of(text, year=2023)
    assert ("遊歩道の整備", ("2-(1)",)) in initiative_rows(facts)
    assert evaluation_rows(facts) == {
        ("遊歩道の整備", 2023, "B"), ("遊歩道の整備", 2024, "A"),
        ("展望台の改修", 2023, "A"), ("展望台の改修", 2024, "C"),
    }


def test_a_tree_grid_row_names_its_level_by_its_first_cell() -> None:
    text = (
        "施策体系\t担当課\t成果指標\n"
        "Ⅰ 海のまち\n"
        "Ⅰ-1 漁業\n"
        "Ⅰ-1-(1) 漁港の整備\t水産課\t水揚げ量\n"
        "・岸壁の補修\n"
        "Ⅱ 緑のまち\n"
        "Ⅱ-1 公園\n"
        "Ⅱ-1-(1) 公園の再整備\t公園課\t公園利用者数\n"
        "・遊具の更新\n"
        "・花壇の植替え\n"
        "Ⅱ-1-(2) 緑地の保全\t公園課\t緑地面積\n"
        "・里山の保全活動\n"
    )
    facts = facts_of(text)
    assert ("2-1-1", "公園の再整備") in policy_rows(facts)
    rows = initiative_rows(facts)
    assert ("遊具の更新", ("Ⅱ-1-(1)",)) in rows
    assert ("里山の保全活動", ("Ⅱ-1-(2)",)) in rows


def test_a_kind_column_tells_the_levels_from_the_entries_under_them() -> None:
    text = (
        "番号\t種別\t名称\t所管\n"
        "4\t政策\t緑豊かなまち\t\n"
        "4.1\t施策\t公園の充実\t公園課\n"
        "\t取組\t遊具の更新\t\n"
        "\t取組\t花壇の植替え\t\n"
        "4.2\t施策\t河川の保全\t河川課\n"
        "\t取組\t護岸の補修\t\n"
    )
    facts = facts_of(text)
    assert {("4", "緑豊かなまち"), ("4-1", "公園の充実"), ("4-2", "河川の保全")} <= policy_rows(
        facts
    )
    rows = initiative_rows(facts)
    assert ("遊具の更新", ("4.1",)) in rows
    assert ("護岸の補修", ("4.2",)) in rows
    assert not any(name == "公園の充実" for name, _ in rows)


def test_dotted_codes_are_codes_only_where_a_policy_column_holds_them() -> None:
    assert parse_policy_code("4.1") is None  # on its own a decimal
    assert parse_dotted_code("4.1").normalized == "4-1"  # type: ignore[union-attr]
    text = (
        "施策\t施策名\t令和6年度評価\t令和5年度評価\n"
        "5.1\t森林の保全\tA\tB\n"
        "5.2\t水辺の再生\tC\tB\n"
    )
    facts = facts_of(text)
    assert ("5-1", "森林の保全") in policy_rows(facts)
    rows = evaluation_rows(facts)
    assert ("森林の保全", 2024, "A") in rows and ("水辺の再生", 2023, "B") in rows


def test_a_grade_badge_graphic_prints_its_grade() -> None:
    html = (
        "<html><body><main><table><tr><th>施策</th><th>評価</th></tr>"
        '<tr><td>森林の保全</td><td><svg role="img"><title>評価A</title><circle r="4"/>'
        "<text>A</text></svg></td></tr></table>"
        '<p><img src="b.png" alt="評価Ｂ"> 水辺の再生</p>'
        '<p><img src="map.png" alt="案内図"> 地図</p></main></body></html>'
    )
    text = extract_main_text(html)
    assert "森林の保全\tA" in text
    assert "評価Ｂ 水辺の再生" in text
    assert "案内図" not in text


def test_a_tagged_placement_line_files_the_heading_it_opens() -> None:
    text = (
        "◆重点１　干潟を守る\n"
        "　【基本計画】施策２－４　自然環境の保全\n"
        "　・干潟の清掃\n"
        "◆重点２　森を育てる\n"
        "　【基本計画】施策２－５　森林の保全\n"
    )
    facts = facts_of(text)
    assert ("2-4", "自然環境の保全") in policy_rows(facts)
    rows = initiative_rows(facts)
    assert ("干潟を守る", ("2-4",)) in rows
    assert ("森を育てる", ("2-5",)) in rows
    assert tagged_level("【お知らせ】施設の休館") is None


def test_a_square_bracket_cites_the_policy_an_entry_serves() -> None:
    text = "３　前年度の振り返り\n（１）干潟の清掃［施策２－４］\n（２）森林の間伐［施策２－５］\n"
    rows = initiative_rows(facts_of(text))
    assert ("干潟の清掃", ("2-4",)) in rows
    assert ("森林の間伐", ("2-5",)) in rows


def test_a_score_on_its_scale_grades_the_entry_for_the_review_years_section() -> None:
    text = (
        "令和７年度　組織目標\n"
        "Ⅱ　令和６年度の目標の振り返り\n"
        "（１）干潟の清掃［施策２－４］\n"
        "　　達成度　３／４\n"
        "　　清掃活動を３回実施した。\n"
    )
    assert scale_grade("3/4") == "3" and scale_grade("5/4") is None and scale_grade("4/30") is None
    assert evaluation_rows(facts_of(text, year=2025)) == {("干潟の清掃", 2024, "3")}


def test_entries_graded_after_a_leader_under_numbered_level_labels() -> None:
    text = (
        "■基本目標１　住みよい町\n"
        "■基本目標２　働きやすい町\n"
        "４．重点取組の評価（令和５年度）\n"
        "【基本目標１】バス路線の維持　……　◎\n"
        "【基本目標２】創業の支援　……　△\n"
    )
    assert leader_grade("創業の支援 …… △") == ("創業の支援", "△")
    facts = facts_of(text, year=2024)
    rows = initiative_rows(facts)
    assert ("バス路線の維持", ("1",)) in rows and ("創業の支援", ("2",)) in rows
    assert ("バス路線の維持", 2023, "◎") in evaluation_rows(facts)


def test_a_grade_closing_a_goals_section_grades_the_goal_not_its_last_level() -> None:
    text = (
        "■重点目標３　観光のまち\n"
        "　・3-(1)　温泉地の再生\n"
        "　・3-(2)　名産品の販路拡大\n"
        "重点目標３の主な事業\n"
        "温泉街整備事業：1,000千円\n"
        "令和５年度の評価：Ｃ 宿泊者数が目標を下回りました。\n"
    )
    rows = evaluation_rows(facts_of(text, year=2024))
    assert ("観光のまち", 2023, "C") in rows
    assert not any(name == "名産品の販路拡大" for name, _, _ in rows)


def test_an_evaluations_value_opening_with_its_grade_before_a_comment() -> None:
    from loaders.recognisers.grade_years import leading_grade

    assert leading_grade("B 利用者は増えています。") == "B"
    assert leading_grade("Bプランを実施") is None
    assert leading_grade("A-1 地区") is None
    assert leading_grade("A 順調/B 概ね順調/C 遅れ") is None  # a legend of the grades


def test_a_list_entry_opening_with_its_grade_badge_is_graded_for_the_review_year() -> None:
    text = (
        "令和８年度 部の方針\n"
        "## 令和７年度の振り返り\n"
        "- 評価Ｂ 灯台の一般公開（施策２－３）\n"
        "- 評価Ｃ 桟橋の改修（施策２－４）\n"
    )
    facts = facts_of(text, year=2026)
    assert ("灯台の一般公開", ("2-3",)) in initiative_rows(facts)
    assert evaluation_rows(facts) == {("灯台の一般公開", 2025, "B"), ("桟橋の改修", 2025, "C")}


def test_a_legend_of_grades_after_one_label_grades_nothing() -> None:
    text = "■灯台の一般公開\n評価の目安：評価A 順調 評価B 概ね順調 評価C 遅れ\n"
    assert evaluation_rows(facts_of(text)) == set()


def test_an_entry_title_with_its_number_run_into_the_name_takes_the_field_under_it() -> None:
    text = (
        "## 重点取組\n"
        "### 重点取組1灯台の一般公開\n"
        "関連施策：2-3 観光の振興\n"
        "本文です。\n"
        "### 重点取組2桟橋の改修\n"
        "関連施策：4-1 港湾の整備\n"
    )
    rows = initiative_rows(facts_of(text))
    assert ("灯台の一般公開", ("2-3",)) in rows
    assert ("桟橋の改修", ("4-1",)) in rows
    assert not any(name.startswith("重点取組") for name, _ in rows)


def test_entries_quoted_in_speech_beside_the_level_they_serve_and_their_grades() -> None:
    text = (
        "―今年度の重点は何ですか。\n\n"
        "港湾部長　二つです。まず「桟橋の耐震補強」。これは施策３－２「安全な港づくり」に"
        "位置付けています。\n\n"
        "また施策３－４「にぎわう水辺」の取組「朝市の通年開催」も進めます。\n\n"
        "―前年度の取組の評価は。\n\n"
        "港湾部長　「桟橋の耐震補強」はＢ、「朝市の通年開催」はＡでした。\n"
    )
    facts = facts_of(text, year=2026)
    rows = initiative_rows(facts)
    assert ("桟橋の耐震補強", ("3-2",)) in rows
    assert ("朝市の通年開催", ("3-4",)) in rows
    assert evaluation_rows(facts) == {("桟橋の耐震補強", 2025, "B"), ("朝市の通年開催", 2025, "A")}


def test_a_forms_row_of_label_code_and_name_cells_prints_a_plan_level() -> None:
    text = (
        "  事 業 名      干潟清掃事業                        所 管 課   環境課\n"
        "  計 画 上      基本目標   ３  海と生きるまち\n"
        "  の 位 置      施    策   ３－２  干潟の保全              担 当 係   保全係\n"
    )
    facts = facts_of(text, year=2023)
    assert {("3", "海と生きるまち"), ("3-2", "干潟の保全")} <= policy_rows(facts)


def test_form_row_cells_give_the_project_and_its_grade() -> None:
    from loaders.recognisers.form_levels import row_grade, row_value
    from loaders.structure import Cell

    def cells(*texts: str) -> list[Cell]:
        return [Cell(t, 0, 0) for t in texts]

    assert row_value(cells("事 業 名", "干潟清掃事業", "所管課"), "project") == (
        "干潟清掃事業", cells("干潟清掃事業")[0]
    )
    assert row_grade(cells("評", "総合評価", "C", "(A:順調)")) == ("総合評価", "C")


def test_a_plan_quoted_before_its_level_is_no_entry() -> None:
    """Regression: 「計画名」の政策2「…」 read the plan's name as an entry of policy 2."""
    text = "総合計画「みなと未来プラン」の政策2「海を活かす」のうち、次の施策を所管する。\n"
    assert not any(name == "みなと未来プラン" for name, _ in initiative_rows(facts_of(text)))
