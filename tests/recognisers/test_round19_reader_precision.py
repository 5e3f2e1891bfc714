"""Round 19: what the reader should not take for an entry or a grade's owner (fictional
examples, in layouts of no development set)."""

from __future__ import annotations

from _facts_of import evaluation_rows, facts_of, initiative_rows, policy_rows

from loaders.recognisers.outline import is_label_phrase
from loaders.recognisers.run_together_grades import header_labels


def test_a_heading_made_of_field_labels_alone_is_no_initiative() -> None:
    # a section title 「数値目標の達成状況」 under a heading over a list of entries: it says
    # which fields come next, it names no entry
    text = (
        "架空町 森林プラン 令和5年度の取組状況\n"
        "\n"
        "■取組項目別の評価\n"
        "\n"
        "番号  取組項目              評価\n"
        "1     森の小道の再生        A\n"
        "2     川辺の散策路づくり    B\n"
        "\n"
        "◆数値目標の達成状況\n"
        "\n"
        "■表2 数値目標\n"
        "指標                  目標  実績\n"
        "森の小道の延長(km)    12    10\n"
    )
    names = {name for name, _ in initiative_rows(facts_of(text))}
    assert names == {"森の小道の再生", "川辺の散策路づくり"}


def test_label_phrase_needs_every_part_to_be_a_label() -> None:
    assert is_label_phrase("数値目標の達成状況")
    assert is_label_phrase("指標の実績（令和6年度）")  # the section's year is no part of it
    assert not is_label_phrase("森の小道の再生")
    assert not is_label_phrase("評価")  # one label alone is `is_label_like`'s to judge
    assert not is_label_phrase("水辺の評価")  # 水辺 is a name


def test_a_run_together_header_over_coded_rows_gives_each_row_its_name_and_grades() -> None:
    # a PDF table that lost every gap: labels run together, each row code + name + unit +
    # content, wrapped, closing on one grade per year
    text = (
        "架空村 森林計画 令和5年度点検結果\n"
        "\n"
        "基本方針１ 森を守る\n"
        "推進項目担当課取組内容R4評価R5評価\n"
        "1-1森の小道の再生みどり課1遊歩道の補修2案内板\n"
        "の更新○◎\n"
        "1-2川辺の散策路づくり河川課1護岸の修景△○\n"
    )
    facts = facts_of(text, year=2023)
    assert {("1-1", "森の小道の再生"), ("1-2", "川辺の散策路づくり")} <= policy_rows(facts)
    assert {("森の小道の再生", ("1",)), ("川辺の散策路づくり", ("1",))} <= initiative_rows(facts)
    assert {
        ("森の小道の再生", 2022, "○"),
        ("森の小道の再生", 2023, "◎"),
        ("川辺の散策路づくり", 2022, "△"),
        ("川辺の散策路づくり", 2023, "○"),
    } <= evaluation_rows(facts)


def test_a_run_together_row_with_only_its_name_before_the_grade_keeps_the_name_whole() -> None:
    text = (
        "施策の評価\n施策番号施策名評価\nⅡ-1森の保全A\nⅡ-2水辺の再生B\n"
        "（評価基準：A 順調 B 概ね順調）\n"
    )
    facts = facts_of(text, year=2023)
    assert {("2-1", "森の保全"), ("2-2", "水辺の再生")} <= policy_rows(facts)
    assert {("森の保全", 2023, "A"), ("水辺の再生", 2023, "B")} <= evaluation_rows(facts)


def test_a_spaced_header_line_is_no_run_together_header() -> None:
    assert header_labels("施策番号 施策名 評価") is None
    assert header_labels("施策番号施策名評価") == ["施策番号", "施策名", "評価"]


def test_a_kpi_table_names_the_policies_its_rows_cite_by_code_and_name() -> None:
    text = (
        "| 基本目標 | 施策 | 成果指標 | 基準値（R2） | 目標値（R8） |\n"
        "|---|---|---|---|---|\n"
        "| 基本目標1 森と生きる | 1-(1) 森の再生 | 植樹本数 | 100本 | 500本 |\n"
        "| | | 間伐面積 | 20ha | 60ha |\n"
        "| | 1-(2) 水辺の保全 | 清掃回数 | 3回 | 10回 |\n"
        "| 基本目標2 まちをつなぐ | 2-(1) 生活交通の確保 | バス利用者数 | 9千人 | 12千人 |\n"
    )
    rows = policy_rows(facts_of(text))
    assert {
        ("1", "森と生きる"),
        ("1-1", "森の再生"),
        ("1-2", "水辺の保全"),
        ("2", "まちをつなぐ"),
        ("2-1", "生活交通の確保"),
    } <= rows


def test_a_progress_grade_beside_yearly_actuals_is_of_the_latest_year_reported() -> None:
    # the document's own year is the plan's first; the grade is of the last actual printed
    text = (
        "| 施策 | 指標 | 令和5年度 実績 | 令和6年度 実績 | 令和7年度 実績 | 進捗 |\n"
        "|---|---|---|---|---|---|\n"
        "| 2-1 森の再生 | 植樹本数(本) | 120 | 180 | - | A |\n"
        "| 2-2 水辺の保全 | 清掃回数(回) | 4 | 6 | - | C |\n"
    )
    facts = facts_of(text, year=2023)
    assert {("森の再生", 2024, "A"), ("水辺の保全", 2024, "C")} <= evaluation_rows(facts)
