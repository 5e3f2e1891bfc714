"""Department policy pages: the profile layout (柏市) and the policy-sheet layout (柏原市),
plus synthetic pages of an invented city that share no names, numbers or codes with them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from loaders.facts import DocumentFacts
from loaders.parse import parse_document
from loaders.text.normalize import nfkc_key

Facts = Callable[[str], DocumentFacts]
KASHIWA = "kashiwa-chiikizukuri-2017.txt"
KASHIWARA = "kashiwara-seisakusuishin-2020.txt"
PROFILE = "fukushi-profile.txt"
SHEET = "kenko-policy-sheet.txt"
TABS = "shimin-tabs.txt"


def _project(facts: DocumentFacts, name: str):
    return next(p for p in facts.projects if nfkc_key(p.name) == nfkc_key(name))


def _organization(facts: DocumentFacts, name: str):
    return next(o for o in facts.organizations if o.name == name)


def _staff_totals(facts: DocumentFacts) -> dict[str, int]:
    return {s.organization: s.count for s in facts.staff if s.employment_type == "合計"}


# --- the profile layout, on the corpus ------------------------------------------------


def test_profile_projects_have_fiscal_year_budget_and_division(corpus: Facts) -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in corpus(KASHIWA).projects}
    assert ("柏市民公益活動促進基金", 2017, 6_720_000, "協働推進課") in projects
    assert ("柏市民文化会館管理運営事業", 2017, 93_692_000, "地域支援課") in projects
    assert len(projects) == 10


def test_amount_with_space_before_yen_is_read(corpus: Facts) -> None:
    assert _project(corpus(KASHIWA), "広報活動事業").budget == 137_288_000


def test_misprinted_division_is_resolved_and_printed_form_kept(corpus: Facts) -> None:
    project = _project(corpus(KASHIWA), "市民相談")
    assert (project.division, project.division_printed) == ("広報広聴課", "広報広報課")


def test_misprint_is_not_a_unit_of_its_own(corpus: Facts) -> None:
    names = {o.name for o in corpus(KASHIWA).organizations}
    assert "広報広報課" not in names
    assert _organization(corpus(KASHIWA), "広報広聴課").printed == "広報広報課"


def test_divisions_belong_to_the_department(corpus: Facts) -> None:
    facts = corpus(KASHIWA)
    assert _organization(facts, "地域づくり推進部").parent is None
    assert _organization(facts, "秘書課").parent == "地域づくり推進部"


def test_staff_totals_read_despite_wrapped_header_and_numbers(corpus: Facts) -> None:
    totals = _staff_totals(corpus(KASHIWA))
    assert totals["近隣センター"] == 116
    assert totals["協働推進課"] == 21


def test_department_total_comes_from_summary_line(corpus: Facts) -> None:
    assert _staff_totals(corpus(KASHIWA))["地域づくり推進部"] == 194


def test_post_group_row_is_not_an_organization(corpus: Facts) -> None:
    assert "部長・次長級職" not in {o.name for o in corpus(KASHIWA).organizations}


def test_city_wide_budget_belongs_to_the_municipality(corpus: Facts) -> None:
    budgets = {(b.owner, b.account, b.amount) for b in corpus(KASHIWA).budgets}
    assert ("柏市", "一般会計", 122_730_000_000) in budgets
    assert ("地域づくり推進部", "一般会計", 1_273_190_000) in budgets
    assert ("地域づくり推進部", "特別会計", 0) in budgets


def test_issue_carries_every_related_policy_code(corpus: Facts) -> None:
    issue = next(i for i in corpus(KASHIWA).initiatives if i.name == "文化施設の修繕")
    assert (issue.kind, issue.number, issue.policy_codes) == ("issue", "8", ["4-1-1-2", "4-4-1-3"])


def test_policy_code_label_and_plan_come_from_the_relation_section(corpus: Facts) -> None:
    code = next(c for c in corpus(KASHIWA).policy_codes if c.printed == "7-1-5")
    assert code.label == "ICT利活用による効率化・サービス向上"
    assert code.plan == "第五次総合計画前期基本計画"


def test_basic_plan_is_part_of_its_comprehensive_plan(corpus: Facts) -> None:
    plan = next(p for p in corpus(KASHIWA).plans if p.name == "第五次総合計画前期基本計画")
    assert (plan.kind, plan.parent) == ("basic_plan", "第五次総合計画")


def test_prose_indicators_pair_values_with_years(corpus: Facts) -> None:
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in corpus(KASHIWA).observations}
    assert observed == {
        ("市政情報の提供についての満足度", 2012, "actual", 46.6),
        ("市政情報の提供についての満足度", 2014, "actual", 48.7),
        ("「市政」への関心度", 2012, "actual", 68.7),
        ("「市政」への関心度", 2014, "actual", 67.1),
    }


def test_head_of_department_and_holder(corpus: Facts) -> None:
    post = corpus(KASHIWA).posts[0]
    assert (post.title, post.organization, post.holder) == (
        "地域づくり推進部長",
        "地域づくり推進部",
        "髙橋直資",
    )


def test_mission_items_are_the_bullets(corpus: Facts) -> None:
    mission = corpus(KASHIWA).mission
    assert len(mission) == 7
    assert mission[0] == "地域支援に関すること。"


# --- the policy-sheet layout, on the corpus ---------------------------------------------


def test_department_and_head_from_the_header_row(corpus: Facts) -> None:
    facts = corpus(KASHIWARA)
    assert _organization(facts, "政策推進部").kind == "department"
    head = next(p for p in facts.posts if p.title == "政策推進部長")
    assert head.holder == "市川 信行"


def test_directors_keep_their_responsibility_as_note(corpus: Facts) -> None:
    notes = {p.holder: p.note for p in corpus(KASHIWARA).posts}
    assert notes["小林 聡"] == "危機管理担当"


def test_priority_issue_codes_are_composed_from_goal_levels(corpus: Facts) -> None:
    codes = {c.printed: c.label for c in corpus(KASHIWARA).policy_codes}
    assert codes["5"] == "健全な行財政と市民主体のまち"
    assert codes["5-2"] == "市政運営、行財政運営"
    assert codes["1-3"] == "防犯、防災"


def test_priority_issue_takes_its_name_from_the_following_row(corpus: Facts) -> None:
    issue = next(i for i in corpus(KASHIWARA).initiatives if i.number == "6")
    assert (issue.name, issue.kind, issue.policy_codes) == (
        "国土強靱化地域計画の策定",
        "priority_issue",
        ["1-3"],
    )


def test_priority_section_projects_with_divisions(corpus: Facts) -> None:
    projects = {(p.name, p.division, p.fiscal_year) for p in corpus(KASHIWARA).projects}
    assert ("人事課事務費", "人事課", 2020) in projects
    assert ("消防団運営費・防災対策事業", "危機管理課", 2020) in projects


def test_project_named_in_two_sections_is_one_project(corpus: Facts) -> None:
    names = [p.name for p in corpus(KASHIWARA).projects]
    assert names.count("防災対策事業") == 1


# --- synthetic pages of an invented city ------------------------------------------------


def test_sample_profile_reads_all_four_projects(sample: Facts) -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in sample(PROFILE).projects}
    assert projects == {
        ("高齢者サロン運営支援事業", 2021, 3_210_000, "高齢支援課"),
        ("介護予防教室事業", 2021, 120_000_000, "高齢支援課"),
        ("障害者就労相談事業", 2021, 8_800_000, "障害福祉課"),
        ("福祉総務事務費", 2021, 450_000, "福祉総務課"),
    }


def test_sample_profile_has_three_divisions_under_its_department(sample: Facts) -> None:
    divisions = {o.name for o in sample(PROFILE).organizations if o.parent == "福祉部"}
    assert divisions == {"福祉総務課", "高齢支援課", "障害福祉課"}


def test_row_with_as_many_numbers_as_columns_gives_each_employment_type(sample: Facts) -> None:
    staff = {
        s.employment_type: s.count for s in sample(PROFILE).staff if s.organization == "高齢支援課"
    }
    assert staff == {"常勤": 20, "再任用(短時間)": 4, "臨時": 5, "その他": 6, "合計": 35}


def test_amount_in_thousand_yen_is_scaled(sample: Facts) -> None:
    budgets = {(b.owner, b.account): b.amount for b in sample(PROFILE).budgets}
    assert budgets[("福祉部", "一般会計")] == 2_500_000_000
    assert budgets[("青葉台市", "一般会計")] == 80_000_000_000


def test_arrow_indicators_with_reiwa_years_and_same_marker(sample: Facts) -> None:
    observed = {(o.indicator, o.fiscal_year, o.value) for o in sample(PROFILE).observations}
    assert ("介護予防教室の満足度", 2019, 80.2) in observed
    assert ("高齢者サロンへの参加率", 2020, 15.0) in observed
    assert len(observed) == 4


def test_share_percentages_are_not_indicators(sample: Facts) -> None:
    values = {o.value for o in sample(PROFILE).observations}
    assert not values & {3.3, 3.1, 1.0}


def test_sample_sheet_projects_take_budget_from_the_name_cell(sample: Facts) -> None:
    project = _project(sample(SHEET), "がん検診事業")
    assert (project.budget, project.division, project.related_initiative) == (
        12_345_000,
        "健康増進課",
        "がん検診受診率の向上",
    )


def test_sample_sheet_priority_issue_code(sample: Facts) -> None:
    issue = next(i for i in sample(SHEET).initiatives if i.name == "地域見守りネットワークの構築")
    assert issue.policy_codes == ["3-1"]


def test_tab_separated_table_places_numbers_by_column(sample: Facts) -> None:
    staff = {
        s.employment_type: s.count for s in sample(TABS).staff if s.organization == "環境保全課"
    }
    assert staff == {"常勤": 9, "会計年度任用": 3, "合計": 12}


def test_department_named_before_the_manifesto_word(sample: Facts) -> None:
    facts = sample(TABS)
    assert [o.name for o in facts.organizations if o.kind == "department"] == ["市民生活部"]
    assert {(s.organization, s.count) for s in facts.staff if s.employment_type == "合計"} >= {
        ("市民生活部", 44)
    }


def test_project_labels_with_inline_values_or_in_brackets(sample: Facts) -> None:
    projects = {(p.name, p.budget, p.division) for p in sample("toshi-inline-labels.txt").projects}
    assert projects == {
        ("公園再整備事業", 12_000_000, "公園緑地課"),
        ("道路維持事業", 300_000_000, "道路管理課"),
    }


def test_project_is_linked_to_the_facility_its_name_mentions(corpus: Facts) -> None:
    assert _project(corpus(KASHIWA), "アミュゼ柏管理運営事業").facilities == ["アミュゼ柏"]


def _page(text: str) -> DocumentFacts:
    return parse_document(
        text, file="page.txt", municipality_code="999994", municipality="青海市", prefecture=None
    )


PROJECT_BLOCK = "\n\n港湾整備事業\n\n・予算\n　12,000千円\n・担当課\n　港湾課\n"


@pytest.mark.parametrize("heading", ["令和3年度 主な事業", "■主な事業", "【主要事業】"])
def test_projects_heading_printed_with_a_space_or_a_mark_is_found(heading: str) -> None:
    facts = _page("令和3年度 港湾局の運営方針\n\n" + heading + PROJECT_BLOCK)
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert projects == {("港湾整備事業", 2021, 12_000_000, "港湾課")}


def test_prose_indicator_with_any_unit_word_is_read() -> None:
    facts = _page(
        "令和元年度 清掃局の運営方針\n\n課題1 ごみの削減\n\n課題内容\n\n"
        "焼却ごみ量が254,000トン→249,000トン(平成29年度→平成30年度)と減少しています。\n"
    )
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert observed == {
        ("焼却ごみ量", 2017, "actual", 254000),
        ("焼却ごみ量", 2018, "actual", 249000),
    }


PROJECT_TABLE = (
    "令和2年度 港湾局の運営方針\n\n令和2年度の主な事業\n"
    "事業名\t事業概要\t予算額(千円)\t担当課\n"
    "岸壁改修事業\t老朽化した岸壁を改修します。\t612,400\t港湾整備課\n"
    "客船誘致事業\t客船の寄港を誘致します。\t18,630\t港湾振興課\n"
)


def test_projects_table_gives_budget_in_the_header_unit_and_division() -> None:
    projects = {
        (p.name, p.fiscal_year, p.budget, p.division) for p in _page(PROJECT_TABLE).projects
    }
    assert projects == {
        ("岸壁改修事業", 2020, 612_400_000, "港湾整備課"),
        ("客船誘致事業", 2020, 18_630_000, "港湾振興課"),
    }


def test_projects_table_divisions_belong_to_the_department() -> None:
    parents = {o.name: o.parent for o in _page(PROJECT_TABLE).organizations}
    assert parents["港湾整備課"] == "港湾局"


def test_unit_line_above_a_projects_table_scales_its_numbers() -> None:
    text = PROJECT_TABLE.replace("令和2年度の主な事業\n", "令和2年度の主な事業\n(単位:百万円)\n")
    text = text.replace("予算額(千円)", "予算額")
    budgets = {p.name: p.budget for p in _page(text).projects}
    assert budgets["客船誘致事業"] == 18_630_000_000


def _projects_after(heading_and_blocks: str) -> set[tuple[str, int | None, str | None]]:
    facts = _page("令和3年度 港湾局の運営方針\n\n" + heading_and_blocks)
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_numbered_project_name_loses_its_number() -> None:
    text = "主な事業\n\n1 岸壁改修事業\n\n・予算\n　12,000千円\n・担当課\n　港湾課\n"
    assert _projects_after(text) == {("岸壁改修事業", 12_000_000, "港湾課")}


def test_project_names_marked_as_headings_open_one_project_each() -> None:
    text = (
        "主な事業\n\n◆岸壁改修事業\n・予算:12,000千円\n・担当課:港湾課\n"
        "◆客船誘致事業\n・予算:1,000千円\n・担当課:港湾振興課\n"
    )
    assert _projects_after(text) == {
        ("岸壁改修事業", 12_000_000, "港湾課"),
        ("客船誘致事業", 1_000_000, "港湾振興課"),
    }


def test_numbered_goals_are_goal_values_not_projects() -> None:
    text = "主な事業\n\n客船誘致事業\n・目標\n　①寄港数の増加\n　②経済効果\n・予算\n　1,000千円\n"
    facts = _page("令和3年度 港湾局の運営方針\n\n" + text)
    assert [(p.name, p.goal) for p in facts.projects] == [
        ("客船誘致事業", "①寄港数の増加\n②経済効果")
    ]


def test_label_rows_of_a_table_are_project_fields() -> None:
    text = (
        "主な事業\n\n岸壁改修事業\n事業概要\t岸壁を改修します。\n予算\t12,000千円\n担当課\t港湾課\n"
    )
    facts = _page("令和3年度 港湾局の運営方針\n\n" + text)
    assert [(p.name, p.budget, p.division, p.description) for p in facts.projects] == [
        ("岸壁改修事業", 12_000_000, "港湾課", "岸壁を改修します。")
    ]


def test_label_and_value_separated_by_a_space_are_a_field() -> None:
    text = "主な事業\n\n岸壁改修事業\n\n予算額 12,000千円\n担当課 港湾課\n"
    assert _projects_after(text) == {("岸壁改修事業", 12_000_000, "港湾課")}


@pytest.mark.parametrize(
    "printed", ["課題(1) 岸壁の老朽化", "課題① 岸壁の老朽化", "課題1:岸壁の老朽化"]
)
def test_issue_numbered_in_brackets_or_circled_is_an_issue(printed: str) -> None:
    facts = _page(f"令和3年度 港湾局の運営方針\n\n{printed}\n\n課題内容\n\n岸壁が古い。\n")
    assert [(i.name, i.kind) for i in facts.initiatives] == [("岸壁の老朽化", "issue")]


SHEET_WITH_BUDGET_COLUMN = (
    "令和4年度 危機管理部の運営方針\n\n部(局)\t危機管理部\t部(局)長\t山田 太郎\n\n"
    "【重点課題1】\n\n地域防災力の強化\n\n(3) 目標を実現するための重点的な取組\n\n"
    "\t事業名\t予算額(千円)\t所管課\nア\t防災対策事業\t12,000\t危機管理課\n"
)


def test_budget_column_of_a_priority_issue_table_is_read_in_its_unit() -> None:
    facts = _page(SHEET_WITH_BUDGET_COLUMN)
    assert [(p.name, p.budget, p.division) for p in facts.projects] == [
        ("防災対策事業", 12_000_000, "危機管理課")
    ]


def _budgets_after(budget_section: str) -> set[tuple[str, int | None, str, int]]:
    facts = _page("令和3年度 港湾局の運営方針\n\n" + budget_section)
    return {(b.owner, b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_budget_table_in_the_headings_unit_gives_each_account() -> None:
    section = (
        "令和3年度当初予算(単位:千円)\n\n会計\t予算額\t前年度比\n"
        "一般会計\t12,345\t101.2%\n港湾整備事業特別会計\t540\t99.0%\n"
    )
    assert _budgets_after(section) == {
        ("港湾局", 2021, "一般会計", 12_345_000),
        ("港湾局", 2021, "港湾整備事業特別会計", 540_000),
    }


def test_budget_lines_without_bullets_are_read() -> None:
    section = "令和3年度当初予算\n\n一般会計 12,345千円\n特別会計 540千円\n\n課題1 港湾の老朽化\n"
    assert _budgets_after(section) == {
        ("港湾局", 2021, "一般会計", 12_345_000),
        ("港湾局", 2021, "特別会計", 540_000),
    }


def test_staff_table_headed_staff_count_gives_each_units_total() -> None:
    facts = _page(
        "令和3年度 港湾局の運営方針\n\n職員数(令和3年4月1日現在)\n\n"
        "課名\t職員数(人)\n港湾総務課\t12\n港湾整備課\t20\n"
    )
    totals = {(s.organization, s.count) for s in facts.staff if s.employment_type == "合計"}
    assert totals == {("港湾総務課", 12), ("港湾整備課", 20)}


FACILITY_ROW_PROFILE = (
    "平成30年度 こども部プロフィール(部局運営方針)\n\n組織構成\n職・課名 常勤 臨時 合計\n"
    "部長・次長級職 2 2\n子育て支援課 20 8 28\n保育園 180 150 330\n合計 202 158 360\n\n"
    "平成30年度の主な事業\n\n保育園整備事業\n\n  • 予算\n    512,000,000円\n"
    "  • 担当課\n    保育運営課、子育て支援課\n"
)


def test_organisation_table_row_without_unit_suffix_is_a_facility_unit() -> None:
    facts = _page(FACILITY_ROW_PROFILE)
    kinds = {o.name: o.kind for o in facts.organizations}
    assert kinds["保育園"] == "facility_unit"
    assert "合計" not in kinds and "部長・次長級職" not in kinds


def test_first_of_several_divisions_is_the_responsible_one() -> None:
    facts = _page(FACILITY_ROW_PROFILE)
    assert [p.division for p in facts.projects] == ["保育運営課"]
    assert _organization(facts, "子育て支援課").parent == "こども部"


def test_priority_issue_name_on_a_row_of_its_own_keeps_the_codes_above() -> None:
    facts = _page(
        "令和3年度 健康医療部の運営方針\n部(局)\t健康医療部\t部(局)長\t田中\n【重点課題】\n"
        "1\t政策目標\t(2)\t健やかに暮らせるまち\t施策目標\t(1)健康づくり\n"
        "がん検診受診率の向上\n【重点課題1】\nがん検診受診率の向上\n"
    )
    assert [(i.name, i.policy_codes) for i in facts.initiatives] == [
        ("がん検診受診率の向上", ["2-1"])
    ]


@pytest.mark.parametrize(
    "relation",
    [
        "総合計画との関連:4-1-2 港湾の整備",
        "総合計画との関連\n\n【4-1-2】港湾の整備",
        "関連する総合計画の施策\n\n4-1-2 港湾の整備",
        "総合計画における位置づけ\n\n4-1-2 港湾の整備",
    ],
)
def test_issue_related_policy_code_however_the_relation_is_headed(relation: str) -> None:
    facts = _page(
        "令和3年度 港湾局の運営方針\n\n令和3年度当初予算\n\n・一般会計 1,000千円\n\n"
        f"課題1 岸壁の老朽化\n\n課題内容\n\n古い。\n\n{relation}\n"
    )
    assert [(i.name, i.policy_codes) for i in facts.initiatives] == [("岸壁の老朽化", ["4-1-2"])]
    assert [(c.printed, c.label) for c in facts.policy_codes] == [("4-1-2", "港湾の整備")]


@pytest.mark.parametrize(
    "cell",
    [
        "防災対策事業(12,000千円)",
        "防災対策事業(予算額:12,000千円)",
        "防災対策事業 予算額12,000千円",
        "防災対策事業【12,000千円】",
    ],
)
def test_amount_in_a_project_cell_is_the_budget_and_not_part_of_the_name(cell: str) -> None:
    text = SHEET_WITH_BUDGET_COLUMN.replace(
        "\t事業名\t予算額(千円)\t所管課\nア\t防災対策事業\t12,000\t危機管理課",
        f"\t内容(事業名、予算等)\t所管課\nア\t{cell}\t危機管理課",
    )
    assert [(p.name, p.budget) for p in _page(text).projects] == [("防災対策事業", 12_000_000)]


def test_department_on_a_line_of_its_own_owns_the_budget() -> None:
    facts = _page(
        "部局運営方針(令和3年度)\n\n青海市 福祉部\n\n令和3年度当初予算\n\n・一般会計 1,000千円\n"
    )
    assert [(b.owner, b.amount) for b in facts.budgets] == [("福祉部", 1_000_000)]


def test_projects_table_with_years_under_its_budget_label_gives_each_years_amount() -> None:
    text = (
        "令和2年度 港湾局の運営方針\n\n令和2年度の主な事業\n"
        "事業名\t担当課\t予算額(千円)\t\n"
        "\t\t令和元年度当初\t令和2年度当初\n"
        "岸壁改修事業\t港湾整備課\t500,000\t612,400\n"
    )
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in _page(text).projects}
    assert projects == {
        ("岸壁改修事業", 2019, 500_000_000, "港湾整備課"),
        ("岸壁改修事業", 2020, 612_400_000, "港湾整備課"),
    }
