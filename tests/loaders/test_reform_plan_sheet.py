"""Reform-plan sheets: the 新潟市 sheet (repeated for two periods) and an invented one."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts

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
