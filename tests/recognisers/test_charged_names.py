"""The unit in charge printed in a sentence right before the project it budgets."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.charged_names import department_before, unit_in_charge
from loaders.structure import read_structure


def _projects(text: str, year: int = 2026) -> set[tuple[object, ...]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_unit_and_its_cue_opening_a_name_are_its_division_not_its_name() -> None:
    text = "架空港整備課所管の架空桟橋改修事業"
    assert unit_in_charge(text, 0, len(text)) == ("架空港整備課", 0, 9)


def test_words_opening_the_clause_are_no_part_of_the_unit() -> None:
    text = "次に架空林務課所管の架空間伐推進事業"
    assert unit_in_charge(text, 0, len(text)) == ("架空林務課", 2, 10)


def test_a_department_written_together_before_the_unit_is_read_too() -> None:
    text = "架空建設部架空港整備課所管の"
    assert department_before(text, 5) == ("架空建設部", 0)


def test_no_unit_before_the_cue_gives_nothing() -> None:
    text = "地域の皆さんにおいて架空清掃事業"
    assert unit_in_charge(text, 10, len(text)) is None


def test_a_committee_answer_names_the_unit_in_charge_before_each_project() -> None:
    text = (
        "○架空港湾部長　お答えいたします。\n"
        "　まず架空港整備課所管の架空桟橋改修事業に1億2,000万円を計上いたしました。\n"
        "　令和8年度は、架空観光課において架空港まつり支援事業として850万円を計上し、"
        "来場者の拡大を図ります。\n"
    )
    assert _projects(text, 2026) == {
        ("架空桟橋改修事業", 2026, 120000000, "架空港整備課"),
        ("架空港まつり支援事業", 2026, 8500000, "架空観光課"),
    }


def test_a_year_the_sentence_is_about_dates_its_project() -> None:
    """Regression: a project budgeted in a sentence opening 「令和7年度は、」 took the year of
    a target named in the sentence before it."""
    text = (
        "○架空防災局長　架空リーダー数は令和9年度に600人とする目標でございます。"
        "令和7年度は、架空防災課において架空リーダー育成事業として1,200万円を計上いたします。\n"
    )
    assert ("架空リーダー育成事業", 2025, 12000000, "架空防災課") in _projects(text, 2024)
