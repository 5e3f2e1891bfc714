"""A review's entries each with one grade after a gap of spaces (no leader of dots), under a
legend that defines every grade printed (「（評価　◎：目標を上回った　○：…　△：…）」): each
line grades its entry for the year the heading names. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REVIEW = (
    "五　令和七年度の取組の振り返り\n"
    "　　（評価　◎：目標を上回った　○：概ね目標どおり　△：目標を下回った）\n"
    "　　・架空協議会の設立支援          　◎\n"
    "　　・架空ホールの改修設計            　○\n"
    "　　・架空システムの導入              　△\n"
)


def _grades() -> set[tuple[str, int | None, str]]:
    return {(e.initiative, e.fiscal_year, e.grade) for e in parsed_as_read(_REVIEW).evaluations}


def test_each_line_grades_its_entry_for_the_headings_year() -> None:
    assert ("架空協議会の設立支援", 2025, "◎") in _grades()
    assert ("架空システムの導入", 2025, "△") in _grades()


def test_without_the_legend_lines_ending_in_a_mark_grade_nothing() -> None:
    legend = "　　（評価　◎：目標を上回った　○：概ね目標どおり　△：目標を下回った）\n"
    text = _REVIEW.replace(legend, "")
    assert not parsed_as_read(text).evaluations
