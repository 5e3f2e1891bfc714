"""Round 52: a tracker's sub-task rows naming their parent task (the unit in charge only on
the parent's row), and a project's bracket printing this year's bare figure and the year
before's after its cue under a stated unit (「X事業（8,400／前年度 7,900）」). Before, the
sub-tasks' costs had no unit and the bracket gave no amount. Fictional names and figures."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from loaders.structure import read_structure
from tests.recognisers._facts_of import parsed_as_read

_TASKS = (
    "Task ID,Name,Section/Column,Notes,Parent task,担当課,年度,事業費（千円）\n"
    "1,架空館整備事業,1-1 架空の充実,計画事業,,架空未来課,,\n"
    "2,令和8年度　基本設計,,,架空館整備事業,,R8,48600\n"
    "3,令和9年度　建設工事,,,架空館整備事業,,R9,312000\n"
    "4,架空訪問支援事業,1-1 架空の充実,計画事業,,架空支援課,,\n"
    "5,令和8年度　訪問支援,,,架空訪問支援事業,,R8,12400\n"
)
_BRACKETS = (
    "令和8年度 区運営方針\n\n金額の単位は千円です。\n\n"
    "  * **取組① 架空の開催支援**\n"
    "    * 主な事業：架空フェスタ開催支援事業（8,400／前年度 7,900）\n"
    "    * 担当：架空振興課\n"
    "  * **取組② 架空遊歩道の魅力向上**\n"
    "    * 主な事業：架空サイン整備事業（12,600／新規）\n"
    "    * 担当：架空まちづくり推進室\n"
)


def _projects(text: str, file: str) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = parsed_as_read(text, file)
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_sub_task_row_takes_its_parent_rows_unit(tmp_path: Path) -> None:
    sheet = tmp_path / "tasks.csv"
    sheet.write_text(_TASKS, encoding="utf-8")
    read = read_structure(read_source(sheet).text)
    table = next(b.table for b in read.blocks if b.table is not None)
    column = table.header.index("担当課")
    assert [row[column].text for row in table.rows] == [
        "架空未来課", "架空未来課", "架空未来課", "架空支援課", "架空支援課",
    ]  # fmt: skip


def test_a_sub_tasks_cost_is_its_parent_projects_with_the_parents_unit() -> None:
    projects = _projects(_TASKS, "x.csv")
    assert ("架空館整備事業", 2027, 312_000_000, "架空未来課") in projects
    assert ("架空訪問支援事業", 2026, 12_400_000, "架空支援課") in projects


def test_a_bare_figure_in_a_projects_bracket_is_its_budget_in_the_stated_unit() -> None:
    assert ("架空フェスタ開催支援事業", 2026, 8_400_000, "架空振興課") in _projects(
        _BRACKETS, "x.txt"
    )


def test_the_figure_after_a_previous_year_cue_is_that_years_budget() -> None:
    assert ("架空フェスタ開催支援事業", 2025, 7_900_000, "架空振興課") in _projects(
        _BRACKETS, "x.txt"
    )


def test_a_status_mark_in_the_bracket_is_passed_over() -> None:
    assert ("架空サイン整備事業", 2026, 12_600_000, "架空まちづくり推進室") in _projects(
        _BRACKETS, "x.txt"
    )
