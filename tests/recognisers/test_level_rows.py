"""Levels of a policy system printed as coded rows among the uncoded rows of their projects
(`loaders.recognisers.level_rows`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _facts_of import facts_of, initiative_rows, policy_rows

from loaders.field_vocabulary import all_labels
from loaders.recognisers.level_rows import mixed_level_rows
from loaders.structure import Table, read_structure

_ONE_NAME_COLUMN = (
    "番号\t目標・施策・事業\t所管\t事業費\n"
    "1\t霧の谷と暮らすまち\t\t\n"
    "1-1\t谷の水を守る\t\t\n"
    "\t湧水池保全事業\t環境課\t3,200\n"
    "1-2\t谷の道を歩く\t\t\n"
    "\t遊歩道改修事業\t土木課\t8,800\n"
    "\t案内板設置事業\t土木課\t1,100\n"
)


def test_coded_rows_among_project_rows_in_one_name_column_are_the_levels() -> None:
    assert policy_rows(facts_of(_ONE_NAME_COLUMN)) == {
        ("1", "霧の谷と暮らすまち"), ("1-1", "谷の水を守る"), ("1-2", "谷の道を歩く"),
    }  # fmt: skip


def test_the_level_below_the_top_of_mixed_level_rows_is_an_initiative_under_its_parent() -> None:
    assert initiative_rows(facts_of(_ONE_NAME_COLUMN)) == {
        ("谷の水を守る", ("1",)), ("谷の道を歩く", ("1",)),
    }  # fmt: skip


def test_a_level_column_beside_the_codes_marks_the_level_rows_and_projects_sit_apart() -> None:
    text = (
        "| 区分 | 記号 | 名前 | 事業 | 金額 |\n|---|---|---|---|---|\n"
        "| 基本目標 | 2 | 星の見える里 | | |\n"
        "| 施策 | 2-1 | 夜空の保全 | | |\n"
        "| | | | 街灯改修事業 | 4,000 |\n"
        "| 施策 | 2-2 | 天文の学び | | |\n"
        "| | | | 観望会開催事業 | 600 |\n"
    )
    assert policy_rows(facts_of(text)) == {
        ("2", "星の見える里"), ("2-1", "夜空の保全"), ("2-2", "天文の学び"),
    }  # fmt: skip


def _tables(text: str) -> list[Table]:
    doc = read_structure(text, labels=all_labels())
    return [b.table for b in doc.of_kind("table") if b.table is not None]


def test_an_uncoded_row_naming_no_project_keeps_the_table_from_being_levels() -> None:
    text = (
        "番号\t目標・施策\t所管\n"
        "1\t霧の谷と暮らすまち\t\n"
        "1-1\t谷の水を守る\t環境課\n"
        "\t谷の水を測る\t環境課\n"
    )
    tables = _tables(text)
    assert tables and all(mixed_level_rows(t) == [] for t in tables)


def test_codes_none_of_which_extends_another_are_no_mixed_level_rows() -> None:
    text = (
        "番号\t目標・施策・事業\t事業費\n"
        "1\t谷の水を守る\t\n"
        "\t湧水池保全事業\t3,200\n"
        "2\t谷の道を歩く\t\n"
        "\t遊歩道改修事業\t8,800\n"
    )
    tables = _tables(text)
    assert tables and all(mixed_level_rows(t) == [] for t in tables)
