"""YAML data files: anchors and merge keys resolved, records as a table, facts found; bad
YAML and alias bombs refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from data_documents import EVALUATION_YAML, facts_of, lines, write

from loaders.formats import read_source
from loaders.text.errors import DocumentError


def test_records_merged_from_an_anchor_carry_its_fields(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "eval.yaml", EVALUATION_YAML))
    assert text[0] == "令和5年度 事務事業評価"
    table = text.index("# 事業") + 1
    assert text[table : table + 3] == [
        "担当課\t評価年度\t事業名\t評価\t事業費",
        "星見課\t2023\t星見講座開催事業\tA\t1200",
        "星見課\t2023\t天文台運営事業\tB\t5400",
    ]  # fmt: skip


def test_the_pipeline_finds_evaluations_and_their_divisions(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "eval.yml", EVALUATION_YAML))
    grades = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert grades >= {("星見講座開催事業", 2023, "A"), ("天文台運営事業", 2023, "B"),
                      ("浜辺清掃事業", 2023, "A")}  # fmt: skip
    divisions = {p.name: p.division for p in facts.projects}
    assert divisions["天文台運営事業"] == "星見課" and divisions["浜辺清掃事業"] == "潮騒課"


def test_bad_yaml_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "事業名: 甲事業\n評価: [A, B\n担当課: 乙課\n")
    with pytest.raises(DocumentError, match=r"bad\.yaml: malformed YAML: .*\(line 3, column"):
        read_source(path)


def test_a_python_tag_is_refused_not_run(tmp_path: Path) -> None:
    path = write(tmp_path, "tag.yaml", "a: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(DocumentError, match=r"tag\.yaml: malformed YAML"):
        read_source(path)


def test_an_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines_ = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines_ += [f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 10)}]" for k in range(1, 9)]
    path = write(tmp_path, "bomb.yaml", "\n".join(lines_) + "\n")
    began = time.monotonic()
    with pytest.raises(DocumentError, match=r"bomb\.yaml: too many values"):
        read_source(path)
    assert time.monotonic() - began < 30
