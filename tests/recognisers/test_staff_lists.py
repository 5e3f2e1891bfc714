"""Staff counts in a list of units: 「架空課：12人」 fields, 「架空課 12」 items under a caption."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int | None = 2024) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.employment_type, s.count) for s in facts.staff}


def test_fields_naming_units_with_a_count_each_count_that_unit() -> None:
    text = "局の組織（2023年4月1日現在）\n架空管理課：17名\n架空整備課：9名\n"
    assert _staff(text, year=2024) == {
        ("架空管理課", 2023, "合計", 17),
        ("架空整備課", 2023, "合計", 9),
    }


def test_a_run_of_offices_after_a_run_of_units_counts_too() -> None:
    text = (
        "【本庁】\n架空管理課：17名\n架空整備課：9名\n\n"
        "【出先機関】\n架空試験場：21名\n架空研究所：6名\n"
    )
    assert _staff(text) == {
        ("架空管理課", 2024, "合計", 17),
        ("架空整備課", 2024, "合計", 9),
        ("架空試験場", 2024, "合計", 21),
        ("架空研究所", 2024, "合計", 6),
    }


def test_a_run_of_offices_alone_counts_nothing() -> None:
    """「架空第一保育所：120人」 fields alone may be capacities, not staff."""
    assert _staff("架空第一保育所：120人\n架空第二保育所：90人\n") == set()


def test_bare_numbers_of_units_under_a_staff_caption_count_those_units() -> None:
    text = (
        "■課別職員数（令和6年4月1日現在）\n"
        "  ・架空管理課　17\n"
        "  ・架空整備課　9\n"
        "  ・架空研究所（架空整備課所管）　4 ※架空整備課の内数\n"
    )
    assert _staff(text, year=2024) == {
        ("架空管理課", 2024, "合計", 17),
        ("架空整備課", 2024, "合計", 9),
        ("架空研究所", 2024, "合計", 4),
    }


def test_bare_numbers_under_a_caption_of_no_staff_count_nothing() -> None:
    text = "■課別の研修回数\n  ・架空管理課　17\n  ・架空整備課　9\n"
    assert _staff(text) == set()


def test_bare_numbers_under_an_undated_staff_caption_with_no_people_count_nothing() -> None:
    """「職員研修の実施回数」 names the staff word, but its numbers count no people."""
    text = "■職員研修の実施回数\n  ・架空管理課　17\n  ・架空整備課　9\n"
    assert _staff(text) == set()
