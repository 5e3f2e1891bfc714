"""A row of a table whose first cell alone is filled and prints a policy level (「柱1 名称」,
「施策2-1 名称」, or a bare code under such a row 「1-(1) 名称」) is a level of the policy
system, and the rows after it up to the next such row are filed under it."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _facts(text: str) -> DocumentFacts:
    return parse_document(
        text, file="shinchoku.txt", municipality_code="999989", municipality="青葉台村",
        prefecture="架空県",
    )  # fmt: skip


_PROGRESS = (
    "青葉台村改革プラン 取組状況\n\n"
    "番号\t取組項目\t所管\t評価\n"
    "柱1 架空の財政基盤づくり\t\t\t\n"
    "1-(1) 架空の歳入確保\t\t\t\n"
    "1-(1)-ア\t架空税の収納向上\t架空税務課\tA\n"
    "1-(1)-イ\t架空寄附の推進\t架空企画課\tB\n"
    "1-(2) 架空の歳出見直し\t\t\t\n"
    "1-(2)-ア\t架空補助の見直し\t架空財政課\tA\n"
)

_BUDGET = (
    "青葉台村 主要事業一覧\n\n"
    "区分\t事業名\t予算額\t所管\n"
    "政策2 架空の安心なむら\t\t\t\n"
    "施策2-1 架空の防災推進\t\t\t\n"
    "\t架空防災倉庫整備事業\t1,200,000円\t架空総務課\n"
    "施策2-2 架空の交通安全\t\t\t\n"
    "\t架空通学路対策事業\t3,400,000円\t架空建設課\n"
)


def test_labelled_group_rows_are_policies() -> None:
    codes = {(p.printed, p.label) for p in _facts(_BUDGET).policy_codes}
    assert ("2", "架空の安心なむら") in codes
    assert ("2-1", "架空の防災推進") in codes
    assert ("2-2", "架空の交通安全") in codes


def test_a_bare_code_extending_the_group_row_above_is_a_policy() -> None:
    codes = {(p.printed, p.label) for p in _facts(_PROGRESS).policy_codes}
    assert ("1", "架空の財政基盤づくり") in codes
    assert ("1-(1)", "架空の歳入確保") in codes
    assert ("1-(2)", "架空の歳出見直し") in codes


def test_rows_under_a_group_row_are_filed_under_its_code() -> None:
    filed = {i.name: i.policy_codes for i in _facts(_PROGRESS).initiatives}
    assert filed.get("架空税の収納向上") == ["1-(1)"]
    assert filed.get("架空寄附の推進") == ["1-(1)"]
    assert filed.get("架空補助の見直し") == ["1-(2)"]


def test_a_group_row_without_a_policy_label_or_code_is_no_policy() -> None:
    text = (
        "青葉台村 会計別予算額\n\n"
        "会計\t令和7年度\t令和6年度\t増減\n"
        "一般会計\t100千円\t90千円\t10千円\n"
        "特別会計\t\t\t\n"
        "架空特別会計\t50千円\t40千円\t10千円\n"
    )
    assert _facts(text).policy_codes == []
