"""A heading that counts its section (「1」「(2)」) and then prints a policy label and a code
of two steps or more (「施策Ⅰ-1 名称〔B〕」) is that policy's heading: the level is a policy
and the entries under it are filed under its code."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _facts(text: str) -> DocumentFacts:
    return parse_document(
        text, file="hyoka.txt", municipality_code="999989", municipality="青葉台村",
        prefecture="架空県",
    )  # fmt: skip


_SHEET = (
    "青葉台村 施策評価結果\n\n"
    "４　施策ごとの評価\n"
    "（１）施策Ⅱ－３－(1)　架空の地域づくり　　　評価　Ｂ（前年度Ｂ）\n"
    "　　　主管課：架空協働課\n"
    "　　○主な取組\n"
    "　　　・架空集会所の機能強化\n"
    "　　　・架空講座の開催\n"
    "（２）施策Ⅱ－３－(2)　架空の協働推進　　　評価　Ａ（前年度Ｂ）\n"
    "　　　主管課：架空協働課\n"
    "　　○主な取組\n"
    "　　　・架空提案制度の運用\n"
)


def test_a_counted_heading_printing_a_labelled_code_is_that_policy() -> None:
    codes = {(p.printed, p.label) for p in _facts(_SHEET).policy_codes}
    assert ("Ⅱ-3-(1)", "架空の地域づくり") in codes
    assert ("Ⅱ-3-(2)", "架空の協働推進") in codes


def test_entries_under_a_counted_policy_heading_take_its_code() -> None:
    filed = {i.name: i.policy_codes for i in _facts(_SHEET).initiatives}
    assert filed.get("架空集会所の機能強化") == ["Ⅱ-3-(1)"]
    assert filed.get("架空提案制度の運用") == ["Ⅱ-3-(2)"]


def test_a_grade_bracket_closing_the_heading_is_no_part_of_the_name() -> None:
    text = (
        "青葉台村 施策評価\n\n"
        "基本目標Ⅰ　架空のむら\n"
        "1　施策Ⅰ-1　架空の子育て支援〔B〕\n"
        "主管課：架空こども課\n"
        "2　施策Ⅰ-2　架空の学び〔A〕\n"
        "主管課：架空学校課\n"
    )
    codes = {(p.printed, p.label) for p in _facts(text).policy_codes}
    assert ("Ⅰ-1", "架空の子育て支援") in codes
    assert ("Ⅰ-2", "架空の学び") in codes


def test_a_count_printed_twice_with_a_single_step_code_is_no_policy() -> None:
    text = (
        "青葉台村 予算の概要\n\n"
        "3　主な事業（柱別）\n"
        "（1）柱1　架空の未来づくり\n"
        "　・架空給食支援事業　1,000万円\n"
        "（2）柱2　架空の安心づくり\n"
        "　・架空見守り事業　500万円\n"
    )
    assert not any(p.label == "架空の未来づくり" for p in _facts(text).policy_codes)
