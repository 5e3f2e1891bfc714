"""Department policy pages: the profile layout (柏市) and the policy-sheet layout (柏原市),
plus synthetic pages of an invented city that share no names, numbers or codes with them."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
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
