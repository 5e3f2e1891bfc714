"""Regression: a graded 施策 became an initiative. The evaluation's target was looked up among
initiatives and projects only, so a 施策評価 table grading coded 施策 minted one initiative per
施策 (with no code), and `initiatives.rq` listed policies as initiatives."""

from __future__ import annotations

from pathlib import Path

from tests.formats.contract_rows import contract_rows, write_manifest

TABLE = (
    "令和6年度 施策評価の結果\n\n"
    "| 施策番号 | 施策名 | 担当課 | 評価 |\n"
    "|---|---|---|---|\n"
    "| 2-1 | 森の学校づくり | 教育課 | 4 |\n"
    "| 2-2 | 川辺の散策路整備 | 建設課 | 2 |\n"
)


def _rows(tmp_path: Path) -> dict[str, set[tuple[object, ...]]]:
    (tmp_path / "hyoka.txt").write_text(TABLE, encoding="utf-8")
    write_manifest(tmp_path, [("hyoka.txt", "999997", "架空市", "架空県")])
    return contract_rows(tmp_path, same_as={})


def test_a_graded_policy_is_no_initiative(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    assert rows["policies"] == {
        ("999997", "2-1", "森の学校づくり"), ("999997", "2-2", "川辺の散策路整備")
    }
    assert rows["initiatives"] == set()


def test_a_graded_policy_keeps_its_grade_under_its_name(tmp_path: Path) -> None:
    assert _rows(tmp_path)["evaluations"] == {
        ("999997", "森の学校づくり", 2024, "4"), ("999997", "川辺の散策路整備", 2024, "2")
    }
