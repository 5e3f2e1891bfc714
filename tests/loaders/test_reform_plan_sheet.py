"""Reform-plan sheets: the 新潟市 sheet (repeated for two periods) and an invented one."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

Facts = Callable[[str], DocumentFacts]
NIIGATA = "niigata-gyoseikaikaku-26.txt"
ITEM = "出張所、連絡所、公民館等の活用により「まちづくりセンター」を設置、拡大"
SAMPLE = "reform-sheet.txt"


def _kinds(facts: DocumentFacts) -> dict[str, str]:
    return {i.name: i.kind for i in facts.initiatives}


def test_hierarchy_from_priority_to_reform_item(corpus: Facts) -> None:
    by_name = {i.name: i for i in corpus(NIIGATA).initiatives}
    item = by_name[ITEM]
    small = by_name[item.parent or ""]
    middle = by_name[small.parent or ""]
    assert (item.kind, small.kind, middle.kind) == ("reform_item", "action", "action")
    assert by_name[middle.parent or ""].kind == "priority_issue"


def test_repeated_sheet_does_not_repeat_initiatives(corpus: Facts) -> None:
    names = [i.name for i in corpus(NIIGATA).initiatives]
    assert len(names) == len(set(names)) == 4


def test_reform_item_number_and_lead_division(corpus: Facts) -> None:
    item = next(i for i in corpus(NIIGATA).initiatives if i.name == ITEM)
    assert item.number == "26"
    assert item.lead == "市民協働課"
    assert item.responsible == ["市民協働課", "中央公民館", "行政経営課"]


def test_indicator_columns_map_to_years_and_kinds(corpus: Facts) -> None:
    observed = {(o.fiscal_year, o.kind, o.value) for o in corpus(NIIGATA).observations}
    assert observed == {
        (2014, "estimate", 37),
        (2015, "target", 42),
        (2015, "actual", 43),
        (2016, "target", 50),
        (2016, "actual", 48),
        (2017, "target", 58),
        (2017, "actual", 54),
        (2018, "target", 66),
        (2018, "actual", 55),
    }


def test_yearly_grades_as_lone_cells_and_at_end_of_comments(corpus: Facts) -> None:
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in corpus(NIIGATA).evaluations}
    assert grades == {(ITEM, 2015, "B"), (ITEM, 2016, "C"), (ITEM, 2017, "C"), (ITEM, 2018, "C")}


def test_mid_term_and_whole_period_reviews_are_not_yearly_evaluations(sample: Facts) -> None:
    grades = {(e.fiscal_year, e.grade) for e in sample(SAMPLE).evaluations}
    assert grades == {(2020, "A"), (2021, "S")}


def test_estimate_marker_makes_an_estimate(sample: Facts) -> None:
    observed = {(o.fiscal_year, o.kind, o.value) for o in sample(SAMPLE).observations}
    assert (2020, "estimate", 5) in observed
    assert (2019, "actual", 4) in observed


def test_non_numeric_final_target_column_is_skipped(sample: Facts) -> None:
    assert max(o.fiscal_year for o in sample(SAMPLE).observations) == 2021


def test_sample_lead_division_is_marked_by_the_black_circle(sample: Facts) -> None:
    item = next(i for i in sample(SAMPLE).initiatives if i.kind == "reform_item")
    assert (item.name, item.lead, item.number) == ("学校施設の複合化の推進", "資産経営課", "41")


def test_sample_priority_issue_keeps_its_printed_number(sample: Facts) -> None:
    issue = next(i for i in sample(SAMPLE).initiatives if i.kind == "priority_issue")
    assert (issue.name, issue.number) == ("持続可能な財政運営", "Ⅳ")


FINAL_TARGET_SHEET = (
    "改革項目Ⅱ 効率的な行政運営\n\n"
    "具体的な取組項目(小項目)\t1 窓口の見直し\t担当課\t市民課\n"
    "改革実施項目名称(細項目)\t窓口業務の委託\t\t\t\t\n"
    "改革実施概要\t取組工程\t現状 (令和元年度)\t令和2年度 計画\t令和2年度 実績"
    "\t最終目標/ 令和5年度\n"
    "指標\t委託した窓口数\t1\t2\t2\t6\n"
)


def test_final_target_column_with_a_fiscal_year_is_that_years_target() -> None:
    facts = parse_document(
        FINAL_TARGET_SHEET,
        file="sheet.txt",
        municipality_code="999993",
        municipality="白浜市",
        prefecture=None,
    )
    assert facts.genre == "reform_plan_sheet"
    observed = {(o.fiscal_year, o.kind, o.value) for o in facts.observations}
    assert (2023, "target", 6) in observed


MARKED_SHEET = (
    "重点改革項目Ⅰ 行政運営\n\n"
    "具体的な取組項目(小項目)\t1 窓口の見直し\t担当課\t●市民課、情報政策課\n"
    "改革実施項目名称(細項目)\t窓口業務の委託\t\t\t\t\n"
    "改革実施概要\t取組工程\tR1現状\tR2目標\tR2実績\n"
    "指標\t委託した窓口数\t1\t2\t2\n\n"
    "年度評価\t(年度終了後に実施)\t\tR2\t\tR3\t\n"
    "\t取組工程、指標に対する評価\t\t順調。\t◎\t遅れ。\t△\n"
)


def _marked_sheet() -> DocumentFacts:
    return parse_document(
        MARKED_SHEET,
        file="marked.txt",
        municipality_code="999996",
        municipality="岬市",
        prefecture=None,
    )


def test_grades_printed_as_marks_are_evaluations() -> None:
    grades = {(e.fiscal_year, e.grade) for e in _marked_sheet().evaluations}
    assert grades == {(2020, "◎"), (2021, "△")}


def test_units_listed_with_a_comma_are_separate_units() -> None:
    item = next(i for i in _marked_sheet().initiatives if i.kind == "reform_item")
    assert (item.responsible, item.lead) == (["市民課", "情報政策課"], "市民課")


def test_grade_in_brackets_after_the_comment_is_the_years_grade() -> None:
    sheet = MARKED_SHEET.replace("順調。\t◎", "計画どおり進んだ。(A)\t").replace(
        "遅れ。\t△", "遅れた。【B】\t"
    )
    facts = parse_document(
        sheet, file="b.txt", municipality_code="999996", municipality="岬市", prefecture=None
    )
    graded = {(e.fiscal_year, e.grade, e.comment) for e in facts.evaluations}
    assert graded == {(2020, "A", "計画どおり進んだ。"), (2021, "B", "遅れた。")}


def test_lead_mark_between_two_units_marks_the_unit_before_it() -> None:
    sheet = MARKED_SHEET.replace("●市民課、情報政策課", "市民課●情報政策課")
    facts = parse_document(
        sheet, file="m.txt", municipality_code="999996", municipality="岬市", prefecture=None
    )
    item = next(i for i in facts.initiatives if i.kind == "reform_item")
    assert (item.responsible, item.lead) == (["市民課", "情報政策課"], "市民課")


def test_row_labels_used_by_other_cities_are_read() -> None:
    sheet = (
        MARKED_SHEET.replace("改革実施項目名称(細項目)", "実施項目")
        .replace("指標\t", "成果指標\t")
        .replace("年度評価\t", "評価結果\t")
    )
    facts = parse_document(
        sheet, file="o.txt", municipality_code="999996", municipality="岬市", prefecture=None
    )
    assert [i.name for i in facts.initiatives if i.kind == "reform_item"] == ["窓口業務の委託"]
    assert {(o.fiscal_year, o.kind) for o in facts.observations} >= {(2020, "target")}
    assert {(e.fiscal_year, e.grade) for e in facts.evaluations} == {(2020, "◎"), (2021, "△")}


SPANNED_REVIEW = (
    "重点改革項目Ⅰ 行政運営の効率化\n"
    "改革実施項目名称(細項目)\t窓口業務の委託\n"
    "年度評価\t(年度終了後に実施)\t\t令和2年度\t\t令和3年度\t\n"
    "取組工程、指標に対する評価\t\t順調に進んだ。\tA\t遅れた。\tC\n"
    "計画期間の評価\t計画期間の評価\tおおむね順調。 B\n"
)


def test_review_rows_without_the_spanned_first_cell_keep_their_year_columns() -> None:
    facts = parse_document(
        SPANNED_REVIEW,
        file="s.txt",
        municipality_code="999996",
        municipality="岬市",
        prefecture=None,
    )
    graded = {(e.fiscal_year, e.grade) for e in facts.evaluations}
    assert graded == {(2020, "A"), (2021, "C")}
