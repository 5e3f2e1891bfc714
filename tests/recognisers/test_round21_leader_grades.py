"""Round 21: graded entries listed like a contents page (name, leader of dots, grades)
(fictional examples, in layouts of no development set)."""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.recognisers.leader_grades import leader_tail_grades, without_leader_grades


def test_a_leader_tail_reads_a_chain_or_a_bracketed_previous_grade() -> None:
    assert leader_tail_grades("Ｃ　→　Ｂ　→　Ａ") == ((-2, "C"), (-1, "B"), (0, "A"))
    assert leader_tail_grades("Ａ（前年度Ｂ）") == ((0, "A"), (-1, "B"))
    assert leader_tail_grades("◎") == ((0, "◎"),)
    assert leader_tail_grades("12") is None  # a contents page's page number
    assert leader_tail_grades("8,420（総務課）") is None  # an amount and its owner
    assert without_leader_grades("港の再整備 ‥‥‥‥ Ｂ（Ｃ）") == "港の再整備"


def test_a_run_of_leader_lines_lists_graded_initiatives_dated_by_their_legend() -> None:
    # a Markdown newsletter: a legend of the two columns' years over bullets, the unit in
    # charge in brackets after each name
    text = (
        "# 架空町 改革のあゆみ\n"
        "\n"
        "## 取組の評価（前＝2022年度、後＝2023年度）\n"
        "\n"
        "- 窓口予約のオンライン化（住民課）・・・・・・ Ｃ ⇒ Ｂ\n"
        "- 町有バスの共同運行（企画課）・・・・・・ Ｂ ⇒ Ｂ\n"
        "- 集会所の統合（総務課）・・・・・・ Ａ ⇒ Ｓ\n"
    )
    facts = facts_of(text, year=2024)
    assert {
        ("窓口予約のオンライン化", ()),
        ("町有バスの共同運行", ()),
        ("集会所の統合", ()),
    } <= initiative_rows(facts)
    assert {
        ("窓口予約のオンライン化", 2022, "C"),
        ("窓口予約のオンライン化", 2023, "B"),
        ("集会所の統合", 2023, "S"),
        ("町有バスの共同運行", 2022, "B"),
    } <= evaluation_rows(facts)


def test_coded_leader_lines_add_last_years_grade_to_policies_graded_elsewhere() -> None:
    # a slide's summary box: each 施策 with its grade and last year's in brackets, then a
    # page per 施策 with its own grade; a 施策 graded only in the box is left ungraded (the
    # graph would mint it as an initiative of its own)
    text = (
        "令和6年度 施策評価の結果\n"
        "\n"
        "２　結果の一覧\n"
        "　施策５－１　森林の保全 ………… Ａ（Ｂ）\n"
        "　施策５－２　水辺の再生 ………… Ｃ（Ｃ）\n"
        "\n"
        "３　施策ごとの結果\n"
        "施策５－１　森林の保全\n"
        "評価：Ａ\n"
    )
    facts = facts_of(text, year=2024)
    assert {("5-1", "森林の保全"), ("5-2", "水辺の再生")} <= policy_rows(facts)
    rows = evaluation_rows(facts)
    assert {("森林の保全", 2024, "A"), ("森林の保全", 2023, "B")} <= rows
    assert not {row for row in rows if row[0] == "水辺の再生"}
    assert not {name for name, _ in initiative_rows(facts)} & {"森林の保全", "水辺の再生"}


def test_a_lone_leader_line_is_no_graded_entry() -> None:
    text = "架空市 広報\n\n特集 ……… Ａ\n\n本文です。\n"
    facts = facts_of(text, year=2024)
    assert not evaluation_rows(facts)


def test_a_goal_column_beside_a_grade_column_names_the_graded_entries() -> None:
    # a Markdown sheet: the goals a section set itself, each with its result and grade
    text = (
        "# 令和6年度 係の目標と達成状況\n"
        "\n"
        "| 番号 | 目標 | 結果 | 達成度 |\n"
        "|---|---|---|---|\n"
        "| 1 | 窓口の混雑緩和 | 平均待ち時間 18分 | Ｂ |\n"
        "| 2 | 郵送請求の迅速化 | 処理日数 2日 | Ａ |\n"
    )
    facts = facts_of(text, year=2024)
    assert {("窓口の混雑緩和", ()), ("郵送請求の迅速化", ())} <= initiative_rows(facts)
    assert {("窓口の混雑緩和", 2024, "B"), ("郵送請求の迅速化", 2024, "A")} <= evaluation_rows(
        facts
    )


def test_a_column_of_target_figures_names_no_entries() -> None:
    text = (
        "| 指標 | 目標 | 評価 |\n"
        "|---|---|---|\n"
        "| 来館者数 | 12,000人 | Ｂ |\n"
        "| 貸出冊数 | 50,000冊 | Ａ |\n"
    )
    facts = facts_of(text, year=2024)
    assert not {name for name, _ in initiative_rows(facts)} & {"12,000人", "50,000冊"}


def test_a_heading_chain_of_labelled_levels_gives_both_policies_and_files_its_entries() -> None:
    # a department plan in plain text: the section title names its place in the plan as a
    # chain of two labelled levels, each numbered afresh; lettered entries under it
    text = (
        "３．重点事項\n"
        "\n"
        "（１）基本方針(2)　水と緑のまち　／　施策方針(4)　河川の保全\n"
        "\n"
        "　ア　護岸の点検の強化\n"
        "　イ　清掃活動の支援\n"
    )
    facts = facts_of(text, year=2025)
    assert {("2", "水と緑のまち"), ("2-4", "河川の保全")} <= policy_rows(facts)
    assert {("護岸の点検の強化", ("2-4",)), ("清掃活動の支援", ("2-4",))} <= initiative_rows(
        facts
    )


def test_a_running_title_gives_its_level_to_the_labelled_heading_under_it() -> None:
    text = (
        "第3章　計画の内容　　基本目標(2)　水と緑のまち\n"
        "\n"
        "施策(4)　河川の保全\n"
        "\n"
        "■主な取組\n"
        "①　護岸の点検の強化\n"
        "②　清掃活動の支援\n"
    )
    facts = facts_of(text, year=2025)
    assert ("護岸の点検の強化", ("2-4",)) in initiative_rows(facts)



def test_a_graded_goal_takes_the_policy_its_heading_cites_elsewhere_on_the_page() -> None:
    # plain text: goals as headings citing their policy, then a review table of the goals
    text = (
        "■目標Ａ　港の清掃を広げる（施策5-1-2）\n"
        "　・月1回の清掃を続けます\n"
        "\n"
        "■前年度の振り返り\n"
        "目標\t達成度\t備考\n"
        "港の清掃を広げる\tＢ\t参加者が増えた\n"
        "窓口の案内を改善する\tＡ\t待ち時間が短縮\n"
    )
    facts = facts_of(text, year=2024)
    rows = initiative_rows(facts)
    assert ("港の清掃を広げる", ("5-1-2",)) in rows
    assert ("窓口の案内を改善する", ()) in rows


def test_one_grade_after_a_gap_of_spaces_is_no_leader_line() -> None:
    # a gap, not a leader: a run of 「名称　　　Ａ」 lines needs two grades a line to count
    text = "■お知らせ\n　港の清掃日　　　　Ａ\n　花壇の手入れ　　　Ｂ\n"
    facts = facts_of(text, year=2024)
    assert not evaluation_rows(facts)
    assert not initiative_rows(facts)


def test_a_policy_field_listing_coded_levels_along_a_slash_gives_each_level() -> None:
    text = "□施策評価シート\n政策：Ⅲ 森と生きるまち ／ Ⅲ-2 林業の再生\n"
    assert {("3", "森と生きるまち"), ("3-2", "林業の再生")} <= policy_rows(facts_of(text))


def test_a_labelled_line_of_sibling_levels_gives_each_its_own_code() -> None:
    text = "基本方針 1 港のにぎわい ／ 2 丘の暮らし\n\n本文です。\n"
    assert {("1", "港のにぎわい"), ("2", "丘の暮らし")} <= policy_rows(facts_of(text))
