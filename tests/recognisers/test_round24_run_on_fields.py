"""An evaluation field printed on the line of another field's value (「評価：B（概ね順調）　前年度
評価：A」, 「主担当：X課　前年度（令和6年度）の自己評価：B」) is a field of its own."""

from __future__ import annotations

from loaders.parse import parse_document


def _evaluations(text: str) -> set[tuple[str, int, str]]:
    facts = parse_document(
        text, file="hyoka.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


_SHEET = (
    "令和7年度　施策評価調書（令和6年度の取組）\n\n"
    "■施策番号　Ⅱ－３－（２）\n"
    "■施策名　　架空の見守り体制づくり\n"
    "■主管課　　福祉部　架空福祉課\n\n"
    "１　成果指標の推移\n"
    "　架空サロンの参加者数（人）\n\n"
    "３　施策の評価\n"
    "　評価：Ｂ（概ね順調）　　　前年度評価：Ａ\n"
    "　（評価の理由）\n"
    "　　相談体制は維持できている。\n"
)


def test_a_grade_followed_by_another_field_is_still_read() -> None:
    assert ("架空の見守り体制づくり", 2024, "B") in _evaluations(_SHEET)


def test_a_previous_year_grade_run_onto_the_line_grades_the_year_before() -> None:
    assert ("架空の見守り体制づくり", 2023, "A") in _evaluations(_SHEET)


def test_a_self_grade_run_onto_a_department_field_grades_the_coded_entry_above() -> None:
    text = (
        "令和7年度 健康福祉部の運営方針\n\n"
        "4 重点施策と主な事業\n"
        "施策 2-1-1 架空の地域づくり\n"
        "主担当：架空総務課　前年度（令和6年度）の自己評価：B\n"
        "取組の方向\n"
        "・架空の相談支援の一体的実施\n"
        "施策 2-1-3 架空の社会参加の促進\n"
        "主担当：架空支援課　前年度（令和6年度）の自己評価：A\n"
        "取組の方向\n"
        "・架空の就労定着支援\n"
    )
    found = _evaluations(text)
    assert ("架空の地域づくり", 2024, "B") in found
    assert ("架空の社会参加の促進", 2024, "A") in found


def test_criteria_pairs_in_one_value_are_not_split() -> None:
    text = (
        "令和6年度 事務事業評価\n\n"
        "【事業名】架空の清掃事業\n"
        "【評価】有効性:A 効率性:C 総合評価:B\n"
    )
    found = _evaluations(text)
    assert ("架空の清掃事業", 2024, "B") in found
    assert ("架空の清掃事業", 2024, "C") not in found
