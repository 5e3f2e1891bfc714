"""What a table's labels say once its header is read right: the policy column named by the
code column's own level word, and a column of results that is no column of initiatives."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import facts_of, initiative_rows, policy_rows

from loaders.field_vocabulary import field_of


def test_the_policy_name_column_is_the_one_sharing_the_code_columns_level_word() -> None:
    """「施策コード | 基本目標 | 施策名」: the names of the codes are under 施策名; the broader
    level between them (「07 架空の郷」) is no name of the finer code."""
    text = (
        "施策コード\t基本目標\t施策名\n"
        "07-01\t07 架空の郷\t霧の谷の保全\n"
        "07-02\t07 架空の郷\t星の丘の整備\n"
    )
    rows = policy_rows(facts_of(text))
    assert ("7-1", "霧の谷の保全") in rows
    assert ("7-2", "星の丘の整備") in rows
    assert not any(name.startswith("07 ") for _, name in rows)


def test_a_column_of_results_is_no_column_of_initiatives() -> None:
    """「取組結果」 holds what came of the goal (「登録 40人(目標30人)」), no initiative's
    name: a compound's last word says what it is."""
    assert field_of("取組結果") == "description"
    text = "目標\t取組結果\t評価\n架空窓口の改善\t待ち時間 9分(目標10分)\tA\n"
    assert not any("待ち時間" in name for name, *_ in initiative_rows(facts_of(text)))
