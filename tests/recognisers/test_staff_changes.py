"""Staff counts printed as a change 「架空部 40人 ⇒ 42人」, dated by a caption of two days."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int | None = 2024) -> set[object]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.employment_type, s.count) for s in facts.staff}


def test_a_list_of_counts_before_and_after_an_arrow_counts_both_years() -> None:
    """「架空部 40人 ⇒ 42人」 lines under a caption giving the two days in the same order."""
    text = (
        "■課別の人員\n"
        "2023年4月1日 ⇒ 2024年4月1日\n"
        "1 架空部 40人 ⇒ 42人\n"
        "2 架空振興課 12人 ⇒ 11人（分室を含む）\n"
        "3 総計 52人 ⇒ 53人\n"
    )
    assert _staff(text, year=2024) == {
        ("架空部", 2023, "合計", 40),
        ("架空部", 2024, "合計", 42),
        ("架空振興課", 2023, "合計", 12),
        ("架空振興課", 2024, "合計", 11),
        ("青葉台市", 2023, "合計", 52),
        ("青葉台市", 2024, "合計", 53),
    }


def test_arrow_counts_take_their_years_from_a_left_right_caption() -> None:
    text = "部局の人員（右が令和5年、左が令和4年）\n◇架空局　30名→28名\n　◇架空整備課　9名→9名\n"
    assert _staff(text, year=2023) == {
        ("架空局", 2022, "合計", 30),
        ("架空局", 2023, "合計", 28),
        ("架空整備課", 2022, "合計", 9),
        ("架空整備課", 2023, "合計", 9),
    }


def test_arrow_counts_without_a_caption_of_two_years_count_nothing() -> None:
    text = "■課別の状況\n・架空振興課 12人 → 11人\n"
    assert _staff(text, year=2024) == set()


def test_arrow_counts_under_a_caption_of_a_target_year_count_nothing() -> None:
    text = "■人員の見通し\n令和6年4月1日 → 令和11年4月1日（目標）\n・総計 415人 → 405人\n"
    assert _staff(text, year=2024) == set()
