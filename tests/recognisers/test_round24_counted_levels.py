"""A table printing its plan's levels as number columns that count afresh under the column
before (「政策番号 | 施策番号 | 名称」, 「目標 | 基本目標 | 施策 | 施策名 | 取組 | 主な取組」):
each row's code chains its numbers, blank level cells go on under the row above, and the
entries are filed under the chained code."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _facts(text: str) -> DocumentFacts:
    return parse_document(
        text, file="taikei.csv", municipality_code="999989", municipality="青葉台村",
        prefecture="架空県",
    )  # fmt: skip


_SYSTEM = (
    "青葉台村総合計画 施策体系一覧\n\n"
    "目標\t基本目標\t施策\t施策名\t取組\t主な取組\t所管課\n"
    "1\t架空の子育てのむら\t1\t架空の出産支援\t1\t架空相談の充実\t架空こども課\n"
    "\t\t\t\t2\t架空健診の拡充\t\n"
    "1\t\t2\t架空の学校教育\t1\t架空授業づくり\t架空学校課\n"
    "2\t架空の元気なむら\t1\t架空の健康づくり\t1\t架空体操の普及\t架空健康課\n"
)

_NAMES = (
    "青葉台村 主要事業一覧\n\n"
    "【政策・施策名称】\n"
    "政策番号\t施策番号\t名称\n"
    "1\t\t架空の安全なむら\n"
    "1\t1\t架空の防災推進\n"
    "1\t2\t架空の交通安全\n"
    "2\t\t架空の元気なむら\n"
    "2\t3\t架空の福祉推進\n"
)


def test_number_columns_chain_into_codes_beside_their_names() -> None:
    codes = {(p.printed, p.label) for p in _facts(_SYSTEM).policy_codes}
    assert ("1", "架空の子育てのむら") in codes
    assert ("1-1", "架空の出産支援") in codes
    assert ("1-2", "架空の学校教育") in codes
    assert ("2-1", "架空の健康づくり") in codes


def test_a_name_column_after_the_levels_names_the_finest_level_the_row_fills() -> None:
    codes = {(p.printed, p.label) for p in _facts(_NAMES).policy_codes}
    assert ("1", "架空の安全なむら") in codes
    assert ("1-2", "架空の交通安全") in codes
    assert ("2-3", "架空の福祉推進") in codes
    assert not any(p.label in ("1", "2", "3") for p in _facts(_NAMES).policy_codes)


def test_entries_are_filed_under_the_chained_code_and_blank_rows_go_on_above() -> None:
    filed = {i.name: i.policy_codes for i in _facts(_SYSTEM).initiatives}
    assert filed.get("架空相談の充実") == ["1-1"]
    assert filed.get("架空健診の拡充") == ["1-1"]
    assert filed.get("架空授業づくり") == ["1-2"]
    assert filed.get("架空体操の普及") == ["2-1"]


def test_a_count_of_levels_is_no_level_column() -> None:
    text = (
        "青葉台村 基本目標別の施策数\n\n"
        "目標\t基本目標\t施策数\t取組数\n"
        "1\t架空の子育てのむら\t2\t7\n"
        "2\t架空の元気なむら\t3\t6\n"
    )
    assert not any(p.printed in ("1-2", "2-3") for p in _facts(text).policy_codes)
