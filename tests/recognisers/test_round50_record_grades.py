"""Round 50: records of fields one per policy (施策コード / 表示番号 / 施策名 / 評価 / 前年度評価
/ 取組 …), as a database's card view prints them. Before, a record's grade went to the last
initiative read before it, the previous record's 取組; and a table keying each policy by a
system's zero-padded code beside the code the plan prints (「0101 | 1-1 | 名称」) filed it
under 101. Fictional names and grades."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

_TABLE = (
    "施策コード\t表示番号\t施策名\t主担当課\n"
    "0101\t1-1\t架空農業の振興\t架空観光課\n"
    "0102\t1-2\t架空観光の振興\t架空観光課\n"
)
_RECORDS = (
    "\n### 架空農業の振興\n施策コード：0101\n施策名：架空農業の振興\n評価年度：2025\n"
    "対象年度：2024\n評価：B\n前年度評価：C\n取組：・架空就農者の育成\n・架空農地の集積\n"
    "\n### 架空観光の振興\n施策コード：0102\n施策名：架空観光の振興\n評価年度：2025\n"
    "対象年度：2024\n評価：A\n前年度評価：B\n取組：・架空温泉の魅力向上\n"
)


def _facts(text: str) -> DocumentFacts:
    return parse_document(text, file="x.txt", municipality_code="999989",
                          municipality="青葉台市", prefecture="架空県")  # fmt: skip


def test_a_printed_code_beside_a_padded_system_key_is_the_policys_code() -> None:
    facts = _facts("令和7年度 施策評価\n\n" + _TABLE)
    codes = {(c.normalized, c.label) for c in facts.policy_codes}
    assert ("1-1", "架空農業の振興") in codes
    assert not any(code == "101" for code, _ in codes)


def test_a_records_grade_grades_the_policy_its_name_field_names() -> None:
    facts = _facts("令和7年度 施策評価\n\n" + _TABLE + _RECORDS)
    graded = {(e.initiative, e.grade) for e in facts.evaluations}
    assert ("架空観光の振興", "A") in graded
    assert ("架空農業の振興", "B") in graded


def test_no_grade_goes_to_the_previous_records_entry() -> None:
    facts = _facts("令和7年度 施策評価\n\n" + _TABLE + _RECORDS)
    assert not any(e.initiative.startswith("架空就農") for e in facts.evaluations)
